//! Registering for a year (đăng ký xây dựng chi bộ TSVMTD): at the start of a
//! year the cell, with its members' agreement, registers to build toward the
//! standard, with a roadmap "dễ làm trước, khó làm sau": what to do for each
//! condition not met yet, who does it, by when. One registration a year.
//!
//! The roadmap is a [`Plan`] (the questionnaire's plan items), kept as it was
//! registered; the work is followed in the checks' own plans. Its progress at
//! a check: the registered tasks done at that check, a task being done when
//! that check's plan marks it done or its condition is met there. Checks count
//! from the registration's day until the next registration's.

use super::CellRecord;
use super::check::Check;
use super::date::{day_text, parse_day};
use super::problem::{self, DateField, RecordProblem};
use crate::domain::criteria::Criterion;
use crate::domain::i18n::{self, Lang};
use crate::domain::plan::{self, Plan, PlanEdit, PlanItem};
use crate::domain::profile::MIN_YEAR;
use crate::domain::scoring::Status;
use crate::domain::short_sort;
use serde::Serialize;

/// The cell's registration for one year.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Registration {
    /// The year the cell registers for.
    pub year: u16,
    /// The day it registered, `YYYY-MM-DD`.
    pub date: String,
    /// The roadmap: by criterion id, what to do, who, by when, how hard.
    #[serde(skip_serializing_if = "Plan::is_empty")]
    pub plan: Plan,
    /// Anything else she notes (the meeting's resolution, its number).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Registration {
    /// A registration for `year`, made on `date`, whose roadmap is `check`'s
    /// plan: every condition not met there, with what she planned (or the
    /// set's suggestions, in `lang`), who and by when; nothing done yet.
    pub fn from_check(
        year: u16,
        date: &str,
        note: &str,
        check: &Check,
        lang: Lang,
    ) -> Registration {
        let rows = plan::rows(
            &check.set,
            &check.assessment,
            &check.draft.content.plan,
            lang,
        );
        // Inserted one by one: collecting into a map sorts a vector first,
        // code built anew for each element type (about 4 KB of wasm).
        let mut plan = Plan::new();
        for row in rows {
            let stored = check.draft.content.plan.get(&row.criterion_id);
            let item = PlanItem {
                action: Some(row.action),
                who: row.who,
                due: row.due,
                difficulty: stored.and_then(|s| s.difficulty),
                done: false,
            };
            plan.insert(row.criterion_id, item);
        }
        Registration {
            year,
            date: date.trim().to_owned(),
            plan,
            note: note.trim().to_owned(),
        }
    }

    /// Edits the task of `criterion` in the roadmap (a blank task is dropped).
    pub fn edit_task(&mut self, criterion: &Criterion, edit: PlanEdit) {
        plan::edit(&mut self.plan, criterion, edit);
    }

    /// What is wrong with it, in `current_year`: the day must be real, the
    /// year between the programme's first and next year.
    pub fn problems(&self, current_year: u16) -> Vec<RecordProblem> {
        let mut problems = Vec::new();
        let max = current_year.saturating_add(1);
        if !(MIN_YEAR..=max).contains(&self.year) {
            problems.push(RecordProblem::YearOutOfRange { min: MIN_YEAR, max });
        }
        problem::check_date(&self.date, DateField::Registration, &mut problems);
        problems
    }

    /// "Đăng ký năm 2026 (ngày 15/1/2026)".
    pub fn title(&self, lang: Lang) -> String {
        i18n::record_registration(lang, self.year, &day_text(lang, &self.date))
    }
}

/// The roadmap's progress at one check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressPoint {
    /// The check's place among the record's checks.
    pub position: usize,
    /// The check's stored day.
    pub date: String,
    /// Registered tasks done at that check, of all of them.
    pub done: usize,
    pub total: usize,
}

impl ProgressPoint {
    /// "15/3/2026: xong 3/5 việc đã đăng ký".
    pub fn text(&self, lang: Lang) -> String {
        i18n::record_progress(lang, &day_text(lang, &self.date), self.done, self.total)
    }
}

impl CellRecord {
    /// Records `registration`, or replaces the one of its year; refused whole
    /// with its problems (in `current_year`).
    pub fn set_registration(
        &mut self,
        registration: Registration,
        current_year: u16,
    ) -> Result<(), Vec<RecordProblem>> {
        let problems = registration.problems(current_year);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut registration = registration;
        registration.date = registration.date.trim().to_owned();
        match self
            .registrations
            .iter_mut()
            .find(|r| r.year == registration.year)
        {
            Some(existing) => *existing = registration,
            None => {
                self.registrations.push(registration);
                short_sort::by_key(&mut self.registrations, |r| r.year);
            }
        }
        Ok(())
    }

    /// Removes the registration for `year`; whether there was one.
    pub fn remove_registration(&mut self, year: u16) -> bool {
        let before = self.registrations.len();
        self.registrations.retain(|r| r.year != year);
        self.registrations.len() != before
    }

    /// The registration for `year`.
    pub fn registration(&self, year: u16) -> Option<&Registration> {
        self.registrations.iter().find(|r| r.year == year)
    }

    /// The progress of `year`'s roadmap at each of `checks` (the record's
    /// checks, opened) made from its day until the next registration's.
    pub fn progress(&self, year: u16, checks: &[Check]) -> Vec<ProgressPoint> {
        let Some(registration) = self.registration(year) else {
            return Vec::new();
        };
        let Some(from) = parse_day(&registration.date) else {
            return Vec::new();
        };
        let until = self
            .registrations
            .iter()
            .filter_map(|r| parse_day(&r.date))
            .filter(|d| *d > from)
            .min();
        let total = registration.plan.len();
        checks
            .iter()
            .filter(|c| {
                c.day()
                    .is_some_and(|d| d >= from && until.is_none_or(|u| d < u))
            })
            .map(|check| {
                let done = registration
                    .plan
                    .keys()
                    .filter(|id| {
                        check
                            .draft
                            .content
                            .plan
                            .get(id.as_str())
                            .is_some_and(|item| item.done)
                            || check.status(id) == Some(Status::Met)
                    })
                    .count();
                ProgressPoint {
                    position: check.position,
                    date: check.reference.date.clone(),
                    done,
                    total,
                }
            })
            .collect()
    }
}
