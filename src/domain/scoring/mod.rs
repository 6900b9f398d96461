//! Scoring: turns a secretary's answers into a verdict for each criterion and
//! for the cell, with the reasons in numbers, in both languages.
//!
//! Pure and total: any answers, however broken or foreign (another set, another
//! version, unknown ids, wrong shapes, absurd numbers), give a result and never
//! a panic. The current year is a parameter (the core never reads the clock).
//!
//! Per criterion the status is, by priority: invalid input first (it must be
//! fixed before anything else means something), then not met (a known failure
//! outranks a missing answer elsewhere in the same criterion), then not enough
//! information, then met.

mod answers;
mod counts;
mod figures;
mod lists;
mod rates;
mod ratings;
mod reasons;
mod typed;

pub use answers::*;
pub use figures::{FigureChange, FigureValue, KeyFigure, figure_changes, key_figures};
pub use rates::{HouseholdRates, Rate, default_reference, household_rates, rate_bp};
pub use ratings::{
    MIN_RATING_YEAR, YearReading, earliest_proposal_year, new_rating_row, read_year, year_note,
};
pub use typed::{
    CountSlot, FieldTexts, NumberEntry, count_key, rates_keys, rating_score_key, rating_year_key,
    without_rating_row,
};

use crate::domain::criteria::{Bilingual, CriteriaSet, Criterion, Input};
use crate::domain::i18n::{Lang, Text};
use serde::{Deserialize, Serialize};

/// The largest count accepted (households, members): a hamlet of more than a
/// million households is a typing error, and the bound keeps arithmetic exact.
pub const MAX_COUNT: i64 = 1_000_000;

/// The verdict on one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Đạt.
    Met,
    /// Chưa đạt.
    NotMet,
    /// Chưa đủ thông tin: something needed is not answered yet.
    Incomplete,
    /// Không hợp lệ: the answers contradict themselves or the calendar.
    Invalid,
}

/// A stored verdict, by its name (`"not_met"`), as serde writes it.
impl crate::domain::json::FromJson for Status {
    fn from_json(value: &crate::domain::json::Value) -> Option<Self> {
        let all = [
            Status::Met,
            Status::NotMet,
            Status::Incomplete,
            Status::Invalid,
        ];
        let names = ["met", "not_met", "incomplete", "invalid"];
        crate::domain::json::variant(value, &names, &all)
    }
}

impl Status {
    /// The verdict's name, in `lang` (from the catalogue).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Met => Text::StatusMet,
            Status::NotMet => Text::StatusNotMet,
            Status::Incomplete => Text::StatusIncomplete,
            Status::Invalid => Text::StatusInvalid,
        }
        .get(lang)
    }
}

/// The verdict on one criterion, with its reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub criterion_id: String,
    pub status: Status,
    /// Why, in numbers; never empty.
    pub reasons: Vec<Bilingual>,
    /// For criteria that depend on time (yearly ratings): the earliest year in
    /// which this criterion allows the cell to be proposed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest_year: Option<u16>,
}

/// How the answers relate to the set they were scored against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "match", rename_all = "snake_case")]
pub enum AnswersMatch {
    /// Made for this very set and version.
    Exact,
    /// Made for another version of this set: read by criterion id; answers
    /// that no longer fit count as not answered.
    OtherVersion { answers_version: u32 },
    /// Made for another set: none of them is used.
    OtherSet {
        answers_set_id: String,
        answers_version: u32,
    },
}

/// The verdict on a whole cell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The set and version scored against.
    pub set_id: String,
    pub set_version: u32,
    pub answers_match: AnswersMatch,
    /// The year the assessment was scored in.
    pub current_year: u16,
    /// One per criterion, in the set's order.
    pub criteria: Vec<CriterionResult>,
    /// Criteria in the set.
    pub total: usize,
    /// Criteria with an answer that decides them (met, not met, or invalid).
    pub answered: usize,
    pub met: usize,
    /// True only when every criterion is met.
    pub can_propose: bool,
    /// Ids of the criteria not met yet (not met, incomplete or invalid), in order.
    pub gaps: Vec<String>,
    /// The earliest year in which the cell can be proposed for recognition:
    /// the bound that time-dependent criteria (yearly ratings) set, taking the
    /// other gaps as closable within the current year. `None` while the
    /// ratings cannot tell (missing or invalid).
    pub earliest_year: Option<u16>,
    /// Answer ids that match no criterion of the set (left out of scoring).
    pub ignored: Vec<String>,
}

impl Assessment {
    /// The result of criterion `id`.
    pub fn result(&self, id: &str) -> Option<&CriterionResult> {
        self.criteria.iter().find(|r| r.criterion_id == id)
    }
}

/// Scores `answers` against `set`, in `current_year`.
pub fn score(set: &CriteriaSet, answers: &Answers, current_year: u16) -> Assessment {
    let answers_match = if answers.set_id != set.id {
        AnswersMatch::OtherSet {
            answers_set_id: answers.set_id.clone(),
            answers_version: answers.set_version,
        }
    } else if answers.set_version != set.version {
        AnswersMatch::OtherVersion {
            answers_version: answers.set_version,
        }
    } else {
        AnswersMatch::Exact
    };
    let usable = !matches!(answers_match, AnswersMatch::OtherSet { .. });

    let criteria: Vec<CriterionResult> = set
        .criteria
        .iter()
        .map(|c| {
            let (answer, typed) = if usable {
                (answers.answers.get(&*c.id), answers.typed.get(&*c.id))
            } else {
                (None, None)
            };
            evaluate(c, answer, typed, current_year)
        })
        .collect();

    let mut ignored: Vec<String> = answers
        .answers
        .keys()
        .filter(|id| !usable || set.criterion(id).is_none())
        .cloned()
        .collect();
    for id in answers.typed.keys() {
        if (!usable || set.criterion(id).is_none()) && !ignored.contains(id) {
            ignored.push(id.clone());
        }
    }

    let total = criteria.len();
    let met = count(&criteria, |s| s == Status::Met);
    let answered = count(&criteria, |s| s != Status::Incomplete);
    let gaps = criteria
        .iter()
        .filter(|r| r.status != Status::Met)
        .map(|r| r.criterion_id.clone())
        .collect();
    let earliest_year = overall_earliest_year(set, &criteria, current_year);

    Assessment {
        set_id: set.id.to_string(),
        set_version: set.version,
        answers_match,
        current_year,
        total,
        answered,
        met,
        can_propose: total > 0 && met == total,
        gaps,
        earliest_year,
        ignored,
        criteria,
    }
}

