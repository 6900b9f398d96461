//! What is wrong with an edit of the record (a registration, an appraisal, a
//! check's date), each with its words in the catalogue. An edit with a
//! problem is refused whole; the record is left as it was.

use crate::domain::i18n::{self, Lang, Text};

/// The record's date fields, as problems name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateField {
    /// The day a check was made.
    Check,
    /// The day the cell registered.
    Registration,
    /// The day of the appraisal.
    Appraisal,
    /// The day of the recognition decision.
    Decision,
}

impl DateField {
    /// The field's label (the form shows it too).
    pub fn label(self) -> Text {
        match self {
            DateField::Check => Text::RecordCheckDate,
            DateField::Registration => Text::RecordRegistrationDate,
            DateField::Appraisal => Text::RecordAppraisalDate,
            DateField::Decision => Text::RecordDecisionDate,
        }
    }
}

/// Why an edit of the record was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// A date that is needed is empty.
    DateMissing(DateField),
    /// A date that is not a real day ("2026-02-30"), kept as typed.
    DateNotReal(DateField),
    /// The appraisal does not say who appraised (never assumed by the app).
    BodyMissing,
    /// A registration's year outside the years the app takes.
    YearOutOfRange { min: u16, max: u16 },
    /// A finding of the appraisal is neither "met" nor "not met".
    FindingNotDecided { criterion_id: String },
    /// Only the newest check is edited; older ones are kept as they were.
    OlderCheckKept,
    /// The check, registration or appraisal is no longer on the record
    /// (another tab removed it).
    NotFound,
}

impl RecordProblem {
    /// What is wrong, in `lang`, for beside the field or over the form.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RecordProblem::DateMissing(field) => {
                i18n::record_field_missing(lang, field.label().get(lang))
            }
            RecordProblem::DateNotReal(field) => {
                i18n::record_date_not_real(lang, field.label().get(lang))
            }
            RecordProblem::BodyMissing => Text::RecordBodyMissing.get(lang).to_owned(),
            RecordProblem::YearOutOfRange { min, max } => {
                i18n::record_year_out_of_range(lang, *min, *max)
            }
            RecordProblem::FindingNotDecided { .. } => {
                Text::RecordFindingNotDecided.get(lang).to_owned()
            }
            RecordProblem::OlderCheckKept => Text::RecordOlderCheckKept.get(lang).to_owned(),
            RecordProblem::NotFound => Text::RecordNotFound.get(lang).to_owned(),
        }
    }
}

/// A needed date: missing, not real, or fine.
pub(crate) fn check_date(text: &str, field: DateField, problems: &mut Vec<RecordProblem>) {
    if text.trim().is_empty() {
        problems.push(RecordProblem::DateMissing(field));
    } else if super::date::parse_day(text).is_none() {
        problems.push(RecordProblem::DateNotReal(field));
    }
}

/// An optional date: empty, or a real day.
pub(crate) fn check_optional_date(text: &str, field: DateField, problems: &mut Vec<RecordProblem>) {
    if !text.trim().is_empty() && super::date::parse_day(text).is_none() {
        problems.push(RecordProblem::DateNotReal(field));
    }
}
