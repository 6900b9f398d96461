//! Where an added set came from, as [`AddedSet::origin`] keeps it: the
//! published file's address, or "tệp <name>" for a file opened on the phone
//! (the stored words are the same whatever the interface language; the page
//! shows them in hers).
//!
//! [`AddedSet::origin`]: crate::domain::criteria::AddedSet::origin

use crate::domain::i18n::{self, Lang};

/// Where a set came from, read from its stored origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOrigin<'a> {
    /// The address of a published file.
    Address(&'a str),
    /// A file opened on the phone, by its name.
    File(&'a str),
}

impl<'a> SetOrigin<'a> {
    /// Reads a stored origin: a text with a scheme (`https://…`) is an
    /// address; "tệp <name>" or any other text, a file's name.
    pub fn read(stored: &'a str) -> SetOrigin<'a> {
        let stored = stored.trim();
        if stored.contains("://") {
            SetOrigin::Address(stored)
        } else {
            SetOrigin::File(
                stored
                    .strip_prefix(i18n::SET_FILE_ORIGIN)
                    .unwrap_or(stored)
                    .trim(),
            )
        }
    }

    /// The text kept for this origin.
    pub fn stored(self) -> String {
        match self {
            SetOrigin::Address(address) => address.to_owned(),
            SetOrigin::File(name) => format!("{}{name}", i18n::SET_FILE_ORIGIN),
        }
    }

    /// Where it came from, in `lang`: the address, or "tệp x.json" / "the
    /// file x.json".
    pub fn describe(self, lang: Lang) -> String {
        match self {
            SetOrigin::Address(address) => address.to_owned(),
            SetOrigin::File(name) => i18n::set_origin_file(lang, name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_is_an_address_or_a_file_and_reads_back() {
        let address = "https://example.org/tsvmtd/sets/vinh-long.v1.json";
        assert_eq!(SetOrigin::read(address), SetOrigin::Address(address));
        assert_eq!(SetOrigin::Address(address).stored(), address);
        let file = SetOrigin::File("vinh-long.json").stored();
        assert_eq!(file, "tệp vinh-long.json");
        assert_eq!(SetOrigin::read(&file), SetOrigin::File("vinh-long.json"));
        // Any other text is taken as a file's name, never lost.
        assert_eq!(SetOrigin::read(" bo.json "), SetOrigin::File("bo.json"));
        assert_eq!(
            SetOrigin::read(&file).describe(Lang::En),
            "the file vinh-long.json"
        );
        assert_eq!(
            SetOrigin::read(&file).describe(Lang::Vi),
            "tệp vinh-long.json"
        );
    }
}
