//! The sets published beside the app (`sets/index.json`, read relative to
//! the page, so that a sub-path works) as the page shows them: how reading
//! the index went, and for each entry whether this phone has it already or
//! it can be added. A set the app's link names ([`super::NeededSet`]) comes
//! first.

use super::NeededSet;
use crate::domain::criteria::{
    INDEX_FILE, PUBLISHED_FOLDER, PublishedEntry, PublishedIndex, Registry,
};
use crate::domain::i18n::{self, Lang, SetsText};

/// What a request for a published file brought back (the browser's adapter
/// says it; the page reads it here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetched {
    /// The file's text and its address (after any redirect).
    Text { text: String, address: String },
    /// The host answered with another status than 200 (404: no such file).
    Status(u16),
    /// The phone has no connection.
    Offline,
    /// The host could not be reached (or refused the request).
    Unreachable,
}

/// The index's address, relative to the page.
pub fn index_path() -> String {
    format!("{PUBLISHED_FOLDER}{INDEX_FILE}")
}

/// The address of an entry's file relative to the page, when its name is a
/// plain file name in the folder (`vinh-long-2026.v1.json`): never another
/// folder, another host or a hidden file, whatever the index says.
pub fn file_path(entry: &PublishedEntry) -> Option<String> {
    let name = entry.file.as_str();
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && name.len() <= 120
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && name.ends_with(".json");
    plain.then(|| format!("{PUBLISHED_FOLDER}{name}"))
}

/// How reading the index went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexState {
    /// No connection: only the sets already on the phone.
    Offline,
    /// The host did not answer, or answered with an error (its status).
    Unreachable(Option<u16>),
    /// No index here (404), or one that lists no set.
    Empty,
    /// Something is there, but it is not an index.
    Unreadable,
    /// The sets published here.
    Listed(PublishedIndex),
}

impl IndexState {
    /// Reads what the request for the index brought back.
    pub fn from_fetch(fetched: Fetched) -> IndexState {
        match fetched {
            Fetched::Offline => IndexState::Offline,
            Fetched::Unreachable => IndexState::Unreachable(None),
            Fetched::Status(404) => IndexState::Empty,
            Fetched::Status(status) => IndexState::Unreachable(Some(status)),
            Fetched::Text { text, .. } => match PublishedIndex::read(&text) {
                None => IndexState::Unreadable,
                Some(index) if index.sets.is_empty() => IndexState::Empty,
                Some(index) => IndexState::Listed(index),
            },
        }
    }

    /// What to tell her instead of a list, in `lang` (none for a list).
    pub fn message(&self, lang: Lang) -> Option<String> {
        Some(match self {
            IndexState::Offline => SetsText::SetsIndexOffline.get(lang).to_owned(),
            IndexState::Unreachable(status) => i18n::sets_index_unreachable(lang, *status),
            IndexState::Empty => SetsText::SetsIndexEmpty.get(lang).to_owned(),
            IndexState::Unreadable => i18n::sets_index_unreadable(lang, &index_path()),
            IndexState::Listed(_) => return None,
        })
    }
}

/// What an entry's line offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryState {
    /// "Thêm vào máy".
    Addable,
    /// "Đã có trên máy này": this phone has that id and version (bundled or
    /// added; whether its content is the same shows once a file is added).
    OnPhone,
    /// The index names a file that is not a plain file of the folder.
    BadFileName,
}

/// One entry of the index as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedRow {
    pub entry: PublishedEntry,
    pub state: EntryState,
    /// The set the result she came with needs.
    pub needed: bool,
}

