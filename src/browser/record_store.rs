//! Cell records (hồ sơ chi bộ) in localStorage, under `tsvmtd:record:<id>`,
//! with the guarantees of drafts: a stored record that cannot be read is moved
//! aside under `tsvmtd:recovery:record:<id>:<time>` and reported, never
//! dropped; a record read with parts left out has its whole text kept there
//! first; a full or blocked storage is reported (`StorageError`).
//!
//! A record's checks are drafts (`draft_store`): this adapter reads and writes
//! them by id, and deletes them only with their record, when she deletes it
//! (with undo: [`delete`] keeps what it removed for [`restore`]). Every change of a record is made on the
//! copy stored at that moment ([`update`]): another tab's change is never
//! written over, and the revision goes up by one. The core rules are
//! `crate::domain::record`'s; this file only carries them to storage.

use super::draft_store::{self, draft_key, new_id, now};
use super::storage::{self, KEY_PREFIX, StorageError};
use crate::domain::criteria::{CriteriaSet, Registry};
use crate::domain::draft::{self, Draft};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::record::{
    self, Appraisal, CellRecord, Check, RecordError, RecordFile, RecordFileError, RecordProblem,
    RecordSummary, Registration, parse_day,
};
use crate::domain::share_link::{RecordStatus, ShareDate};
use crate::domain::short_sort;

/// The key of record `id`.
pub fn record_key(id: &str) -> String {
    format!("{KEY_PREFIX}record:{id}")
}

/// The record id a storage key names, if it is a record's (for a `storage`
/// event from another tab).
pub fn record_id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(KEY_PREFIX)?.strip_prefix("record:")
}

/// The key that says the drafts were arranged into records (its value: the
/// record format then written).
pub fn migrated_key() -> String {
    format!("{KEY_PREFIX}records-migrated")
}

/// What the user must be told after reading records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordNotice {
    /// A stored record could not be read; its text is kept under `key`
    /// (moved there, or left in place when it could not be moved).
    SetAside {
        key: String,
        moved: bool,
        error: RecordError,
    },
    /// Parts of record `record_id` could not be read and are left out; the
    /// whole text is kept under `key` (`None`: it could not be copied, so the
    /// record is left as it was stored and not written over).
    PartsSetAside {
        record_id: String,
        key: Option<String>,
        parts: Vec<String>,
    },
    /// Checks of record `record_id` whose drafts are not on the device or do
    /// not read: the other checks show.
    ChecksMissing {
        record_id: String,
        drafts: Vec<String>,
    },
}

impl RecordNotice {
    /// What she is told, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RecordNotice::SetAside { error, .. } => error.message(lang).to_owned(),
            RecordNotice::PartsSetAside { .. } => Text::RecordPartsSetAside.get(lang).to_owned(),
            RecordNotice::ChecksMissing { drafts, .. } => {
                i18n::record_checks_missing(lang, drafts.len())
            }
        }
    }
}

/// Why a change of a record did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordStoreError {
    /// Storage failed (full, blocked, …): nothing was written.
    Storage(StorageError),
    /// The record, or the check the change needs, is no longer stored (or
    /// cannot be read).
    Missing,
    /// The change was refused by the record's rules, with why.
    Refused(Vec<RecordProblem>),
}

