//! The official appraisal (thẩm định): when every condition holds, the cell
//! is appraised for recognition. She records what it decided: the day, the
//! body that appraised (her words: since 7/2025 the commune Party committee
//! proposes or decides as the province rules; the app never assumes it), the
//! outcome (công nhận / chưa công nhận), the decision's number and date when
//! there is one, and, for each condition where the appraisal did not find what
//! her check said, its finding (met or not, and a note).

use super::CellRecord;
use super::date::{day_text, parse_day};
use super::problem::{self, DateField, RecordProblem};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::json::{FromJson, Value, field};
use crate::domain::scoring::Status;
use crate::domain::share_link::ShareDate;
use crate::domain::short_sort;
use crate::domain::vec_map::VecMap;
use serde::Serialize;

/// One appraisal of the cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Appraisal {
    /// Stable id on the record (to edit or remove it).
    pub id: String,
    /// The day of the appraisal, `YYYY-MM-DD`.
    pub date: String,
    /// Who appraised: "Đảng ủy xã Lương Hòa".
    pub body: String,
    /// Công nhận (true) or chưa công nhận.
    pub recognised: bool,
    /// The decision's number ("125-QĐ/ĐU"), when there is one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision_number: String,
    /// The decision's day, `YYYY-MM-DD`, when there is one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision_date: String,
    /// By criterion id: what the appraisal found where it did not agree with
    /// the check (a condition without a finding: as the check said).
    #[serde(skip_serializing_if = "VecMap::is_empty")]
    pub findings: VecMap<String, Finding>,
    /// Anything else she notes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The appraisal's finding on one condition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Met or not met (only those two).
    pub status: Status,
    /// Why, in the appraisal's words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl FromJson for Finding {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(Finding {
            status: Status::from_json(o.get("status")?)?,
            note: field(o, "note")?,
        })
    }
}

impl Appraisal {
    /// A blank appraisal with id `id`, for a form.
    pub fn new(id: String) -> Appraisal {
        Appraisal {
            id,
            ..Appraisal::default()
        }
    }

    /// The day of the appraisal, when it reads.
    pub fn day(&self) -> Option<ShareDate> {
        parse_day(&self.date)
    }

    /// Records the appraisal's finding on `criterion_id` (`None`: it agreed
    /// with the check, and no finding is kept).
    pub fn set_finding(&mut self, criterion_id: &str, finding: Option<Finding>) {
        match finding {
            Some(f) => {
                self.findings.insert(criterion_id.to_owned(), f);
            }
            None => {
                self.findings.remove(criterion_id);
            }
        }
    }

    /// What is wrong with it: a real day, who appraised, a decision's day
    /// real when given, findings only "met" or "not met".
    pub fn problems(&self) -> Vec<RecordProblem> {
        let mut problems = Vec::new();
        problem::check_date(&self.date, DateField::Appraisal, &mut problems);
        if self.body.trim().is_empty() {
            problems.push(RecordProblem::BodyMissing);
        }
        problem::check_optional_date(&self.decision_date, DateField::Decision, &mut problems);
        for (id, finding) in &self.findings {
            if !matches!(finding.status, Status::Met | Status::NotMet) {
                problems.push(RecordProblem::FindingNotDecided {
                    criterion_id: id.clone(),
                });
            }
        }
        problems
    }

    /// The outcome's name: "Công nhận" / "Chưa công nhận".
    pub fn outcome(&self, lang: Lang) -> &'static str {
        if self.recognised {
            Text::RecordRecognised
        } else {
            Text::RecordNotRecognised
        }
        .get(lang)
    }

    /// The appraisal in one line: "Thẩm định ngày 20/11/2026, Đảng ủy xã
    /// Lương Hòa: Công nhận — Quyết định số 125-QĐ/ĐU ngày 1/12/2026".
    pub fn text(&self, lang: Lang) -> String {
        let decision_date =
            (!self.decision_date.trim().is_empty()).then(|| day_text(lang, &self.decision_date));
        i18n::record_appraisal(
            lang,
            &day_text(lang, &self.date),
            self.body.trim(),
            self.outcome(lang),
            self.decision_number.trim(),
            decision_date.as_deref(),
        )
    }
}

impl CellRecord {
    /// Records `appraisal`, or replaces the one with its id; refused whole
    /// with its problems. Kept in date order.
    pub fn save_appraisal(&mut self, appraisal: Appraisal) -> Result<(), Vec<RecordProblem>> {
        let problems = appraisal.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut appraisal = appraisal;
        appraisal.date = appraisal.date.trim().to_owned();
        appraisal.decision_date = appraisal.decision_date.trim().to_owned();
        match self.appraisals.iter_mut().find(|a| a.id == appraisal.id) {
            Some(existing) => *existing = appraisal,
            None => self.appraisals.push(appraisal),
        }
        // Stable: two on one day keep the order they were entered in.
        short_sort::by_key(&mut self.appraisals, |a| a.day());
        Ok(())
    }

    /// Removes the appraisal `id`; whether there was one.
    pub fn remove_appraisal(&mut self, id: &str) -> bool {
        let before = self.appraisals.len();
        self.appraisals.retain(|a| a.id != id);
        self.appraisals.len() != before
    }

    /// The appraisal `id`.
    pub fn appraisal(&self, id: &str) -> Option<&Appraisal> {
        self.appraisals.iter().find(|a| a.id == id)
    }
}
