//! Condition 1's yearly ratings, entered once on the record and reused by
//! every check: a year's rating does not change with the check that shows it.
//!
//! The pair the questionnaire calls:
//! - [`CellRecord::lend_ratings`] when the newest check is opened for
//!   editing: its ratings become the record's;
//! - [`CellRecord::keep_ratings`] after each edit of it: the record takes
//!   the check's ratings back (and says whether that changed the record, to
//!   be saved).
//!
//! Both leave older checks alone: each keeps, in its own draft, the ratings
//! it was made with, so that its verdict stays what it was. The newest check's
//! draft holds a copy too (the draft format is unchanged, and its export
//! reads alone).

use super::CellRecord;
use crate::domain::content::AssessmentContent;
use crate::domain::criteria::{CriteriaSet, Input};
use crate::domain::draft::Draft;
use crate::domain::scoring::{Answer, FieldTexts, YearRating};

/// The id of `set`'s criterion answered with yearly ratings (condition 1).
pub fn ratings_criterion(set: &CriteriaSet) -> Option<&str> {
    set.criteria
        .iter()
        .find(|c| matches!(c.input, Input::YearlyRatings { .. }))
        .map(|c| &*c.id)
}

/// The yearly ratings in `content`, wherever they are (the answer of that
/// kind), with the texts typed in their fields.
fn ratings_in(content: &AssessmentContent) -> Option<(&str, &[YearRating], FieldTexts)> {
    content
        .answers
        .answers
        .iter()
        .find_map(|(id, answer)| match answer {
            Answer::YearlyRatings { years } => Some((id.as_str(), years.as_slice())),
            _ => None,
        })
        .map(|(id, years)| {
            let typed = content.answers.typed.get(id).cloned().unwrap_or_default();
            (id, years, typed)
        })
}

impl CellRecord {
    /// The record takes the ratings of `content` (a check's content, when the
    /// record is made from it).
    pub(crate) fn take_ratings_of(&mut self, content: &AssessmentContent) -> bool {
        let (years, typed) = match ratings_in(content) {
            Some((_, years, typed)) => (years.to_vec(), typed),
            None => (Vec::new(), FieldTexts::new()),
        };
        let changed = years != self.ratings || typed != self.ratings_typed;
        self.ratings = years;
        self.ratings_typed = typed;
        changed
    }

    /// Puts the record's ratings into `draft` when it is the newest check (the
    /// one opened for editing), under `set`'s ratings criterion. Returns
    /// whether the draft changed. An older check keeps its own; a record
    /// without ratings leaves a check that has none as it is.
    pub fn lend_ratings(&self, draft: &mut Draft, set: &CriteriaSet) -> bool {
        if !self.is_newest(&draft.id) {
            return false;
        }
        let Some(id) = ratings_criterion(set) else {
            return false;
        };
        let answers = &mut draft.content.answers;
        let current = match answers.answers.get(id) {
            Some(Answer::YearlyRatings { years }) => Some(years),
            _ => None,
        };
        let typed = answers.typed.get(id).cloned().unwrap_or_default();
        if current.is_none() && self.ratings.is_empty() && self.ratings_typed.is_empty() {
            return false;
        }
        if current == Some(&self.ratings) && typed == self.ratings_typed {
            return false;
        }
        answers.answers.insert(
            id.to_owned(),
            Answer::YearlyRatings {
                years: self.ratings.clone(),
            },
        );
        if self.ratings_typed.is_empty() {
            answers.typed.remove(id);
        } else {
            answers
                .typed
                .insert(id.to_owned(), self.ratings_typed.clone());
        }
        true
    }

    /// After an edit of `draft`: when it is the newest check, the record takes
    /// its ratings (those of `set`'s ratings criterion). Returns whether the
    /// record changed (then save it).
    pub fn keep_ratings(&mut self, draft: &Draft, set: &CriteriaSet) -> bool {
        if !self.is_newest(&draft.id) {
            return false;
        }
        let Some(id) = ratings_criterion(set) else {
            return false;
        };
        let answers = &draft.content.answers;
        let years = match answers.answers.get(id) {
            Some(Answer::YearlyRatings { years }) => years.clone(),
            // No ratings answered in this check: the record keeps its own.
            _ => return false,
        };
        let typed = answers.typed.get(id).cloned().unwrap_or_default();
        if years == self.ratings && typed == self.ratings_typed {
            return false;
        }
        self.ratings = years;
        self.ratings_typed = typed;
        true
    }
}
