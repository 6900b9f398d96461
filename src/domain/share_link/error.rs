//! What can go wrong with a link, each case with its own explanation in the
//! interface languages (texts in `crate::domain::i18n`).

use super::SetRef;
use crate::domain::criteria::{Bilingual, fingerprint_text};
use crate::domain::i18n::{self, Lang, SharedText};
use crate::domain::profile::TextField;

/// Why a link could not be read. Each case says what the reader can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing to read (an empty text, or a link without its result part).
    Empty,
    /// Longer than any result link ([`super::MAX_INPUT_BYTES`],
    /// [`super::MAX_PAYLOAD_CHARS`]); refused before decoding.
    TooLong,
    /// Holds characters a result link never has (spaces, accents, punctuation).
    InvalidCharacters,
    /// A link to this app's page without a result in it (another fragment).
    NotAResultLink,
    /// Shorter than its header says: part of it was cut off.
    Truncated,
    /// The checksum does not match (a mistyped or changed character), or
    /// characters were added.
    Corrupted,
    /// Made by a newer app, with a format this one does not know.
    NewerFormat { version: u8 },
    /// Made with a criteria set this phone does not have (neither bundled nor
    /// added). A link of format 4 names it (`set`: id, version, fingerprint),
    /// so that the reader can be told which set to add ([`LinkError::needed_set`]);
    /// links of formats 1 to 3 name only the 16-bit tag of its id (`set: None`).
    UnknownSet { tag: u16, set: Option<SetRef> },
    /// This phone has the set and version the link names, but with other
    /// content (another fingerprint): a set changed without a new version,
    /// here or on the phone that made the link. Refused: never read with
    /// another layout than the one it was made with.
    SetChanged {
        id: String,
        version: u32,
        /// The fingerprint the link names.
        link_fingerprint: u32,
        /// The fingerprint of the set this phone has under that id and version.
        here_fingerprint: u32,
    },
    /// A link of formats 1 to 3 made with a version of a known bundled set
    /// that this app does not have (a newer one: old versions stay bundled).
    UnknownSetVersion {
        set_id: String,
        /// The title of the latest version this app has.
        title: Bilingual,
        version: u32,
        latest: u32,
    },
    /// Intact (the checksum matches) but not laid out as its set requires:
    /// made by a faulty or foreign tool.
    Malformed,
}

impl LinkError {
    /// The set the link needs and this phone lacks, as the link names it
    /// (format 4): what the reader must add to open it. `None` for every
    /// other error, a link of formats 1 to 3 (which name only a tag) and a
    /// changed set ([`LinkError::SetChanged`] names its own: the set here has
    /// the same id and version, so that one cannot be added beside it).
    pub fn needed_set(&self) -> Option<&SetRef> {
        match self {
            LinkError::UnknownSet { set, .. } => set.as_ref(),
            _ => None,
        }
    }

    /// The explanation shown to the reader, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let fixed = match self {
            LinkError::Empty => SharedText::LinkEmpty,
            LinkError::TooLong => SharedText::LinkTooLong,
            LinkError::InvalidCharacters => SharedText::LinkInvalidCharacters,
            LinkError::NotAResultLink => SharedText::LinkNotAResult,
            LinkError::Truncated => SharedText::LinkTruncated,
            LinkError::Corrupted => SharedText::LinkCorrupted,
            LinkError::NewerFormat { .. } => SharedText::LinkNewerFormat,
            LinkError::UnknownSet { set: None, .. } => SharedText::LinkUnknownSet,
            LinkError::UnknownSet { set: Some(set), .. } => {
                return i18n::link_missing_set(lang, &set.id, set.version, &set.fingerprint_text());
            }
            LinkError::SetChanged {
                id,
                version,
                link_fingerprint,
                here_fingerprint,
            } => {
                return i18n::link_set_changed(
                    lang,
                    id,
                    *version,
                    &fingerprint_text(*link_fingerprint),
                    &fingerprint_text(*here_fingerprint),
                );
            }
            LinkError::Malformed => SharedText::LinkMalformed,
            LinkError::UnknownSetVersion {
                title,
                version,
                latest,
                ..
            } => return i18n::link_unknown_set_version(lang, title.get(lang), *version, *latest),
        };
        fixed.get(lang).to_owned()
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// A part of a result that makes its link long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LongPart {
    /// A field of the profile.
    Profile(TextField),
    /// The note of the criterion with this number (from 1, in the set's order).
    Note(usize),
    /// The names of the listed items and added organisations of a criterion.
    Names(usize),
    /// The texts typed in a criterion's number fields.
    Typed(usize),
    /// The number of the appraisal's decision (from the cell's record).
    DecisionNumber,
}

/// A part that makes the link long, with its length in characters as she
/// typed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LongText {
    pub part: LongPart,
    pub chars: usize,
}

/// Why a result could not be made into a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// The link would be longer than [`super::MAX_PAYLOAD_CHARS`]: `parts`
    /// are the longest texts that make it so, longest first, as many as it
    /// takes to bring it under the limit (at most three).
    TooLong {
        chars: usize,
        max: usize,
        parts: Vec<LongText>,
    },
    /// The set and version the answers name is not in the registry given (a
    /// fault of the app: the screen's set always comes from it).
    UnknownSet { set_id: String, version: u32 },
}

impl EncodeError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            EncodeError::TooLong { chars, max, parts } => {
                let mut message = i18n::link_result_too_long(lang, *chars, *max);
                for long in parts {
                    message.push(' ');
                    message.push_str(&long_part(lang, *long));
                }
                message
            }
            EncodeError::UnknownSet { .. } => {
                SharedText::LinkResultSetMismatch.get(lang).to_owned()
            }
        }
    }
}

/// What makes the link long and what she can do about it, in `lang`.
fn long_part(lang: Lang, long: LongText) -> String {
    let n = long.chars;
    match long.part {
        LongPart::Profile(field) => i18n::long_profile_field(lang, field.label().get(lang), n),
        LongPart::Note(number) => {
            i18n::long_note(lang, number, n, SharedText::ShareIncludeNotes.get(lang))
        }
        LongPart::Names(number) => {
            i18n::long_names(lang, number, n, SharedText::ShareIncludeNames.get(lang))
        }
        LongPart::Typed(number) => i18n::long_typed(lang, number, n),
        LongPart::DecisionNumber => i18n::long_decision_number(lang, n),
    }
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
