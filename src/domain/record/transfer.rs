//! A record as one file, to move it to another phone or keep it: the record
//! and every one of its checks' drafts; and every record of a phone as one
//! file, each in it as its own record file.
//!
//! ```json
//! {"kind":"tsvmtd-record","format":1,"record":{…},"checks":[{draft},…],
//!  "sets":[{"id":"ben-tre-2021","version":1,"fingerprint":"baa4f2de","title":"…","issuer":"…"}]}
//! {"kind":"tsvmtd-records","format":1,"records":[{"kind":"tsvmtd-record",…},…]}
//! ```
//!
//! Read leniently like the stored record ([`super::format`]) and drafts
//! ([`crate::domain::draft::read`]): a check whose draft the file does not
//! hold, or holds unreadable, is left out of the record and counted; a part of
//! the record that does not read is named. On import the ids are kept apart
//! from those on the device ([`RecordFile::kept_apart`]): nothing stored is
//! ever overwritten.
//!
//! The file names the criteria sets its checks were made with (`sets`: id,
//! version, fingerprint, title, issuer), so that the phone it is imported on
//! can say which set it lacks, or which one it holds with other content
//! under the same version ([`RecordFile::set_notices`]).

use super::CellRecord;
use super::format::{self, RecordError};
use crate::domain::criteria::{Registry, fingerprint_text};
use crate::domain::draft::{self, Draft, MAX_IMPORT_BYTES};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::json::{self, FromJson, Value, field};
use serde::Serialize;
use serde_json::value::RawValue;

/// The marker of a record file.
pub const RECORD_FILE_KIND: &str = "tsvmtd-record";

/// The marker of a file holding every record of a phone.
pub const RECORDS_FILE_KIND: &str = "tsvmtd-records";

#[derive(Serialize)]
struct AllOut<'a> {
    kind: &'a str,
    format: u32,
    records: Vec<Box<RawValue>>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    kind: &'a str,
    format: u32,
    record: &'a CellRecord,
    checks: &'a [Draft],
    sets: Vec<SetName>,
}

/// A criteria set as an export file names it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SetName {
    pub id: String,
    pub version: u32,
    /// Eight hexadecimal digits; empty when the exporting phone lacked the set.
    pub fingerprint: String,
    /// The Vietnamese title.
    pub title: String,
    pub issuer: String,
}

impl FromJson for SetName {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(SetName {
            id: String::from_json(o.get("id")?)?,
            version: u32::from_json(o.get("version")?)?,
            fingerprint: field(o, "fingerprint")?,
            title: field(o, "title")?,
            issuer: field(o, "issuer")?,
        })
    }
}

/// What the phone an export is imported on makes of a set the file names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetNotice {
    /// Not on this phone: the checks made with it cannot be opened until it is added.
    Missing(SetName),
    /// On this phone with other content under the same version.
    Changed(SetName),
}

/// The sets `checks` were made with, each once, named from `registry`.
pub fn set_names(checks: &[Draft], registry: &Registry) -> Vec<SetName> {
    let mut names: Vec<SetName> = Vec::new();
    for d in checks {
        let (id, version) = (&d.content.answers.set_id, d.content.answers.set_version);
        if names.iter().any(|n| n.id == *id && n.version == version) {
            continue;
        }
        let set = registry.get(id, version);
        names.push(SetName {
            id: id.clone(),
            version,
            fingerprint: registry
                .fingerprint(id, version)
                .map(fingerprint_text)
                .unwrap_or_default(),
            title: set.map(|s| s.title.vi.to_string()).unwrap_or_default(),
            issuer: set.map(|s| s.issuer.to_string()).unwrap_or_default(),
        });
    }
    names
}

/// The text of the file holding `record` and `checks`, its checks' drafts,
/// naming their sets from `registry`.
pub fn write_file(record: &CellRecord, checks: &[Draft], registry: &Registry) -> String {
    serde_json::to_string(&FileOut {
        kind: RECORD_FILE_KIND,
        format: format::RECORD_FORMAT,
        record,
        checks,
        sets: set_names(checks, registry),
    })
    .unwrap_or_default()
}

