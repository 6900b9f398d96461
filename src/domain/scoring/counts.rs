//! Counts against a total: "all of N" (every member has a task) and "none of N"
//! (nobody dissents; no member heads a poor household, social-protection
//! households excused).

use super::reasons::{below_minimum, fill, missing, more_than, negative, too_large};
use super::{CountAnswer, MAX_COUNT, Outcome};
use crate::domain::criteria::{Bilingual, CountGroup, CountRule};
use crate::domain::i18n::Lang;
use crate::domain::vec_map::VecMap;

pub(crate) fn evaluate(
    rule: CountRule,
    groups: &[CountGroup],
    given: &VecMap<String, CountAnswer>,
) -> Outcome {
    let mut out = Outcome::default();
    let empty = CountAnswer::default();
    for group in groups {
        evaluate_group(
            rule,
            group,
            given.get(&*group.id).unwrap_or(&empty),
            &mut out,
        );
    }
    out
}

/// A count entered by the secretary, if present and sane; an invalid one is
/// reported and read as absent. `bad` is set when it is invalid.
pub(crate) fn checked(
    out: &mut Outcome,
    bad: &mut bool,
    label: &Bilingual,
    value: Option<i64>,
) -> Option<i64> {
    let v = value?;
    if v < 0 {
        out.invalid(negative(label, v));
    } else if v > MAX_COUNT {
        out.invalid(too_large(label, v, MAX_COUNT));
    } else {
        return Some(v);
    }
    *bad = true;
    None
}

fn evaluate_group(rule: CountRule, g: &CountGroup, a: &CountAnswer, out: &mut Outcome) {
    let mut bad = false;
    let total = checked(out, &mut bad, &g.total_label, a.total);
    let counted = checked(out, &mut bad, &g.counted_label, a.counted);
    let mut incomplete = false;
    if a.total.is_none() {
        out.missing(missing(&g.total_label));
        incomplete = true;
    }
    if a.counted.is_none() {
        out.missing(missing(&g.counted_label));
        incomplete = true;
    }
    if let Some(t) = total {
        if t < i64::from(g.min_total) {
            out.invalid(below_minimum(&g.total_label, t, i64::from(g.min_total)));
            bad = true;
        }
        if let Some(c) = counted.filter(|c| *c > t) {
            out.invalid(more_than(&g.counted_label, c, &g.total_label, t));
            bad = true;
        }
    }
    // The exempt count only matters under "none of N", and only when someone
    // is counted: with nobody counted there is nothing to excuse.
    let exempt = match (&g.exempt_label, rule) {
        (Some(label), CountRule::None) => {
            let e = checked(out, &mut bad, label, a.exempt);
            if let (Some(e), Some(c)) = (e, counted)
                && e > c
            {
                out.invalid(more_than(label, e, &g.counted_label, c));
                bad = true;
            }
            if a.exempt.is_none() && counted.is_some_and(|c| c > 0) {
                out.missing(missing(label));
                incomplete = true;
            }
            e.unwrap_or(0)
        }
        _ => 0,
    };
    if bad || incomplete {
        return;
    }
    let (Some(total), Some(counted)) = (total, counted) else {
        return;
    };
    let gap = match rule {
        CountRule::All => total - counted,
        CountRule::None => counted - exempt,
    };
    let values = [
        ("total", total),
        ("counted", counted),
        ("exempt", exempt),
        ("gap", gap),
    ];
    let write = |t: &Bilingual| Bilingual {
        vi: fill(&t.vi, Lang::Vi, &values).into(),
        en: fill(&t.en, Lang::En, &values).into(),
    };
    if gap == 0 {
        out.met(write(&g.met));
    } else {
        out.unmet(write(&g.unmet));
    }
}
