//! The cell's record (hồ sơ chi bộ): the cell's checks over the years, its
//! registrations (đăng ký) with their plans, the official appraisals (thẩm
//! định), and condition 1's yearly ratings, entered once for the cell.
//!
//! Each check is a stored [`Draft`]: the record names it by id, with its date,
//! so that drafts keep their autosave, their two-tab rule, their recovery and
//! their export, and the record stays small (ten years of quarterly checks
//! are forty short references). Only the newest check is edited; an older one
//! is kept as it was. A new check starts from the newest (its content copied,
//! a new id, dated today) and is appended.
//!
//! One concept a file: [`date`] (days as stored and shown), [`problem`]
//! (what an edit can get wrong), [`check`] (a check opened and scored),
//! [`ratings`] (the shared yearly ratings), [`registration`] (registering for
//! a year, the plan's progress), [`appraisal`] (an appraisal and its
//! findings), [`side_by_side`] (the self-check beside the appraisal),
//! [`history`] (first met, lapsed, what changed since the previous check),
//! [`keeping`] (whether a recognised cell still holds the standard),
//! [`summary`] (a record in a list), [`format`] (the stored JSON),
//! [`transfer`] (the export file), [`migrate`] (drafts into records).
//!
//! Pure like the rest of the core: dates and ids come from the caller.
//! Model, formats and rules: `docs/record.md`.

pub mod appraisal;
pub mod check;
pub mod date;
pub mod format;
pub mod history;
pub mod keeping;
pub mod migrate;
pub mod problem;
pub mod ratings;
pub mod registration;
pub mod side_by_side;
pub mod summary;
pub mod transfer;

pub use appraisal::{Appraisal, Finding};
pub use check::Check;
pub use date::{day_text, iso_day, parse_day};
pub use format::{MAX_RECORD_BYTES, RECORD_FORMAT, ReadRecord, RecordError, read, write};
pub use history::{CheckMoment, CheckPoint, ConditionChange, ConditionHistory, History, changes};
pub use keeping::{Keeping, KeepingCheck, KeepingGap};
pub use migrate::records_from_drafts;
pub use problem::{DateField, RecordProblem};
pub use ratings::ratings_criterion;
pub use registration::{ProgressPoint, Registration};
pub use side_by_side::{SideBySide, SideRow};
pub use summary::{NewestCheck, RecordSummary};
pub use transfer::{
    RECORD_FILE_KIND, RECORDS_FILE_KIND, RecordFile, RecordFileError, SetName, SetNotice,
    is_record_file, is_records_file, read_file, read_files, set_names, write_file, write_files,
};

use crate::domain::draft::Draft;
use crate::domain::json::{FromJson, Value, field};
use crate::domain::scoring::{FieldTexts, YearRating};
use crate::domain::share_link::{AppraisalOutcome, RecordStatus, ShareDate};
use crate::domain::short_sort;
use serde::Serialize;

/// One cell's record. Stored under `tsvmtd:record:<id>` (`format`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CellRecord {
    pub format: u32,
    /// Stable id of the record on this device.
    pub id: String,
    /// When it was created and last changed (ISO 8601, from the device clock).
    pub created: String,
    pub changed: String,
    /// Counts the saves; two tabs compare it, as they do for drafts.
    pub revision: u64,
    /// The checks, oldest first; the last one is the one she edits.
    pub checks: Vec<CheckRef>,
    /// Condition 1's yearly ratings, entered once for the cell: the newest
    /// check takes them when opened, and gives them back when edited
    /// ([`CellRecord::lend_ratings`], [`CellRecord::keep_ratings`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<YearRating>,
    /// Texts typed in the ratings' number fields that are not values, by
    /// field key (`ratings.<row>.year`), as a check keeps them.
    #[serde(skip_serializing_if = "FieldTexts::is_empty")]
    pub ratings_typed: FieldTexts,
    /// By year, oldest first; one a year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub registrations: Vec<Registration>,
    /// By date, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub appraisals: Vec<Appraisal>,
}

/// One check on the record: the draft holding it, and the day it was made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CheckRef {
    /// The id of the stored draft (`tsvmtd:draft:<id>`).
    pub draft: String,
    /// `YYYY-MM-DD`; the check is scored as of this day's year.
    pub date: String,
}

impl FromJson for CheckRef {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(CheckRef {
            draft: field(o, "draft")?,
            date: field(o, "date")?,
        })
    }
}

/// One entry of the record's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineEntry {
    /// The check at this position of [`CellRecord::checks`].
    Check { position: usize, date: String },
    /// The registration for `year`.
    Registration { year: u16, date: String },
    /// The appraisal with this id.
    Appraisal { id: String, date: String },
}

impl TimelineEntry {
    /// The entry's stored day.
    pub fn date(&self) -> &str {
        match self {
            TimelineEntry::Check { date, .. }
            | TimelineEntry::Registration { date, .. }
            | TimelineEntry::Appraisal { date, .. } => date,
        }
    }
}

