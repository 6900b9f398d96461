//! The kinds answered item by item: yes / no, a list of named items, a
//! checklist of sub-parts, a table of organisations with two checks each.

use super::reasons;
use super::{OrgAnswer, OtherOrg, Outcome};
use crate::domain::criteria::{Bilingual, ChecklistPart, Organisation};
use crate::domain::vec_map::VecMap;

pub(crate) fn yes_no(value: Option<bool>) -> Outcome {
    let mut out = Outcome::default();
    match value {
        Some(true) => out.met(reasons::yes_no(true)),
        Some(false) => out.unmet(reasons::yes_no(false)),
        None => out.missing(reasons::not_answered()),
    }
    out
}

/// Blank entries (an empty row the secretary has not filled) are not items.
pub(crate) fn named_items(min: u32, unit: &Bilingual, items: &[String]) -> Outcome {
    let mut out = Outcome::default();
    let names: Vec<&str> = items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let count = i64::try_from(names.len()).unwrap_or(i64::MAX);
    let min = i64::from(min);
    if count >= min {
        out.met(reasons::items_met(count, min, unit, &names));
    } else {
        out.unmet(reasons::items_unmet(count, min, unit));
    }
    out
}

/// Parts answered `false` are not met; parts not answered are missing; answers
/// for parts the set does not have are ignored. Each part is named in the
/// reasons, the ones that hold too, in the set's (the source's) words.
pub(crate) fn checklist(parts: &[ChecklistPart], given: &VecMap<String, bool>) -> Outcome {
    let mut out = Outcome::default();
    if parts.iter().all(|p| given.get(&*p.id) == Some(&true)) {
        out.met(reasons::parts_met(len(parts.len())));
    }
    for part in parts {
        match given.get(&*part.id) {
            Some(true) => out.met(reasons::part_met(&part.label)),
            Some(false) => out.unmet(reasons::part_unmet(&part.label)),
            None => out.missing(reasons::part_missing(&part.label)),
        }
    }
    out
}

/// Every organisation present must pass both checks. An organisation marked
/// absent is skipped, unless the set requires it (then the input is invalid);
/// added rows without a name are blank rows and skipped.
pub(crate) fn organisations(
    organisations: &[Organisation],
    rows: &VecMap<String, OrgAnswer>,
    others: &[OtherOrg],
) -> Outcome {
    let mut out = Outcome::default();
    let mut assessed = 0usize;
    let mut passed = 0usize;
    let mut failed = false;
    let mut check =
        |out: &mut Outcome, name: &Bilingual, staffed: Option<bool>, meets: Option<bool>| {
            assessed += 1;
            if staffed == Some(false) {
                out.unmet(reasons::org_not_staffed(name));
                failed = true;
            }
            if meets == Some(false) {
                out.unmet(reasons::org_not_meeting(name));
                failed = true;
            }
            if staffed.is_none() || meets.is_none() {
                out.missing(reasons::org_missing(name));
            }
            if staffed == Some(true) && meets == Some(true) {
                passed += 1;
            }
        };
    for org in organisations {
        match rows.get(&*org.id) {
            Some(row) if row.absent => {
                if org.required {
                    out.invalid(reasons::org_required(&org.name));
                }
            }
            Some(row) => check(&mut out, &org.name, row.staffed, row.meets),
            None => check(&mut out, &org.name, None, None),
        }
    }
    for other in others {
        let name = other.name.trim();
        if !name.is_empty() {
            check(
                &mut out,
                &Bilingual::new(name.to_owned(), name.to_owned()),
                other.staffed,
                other.meets,
            );
        }
    }
    // How many pass, when that is the verdict or beside the failures.
    if assessed == 0 {
        out.unmet(reasons::orgs_none());
    } else if passed == assessed || failed {
        out.met(reasons::orgs_passed(len(passed), len(assessed)));
    }
    out
}

fn len(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
