//! The commune's collection of results ("Theo dõi") in localStorage, with the
//! guarantees of drafts: saved after every change; a stored collection that
//! cannot be read is moved aside under a recovery key and reported, never
//! dropped; entries whose link no longer reads are kept aside too; a full or
//! blocked storage is reported and the collection goes on in memory.

use super::storage::{self, KEY_PREFIX, StorageError};
use crate::domain::criteria::Registry;
use crate::domain::tracking::{self, Collection, CollectionError};

/// The key of the collection.
pub fn key() -> String {
    format!("{KEY_PREFIX}collection")
}

/// What the user must be told after loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectionNotice {
    /// Storage cannot be used: the collection lives in memory only.
    Unavailable,
    /// The stored collection could not be read; its text is kept under `key`
    /// (or left in place when it could not be moved: `moved` false).
    SetAside {
        key: String,
        moved: bool,
        error: CollectionError,
    },
    /// Entries whose links no longer read, kept under `key`.
    EntriesSetAside { key: String, count: usize },
}

/// The stored collection (empty when there is none), and what to report.
pub fn load(registry: &Registry) -> (Collection, Vec<CollectionNotice>) {
    let text = match storage::read_raw(&key()) {
        Ok(Some(text)) => text,
        Ok(None) => return (Collection::default(), Vec::new()),
        Err(_) => return (Collection::default(), vec![CollectionNotice::Unavailable]),
    };
    match tracking::read(&text, registry) {
        Ok(read) => {
            let mut notices = Vec::new();
            if !read.unreadable.is_empty() {
                let aside = recovery_key();
                let kept = format!("[{}]", read.unreadable.join(","));
                // Kept aside first, then the readable rest stored alone, so
                // that the next visit does not set them aside again.
                if storage::write_raw(&aside, &kept).is_ok() && save(&read.collection).is_ok() {
                    notices.push(CollectionNotice::EntriesSetAside {
                        key: aside,
                        count: read.unreadable.len(),
                    });
                }
            }
            (read.collection, notices)
        }
        Err(error) => {
            let aside = recovery_key();
            let moved = storage::write_raw(&aside, &text).is_ok();
            if moved {
                storage::remove(&key());
            }
            let notice = CollectionNotice::SetAside {
                key: if moved { aside } else { key() },
                moved,
                error,
            };
            (Collection::default(), vec![notice])
        }
    }
}

fn recovery_key() -> String {
    format!(
        "{KEY_PREFIX}recovery:collection:{}",
        super::draft_store::now()
    )
}

/// Saves the collection.
pub fn save(collection: &Collection) -> Result<(), StorageError> {
    storage::write_raw(&key(), &tracking::write(collection))
}
