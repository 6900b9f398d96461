//! The self-check beside the appraisal, condition by condition: "tự đánh giá:
//! đạt — thẩm định: chưa đạt". The check compared is the one the appraisal
//! appraised (the newest made on or before its day).
//!
//! A condition without a finding is taken as the appraisal found it: met
//! when the appraisal recognised the cell (recognition means every condition
//! holds), else as the check said (it agreed). A row disagrees when both are
//! known and differ (a check that could not tell, "chưa đủ thông tin", beside
//! a recognition disagrees too: the appraisal found what the check did not).

use super::CellRecord;
use super::appraisal::Appraisal;
use super::check::Check;
use crate::domain::criteria::Bilingual;
use crate::domain::i18n::{self, Lang};
use crate::domain::scoring::Status;

/// One condition, self-check beside appraisal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideRow {
    pub criterion_id: String,
    /// 1-based, in the set's order.
    pub number: usize,
    pub title: Bilingual,
    /// What the check said (`None`: no check on or before the appraisal).
    pub own: Option<Status>,
    /// What the appraisal found (`None`: not known).
    pub appraised: Option<Status>,
    /// Both are known and differ.
    pub disagrees: bool,
    /// The finding's note.
    pub note: String,
}

impl SideRow {
    /// "tự đánh giá: đạt — thẩm định: chưa đạt".
    pub fn text(&self, lang: Lang) -> String {
        i18n::record_side_by_side(
            lang,
            self.own
                .map(|s| i18n::record_status_word(lang, status_key(s))),
            self.appraised
                .map(|s| i18n::record_status_word(lang, status_key(s))),
        )
    }
}

/// The statuses as the catalogue's status words take them.
pub(crate) fn status_key(status: Status) -> i18n::StatusWord {
    match status {
        Status::Met => i18n::StatusWord::Met,
        Status::NotMet => i18n::StatusWord::NotMet,
        Status::Incomplete => i18n::StatusWord::Incomplete,
        Status::Invalid => i18n::StatusWord::Invalid,
    }
}

/// An appraisal beside the check it appraised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideBySide {
    pub appraisal_id: String,
    /// The position of the check appraised, when there is one (and it could be
    /// opened).
    pub check: Option<usize>,
    /// One per condition of the check's set, in its order.
    pub rows: Vec<SideRow>,
}

impl SideBySide {
    /// How many conditions the appraisal found otherwise than the check.
    pub fn disagreements(&self) -> usize {
        self.rows.iter().filter(|r| r.disagrees).count()
    }

    /// "Thẩm định khác tự đánh giá ở 1 điều kiện." / "… trùng với tự đánh giá."
    pub fn summary(&self, lang: Lang) -> String {
        i18n::record_disagreements(lang, self.disagreements())
    }
}

impl CellRecord {
    /// `appraisal` beside the check it appraised, found among `checks` (the
    /// record's checks, opened). Without such a check, the rows follow the
    /// oldest check's set, with no self-check status.
    pub fn side_by_side(&self, appraisal: &Appraisal, checks: &[Check]) -> SideBySide {
        let position = self.appraised_check(appraisal);
        let check = position.and_then(|p| checks.iter().find(|c| c.position == p));
        let Some(set) = check.or(checks.first()).map(|c| &c.set) else {
            return SideBySide {
                appraisal_id: appraisal.id.clone(),
                check: None,
                rows: Vec::new(),
            };
        };
        let rows = set
            .criteria
            .iter()
            .enumerate()
            .map(|(i, criterion)| {
                let own = check.and_then(|c| c.status(&criterion.id));
                let finding = appraisal.findings.get(&*criterion.id);
                let appraised = match finding {
                    Some(f) => Some(f.status),
                    None if appraisal.recognised => Some(Status::Met),
                    None => own,
                };
                SideRow {
                    criterion_id: criterion.id.to_string(),
                    number: i + 1,
                    title: criterion.title.clone(),
                    own,
                    appraised,
                    disagrees: matches!((own, appraised), (Some(a), Some(b)) if a != b),
                    note: finding.map(|f| f.note.clone()).unwrap_or_default(),
                }
            })
            .collect();
        SideBySide {
            appraisal_id: appraisal.id.clone(),
            check: check.map(|c| c.position),
            rows,
        }
    }
}