/// The text of the file holding every record given, each with its checks'
/// drafts: each is written as its own record file ([`write_file`]).
pub fn write_files(records: &[(CellRecord, Vec<Draft>)], registry: &Registry) -> String {
    let records = records
        .iter()
        .filter_map(|(record, checks)| {
            RawValue::from_string(write_file(record, checks, registry)).ok()
        })
        .collect();
    serde_json::to_string(&AllOut {
        kind: RECORDS_FILE_KIND,
        format: format::RECORD_FORMAT,
        records,
    })
    .unwrap_or_default()
}

/// The file's parsed JSON when it names `kind` (`None` for text that is no JSON
/// or names another kind).
fn of_kind(text: &str, kind: &str) -> Option<Value> {
    json::parse(text)
        .ok()
        .filter(|v| v.get("kind").and_then(Value::as_str) == Some(kind))
}

/// Whether `text` is meant as a file of every record of a phone.
pub fn is_records_file(text: &str) -> bool {
    of_kind(text, RECORDS_FILE_KIND).is_some()
}

/// Reads a file of every record: each record file in it read on its own
/// ([`read_file`]), so that one that does not read leaves the others.
pub fn read_files(text: &str) -> Result<Vec<Result<RecordFile, RecordFileError>>, RecordFileError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(RecordFileError::TooLarge(text.len()));
    }
    let value = json::parse(text).map_err(|_| RecordFileError::NotJson)?;
    let file = value
        .as_object()
        .filter(|f| f.get("kind").and_then(Value::as_str) == Some(RECORDS_FILE_KIND))
        .ok_or(RecordFileError::NotARecord)?;
    let records = match file.get("records") {
        None => &[][..],
        Some(records) => records.as_array().ok_or(RecordFileError::NotARecord)?,
    };
    Ok(records.iter().map(read_file_value).collect())
}

/// Why a file was not imported as a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordFileError {
    /// Larger than any real export.
    TooLarge(usize),
    /// Not JSON.
    NotJson,
    /// JSON, but not a record file (or its record does not read).
    NotARecord,
    /// A record file from a newer version of the app.
    NewerFormat(u32),
}

impl RecordFileError {
    /// Why the file was not imported, in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            RecordFileError::TooLarge(_) => Text::ImportTooLarge,
            RecordFileError::NotJson => Text::ImportNotJson,
            RecordFileError::NotARecord => Text::RecordFileNotARecord,
            RecordFileError::NewerFormat(_) => Text::RecordNewerFormat,
        }
        .get(lang)
    }
}

/// A record file read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordFile {
    /// The record, its checks limited to those whose draft the file holds.
    pub record: CellRecord,
    /// The drafts of its checks, in the record's order.
    pub drafts: Vec<Draft>,
    /// Checks left out: their draft is not in the file, or does not read.
    pub missing_checks: usize,
    /// Parts of the record that could not be read (`ReadRecord::dropped`).
    pub dropped: Vec<String>,
    /// The sets the file names (none in files of earlier releases, or when
    /// that part does not read).
    pub sets: Vec<SetName>,
}

/// Whether `text` is meant as a record file (it names the record kind), good
/// or not: an import screen tells it from a file of drafts with this.
pub fn is_record_file(text: &str) -> bool {
    of_kind(text, RECORD_FILE_KIND).is_some()
}

/// Reads a record file.
pub fn read_file(text: &str) -> Result<RecordFile, RecordFileError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(RecordFileError::TooLarge(text.len()));
    }
    read_file_value(&json::parse(text).map_err(|_| RecordFileError::NotJson)?)
}

