//! A set's fingerprint: what names its content beside its id and version, so
//! that a set changed without a new version is caught (in a link, an added
//! set, an export).
//!
//! The fingerprint is the CRC-32 (ISO-HDLC, as the link's checksum) of the
//! set's canonical JSON: the fields in the model's order, no spaces, optional
//! fields left out when absent, strings as `serde_json` writes them. Spacing,
//! line breaks and field order in the published file therefore do not change
//! it; any change of a text, a figure or a rule does. The bundled sets'
//! fingerprints are baked beside them (`baked.rs`); an added set's is taken
//! when it is checked and kept with it ([`super::AddedSet`]).

use super::CriteriaSet;
use crate::domain::share_link::envelope::crc32;

/// The fingerprint of `set`.
pub fn fingerprint(set: &CriteriaSet) -> u32 {
    let json = serde_json::to_vec(set).unwrap_or_default();
    crc32(&json)
}

/// A fingerprint as people read and compare it: eight hexadecimal digits.
pub fn fingerprint_text(fingerprint: u32) -> String {
    format!("{fingerprint:08x}")
}
