//! A record as the list of records shows it: the cell, how many checks, the
//! newest one's verdict, and where the cell stands (registered, appraised).
//! Made from the record and its newest check alone, so that the list reads one
//! draft a record.

use super::CellRecord;
use super::check::{Check, cell_title};
use super::date::day_text;
use crate::domain::i18n::{self, Lang};
use crate::domain::share_link::RecordStatus;

/// The newest check, as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewestCheck {
    pub draft_id: String,
    /// Its stored day.
    pub date: String,
    pub met: usize,
    pub total: usize,
    pub can_propose: bool,
}

/// One record in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordSummary {
    pub id: String,
    /// The cell's name, from the newest check (her title for it, the cell's
    /// name, the hamlet's); empty when none is entered.
    pub title: String,
    pub commune: String,
    /// How many checks the record holds.
    pub checks: usize,
    /// `None` when the newest check could not be opened.
    pub newest: Option<NewestCheck>,
    /// The year registered last and the latest appraisal.
    pub status: RecordStatus,
    /// When the record last changed (ISO 8601).
    pub changed: String,
}

impl RecordSummary {
    /// "3 lần tự đánh giá · gần nhất 10/3/2027: đạt 8/9 điều kiện".
    pub fn details(&self, lang: Lang) -> String {
        let newest = self
            .newest
            .as_ref()
            .map(|n| (day_text(lang, &n.date), n.met, n.total));
        i18n::record_details(
            lang,
            self.checks,
            newest.as_ref().map(|(d, m, t)| (d.as_str(), *m, *t)),
        )
    }

    /// Where the cell stands: "Đăng ký năm 2027 · Công nhận ngày 20/11/2026";
    /// `None` with neither a registration nor an appraisal.
    pub fn standing(&self, lang: Lang) -> Option<String> {
        let appraisal = self.status.appraisal.as_ref().map(|a| {
            let on = a.appraised_on;
            (
                a.recognised,
                i18n::date(lang, on.year(), on.month(), on.day()),
            )
        });
        i18n::record_standing(
            lang,
            self.status.registered_year,
            appraisal.as_ref().map(|(r, d)| (*r, d.as_str())),
        )
    }
}

impl CellRecord {
    /// The summary of this record, from `newest`, its newest check opened.
    pub fn summary(&self, newest: Option<&Check>) -> RecordSummary {
        let newest = newest.filter(|c| self.is_newest(&c.draft.id));
        RecordSummary {
            id: self.id.clone(),
            title: newest
                .map(|c| cell_title(&c.draft).to_owned())
                .unwrap_or_default(),
            commune: newest
                .map(|c| c.draft.content.profile.commune.trim().to_owned())
                .unwrap_or_default(),
            checks: self.checks.len(),
            newest: newest.map(|c| NewestCheck {
                draft_id: c.draft.id.clone(),
                date: c.reference.date.clone(),
                met: c.assessment.met,
                total: c.assessment.total,
                can_propose: c.assessment.can_propose,
            }),
            status: self.record_status(),
            changed: self.changed.clone(),
        }
    }
}
