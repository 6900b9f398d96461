//! A check opened for the record's views: its draft, the set its answers were
//! made for, and its verdict, scored as of the year of the day it was made
//! (what it said then; a check made in 2026 asks for ratings up to 2025
//! whatever year it is read in).

use super::CheckRef;
use super::date::{day_text, day_year, parse_day};
use crate::domain::criteria::{CriteriaSet, Registry};
use crate::domain::draft::{Draft, DraftError};
use crate::domain::i18n::Lang;
use crate::domain::scoring::{self, Assessment, KeyFigure, Status};
use crate::domain::share_link::ShareDate;
use std::rc::Rc;

/// One check of a record, opened and scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// Its place among the record's checks (0: the oldest).
    pub position: usize,
    pub reference: CheckRef,
    pub draft: Draft,
    /// The set and version its answers were made for (or the latest version of
    /// that set, when that one is no longer bundled).
    pub set: Rc<CriteriaSet>,
    pub assessment: Assessment,
}

impl Check {
    /// Opens `draft`, the check at `position` named by `reference`, with the set
    /// its answers were made for, and scores it as of its year.
    pub fn open(
        position: usize,
        reference: CheckRef,
        draft: Draft,
        registry: &Registry,
    ) -> Result<Check, DraftError> {
        let answers = &draft.content.answers;
        let set = registry
            .for_answers(&answers.set_id, answers.set_version)
            .ok_or_else(|| DraftError::UnknownSet {
                id: answers.set_id.clone(),
                version: answers.set_version,
            })?
            .set()
            .clone();
        let year = scoring_year(&reference, &draft);
        let assessment = scoring::score(&set, &draft.content.answers, year);
        Ok(Check {
            position,
            reference,
            draft,
            set: Rc::new(set),
            assessment,
        })
    }

    /// The day it was made, when its date reads.
    pub fn day(&self) -> Option<ShareDate> {
        parse_day(&self.reference.date)
    }

    /// Its date the language's way ("15/3/2026").
    pub fn date_text(&self, lang: Lang) -> String {
        day_text(lang, &self.reference.date)
    }

    /// The verdict on criterion `id` in this check.
    pub fn status(&self, id: &str) -> Option<Status> {
        self.assessment.result(id).map(|r| r.status)
    }

    /// The key figures of criterion `id` in this check ("hộ nghèo 3,01%").
    pub fn figures(&self, id: &str) -> Vec<KeyFigure> {
        match self.set.criterion(id) {
            Some(criterion) => {
                scoring::key_figures(criterion, self.draft.content.answers.answers.get(id))
            }
            None => Vec::new(),
        }
    }

    /// The name of the cell it is about: her title for the draft, else the
    /// cell's name, else the hamlet's.
    pub fn cell_title(&self) -> &str {
        cell_title(&self.draft)
    }
}

/// The name a draft is listed under: her title, else the cell's name, else
/// the hamlet's (trimmed; may be empty).
pub(crate) fn cell_title(draft: &Draft) -> &str {
    let profile = &draft.content.profile;
    [
        draft.title.as_str(),
        profile.cell_name.as_str(),
        profile.hamlet.as_str(),
    ]
    .into_iter()
    .map(str::trim)
    .find(|t| !t.is_empty())
    .unwrap_or_default()
}

/// The year a check is scored as of: its date's, else its last change's, else
/// the year the profile names, else 2000 (no date at all: the ratings then
/// read as old news rather than as from the future).
pub(crate) fn scoring_year(reference: &CheckRef, draft: &Draft) -> u16 {
    day_year(&reference.date)
        .or_else(|| day_year(&draft.changed))
        .or(draft.content.profile.year)
        .unwrap_or(2000)
}
