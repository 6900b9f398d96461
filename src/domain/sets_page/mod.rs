//! The sets page ("Bộ tiêu chí", `bo-tieu-chi.html`, its own wasm): the
//! criteria sets on this phone, the sets published beside the app
//! (`sets/index.json`), a set file opened from the phone, and the set a
//! result needs when the app sends her here (`#can=…`). The rules the page
//! follows live here, tested natively; its components only show them.
//!
//! - [`shelf`]: the sets on this phone, in the list's order, with where each
//!   came from;
//! - [`usage`]: which stored drafts use a set, so that a set in use is never
//!   removed;
//! - [`published`]: the published index as the page reads it, and what each
//!   entry's button is;
//! - [`admit`]: a set file (published or opened) checked, matched to its
//!   index entry, and refused when it is a set changed under the same
//!   version; a set is taken whole or not at all;
//! - [`needed`]: the set a result needs, as the app's link to this page
//!   names it, and whether this phone has it.

mod admit;
mod needed;
mod origin;
mod published;
mod shelf;
mod usage;

pub use admit::*;
pub use needed::*;
pub use origin::*;
pub use published::*;
pub use shelf::*;
pub use usage::*;

/// The sets page, beside the app's in the same folder.
pub const PAGE: &str = "bo-tieu-chi.html";

/// The app's page, from the sets page (the same folder).
pub const APP_PAGE: &str = "./";

/// Sets for the tests of this module.
#[cfg(test)]
mod testing {
    use crate::domain::criteria::{AddedSet, CriteriaSet, DEFAULT_SET_ID, Registry, fingerprint};
    use std::borrow::Cow;

    /// The bundled set under another id and version, in force from `from`.
    pub fn a_set(id: &str, version: u32, from: &str) -> CriteriaSet {
        let mut set = Registry::bundled().latest(DEFAULT_SET_ID).unwrap().clone();
        set.id = Cow::Owned(id.to_owned());
        set.version = version;
        set.effective.from = Cow::Owned(from.to_owned());
        set
    }

    /// `set` as added from a published file.
    pub fn added(set: CriteriaSet) -> AddedSet {
        AddedSet {
            fingerprint: fingerprint(&set),
            set,
            origin: "https://example.org/sets/x.json".into(),
            added_on: "2026-12-01".into(),
        }
    }
}
