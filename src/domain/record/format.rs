//! The stored record: versioned JSON, read leniently. Every part is read alone
//! (each check, rating, registration and appraisal, and each field and plan
//! item or finding within them), so that one part that cannot be read is lost
//! alone and named in [`ReadRecord::dropped`]; the caller then keeps the whole
//! text aside before anything is written over it. Only a text that is no
//! record at all (not JSON, no format or id), from a newer app, or too large is
//! refused whole, and the caller keeps it aside too.
//!
//! Format history (a sample: `docs/record.md`, read by `tests/record_format.rs`):
//! - 1 (this release): `{"format":1, "id", "created", "changed", "revision",
//!   "checks":[{"draft","date"}], "ratings", "ratings_typed", "registrations",
//!   "appraisals"}`; the last four are left out when empty.

use super::appraisal::{Appraisal, Finding};
use super::registration::Registration;
use super::{CellRecord, CheckRef};
use crate::domain::i18n::{Lang, Text};
use crate::domain::json::{self, FromJson, Object, Value, field};
use crate::domain::plan::PlanItem;
use crate::domain::scoring::{FieldTexts, YearRating};
use crate::domain::vec_map::VecMap;

/// The format this code writes.
pub const RECORD_FORMAT: u32 = 1;

/// The largest record text accepted (forty checks and ten years of plans are
/// a few tens of kilobytes).
pub const MAX_RECORD_BYTES: usize = 256 * 1024;

/// Why a stored text could not be read as a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, or not an object with a record's format and id.
    Unreadable(String),
    /// Written by a newer version of the app.
    NewerFormat(u32),
    /// Larger than any real record.
    TooLarge(usize),
}

impl RecordError {
    /// Why the record was set aside, in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            RecordError::Unreadable(_) | RecordError::TooLarge(_) => Text::RecordUnreadable,
            RecordError::NewerFormat(_) => Text::RecordNewerFormat,
        }
        .get(lang)
    }
}

/// A record read from storage, with the parts that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadRecord {
    pub record: CellRecord,
    /// The parts left out, named by their place: `checks[2]`,
    /// `appraisals[0].findings.c6`, `revision`.
    pub dropped: Vec<String>,
}

/// Reads a stored record of any format this app knows.
pub fn read(text: &str) -> Result<ReadRecord, RecordError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(RecordError::TooLarge(text.len()));
    }
    read_value(&json::parse(text).map_err(RecordError::Unreadable)?)
}

/// Reads a record already parsed (a record file's).
pub fn read_value(value: &Value) -> Result<ReadRecord, RecordError> {
    let parts = value
        .as_object()
        .ok_or_else(|| RecordError::Unreadable("not an object".into()))?;
    let format = parts
        .get("format")
        .and_then(u32::from_json)
        .ok_or_else(|| RecordError::Unreadable("no format".into()))?;
    if format > RECORD_FORMAT {
        return Err(RecordError::NewerFormat(format));
    }
    let id: String = field(parts, "id").unwrap_or_default();
    if format == 0 || id.trim().is_empty() {
        return Err(RecordError::Unreadable("not a record".into()));
    }
    let mut dropped = Vec::new();
    let d = &mut dropped;
    let checks = list(parts, "checks", d)
        .filter_map(|(i, c)| {
            let c = read_or_drop::<CheckRef>(c, i, "checks", d)?;
            valid(c, |c: &CheckRef| !c.draft.trim().is_empty(), i, "checks", d)
        })
        .collect();
    let ratings = list(parts, "ratings", d)
        .filter_map(|(i, r)| read_or_drop::<YearRating>(r, i, "ratings", d))
        .collect();
    let registrations = list(parts, "registrations", d)
        .filter_map(|(i, raw)| {
            let r = registration(raw, &format!("registrations[{i}]"), d)?;
            valid(r, |r: &Registration| r.year > 0, i, "registrations", d)
        })
        .collect();
    let mut appraisals: Vec<Appraisal> = list(parts, "appraisals", d)
        .filter_map(|(i, raw)| appraisal(raw, &format!("appraisals[{i}]"), d))
        .collect();
    // An appraisal is edited by its id: one without, or sharing one, gets its own.
    for i in 0..appraisals.len() {
        let taken = |id: &str| appraisals[..i].iter().any(|a| a.id == id);
        if appraisals[i].id.trim().is_empty() || taken(&appraisals[i].id) {
            let mut n = i;
            while taken(&format!("appraisal-{n}")) {
                n += 1;
            }
            appraisals[i].id = format!("appraisal-{n}");
        }
    }
    let record = CellRecord {
        format: RECORD_FORMAT,
        id,
        created: part(parts, "created", "", d),
        changed: part(parts, "changed", "", d),
        revision: part(parts, "revision", "", d),
        checks,
        ratings,
        ratings_typed: part::<FieldTexts>(parts, "ratings_typed", "", d),
        registrations,
        appraisals,
    };
    Ok(ReadRecord { record, dropped })
}

