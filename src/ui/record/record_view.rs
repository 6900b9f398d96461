//! A record as its screen shows it: the record, its checks opened and scored
//! (oldest first), what reading it found, the history, and what changed at
//! each check since the one before. Made once each time the record is read.

use crate::browser::record_store::{self, LoadedRecord, RecordNotice, RecordStoreError};
use crate::domain::criteria::Registry;
use crate::domain::record::{CellRecord, Check, ConditionChange, History, changes};

#[derive(PartialEq)]
pub struct RecordView {
    pub record: CellRecord,
    pub checks: Vec<Check>,
    pub notices: Vec<RecordNotice>,
    pub history: History,
    /// For each check, what changed since the one before it (`None` for the
    /// first).
    pub changes: Vec<Option<Vec<ConditionChange>>>,
}

impl RecordView {
    /// The record of stored draft `draft_id` (one made for it when it is on
    /// none), read with its checks.
    pub fn load(registry: &Registry, draft_id: &str) -> Result<RecordView, RecordStoreError> {
        let record = record_store::ensure_record(draft_id)?;
        // What she entered last in the newest check is what the record shows.
        let _ = record_store::sync_ratings(&record.id, registry);
        let (loaded, notices) = record_store::load(&record.id, registry)?;
        let LoadedRecord { record, checks } = loaded.ok_or(RecordStoreError::Missing)?;
        let history = History::new(&checks);
        let changes = (0..checks.len())
            .map(|i| i.checked_sub(1).map(|p| changes(&checks[p], &checks[i])))
            .collect();
        Ok(RecordView {
            record,
            checks,
            notices,
            history,
            changes,
        })
    }

    /// The newest check, opened (the one the questionnaire edits).
    pub fn newest(&self) -> Option<&Check> {
        self.checks
            .last()
            .filter(|c| self.record.is_newest(&c.draft.id))
    }
}