/// The index's entries: the one `needed` names first, then in the index's
/// order; each with what it offers on this phone.
pub fn published_rows(
    index: &PublishedIndex,
    registry: &Registry,
    needed: Option<&NeededSet>,
) -> Vec<PublishedRow> {
    let is_needed =
        |e: &PublishedEntry| needed.is_some_and(|n| n.id == e.id && n.version == e.version);
    let mut rows: Vec<PublishedRow> = index
        .sets
        .iter()
        .map(|entry| PublishedRow {
            state: if file_path(entry).is_none() {
                EntryState::BadFileName
            } else if registry.get(&entry.id, entry.version).is_some() {
                EntryState::OnPhone
            } else {
                EntryState::Addable
            },
            needed: is_needed(entry),
            entry: entry.clone(),
        })
        .collect();
    // Stable: the needed one moves up, the others keep the index's order.
    crate::domain::short_sort::by_key(&mut rows, |r| !r.needed);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::DEFAULT_SET_ID;
    use crate::domain::sets_page::testing::{a_set, added};

    fn entry(file: &str, id: &str, version: u32) -> PublishedEntry {
        PublishedEntry {
            file: file.into(),
            id: id.into(),
            version,
            title: format!("{id} v{version}"),
            issuer: "Tỉnh ủy".into(),
        }
    }

    fn text(text: &str) -> Fetched {
        Fetched::Text {
            text: text.into(),
            address: "https://example.org/sets/index.json".into(),
        }
    }

    #[test]
    fn the_index_reads_or_says_why_not() {
        assert_eq!(index_path(), "sets/index.json");
        assert_eq!(
            IndexState::from_fetch(Fetched::Offline),
            IndexState::Offline
        );
        assert_eq!(
            IndexState::from_fetch(Fetched::Unreachable),
            IndexState::Unreachable(None)
        );
        assert_eq!(
            IndexState::from_fetch(Fetched::Status(404)),
            IndexState::Empty
        );
        assert_eq!(
            IndexState::from_fetch(Fetched::Status(500)),
            IndexState::Unreachable(Some(500))
        );
        assert_eq!(
            IndexState::from_fetch(text(r#"{"format":1,"sets":[]}"#)),
            IndexState::Empty
        );
        // A host that answers every address with the app's page.
        for bad in [
            "<!doctype html><html>",
            "",
            "null",
            r#"{"sets":{}}"#,
            r#"{"sets":[{"id":"x"}]}"#,
        ] {
            assert_eq!(
                IndexState::from_fetch(text(bad)),
                IndexState::Unreadable,
                "{bad}"
            );
        }
        let listed = IndexState::from_fetch(text(
            r#"{"format":1,"sets":[{"file":"a.json","id":"a","version":1,"title":"A","issuer":"X","later":true}]}"#,
        ));
        assert!(matches!(&listed, IndexState::Listed(i) if i.sets.len() == 1));
        assert_eq!(listed.message(Lang::Vi), None);
        for state in [
            IndexState::Offline,
            IndexState::Unreachable(None),
            IndexState::Unreachable(Some(503)),
            IndexState::Empty,
            IndexState::Unreadable,
        ] {
            for lang in [Lang::Vi, Lang::En] {
                assert!(state.message(lang).is_some_and(|m| !m.is_empty()));
            }
        }
        assert!(
            IndexState::Unreachable(Some(503))
                .message(Lang::Vi)
                .unwrap()
                .contains("503")
        );
        assert!(
            IndexState::Unreadable
                .message(Lang::Vi)
                .unwrap()
                .contains("sets/index.json")
        );
    }

    #[test]
    fn only_a_plain_file_of_the_folder_is_fetched() {
        assert_eq!(
            file_path(&entry("vinh-long-2026.v1.json", "x", 1)).as_deref(),
            Some("sets/vinh-long-2026.v1.json")
        );
        for bad in [
            "",
            "../index.html",
            "a/b.json",
            "https://other.example/x.json",
            "//other.example/x.json",
            ".hidden.json",
            "x.json?y",
            "x.html",
            "bộ.json",
            "a\\b.json",
        ] {
            assert_eq!(file_path(&entry(bad, "x", 1)), None, "{bad}");
        }
    }

    #[test]
    fn each_entry_says_whether_this_phone_has_it_and_the_needed_one_comes_first() {
        let extra = [added(a_set("vinh-long-2026", 1, "2026-01-01"))];
        let (registry, _) = Registry::with_added(&extra);
        let index = PublishedIndex {
            sets: vec![
                entry("ben-tre.json", DEFAULT_SET_ID, 1),
                entry("vl1.json", "vinh-long-2026", 1),
                entry("vl2.json", "vinh-long-2026", 2),
                entry("../x.json", "x", 1),
                entry("ag.json", "an-giang", 1),
            ],
        };
        let rows = published_rows(&index, &registry, None);
        let states: Vec<EntryState> = rows.iter().map(|r| r.state).collect();
        assert_eq!(
            states,
            [
                EntryState::OnPhone,
                EntryState::OnPhone,
                EntryState::Addable,
                EntryState::BadFileName,
                EntryState::Addable
            ]
        );
        assert!(rows.iter().all(|r| !r.needed));
        let needed = NeededSet::from_fragment("#can=an-giang~1~0badf00d").unwrap();
        let rows = published_rows(&index, &registry, Some(&needed));
        let files: Vec<&str> = rows.iter().map(|r| r.entry.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "ag.json",
                "ben-tre.json",
                "vl1.json",
                "vl2.json",
                "../x.json"
            ]
        );
        assert!(rows[0].needed && rows[1..].iter().all(|r| !r.needed));
    }
}