impl RecordStoreError {
    /// What she is told, in `lang` (each refusal's problem on its own line).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RecordStoreError::Storage(e) => e.message(lang).to_owned(),
            RecordStoreError::Missing => Text::RecordNotFound.get(lang).to_owned(),
            RecordStoreError::Refused(problems) => problems
                .iter()
                .map(|p| p.message(lang))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

impl From<StorageError> for RecordStoreError {
    fn from(e: StorageError) -> Self {
        RecordStoreError::Storage(e)
    }
}

impl From<RecordProblem> for RecordStoreError {
    fn from(p: RecordProblem) -> Self {
        RecordStoreError::Refused(vec![p])
    }
}

impl From<Vec<RecordProblem>> for RecordStoreError {
    fn from(p: Vec<RecordProblem>) -> Self {
        RecordStoreError::Refused(p)
    }
}

/// Today on this device (the clock's local day, else the day of its UTC time).
fn today() -> Result<ShareDate, StorageError> {
    super::clock::today()
        .or_else(|| parse_day(&now()))
        .ok_or_else(|| StorageError::Other("no date".into()))
}

fn recovery_key(id: &str) -> String {
    format!("{KEY_PREFIX}recovery:record:{id}:{}", now())
}

/// The ids of every stored record.
fn ids() -> Result<Vec<String>, StorageError> {
    Ok(storage::keys()?
        .iter()
        .filter_map(|k| record_id_of_key(k).map(str::to_owned))
        .collect())
}

/// Reads stored record `id`, setting aside what cannot be read (see the
/// module's notes); `Ok(None)` when there is none (or it was set aside).
fn read_stored(
    id: &str,
    notices: &mut Vec<RecordNotice>,
) -> Result<Option<CellRecord>, StorageError> {
    let key = record_key(id);
    let Some(text) = storage::read_raw(&key)? else {
        return Ok(None);
    };
    match record::read(&text) {
        Ok(read) if read.dropped.is_empty() => Ok(Some(read.record)),
        Ok(read) => {
            let aside = recovery_key(id);
            let kept = storage::write_raw(&aside, &text).is_ok()
                && storage::write_raw(&key, &record::write(&read.record)).is_ok();
            notices.push(RecordNotice::PartsSetAside {
                record_id: read.record.id.clone(),
                key: kept.then_some(aside),
                parts: read.dropped,
            });
            Ok(Some(read.record))
        }
        Err(error) => {
            let aside = recovery_key(id);
            let moved = storage::write_raw(&aside, &text).is_ok();
            if moved {
                storage::remove(&key);
            }
            notices.push(RecordNotice::SetAside {
                key: if moved { aside } else { key },
                moved,
                error,
            });
            Ok(None)
        }
    }
}

/// The stored record `id`, without reporting (for a quick look).
pub fn stored(id: &str) -> Option<CellRecord> {
    let text = storage::read_raw(&record_key(id)).ok().flatten()?;
    record::read(&text).ok().map(|r| r.record)
}

/// The revision of the stored record `id`, if it reads.
pub fn stored_revision(id: &str) -> Option<u64> {
    stored(id).map(|r| r.revision)
}

/// The stored draft `id`, if it reads.
fn read_draft(id: &str) -> Option<Draft> {
    let text = storage::read_raw(&draft_key(id)).ok().flatten()?;
    draft::read(&text).ok().map(|r| r.draft)
}

/// The set a draft's answers were made for.
fn set_of<'r>(draft: &Draft, registry: &'r Registry) -> Option<&'r CriteriaSet> {
    let answers = &draft.content.answers;
    registry
        .for_answers(&answers.set_id, answers.set_version)
        .map(|found| found.set())
}

/// Opens the check at `position` of `record` (the newest with the record's
/// ratings lent to it).
fn open_check(record: &CellRecord, position: usize, registry: &Registry) -> Option<Check> {
    let reference = record.checks.get(position)?.clone();
    let mut draft = read_draft(&reference.draft)?;
    if let Some(set) = set_of(&draft, registry) {
        record.lend_ratings(&mut draft, set);
    }
    Check::open(position, reference, draft, registry).ok()
}

/// Writes `record` as it is (checking only its size).
fn write(record: &CellRecord) -> Result<(), StorageError> {
    let text = record::write(record);
    if text.len() > record::MAX_RECORD_BYTES {
        return Err(StorageError::TooLarge(text.len()));
    }
    storage::write_raw(&record_key(&record.id), &text)
}

/// Every record on the device, as the list shows it, the most recently
/// changed first, with what must be told.
pub fn list(registry: &Registry) -> Result<(Vec<RecordSummary>, Vec<RecordNotice>), StorageError> {
    storage::check_available()?;
    let mut notices = Vec::new();
    let mut summaries = Vec::new();
    for id in ids()? {
        let Some(record) = read_stored(&id, &mut notices)? else {
            continue;
        };
        let newest = record
            .checks
            .len()
            .checked_sub(1)
            .and_then(|p| open_check(&record, p, registry));
        summaries.push(record.summary(newest.as_ref()));
    }
    short_sort::by(&mut summaries, |a, b| b.changed.cmp(&a.changed));
    Ok((summaries, notices))
}