/// Reads a record file already parsed (one of a file of every record).
fn read_file_value(value: &Value) -> Result<RecordFile, RecordFileError> {
    let file = value
        .as_object()
        .filter(|f| f.get("kind").and_then(Value::as_str) == Some(RECORD_FILE_KIND))
        .ok_or(RecordFileError::NotARecord)?;
    let checks: &[Value] = match file.get("checks") {
        None => &[],
        Some(checks) => checks.as_array().ok_or(RecordFileError::NotARecord)?,
    };
    let read = format::read_value(file.get("record").ok_or(RecordFileError::NotARecord)?).map_err(
        |e| match e {
            RecordError::NewerFormat(n) => RecordFileError::NewerFormat(n),
            RecordError::TooLarge(n) => RecordFileError::TooLarge(n),
            RecordError::Unreadable(_) => RecordFileError::NotARecord,
        },
    )?;
    // Larger than any real record, as it would be stored.
    let size = format::write(&read.record).len();
    if size > format::MAX_RECORD_BYTES {
        return Err(RecordFileError::TooLarge(size));
    }
    // A draft larger than any real one is left out, as it would be stored.
    let drafts: Vec<Draft> = checks
        .iter()
        .filter_map(|value| draft::read_value(value).ok().map(|r| r.draft))
        .filter(|d| draft::write(d).len() <= draft::MAX_DRAFT_BYTES)
        .collect();
    let mut record = read.record;
    let mut kept = Vec::new();
    let mut in_order = Vec::new();
    let mut missing = 0;
    for check in record.checks {
        let found = drafts.iter().find(|d| d.id == check.draft);
        let repeated = in_order.iter().any(|d: &Draft| d.id == check.draft);
        match found {
            Some(d) if !repeated => {
                in_order.push(d.clone());
                kept.push(check);
            }
            _ => missing += 1,
        }
    }
    record.checks = kept;
    let sets = file
        .get("sets")
        .and_then(Vec::<SetName>::from_json)
        .unwrap_or_default();
    Ok(RecordFile {
        record,
        drafts: in_order,
        missing_checks: missing,
        dropped: read.dropped,
        sets,
    })
}

impl RecordFile {
    /// Gives the record and each draft a new id from `fresh_id` when
    /// `record_taken` / `draft_taken` says its id is already on the device,
    /// the checks following their drafts, so that importing never overwrites
    /// anything (importing the same file twice gives two records).
    pub fn kept_apart(
        &mut self,
        record_taken: impl Fn(&str) -> bool,
        draft_taken: impl Fn(&str) -> bool,
        mut fresh_id: impl FnMut() -> String,
    ) {
        if record_taken(&self.record.id) {
            self.record.id = fresh_id();
        }
        for (check, draft) in self.record.checks.iter_mut().zip(&mut self.drafts) {
            if draft_taken(&draft.id) {
                draft.id = fresh_id();
                check.draft = draft.id.clone();
            }
        }
    }

    /// The sets of its checks that this phone lacks, or holds with other
    /// content under the same version (by the fingerprint the file names).
    pub fn set_notices(&self, registry: &Registry) -> Vec<SetNotice> {
        let named = |id: &str, version: u32| {
            self.sets
                .iter()
                .find(|n| n.id == id && n.version == version)
                .cloned()
                .unwrap_or_else(|| SetName {
                    id: id.to_owned(),
                    version,
                    ..SetName::default()
                })
        };
        let mut notices: Vec<SetNotice> = Vec::new();
        for d in &self.drafts {
            let (id, version) = (&d.content.answers.set_id, d.content.answers.set_version);
            let name = named(id, version);
            let notice = match registry.fingerprint(id, version) {
                None if registry.latest(id).is_none() => Some(SetNotice::Missing(name)),
                Some(here)
                    if !name.fingerprint.is_empty()
                        && fingerprint_text(here) != name.fingerprint =>
                {
                    Some(SetNotice::Changed(name))
                }
                _ => None,
            };
            if let Some(n) = notice
                && !notices.contains(&n)
            {
                notices.push(n);
            }
        }
        notices
    }

    /// What she is told of the sets its checks need, one sentence a set.
    pub fn set_messages(&self, lang: Lang, registry: &Registry) -> Vec<String> {
        self.set_notices(registry)
            .iter()
            .map(|n| match n {
                SetNotice::Missing(s) => {
                    i18n::import_set_missing(lang, &s.id, s.version, &s.title, &s.issuer)
                }
                SetNotice::Changed(s) => i18n::import_set_changed(lang, &s.id, s.version),
            })
            .collect()
    }

    /// What the import did: "Đã nhập hồ sơ «Chi bộ ấp 3» với 4 lần tự đánh
    /// giá." (and the checks or parts that could not be read).
    pub fn message(&self, lang: Lang) -> String {
        let title = self
            .drafts
            .last()
            .map(|d| super::check::cell_title(d).to_owned())
            .unwrap_or_default();
        i18n::record_imported(
            lang,
            &title,
            self.drafts.len(),
            self.missing_checks,
            !self.dropped.is_empty(),
        )
    }
}
