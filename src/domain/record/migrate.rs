//! Drafts into records, on the first start of the release that has records:
//! every draft becomes a check of a record, nothing lost, nothing deleted
//! (the drafts stay where they are; the records only name them).
//!
//! Drafts of one cell become the checks of one record. Two drafts are taken
//! for the same cell only when nothing says otherwise; when unsure, they are
//! kept apart (two records of one cell can be read side by side; one record
//! mixing two cells would be wrong in every view):
//! - the commune and the cell's name are both entered and equal (case and
//!   spaces aside, Vietnamese letters folded as the commune's view folds them);
//! - the answers are for the same criteria set (its versions may differ);
//! - the hamlet and the province do not contradict: equal where both drafts
//!   have one (a draft that leaves one blank joins the first group it fits).
//!
//! A record's checks are ordered by the year each names (its profile's year,
//! else the year of its last change), then by last change: a 2025 draft
//! corrected in 2026 stays before the 2026 one, which stays the one she edits.
//! A check's date is the day of its draft's last change. Condition 1's
//! ratings are the newest check's.

use super::date::{day_year, iso_day, parse_day};
use super::{CellRecord, CheckRef};
use crate::domain::draft::Draft;
use crate::domain::short_sort;
use crate::domain::tracking::names::fold;

/// What makes two drafts the same cell, before hamlet and province.
fn cell_key(draft: &Draft) -> Option<(String, String, String)> {
    let p = &draft.content.profile;
    let commune = fold(&p.commune);
    let cell = fold(&p.cell_name);
    (!commune.is_empty() && !cell.is_empty())
        .then(|| (commune, cell, draft.content.answers.set_id.clone()))
}

/// A group of drafts of one cell, with the hamlet and province it knows.
struct Group<'d> {
    key: Option<(String, String, String)>,
    hamlet: String,
    province: String,
    drafts: Vec<&'d Draft>,
}

impl Group<'_> {
    fn fits(&self, key: &(String, String, String), hamlet: &str, province: &str) -> bool {
        let agree =
            |known: &str, given: &str| known.is_empty() || given.is_empty() || known == given;
        self.key.as_ref() == Some(key)
            && agree(&self.hamlet, hamlet)
            && agree(&self.province, province)
    }
}

/// The year a draft names, for ordering checks.
fn named_year(draft: &Draft) -> u16 {
    draft
        .content
        .profile
        .year
        .or_else(|| day_year(&draft.changed))
        .unwrap_or(0)
}

/// The records `drafts` make (each draft in exactly one record), ids from
/// `fresh_id`, `now` their creation time. Records come in the order of their
/// oldest draft's position in `drafts`.
pub fn records_from_drafts(
    drafts: &[Draft],
    mut fresh_id: impl FnMut() -> String,
    now: &str,
) -> Vec<CellRecord> {
    let mut groups: Vec<Group> = Vec::new();
    for draft in drafts {
        let key = cell_key(draft);
        let p = &draft.content.profile;
        let (hamlet, province) = (fold(&p.hamlet), fold(&p.province));
        let found = key
            .as_ref()
            .and_then(|key| groups.iter_mut().find(|g| g.fits(key, &hamlet, &province)));
        match found {
            Some(group) => {
                if group.hamlet.is_empty() {
                    group.hamlet = hamlet;
                }
                if group.province.is_empty() {
                    group.province = province;
                }
                group.drafts.push(draft);
            }
            None => groups.push(Group {
                key,
                hamlet,
                province,
                drafts: vec![draft],
            }),
        }
    }
    groups
        .into_iter()
        .map(|mut group| {
            short_sort::by(&mut group.drafts, |a, b| {
                (named_year(a), &a.changed).cmp(&(named_year(b), &b.changed))
            });
            let mut record = CellRecord::empty(fresh_id(), now.to_owned());
            if let Some(created) = group.drafts.iter().map(|d| &d.created).min() {
                record.created = created.clone();
            }
            record.checks = group
                .drafts
                .iter()
                .map(|d| CheckRef {
                    draft: d.id.clone(),
                    date: parse_day(&d.changed)
                        .or_else(|| parse_day(&d.created))
                        .map(iso_day)
                        .unwrap_or_default(),
                })
                .collect();
            if let Some(newest) = group.drafts.last() {
                record.take_ratings_of(&newest.content);
            }
            record
        })
        .collect()
}