/// A record with its checks opened (oldest first), for its screen and history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedRecord {
    pub record: CellRecord,
    /// The checks that could be opened; the newest holds the record's ratings.
    pub checks: Vec<Check>,
}

/// Record `id` with its checks; `Ok(None)` when it is not stored (or could
/// not be read: then a notice says where it was kept).
pub fn load(
    id: &str,
    registry: &Registry,
) -> Result<(Option<LoadedRecord>, Vec<RecordNotice>), StorageError> {
    let mut notices = Vec::new();
    let Some(record) = read_stored(id, &mut notices)? else {
        return Ok((None, notices));
    };
    let mut checks = Vec::with_capacity(record.checks.len());
    let mut missing = Vec::new();
    for (position, reference) in record.checks.iter().enumerate() {
        match open_check(&record, position, registry) {
            Some(check) => checks.push(check),
            None => missing.push(reference.draft.clone()),
        }
    }
    if !missing.is_empty() {
        notices.push(RecordNotice::ChecksMissing {
            record_id: record.id.clone(),
            drafts: missing,
        });
    }
    Ok((Some(LoadedRecord { record, checks }), notices))
}

/// Changes record `id` as stored now: `change` gets the stored copy; when it
/// accepts, the record is written one revision on and returned with what
/// `change` returned. Nothing is written when it refuses.
pub fn update<T>(
    id: &str,
    change: impl FnOnce(&mut CellRecord) -> Result<T, RecordStoreError>,
) -> Result<(CellRecord, T), RecordStoreError> {
    let mut notices = Vec::new();
    let mut record = read_stored(id, &mut notices)?.ok_or(RecordStoreError::Missing)?;
    let out = change(&mut record)?;
    record.revision += 1;
    record.changed = now();
    write(&record)?;
    Ok((record, out))
}

/// The record holding draft `draft_id` as a check, if any.
pub fn record_of_draft(draft_id: &str) -> Option<CellRecord> {
    ids()
        .ok()?
        .iter()
        .filter_map(|id| stored(id))
        .find(|r| r.position(draft_id).is_some())
}

/// Where the record of draft `draft_id` stands, for a result link: `None`
/// when the draft is on no record or the record has nothing to say yet (no
/// registration, no appraisal).
pub fn record_status_of_draft(draft_id: &str) -> Option<RecordStatus> {
    let status = record_of_draft(draft_id)?.record_status();
    (status.registered_year.is_some() || status.appraisal.is_some()).then_some(status)
}

/// The record of draft `draft_id` with its checks (for its printed history);
/// `None` when the draft is on no record or it cannot be read.
pub fn loaded_of_draft(draft_id: &str, registry: &Registry) -> Option<LoadedRecord> {
    let record = record_of_draft(draft_id)?;
    load(&record.id, registry).ok()?.0
}

/// A new record whose first check is `draft` (stored first, and made the one
/// open), dated today. A draft already on a record gives that record back.
pub fn create_from_draft(draft: &Draft) -> Result<CellRecord, RecordStoreError> {
    if let Some(existing) = record_of_draft(&draft.id) {
        return Ok(existing);
    }
    draft_store::save(draft)?;
    let record = CellRecord::new(new_id(), now(), draft, today()?);
    write(&record)?;
    Ok(record)
}

/// The record holding stored draft `draft_id`, made for it when it is on
/// none (a new draft, a result kept from a link, a two-tab copy): a record
/// whose one check is that draft, dated today. The draft stays as stored.
pub fn ensure_record(draft_id: &str) -> Result<CellRecord, RecordStoreError> {
    if let Some(record) = record_of_draft(draft_id) {
        return Ok(record);
    }
    let draft = read_draft(draft_id).ok_or(RecordStoreError::Missing)?;
    let record = CellRecord::new(new_id(), now(), &draft, today()?);
    write(&record)?;
    Ok(record)
}

/// Arranges `drafts` (stored, on no record: imported from an older file of
/// drafts) into records, one cell a record, as the first start does
/// (`record::records_from_drafts`). How many records were written.
pub fn adopt(drafts: &[Draft]) -> Result<usize, StorageError> {
    let records = record::records_from_drafts(drafts, new_id, &now());
    for record in &records {
        write(record)?;
    }
    Ok(records.len())
}

