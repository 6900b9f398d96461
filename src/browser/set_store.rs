//! Criteria sets added on this phone, in localStorage (`tsvmtd:set:<id>:v<version>`),
//! each kept in its compact form (`criteria::AddedSet::seal`): checked once when
//! added (the sets page), read back by every page at start.
//!
//! A stored set that cannot be read (cut, changed, from a newer app) is never
//! deleted: it is reported, and stays where it is, so that a newer app or a
//! support person can still read it; the sets that read are used.

use super::storage::{self, KEY_PREFIX, StorageError};
use crate::domain::criteria::{AddConflict, AddedSet, Registry, StoredSetError};

/// The key of set `id` at `version`.
pub fn set_key(id: &str, version: u32) -> String {
    format!("{KEY_PREFIX}set:{id}:v{version}")
}

fn is_set_key(key: &str) -> bool {
    key.strip_prefix(KEY_PREFIX)
        .is_some_and(|rest| rest.starts_with("set:"))
}

/// What reading the stored sets found besides the sets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Keys whose text could not be read, with why (the text left in place).
    pub unreadable: Vec<(String, StoredSetError)>,
    /// Sets left out because this phone has other content under their id
    /// and version.
    pub conflicts: Vec<AddConflict>,
    /// Storage could not be read at all.
    pub storage: Option<StorageError>,
}

impl LoadReport {
    /// Whether there is anything to tell.
    pub fn is_empty(&self) -> bool {
        self.unreadable.is_empty() && self.conflicts.is_empty() && self.storage.is_none()
    }
}

/// Every set added on this phone that reads, oldest key first, and what did not.
pub fn added() -> (Vec<AddedSet>, LoadReport) {
    let mut report = LoadReport::default();
    let keys = match stored_keys() {
        Ok(keys) => keys,
        Err(error) => {
            report.storage = Some(error);
            return (Vec::new(), report);
        }
    };
    let mut sets = Vec::new();
    for key in keys {
        match storage::read_raw(&key) {
            Ok(Some(text)) => match AddedSet::open(&text) {
                Ok(set) => sets.push(set),
                Err(error) => report.unreadable.push((key, error)),
            },
            Ok(None) => {}
            Err(error) => report.storage = Some(error),
        }
    }
    (sets, report)
}

/// The keys of the sets added on this phone, in order: a page brought back
/// from the browser's cache compares them with those it started with, and
/// starts again when a set was added or removed meanwhile (on the sets page).
pub fn keys() -> Vec<String> {
    stored_keys().unwrap_or_default()
}

/// The keys of the stored sets, sorted: the order they were added in does
/// not matter; the same order on every start does (a conflict always leaves
/// out the same one).
fn stored_keys() -> Result<Vec<String>, StorageError> {
    let mut keys = storage::keys()?;
    keys.retain(|k| is_set_key(k));
    crate::domain::short_sort::by(&mut keys, |a, b| a.cmp(b));
    Ok(keys)
}

/// The bundled sets and those added on this phone, with what could not be used.
pub fn registry() -> (Registry, LoadReport) {
    let (sets, mut report) = added();
    let (registry, conflicts) = Registry::with_added(&sets);
    report.conflicts = conflicts;
    (registry, report)
}

/// Keeps `set` on this phone (the same set again changes nothing).
pub fn save(set: &AddedSet) -> Result<(), StorageError> {
    storage::write_raw(&set_key(&set.set.id, set.set.version), &set.seal())
}

/// Removes set `id` at `version` from this phone, returning its stored text
/// (for an undo).
pub fn remove(id: &str, version: u32) -> Option<String> {
    let key = set_key(id, version);
    let text = storage::read_raw(&key).ok().flatten();
    storage::remove(&key);
    text
}

/// Puts back a set removed by [`remove`].
pub fn restore(id: &str, version: u32, text: &str) -> Result<(), StorageError> {
    storage::write_raw(&set_key(id, version), text)
}
