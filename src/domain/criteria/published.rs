//! The index of the sets published beside the app: `sets/index.json` on the
//! app's own host, which the province's staff keep beside their set files.
//!
//! ```json
//! { "format": 1,
//!   "sets": [ { "file": "vinh-long-2026.v1.json", "id": "vinh-long-2026", "version": 1,
//!               "title": "Vĩnh Long 2026: chi bộ ấp, khu phố …", "issuer": "Tỉnh ủy Vĩnh Long" } ] }
//! ```
//!
//! Read leniently here (the app only looks up a set a result needs, to say
//! what it is and where it is published); `check` reads it strictly for its
//! authors.

use serde::Deserialize;

/// The folder beside the app's pages that holds published sets.
pub const PUBLISHED_FOLDER: &str = "sets/";
/// The index's file name in that folder.
pub const INDEX_FILE: &str = "index.json";

/// The index of a `sets/` folder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct PublishedIndex {
    #[serde(default)]
    pub sets: Vec<PublishedEntry>,
}

/// One published set file, as the index names it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct PublishedEntry {
    /// The file's name in the folder.
    pub file: String,
    pub id: String,
    pub version: u32,
    /// The set's Vietnamese title.
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub issuer: String,
}

impl PublishedIndex {
    /// Reads an index leniently; `None` when it is not one.
    pub fn read(text: &str) -> Option<PublishedIndex> {
        serde_json::from_str(text).ok()
    }

    /// The entry for set `id` at `version`.
    pub fn find(&self, id: &str, version: u32) -> Option<&PublishedEntry> {
        self.sets
            .iter()
            .find(|e| e.id == id && e.version == version)
    }
}
