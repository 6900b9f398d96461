//! The stored and exported JSON of a collection, versioned:
//!
//! ```json
//! {"kind":"tsvmtd-collection","format":1,"entries":[{"fragment":"#k=…","added":"2026-06-15T08:30:00Z"}]}
//! ```
//!
//! Entries are kept as their links and decoded again on reading, so the stored
//! form is as compact as the links and cannot drift from the link format.
//! Reading is lenient: an entry that does not read is kept aside as its JSON
//! text (written again from the parsed value, its fields in their order),
//! never dropped silently.

use super::collection::{Collection, Entry};
use super::extract::payload_of;
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, TrackingText};
use crate::domain::json::{self, FromJson, Value, field};
use crate::domain::share_link;
use serde::Serialize;

/// The `kind` of a collection's JSON.
pub const KIND: &str = "tsvmtd-collection";

/// The format this code writes, and the newest it reads.
pub const FORMAT: u32 = 1;

/// The largest text `read` accepts: 4 MB, far more than thousands of links.
pub const MAX_COLLECTION_BYTES: usize = 4 * 1024 * 1024;

#[derive(Serialize)]
struct CollectionOut<'a> {
    kind: &'a str,
    format: u32,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    fragment: &'a str,
    added: &'a str,
}

/// The JSON of `collection` (for localStorage and for the export).
pub fn write(collection: &Collection) -> String {
    let entries = collection
        .entries
        .iter()
        .map(|e| EntryOut {
            fragment: &e.fragment,
            added: &e.added,
        })
        .collect();
    serde_json::to_string(&CollectionOut {
        kind: KIND,
        format: FORMAT,
        entries,
    })
    .unwrap_or_default()
}

/// A collection read back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadCollection {
    pub collection: Collection,
    /// Entries that could not be read (their link no longer decodes, or the
    /// entry is not shaped as one), each as its raw JSON text, in order.
    pub unreadable: Vec<String>,
}

/// Why a collection's JSON was refused as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectionError {
    /// Larger than [`MAX_COLLECTION_BYTES`] (its length in bytes).
    TooLarge(usize),
    /// Not JSON (the parser's message).
    NotJson(String),
    /// JSON, but not a collection (no `kind` "tsvmtd-collection", no `format`).
    NotACollection,
    /// Written by a newer app, in this format.
    NewerFormat(u32),
}

impl CollectionError {
    /// The explanation shown to the reader, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let text = match self {
            CollectionError::TooLarge(_) => TrackingText::CollectionTooLarge,
            CollectionError::NotJson(_) => TrackingText::CollectionNotJson,
            CollectionError::NotACollection => TrackingText::CollectionNotACollection,
            CollectionError::NewerFormat(_) => TrackingText::CollectionNewerFormat,
        };
        text.get(lang).to_owned()
    }
}

impl std::fmt::Display for CollectionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Reads a collection's JSON. Lenient: an entry whose link no longer decodes
/// is kept aside in `unreadable`; an unknown newer format, text that is not
/// JSON or not a collection, or more than [`MAX_COLLECTION_BYTES`], is an
/// error. Entries are kept in order, as stored (no merging: reading never
/// drops anything).
pub fn read(text: &str, registry: &Registry) -> Result<ReadCollection, CollectionError> {
    if text.len() > MAX_COLLECTION_BYTES {
        return Err(CollectionError::TooLarge(text.len()));
    }
    let value = json::parse(text).map_err(CollectionError::NotJson)?;
    let collection = value.as_object().ok_or(CollectionError::NotACollection)?;
    // The kind and format first, so that a newer format is recognised
    // whatever shape its entries take.
    let kind = collection.get("kind").and_then(Value::as_str);
    let format = collection.get("format").and_then(u32::from_json);
    let (Some(KIND), Some(format)) = (kind, format) else {
        return Err(CollectionError::NotACollection);
    };
    if format == 0 {
        return Err(CollectionError::NotACollection);
    }
    if format > FORMAT {
        return Err(CollectionError::NewerFormat(format));
    }
    let entries = match collection.get("entries") {
        None => &[][..],
        Some(entries) => entries.as_array().ok_or(CollectionError::NotACollection)?,
    };
    let mut out = ReadCollection::default();
    for stored in entries {
        match read_entry(stored, registry) {
            Some(entry) => out.collection.entries.push(entry),
            // Its JSON again, its fields in their order.
            None => out.unreadable.push(stored.to_string()),
        }
    }
    Ok(out)
}

fn read_entry(stored: &Value, registry: &Registry) -> Option<Entry> {
    let stored = stored.as_object()?;
    let fragment = String::from_json(stored.get("fragment")?)?;
    let added: String = field(stored, "added")?;
    let decoded = share_link::decode(&fragment, registry).ok()?;
    Some(Entry {
        fragment: format!("#k={}", payload_of(&fragment)),
        fingerprint: decoded.fingerprint,
        result: decoded.result,
        added,
    })
}
