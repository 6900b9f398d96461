//! Keeping the standard (giữ vững, "bền vững và đúng thực chất"): once the
//! latest appraisal has recognised the cell, each later check says whether the
//! cell still holds the standard (every condition met), and which conditions
//! do not hold, the lapsed ones first (not met, or invalid: they held at the
//! recognition), then those the check cannot tell (chưa đủ thông tin).
//!
//! Later checks are those after the check the appraisal appraised (or, without
//! one, those made after its day). When the latest appraisal did not
//! recognise the cell, there is no standard to keep: `None`.

use super::CellRecord;
use super::check::Check;
use super::date::{day_text, parse_day};
use super::side_by_side::status_key;
use crate::domain::criteria::Bilingual;
use crate::domain::i18n::{self, Lang};
use crate::domain::scoring::Status;
use crate::domain::short_sort;

/// A condition a later check does not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepingGap {
    pub criterion_id: String,
    /// 1-based, in the check's set.
    pub number: usize,
    pub title: Bilingual,
    pub status: Status,
    /// Not met or invalid: it lapsed since the recognition.
    pub lapsed: bool,
}

impl KeepingGap {
    /// "Điều kiện 6 (Tỷ lệ hộ nghèo, cận nghèo): không còn đạt".
    pub fn text(&self, lang: Lang) -> String {
        i18n::record_keeping_gap(
            lang,
            self.number,
            self.title.get(lang),
            status_key(self.status),
            self.lapsed,
        )
    }
}

/// One check after the recognition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepingCheck {
    /// Its place among the record's checks.
    pub position: usize,
    /// Its stored day.
    pub date: String,
    /// Every condition met: the cell still holds the standard.
    pub holds: bool,
    pub met: usize,
    pub total: usize,
    /// The conditions it does not hold, lapsed first, each in the set's order.
    pub gaps: Vec<KeepingGap>,
}

impl KeepingCheck {
    /// "10/3/2027: vẫn giữ vững — đạt đủ 9/9 điều kiện" / "10/3/2027: không
    /// còn giữ vững — 1 điều kiện không còn đạt".
    pub fn text(&self, lang: Lang) -> String {
        let lapsed = self.gaps.iter().filter(|g| g.lapsed).count();
        i18n::record_keeping_check(
            lang,
            &day_text(lang, &self.date),
            self.holds,
            self.met,
            self.total,
            lapsed,
            self.gaps.len() - lapsed,
        )
    }
}

/// Whether the cell kept the standard after its recognition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keeping {
    /// The recognising appraisal.
    pub appraisal_id: String,
    /// Its day, `YYYY-MM-DD`.
    pub recognised_on: String,
    /// Each check after it, oldest first.
    pub checks: Vec<KeepingCheck>,
}

impl Keeping {
    /// The newest check after the recognition.
    pub fn latest(&self) -> Option<&KeepingCheck> {
        self.checks.last()
    }

    /// "Được công nhận ngày 20/11/2026".
    pub fn text(&self, lang: Lang) -> String {
        i18n::record_recognised_on(lang, &day_text(lang, &self.recognised_on))
    }
}

impl CellRecord {
    /// Whether the cell kept the standard at each check after its latest
    /// appraisal, when that appraisal recognised it; `checks` are the record's
    /// checks, opened.
    pub fn keeping(&self, checks: &[Check]) -> Option<Keeping> {
        let appraisal = self.latest_appraisal().filter(|a| a.recognised)?;
        let day = parse_day(&appraisal.date)?;
        let appraised = self.appraised_check(appraisal);
        let later = checks.iter().filter(|c| match appraised {
            Some(p) => c.position > p,
            None => c.day().is_some_and(|d| d > day),
        });
        let checks = later
            .map(|check| {
                let mut gaps: Vec<KeepingGap> = check
                    .set
                    .criteria
                    .iter()
                    .enumerate()
                    .filter_map(|(i, criterion)| {
                        let status = check.status(&criterion.id)?;
                        (status != Status::Met).then(|| KeepingGap {
                            criterion_id: criterion.id.to_string(),
                            number: i + 1,
                            title: criterion.title.clone(),
                            status,
                            lapsed: matches!(status, Status::NotMet | Status::Invalid),
                        })
                    })
                    .collect();
                short_sort::by_key(&mut gaps, |g| !g.lapsed);
                KeepingCheck {
                    position: check.position,
                    date: check.reference.date.clone(),
                    holds: check.assessment.can_propose,
                    met: check.assessment.met,
                    total: check.assessment.total,
                    gaps,
                }
            })
            .collect();
        Some(Keeping {
            appraisal_id: appraisal.id.clone(),
            recognised_on: appraisal.date.clone(),
            checks,
        })
    }
}
