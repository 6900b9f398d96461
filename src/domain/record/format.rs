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
type Parts = VecMap<String, Box<RawValue>>;
use crate::domain::i18n::{Lang, Text};
use crate::domain::plan::PlanItem;
use crate::domain::scoring::{FieldTexts, YearRating};
use crate::domain::vec_map::VecMap;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

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
    let parts: Parts =
        serde_json::from_str(text).map_err(|e| RecordError::Unreadable(e.to_string()))?;
    let format: u32 = parts
        .get("format")
        .and_then(|f| serde_json::from_str(f.get()).ok())
        .ok_or_else(|| RecordError::Unreadable("no format".into()))?;
    if format > RECORD_FORMAT {
        return Err(RecordError::NewerFormat(format));
    }
    let id: String = parts
        .get("id")
        .and_then(|f| serde_json::from_str(f.get()).ok())
        .unwrap_or_default();
    if format == 0 || id.trim().is_empty() {
        return Err(RecordError::Unreadable("not a record".into()));
    }
    let mut dropped = Vec::new();
    let d = &mut dropped;
    let checks = list::<CheckRef>(&parts, "checks", d)
        .into_iter()
        .filter_map(|(i, c)| valid(c, |c: &CheckRef| !c.draft.trim().is_empty(), i, "checks", d))
        .collect();
    let ratings = list::<YearRating>(&parts, "ratings", d)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let registrations = raw_list(&parts, "registrations", d)
        .into_iter()
        .filter_map(|(i, raw)| {
            let place = format!("registrations[{i}]");
            let r = registration(raw, &place, d)?;
            valid(r, |r: &Registration| r.year > 0, i, "registrations", d)
        })
        .collect();
    let mut appraisals: Vec<Appraisal> = raw_list(&parts, "appraisals", d)
        .into_iter()
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
        created: field(&parts, "created", d),
        changed: field(&parts, "changed", d),
        revision: field(&parts, "revision", d),
        checks,
        ratings,
        ratings_typed: field::<FieldTexts>(&parts, "ratings_typed", d),
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

/// One field: its default when missing; named and defaulted when unreadable.
fn field<T: DeserializeOwned + Default>(parts: &Parts, key: &str, dropped: &mut Vec<String>) -> T {
    match parts.get(key) {
        None => T::default(),
        Some(raw) => serde_json::from_str(raw.get()).unwrap_or_else(|_| {
            dropped.push(key.to_owned());
            T::default()
        }),
    }
}

/// The elements of the list under `key`, each kept raw with its index.
fn raw_list<'p>(
    parts: &'p Parts,
    key: &str,
    dropped: &mut Vec<String>,
) -> Vec<(usize, &'p RawValue)> {
    let Some(raw) = parts.get(key) else {
        return Vec::new();
    };
    match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
        Ok(items) => items.into_iter().enumerate().collect(),
        Err(_) => {
            dropped.push(key.to_owned());
            Vec::new()
        }
    }
}

/// The elements of the list under `key` that read, with their index; the
/// others named.
fn list<T: DeserializeOwned>(
    parts: &Parts,
    key: &str,
    dropped: &mut Vec<String>,
) -> Vec<(usize, T)> {
    raw_list(parts, key, dropped)
        .into_iter()
        .filter_map(|(i, raw)| match serde_json::from_str(raw.get()) {
            Ok(value) => Some((i, value)),
            Err(_) => {
                dropped.push(format!("{key}[{i}]"));
                None
            }
        })
        .collect()
}

/// A map whose entries are read one by one (plan items, findings).
fn map<T: DeserializeOwned>(
    raw: Option<&RawValue>,
    place: &str,
    dropped: &mut Vec<String>,
) -> VecMap<String, T> {
    let Some(raw) = raw else {
        return VecMap::new();
    };
    let Ok(entries) = serde_json::from_str::<VecMap<String, &RawValue>>(raw.get()) else {
        dropped.push(place.to_owned());
        return VecMap::new();
    };
    // Inserted one by one: collecting into a map sorts a vector first, code
    // built anew for each element type (about 4 KB of wasm).
    let mut map = VecMap::new();
    for (key, value) in entries {
        match serde_json::from_str(value.get()) {
            Ok(v) => {
                map.insert(key, v);
            }
            Err(_) => dropped.push(format!("{place}.{key}")),
        }
    }
    map
}

/// An object whose fields are read one by one into `T` (all its fields take
/// defaults), leaving out `apart` (read by the caller).
fn object<T: DeserializeOwned + Default>(
    parts: &VecMap<String, &RawValue>,
    apart: &str,
    place: &str,
    dropped: &mut Vec<String>,
) -> T {
    let mut text = String::from("{");
    for (key, value) in parts.iter().filter(|(k, _)| k.as_str() != apart) {
        let alone = format!(
            "{{{}:{}}}",
            serde_json::to_string(key).unwrap_or_default(),
            value.get()
        );
        if serde_json::from_str::<T>(&alone).is_ok() {
            if text.len() > 1 {
                text.push(',');
            }
            text.push_str(&alone[1..alone.len() - 1]);
        } else {
            dropped.push(format!("{place}.{key}"));
        }
    }
    text.push('}');
    serde_json::from_str(&text).unwrap_or_default()
}

fn registration(raw: &RawValue, place: &str, dropped: &mut Vec<String>) -> Option<Registration> {
    let Ok(parts) = serde_json::from_str::<VecMap<String, &RawValue>>(raw.get()) else {
        dropped.push(place.to_owned());
        return None;
    };
    let mut r: Registration = object(&parts, "plan", place, dropped);
    r.plan = map::<PlanItem>(
        parts.get("plan").copied(),
        &format!("{place}.plan"),
        dropped,
    );
    Some(r)
}

fn appraisal(raw: &RawValue, place: &str, dropped: &mut Vec<String>) -> Option<Appraisal> {
    let Ok(parts) = serde_json::from_str::<VecMap<String, &RawValue>>(raw.get()) else {
        dropped.push(place.to_owned());
        return None;
    };
    let mut a: Appraisal = object(&parts, "findings", place, dropped);
    a.findings = map::<Finding>(
        parts.get("findings").copied(),
        &format!("{place}.findings"),
        dropped,
    );
    Some(a)
}