impl CellRecord {
    /// A record whose first check is `first`, made on `today`; condition 1's
    /// ratings are taken from it.
    pub fn new(id: String, now: String, first: &Draft, today: ShareDate) -> CellRecord {
        let mut record = CellRecord::empty(id, now);
        record.checks.push(CheckRef {
            draft: first.id.clone(),
            date: iso_day(today),
        });
        record.take_ratings_of(&first.content);
        record
    }

    /// A record with nothing on it yet.
    pub(crate) fn empty(id: String, now: String) -> CellRecord {
        CellRecord {
            format: RECORD_FORMAT,
            id,
            created: now.clone(),
            changed: now,
            revision: 0,
            checks: Vec::new(),
            ratings: Vec::new(),
            ratings_typed: FieldTexts::new(),
            registrations: Vec::new(),
            appraisals: Vec::new(),
        }
    }

    /// The newest check: the one she edits.
    pub fn newest(&self) -> Option<&CheckRef> {
        self.checks.last()
    }

    /// Where draft `draft_id` is among the checks.
    pub fn position(&self, draft_id: &str) -> Option<usize> {
        self.checks.iter().position(|c| c.draft == draft_id)
    }

    /// Whether draft `draft_id` is the newest check (the only one edited).
    pub fn is_newest(&self, draft_id: &str) -> bool {
        self.newest().is_some_and(|c| c.draft == draft_id)
    }

    /// Starts a new check from `newest` (the newest check's draft, with the
    /// record's ratings): what she entered is copied to be reviewed, under
    /// `id`, for `today`'s year, on the profile step; it is appended to the
    /// checks and returned, to be saved. Refused for any other draft.
    pub fn start_check(
        &mut self,
        newest: &Draft,
        id: String,
        now: String,
        today: ShareDate,
    ) -> Result<Draft, RecordProblem> {
        if !self.is_newest(&newest.id) {
            return Err(RecordProblem::OlderCheckKept);
        }
        let year = u16::try_from(today.year()).unwrap_or(u16::MAX);
        let check = newest.recheck(id, now, year);
        self.checks.push(CheckRef {
            draft: check.id.clone(),
            date: iso_day(today),
        });
        Ok(check)
    }

    /// Sets the day check `draft_id` was made (a check done on paper earlier).
    pub fn set_check_date(&mut self, draft_id: &str, date: &str) -> Result<(), RecordProblem> {
        let mut problems = Vec::new();
        problem::check_date(date, DateField::Check, &mut problems);
        if let Some(problem) = problems.pop() {
            return Err(problem);
        }
        let check = self
            .checks
            .iter_mut()
            .find(|c| c.draft == draft_id)
            .ok_or(RecordProblem::NotFound)?;
        check.date = date.trim().to_owned();
        Ok(())
    }

    /// The appraisal made last (by its date; of two on one day, the later
    /// entered), among those whose date reads.
    pub fn latest_appraisal(&self) -> Option<&Appraisal> {
        self.appraisals
            .iter()
            .enumerate()
            .filter_map(|(i, a)| Some(((a.day()?, i), a)))
            .max_by_key(|(key, _)| *key)
            .map(|(_, a)| a)
    }

    /// The position of the check `appraisal` appraised: the newest check made
    /// on or before its date.
    pub fn appraised_check(&self, appraisal: &Appraisal) -> Option<usize> {
        let day = appraisal.day()?;
        self.checks
            .iter()
            .rposition(|c| parse_day(&c.date).is_some_and(|d| d <= day))
    }

    /// What a result link says of this record: the year registered last and
    /// the latest appraisal's outcome.
    pub fn record_status(&self) -> RecordStatus {
        RecordStatus {
            registered_year: self.registrations.iter().map(|r| r.year).max(),
            appraisal: self.latest_appraisal().and_then(|a| {
                Some(AppraisalOutcome {
                    appraised_on: a.day()?,
                    recognised: a.recognised,
                    decision_number: a.decision_number.trim().to_owned(),
                    decision_date: parse_day(&a.decision_date),
                })
            }),
        }
    }

    /// Every check, registration and appraisal by date, oldest first (on one
    /// day: registration, then checks, then appraisals); entries whose date
    /// does not read come last, in the record's order.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        let mut entries: Vec<(u8, TimelineEntry)> = Vec::new();
        for r in &self.registrations {
            entries.push((
                0,
                TimelineEntry::Registration {
                    year: r.year,
                    date: r.date.clone(),
                },
            ));
        }
        for (position, c) in self.checks.iter().enumerate() {
            entries.push((
                1,
                TimelineEntry::Check {
                    position,
                    date: c.date.clone(),
                },
            ));
        }
        for a in &self.appraisals {
            entries.push((
                2,
                TimelineEntry::Appraisal {
                    id: a.id.clone(),
                    date: a.date.clone(),
                },
            ));
        }
        short_sort::by_key(&mut entries, |(rank, e)| match parse_day(e.date()) {
            Some(day) => (false, Some(day), *rank),
            None => (true, None, *rank),
        });
        entries.into_iter().map(|(_, e)| e).collect()
    }
}
