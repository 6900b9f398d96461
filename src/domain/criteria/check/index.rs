//! The index of a `sets/` folder (`sets/index.json`), checked strictly for
//! the staff who keep it: format 1, every entry's fields present and sound,
//! each file a plain `.json` name in the folder, no file or set version
//! listed twice. And an entry against the set file it lists.

use super::locate::Seg;
use super::shape::{FieldSpec, Shape, required};
use super::{CheckedSet, SetProblem, SetProblemKind, in_file_order, open, read_text};
use crate::domain::criteria::{
    FORMAT_VERSION, ProblemKind, PublishedEntry, PublishedIndex, is_slug,
};
use crate::domain::i18n::set_check::EntryField;

/// Checks an index's bytes as a file holds them (size, encoding), then as
/// [`check_index`].
pub fn check_index_bytes(bytes: &[u8]) -> Result<PublishedIndex, Vec<SetProblem>> {
    check_index(read_text(bytes)?)
}

/// Checks the text of a `sets/index.json`: the index, or every problem.
/// Entries are named by their position from 1 (`sets[2].file`).
pub fn check_index(text: &str) -> Result<PublishedIndex, Vec<SetProblem>> {
    let (text, root) = open(text)?;
    let mut shape = Shape::new(text, root, false);
    shape.object(root, &[], INDEX_FIELDS);
    if !shape.problems.is_empty() {
        return Err(in_file_order(shape.problems));
    }
    #[derive(serde::Deserialize)]
    struct Strict {
        format: u32,
        sets: Vec<PublishedEntry>,
    }
    let index: Strict = match serde_json::from_str(text) {
        Ok(index) => index,
        Err(_) => {
            shape.leaf::<Strict>(root, &[]);
            return Err(shape.problems);
        }
    };
    let mut report = |kind, path: &[Seg]| shape.report(kind, path);
    if index.format != FORMAT_VERSION {
        report(
            SetProblemKind::Rule(ProblemKind::Format {
                found: index.format,
            }),
            &[Seg::Key("format".into())],
        );
    }
    for (i, e) in index.sets.iter().enumerate() {
        let at = |field: &str| [Seg::Key("sets".into()), Seg::Pos(i), Seg::Key(field.into())];
        let earlier = &index.sets[..i];
        if !is_plain_file_name(&e.file) {
            report(
                SetProblemKind::BadFileName {
                    name: e.file.clone(),
                },
                &at("file"),
            );
        } else if earlier.iter().any(|o| o.file == e.file) {
            report(
                SetProblemKind::DuplicateFile {
                    file: e.file.clone(),
                },
                &at("file"),
            );
        }
        if !is_slug(&e.id, '-') {
            report(
                SetProblemKind::Rule(ProblemKind::NotSlug {
                    value: e.id.clone(),
                    joiner: '-',
                }),
                &at("id"),
            );
        }
        if e.version == 0 {
            report(
                SetProblemKind::Rule(ProblemKind::VersionZero),
                &at("version"),
            );
        } else if earlier
            .iter()
            .any(|o| o.id == e.id && o.version == e.version)
        {
            report(
                SetProblemKind::DuplicateEntry {
                    id: e.id.clone(),
                    version: e.version,
                },
                &at("version"),
            );
        }
        for (field, value) in [("title", &e.title), ("issuer", &e.issuer)] {
            if value.trim().is_empty() {
                report(SetProblemKind::Rule(ProblemKind::Empty), &at(field));
            } else if value.trim() != value {
                report(SetProblemKind::Rule(ProblemKind::Spaces), &at(field));
            }
        }
    }
    if shape.problems.is_empty() {
        Ok(PublishedIndex { sets: index.sets })
    } else {
        Err(in_file_order(shape.problems))
    }
}

/// The longest file name an index may give.
pub const MAX_FILE_NAME: usize = 120;

/// Whether `name` is the name of a file in the same folder, as a link can
/// name it: ASCII letters, digits, `-`, `_`, `.`, ending in `.json`, not
/// starting with a dot, no `..`, at most [`MAX_FILE_NAME`] characters.
pub fn is_plain_file_name(name: &str) -> bool {
    name.len() > ".json".len()
        && name.len() <= MAX_FILE_NAME
        && name.ends_with(".json")
        && !name.starts_with('.')
        && !name.contains("..")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Where an index entry and the set file it lists disagree (id, version,
/// title: the set's Vietnamese title, issuer). Each problem names the field
/// of the entry.
pub fn check_entry(entry: &PublishedEntry, checked: &CheckedSet) -> Vec<SetProblem> {
    let set = &checked.set;
    let pairs = [
        (EntryField::Id, "id", entry.id.clone(), set.id.to_string()),
        (
            EntryField::Version,
            "version",
            entry.version.to_string(),
            set.version.to_string(),
        ),
        (
            EntryField::Title,
            "title",
            entry.title.clone(),
            set.title.vi.to_string(),
        ),
        (
            EntryField::Issuer,
            "issuer",
            entry.issuer.clone(),
            set.issuer.to_string(),
        ),
    ];
    pairs
        .into_iter()
        .filter(|(_, _, in_index, in_file)| in_index != in_file)
        .map(|(field, name, in_index, in_file)| SetProblem {
            field: Some(name.to_owned()),
            ..SetProblem::at_place(
                SetProblemKind::EntryMismatch {
                    field,
                    in_index,
                    in_file,
                },
                None,
                None,
            )
        })
        .collect()
}

const INDEX_FIELDS: &[FieldSpec] = &[
    required("format", |s, r, p| s.leaf::<u32>(r, p)),
    required("sets", |s, r, p| s.each_object(r, p, ENTRY_FIELDS)),
];

const ENTRY_FIELDS: &[FieldSpec] = &[
    required("file", |s, r, p| s.leaf::<String>(r, p)),
    required("id", |s, r, p| s.leaf::<String>(r, p)),
    required("version", |s, r, p| s.leaf::<u32>(r, p)),
    required("title", |s, r, p| s.leaf::<String>(r, p)),
    required("issuer", |s, r, p| s.leaf::<String>(r, p)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_file_name_stays_in_its_folder() {
        for ok in ["vinh-long-2026.v1.json", "a.json", "A_b-2.json"] {
            assert!(is_plain_file_name(ok), "{ok}");
        }
        let long = format!("{}.json", "a".repeat(MAX_FILE_NAME - 4));
        for bad in [
            "",
            ".json",
            ".an.json",
            "../x.json",
            "a..json",
            "con/x.json",
            "con\\x.json",
            "https://x.vn/a.json",
            "x.json ",
            "bộ.json",
            "x.txt",
            long.as_str(),
        ] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
        assert!(is_plain_file_name(&long[1..]));
    }
}