fn count(results: &[CriterionResult], pred: impl Fn(Status) -> bool) -> usize {
    results.iter().filter(|r| pred(r.status)).count()
}

/// The latest of the years the time-dependent criteria allow, never before
/// the current year; `None` if one of them cannot tell.
fn overall_earliest_year(
    set: &CriteriaSet,
    results: &[CriterionResult],
    current_year: u16,
) -> Option<u16> {
    let mut earliest = current_year;
    for (criterion, result) in set.criteria.iter().zip(results) {
        if matches!(criterion.input, Input::YearlyRatings { .. }) {
            earliest = earliest.max(result.earliest_year?);
        }
    }
    Some(earliest)
}

/// Scores one criterion: its answer, and the texts typed in its fields that
/// are not values (each makes it invalid, naming the field).
pub fn evaluate(
    criterion: &Criterion,
    answer: Option<&Answer>,
    typed: Option<&FieldTexts>,
    current_year: u16,
) -> CriterionResult {
    let mut outcome = evaluate_answer(criterion, answer, current_year);
    if let Some(texts) = typed.filter(|t| !t.is_empty()) {
        typed::report(&criterion.input, answer, texts, &mut outcome);
    }
    outcome.finish(criterion)
}

fn evaluate_answer(criterion: &Criterion, answer: Option<&Answer>, current_year: u16) -> Outcome {
    let Some(answer) = answer else {
        return Outcome::incomplete(reasons::not_answered());
    };
    match (&criterion.input, answer) {
        (Input::YesNo, Answer::YesNo { value }) => lists::yes_no(*value),
        (Input::Counts { rule, groups }, Answer::Counts { groups: given }) => {
            counts::evaluate(*rule, groups, given)
        }
        (Input::NamedItems { min, unit }, Answer::NamedItems { items }) => {
            lists::named_items(*min, unit, items)
        }
        (Input::HouseholdRates { references }, Answer::HouseholdRates(given)) => {
            rates::evaluate(references, given, current_year)
        }
        (
            Input::YearlyRatings {
                level,
                consecutive,
                score_scales,
            },
            Answer::YearlyRatings { years },
        ) => ratings::evaluate(*level, *consecutive, score_scales, years, current_year),
        (Input::Checklist { parts }, Answer::Checklist { parts: given }) => {
            lists::checklist(parts, given)
        }
        (Input::Organisations { organisations }, Answer::Organisations { rows, others }) => {
            lists::organisations(organisations, rows, others)
        }
        _ => Outcome::incomplete(reasons::wrong_shape()),
    }
}

/// Reasons gathered while evaluating a criterion, sorted by what they say.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    invalid: Vec<Bilingual>,
    unmet: Vec<Bilingual>,
    missing: Vec<Bilingual>,
    met: Vec<Bilingual>,
    earliest_year: Option<u16>,
}

impl Outcome {
    fn incomplete(reason: Bilingual) -> Self {
        Outcome {
            missing: vec![reason],
            ..Outcome::default()
        }
    }

    pub(crate) fn invalid(&mut self, reason: Bilingual) {
        self.invalid.push(reason);
    }
    pub(crate) fn unmet(&mut self, reason: Bilingual) {
        self.unmet.push(reason);
    }
    pub(crate) fn missing(&mut self, reason: Bilingual) {
        self.missing.push(reason);
    }
    pub(crate) fn met(&mut self, reason: Bilingual) {
        self.met.push(reason);
    }
    pub(crate) fn has_invalid(&self) -> bool {
        !self.invalid.is_empty()
    }
    pub(crate) fn has_missing(&self) -> bool {
        !self.missing.is_empty()
    }
    pub(crate) fn set_earliest_year(&mut self, year: Option<u16>) {
        self.earliest_year = year;
    }

    /// The status by priority, and the reasons that explain it: the failures
    /// first, then what is still missing, then what already holds.
    fn finish(self, criterion: &Criterion) -> CriterionResult {
        let (status, mut reasons) = if !self.invalid.is_empty() {
            (Status::Invalid, self.invalid)
        } else if !self.unmet.is_empty() {
            let mut r = self.unmet;
            r.extend(self.missing);
            r.extend(self.met);
            (Status::NotMet, r)
        } else if !self.missing.is_empty() {
            let mut r = self.missing;
            r.extend(self.met);
            (Status::Incomplete, r)
        } else {
            (Status::Met, self.met)
        };
        if reasons.is_empty() {
            // Every rule writes a reason; this keeps the promise if one forgets.
            reasons.push(Bilingual::new(
                status.label(Lang::Vi),
                status.label(Lang::En),
            ));
        }
        CriterionResult {
            criterion_id: criterion.id.to_string(),
            status,
            reasons,
            earliest_year: if status == Status::Invalid {
                None
            } else {
                self.earliest_year
            },
        }
    }
}