/// A record deleted with its checks, as it was stored: enough to put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeletedRecord {
    pub id: String,
    text: String,
    /// Each check's draft id and stored text.
    drafts: Vec<(String, String)>,
}

/// Deletes record `id` and its checks' drafts, keeping their texts so that
/// she can undo it. Refused (`None`) for the record holding `open_draft`: the
/// questionnaire shows it.
pub fn delete(id: &str, open_draft: &str) -> Option<DeletedRecord> {
    let key = record_key(id);
    let text = storage::read_raw(&key).ok().flatten()?;
    let record = record::read(&text).ok()?.record;
    if record.position(open_draft).is_some() {
        return None;
    }
    let drafts: Vec<(String, String)> = record
        .checks
        .iter()
        .filter_map(|c| {
            let text = storage::read_raw(&draft_key(&c.draft)).ok().flatten()?;
            Some((c.draft.clone(), text))
        })
        .collect();
    storage::remove(&key);
    for (draft, _) in &drafts {
        storage::remove(&draft_key(draft));
    }
    Some(DeletedRecord {
        id: id.to_owned(),
        text,
        drafts,
    })
}

/// Puts a deleted record back, its drafts first.
pub fn restore(deleted: &DeletedRecord) -> Result<(), StorageError> {
    for (draft, text) in &deleted.drafts {
        storage::write_raw(&draft_key(draft), text)?;
    }
    storage::write_raw(&record_key(&deleted.id), &deleted.text)
}

/// The newest check of record `id`, ready to edit: its draft with the
/// record's ratings (saved at once when that changed it).
pub fn open_newest(id: &str, registry: &Registry) -> Result<(CellRecord, Draft), RecordStoreError> {
    let record = stored(id).ok_or(RecordStoreError::Missing)?;
    let newest = record.newest().ok_or(RecordStoreError::Missing)?;
    let mut draft = read_draft(&newest.draft).ok_or(RecordStoreError::Missing)?;
    let set = set_of(&draft, registry).ok_or(RecordStoreError::Missing)?;
    if record.lend_ratings(&mut draft, set) {
        draft.revision += 1;
        draft.changed = now();
        draft_store::save(&draft)?;
    } else {
        draft_store::set_current(&draft.id)?;
    }
    Ok((record, draft))
}

/// Starts a new check of record `id` from its newest one, dated today: the new
/// draft is stored and made the one open, then appended to the record.
pub fn start_check(id: &str, registry: &Registry) -> Result<(CellRecord, Draft), RecordStoreError> {
    let today = today()?;
    let stored_record = stored(id).ok_or(RecordStoreError::Missing)?;
    let newest = stored_record.newest().ok_or(RecordStoreError::Missing)?;
    let mut last = read_draft(&newest.draft).ok_or(RecordStoreError::Missing)?;
    if let Some(set) = set_of(&last, registry) {
        stored_record.lend_ratings(&mut last, set);
    }
    let mut started = stored_record.clone();
    let check = started.start_check(&last, new_id(), now(), today)?;
    draft_store::save(&check)?;
    let appended = update(id, |record| {
        // Another tab started one meanwhile: the check this one started from
        // is no longer the newest.
        if record.newest() != stored_record.newest() {
            return Err(RecordProblem::OlderCheckKept.into());
        }
        record
            .checks
            .push(started.checks.last().cloned().unwrap_or_default());
        Ok(())
    });
    match appended {
        Ok((record, ())) => Ok((record, check)),
        Err(e) => {
            // Not on the record: the copy goes, nothing she entered is lost.
            draft_store::delete(&check.id);
            draft_store::set_current(&last.id).ok();
            Err(e)
        }
    }
}

/// After an edit of `draft` (saved): when it is record `id`'s newest check,
/// the record takes its ratings. Whether the record changed.
pub fn keep_ratings(id: &str, draft: &Draft, set: &CriteriaSet) -> Result<bool, RecordStoreError> {
    let mut record = stored(id).ok_or(RecordStoreError::Missing)?;
    if !record.keep_ratings(draft, set) {
        return Ok(false);
    }
    update(id, |stored| {
        // Another tab started a newer check meanwhile: this one is kept as it is.
        if !stored.is_newest(&draft.id) {
            return Err(RecordProblem::OlderCheckKept.into());
        }
        stored.keep_ratings(draft, set);
        Ok(())
    })?;
    Ok(true)
}

