//! The user's interface preferences, remembered on this device.

use super::storage::{self, KEY_PREFIX, StorageError};
use crate::domain::i18n::Lang;

/// The storage key of the interface language (`boot.js` reads it too, before
/// any Rust runs; `tests/static_text.rs` keeps the two equal).
pub fn lang_key() -> String {
    format!("{KEY_PREFIX}lang")
}

/// The remembered interface language; Vietnamese when none is remembered or
/// storage cannot be read (the app is Vietnamese first, whatever the browser says).
pub fn load_lang() -> Lang {
    storage::read::<Lang>(&lang_key())
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Remembers the interface language.
pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    storage::write(&lang_key(), &lang)
}