/// The stored text of a record.
pub fn write(record: &CellRecord) -> String {
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(record).unwrap_or_default()
}

/// `value` when `ok` says it is usable, else named as dropped.
fn valid<T>(
    value: T,
    ok: impl Fn(&T) -> bool,
    index: usize,
    key: &str,
    dropped: &mut Vec<String>,
) -> Option<T> {
    if ok(&value) {
        Some(value)
    } else {
        dropped.push(format!("{key}[{index}]"));
        None
    }
}

/// Field `key` of `object`: its default when missing; named (as
/// `place.key`) and defaulted when unreadable.
fn part<T: FromJson + Default>(
    object: &Object,
    key: &str,
    place: &str,
    dropped: &mut Vec<String>,
) -> T {
    field(object, key).unwrap_or_else(|| {
        dropped.push(if place.is_empty() {
            key.to_owned()
        } else {
            format!("{place}.{key}")
        });
        T::default()
    })
}

/// `value` read as `T`, else named as dropped (`key[index]`).
fn read_or_drop<T: FromJson>(
    value: &Value,
    index: usize,
    key: &str,
    dropped: &mut Vec<String>,
) -> Option<T> {
    let read = T::from_json(value);
    if read.is_none() {
        dropped.push(format!("{key}[{index}]"));
    }
    read
}

/// The elements of the list under `key`, with their index; a value that is
/// no list is named and read as none.
fn list<'p>(
    parts: &'p Object,
    key: &str,
    dropped: &mut Vec<String>,
) -> impl Iterator<Item = (usize, &'p Value)> + use<'p> {
    let items = match parts.get(key) {
        None => &[][..],
        Some(Value::Array(items)) => items.as_slice(),
        Some(_) => {
            dropped.push(key.to_owned());
            &[][..]
        }
    };
    items.iter().enumerate()
}

/// A map whose entries are read one by one (plan items, findings).
fn map<T: FromJson>(
    value: Option<&Value>,
    place: &str,
    dropped: &mut Vec<String>,
) -> VecMap<String, T> {
    let mut map = VecMap::new();
    let Some(value) = value else {
        return map;
    };
    let Some(entries) = value.as_object() else {
        dropped.push(place.to_owned());
        return map;
    };
    for (key, value) in entries {
        match T::from_json(value) {
            Some(v) => {
                map.insert(key.clone(), v);
            }
            None => dropped.push(format!("{place}.{key}")),
        }
    }
    map
}

/// A registration, each field read alone.
fn registration(value: &Value, place: &str, dropped: &mut Vec<String>) -> Option<Registration> {
    let Some(o) = value.as_object() else {
        dropped.push(place.to_owned());
        return None;
    };
    Some(Registration {
        year: part(o, "year", place, dropped),
        date: part(o, "date", place, dropped),
        plan: map::<PlanItem>(o.get("plan"), &format!("{place}.plan"), dropped),
        note: part(o, "note", place, dropped),
    })
}

/// An appraisal, each field read alone.
fn appraisal(value: &Value, place: &str, dropped: &mut Vec<String>) -> Option<Appraisal> {
    let Some(o) = value.as_object() else {
        dropped.push(place.to_owned());
        return None;
    };
    Some(Appraisal {
        id: part(o, "id", place, dropped),
        date: part(o, "date", place, dropped),
        body: part(o, "body", place, dropped),
        recognised: part(o, "recognised", place, dropped),
        decision_number: part(o, "decision_number", place, dropped),
        decision_date: part(o, "decision_date", place, dropped),
        findings: map::<Finding>(o.get("findings"), &format!("{place}.findings"), dropped),
        note: part(o, "note", place, dropped),
    })
}