/// The record `id` takes the ratings of its newest check's draft as stored
/// (what `keep_ratings` does after each save of it), so that what is lent or
/// shown next is what she entered last. Whether the record changed.
pub fn sync_ratings(id: &str, registry: &Registry) -> Result<bool, RecordStoreError> {
    let record = stored(id).ok_or(RecordStoreError::Missing)?;
    let newest = record.newest().ok_or(RecordStoreError::Missing)?;
    let draft = read_draft(&newest.draft).ok_or(RecordStoreError::Missing)?;
    let set = set_of(&draft, registry).ok_or(RecordStoreError::Missing)?;
    keep_ratings(id, &draft, set)
}

/// Records (or replaces) the registration of its year.
pub fn set_registration(
    id: &str,
    registration: Registration,
    current_year: u16,
) -> Result<CellRecord, RecordStoreError> {
    update(id, |r| Ok(r.set_registration(registration, current_year)?)).map(|(r, ())| r)
}

/// Removes the registration for `year`.
pub fn remove_registration(id: &str, year: u16) -> Result<CellRecord, RecordStoreError> {
    update(id, |r| match r.remove_registration(year) {
        true => Ok(()),
        false => Err(RecordProblem::NotFound.into()),
    })
    .map(|(r, ())| r)
}

/// A new id for an appraisal.
pub fn new_appraisal_id() -> String {
    new_id()
}

/// Records (or replaces, by its id) an appraisal.
pub fn save_appraisal(id: &str, appraisal: Appraisal) -> Result<CellRecord, RecordStoreError> {
    update(id, |r| Ok(r.save_appraisal(appraisal)?)).map(|(r, ())| r)
}

/// Removes appraisal `appraisal_id`.
pub fn remove_appraisal(id: &str, appraisal_id: &str) -> Result<CellRecord, RecordStoreError> {
    update(id, |r| match r.remove_appraisal(appraisal_id) {
        true => Ok(()),
        false => Err(RecordProblem::NotFound.into()),
    })
    .map(|(r, ())| r)
}

/// Sets the day check `draft_id` was made.
pub fn set_check_date(
    id: &str,
    draft_id: &str,
    date: &str,
) -> Result<CellRecord, RecordStoreError> {
    update(id, |r| Ok(r.set_check_date(draft_id, date)?)).map(|(r, ())| r)
}

/// The export file of record `id`: the record and its checks' drafts (those
/// that read).
pub fn export(id: &str, registry: &Registry) -> Result<String, RecordStoreError> {
    let record = stored(id).ok_or(RecordStoreError::Missing)?;
    let drafts: Vec<Draft> = record
        .checks
        .iter()
        .filter_map(|c| read_draft(&c.draft))
        .collect();
    Ok(record::write_file(&record, &drafts, registry))
}

/// Every record of this phone as one file, each with its checks.
pub fn export_all(registry: &Registry) -> Result<String, StorageError> {
    let records: Vec<(CellRecord, Vec<Draft>)> = ids()?
        .iter()
        .filter_map(|id| stored(id))
        .map(|record| {
            let drafts = record
                .checks
                .iter()
                .filter_map(|c| read_draft(&c.draft))
                .collect();
            (record, drafts)
        })
        .collect();
    Ok(record::write_files(&records, registry))
}

/// Imports every record of a file of all records, each as [`import`] does;
/// what each gave, in the file's order.
pub fn import_all(text: &str) -> Result<Vec<Result<RecordFile, ImportFailure>>, RecordFileError> {
    let files = record::read_files(text)?;
    Ok(files
        .into_iter()
        .map(|file| file.map_err(ImportFailure::File).and_then(store_import))
        .collect())
}

/// Why an import did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportFailure {
    /// The file is not a readable record file.
    File(RecordFileError),
    /// Storage failed; what was written of the import is removed again.
    Storage(StorageError),
}

impl ImportFailure {
    /// What she is told, in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            ImportFailure::File(e) => e.message(lang),
            ImportFailure::Storage(e) => e.message(lang),
        }
    }
}

/// Imports a record file beside what is stored (ids kept apart: nothing is
/// overwritten). Its drafts are written, then the record; the file as read
/// (its `message` says what was imported) is returned.
pub fn import(text: &str) -> Result<RecordFile, ImportFailure> {
    store_import(record::read_file(text).map_err(ImportFailure::File)?)
}

/// Stores a record file read back, ids kept apart from what is stored.
fn store_import(mut file: RecordFile) -> Result<RecordFile, ImportFailure> {
    // Plain lists, looked through: a set would bring its own sorting and tree
    // code into the wasm for a few hundred ids at most.
    let records: Vec<String> = ids().map_err(ImportFailure::Storage)?;
    let drafts: Vec<String> = storage::keys()
        .map_err(ImportFailure::Storage)?
        .iter()
        .filter_map(|k| k.strip_prefix(&draft_key("")).map(str::to_owned))
        .collect();
    file.kept_apart(|id| taken(&records, id), |id| taken(&drafts, id), new_id);
    let mut written = Vec::new();
    let result = (|| {
        for d in &file.drafts {
            storage::write_raw(&draft_key(&d.id), &draft::write(d))?;
            written.push(draft_key(&d.id));
        }
        write(&file.record)
    })();
    if let Err(e) = result {
        for key in written {
            storage::remove(&key);
        }
        return Err(ImportFailure::Storage(e));
    }
    Ok(file)
}

/// What the first start's arrangement of drafts into records did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migration {
    /// Records made.
    pub records: usize,
    /// Drafts they hold.
    pub drafts: usize,
    /// Stored drafts that could not be read (left where they are; the drafts
    /// list reports them).
    pub unreadable: usize,
    /// Storage failed part way: the rest is done at the next start.
    pub error: Option<StorageError>,
}

impl Migration {
    /// What she is told, in `lang` (`None` when there was nothing to arrange).
    pub fn message(&self, lang: Lang) -> Option<String> {
        if let Some(e) = &self.error {
            return Some(e.message(lang).to_owned());
        }
        (self.records > 0).then(|| i18n::record_migrated(lang, self.records, self.drafts))
    }
}

/// On the first start with records: arranges every stored draft that is on no
/// record yet into records (`record::records_from_drafts`), then marks it
/// done. Nothing is deleted. `Ok(None)` when it was done before. Safe to call
/// at every start; a failure leaves the mark unset, and the next start
/// arranges only the drafts still on no record.
pub fn migrate() -> Result<Option<Migration>, StorageError> {
    if storage::read_raw(&migrated_key())?.is_some() {
        return Ok(None);
    }
    let on_records = |notices: &mut Vec<RecordNotice>| -> Result<Vec<String>, StorageError> {
        let mut held = Vec::new();
        for id in ids()? {
            if let Some(r) = read_stored(&id, notices)? {
                held.extend(r.checks.into_iter().map(|c| c.draft));
            }
        }
        Ok(held)
    };
    let mut notices = Vec::new();
    let held = on_records(&mut notices)?;
    let prefix = draft_key("");
    let mut drafts = Vec::new();
    let mut unreadable = 0;
    for key in storage::keys()? {
        let Some(id) = key.strip_prefix(&prefix) else {
            continue;
        };
        if taken(&held, id) {
            continue;
        }
        match storage::read_raw(&key)?.map(|t| draft::read(&t)) {
            Some(Ok(read)) => drafts.push(read.draft),
            Some(Err(_)) => unreadable += 1,
            None => {}
        }
    }
    short_sort::by(&mut drafts, |a, b| a.created.cmp(&b.created));
    let records = record::records_from_drafts(&drafts, new_id, &now());
    let mut report = Migration {
        records: 0,
        drafts: 0,
        unreadable,
        error: None,
    };
    for record in &records {
        // Another tab may be arranging them too: never put a draft on two records.
        let held = on_records(&mut notices)?;
        if record.checks.iter().any(|c| taken(&held, &c.draft)) {
            continue;
        }
        if let Err(e) = write(record) {
            report.error = Some(e);
            return Ok(Some(report));
        }
        report.records += 1;
        report.drafts += record.checks.len();
    }
    if let Err(e) = storage::write_raw(&migrated_key(), &record::RECORD_FORMAT.to_string()) {
        report.error = Some(e);
    }
    Ok(Some(report))
}

/// Whether `ids` holds `id`.
fn taken(ids: &[String], id: &str) -> bool {
    ids.iter().any(|i| i == id)
}
