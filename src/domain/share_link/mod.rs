//! The result link: a whole self-assessment (profile, answers, and notes when
//! she chooses) carried inside the URL fragment, so that no server ever sees it.
//!
//! ```text
//! https://host/path/#k=<payload>
//! ```
//!
//! The payload is base64url text (no padding) of a few bytes of envelope
//! (format version, length, CRC-32) around a bit-packed body laid out by the
//! criteria set the answers were made for: the bytes never carry criterion
//! ids, the decoder walks the same set version. A link names its set by id,
//! version and fingerprint ([`SetRef`], format 4), so that a set this phone
//! lacks is named, and one changed under the same version is refused. The
//! format, the checksum, the versioning rules, the errors and test vectors
//! are in `docs/share-link.md`.
//!
//! One concept per file: [`bits`] (bit stream and number codes), [`text`]
//! (the compact coding of Vietnamese text), [`body`] (the schema-driven body),
//! [`envelope`] (format byte, length, checksum, base64url), [`error`] (what can
//! go wrong, in words a secretary understands).
//!
//! Pure and total: decoding any text returns a result or a [`LinkError`],
//! never a panic (`tests/share_link_properties.rs`).

pub(crate) mod bits;
mod body;
pub(crate) mod envelope;
mod error;
pub(crate) mod text;

pub use error::{EncodeError, LinkError, LongPart, LongText};
pub(crate) use text::{letter_parts, to_lower};

use crate::domain::criteria::{CriteriaSet, Registry, fingerprint_text};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::profile::CellProfile;
use crate::domain::scoring::Answers;
use crate::domain::vec_map::VecMap;

/// The key of the payload in the fragment: `#k=<payload>`. Other features may
/// add their own `&`-separated `key=value` parts to the fragment later.
pub const FRAGMENT_KEY: &str = "k";

/// The longest payload accepted or produced, in characters (about 3 000
/// bytes). A complete assessment without notes takes about a hundred.
pub const MAX_PAYLOAD_CHARS: usize = 4000;

/// The longest text `decode` looks at, in bytes (a full link with a long base
/// address fits); anything longer is refused before any decoding.
pub const MAX_INPUT_BYTES: usize = 8192;

/// The format version every new link is written in, the first byte of a
/// payload: 4, which names the set by id, version and fingerprint. Formats 1
/// to 3, written by earlier releases (the set named by a 16-bit tag; 2 with
/// typed texts, 3 with the record), are all still read.
pub const FORMAT_VERSION: u8 = 4;

/// What an item or added organisation is called in a link made without names:
/// `#1`, `#2` … (scoring only counts them).
pub fn placeholder_name(number: usize) -> String {
    format!("#{number}")
}

/// A calendar date (the day the result was shared), always a real date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShareDate {
    year: i32,
    month: u8,
    day: u8,
}

impl ShareDate {
    /// `None` unless `month` is 1–12 and `day` exists in that month.
    pub fn new(year: i32, month: u8, day: u8) -> Option<ShareDate> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(ShareDate { year, month, day })
    }

    /// Reads the date at the start of an ISO 8601 text: `2026-05-12`,
    /// `2026-05-12T08:30:00Z`.
    pub fn from_iso(text: &str) -> Option<ShareDate> {
        let date = text.get(..10)?;
        let b = date.as_bytes();
        let digits = [0, 1, 2, 3, 5, 6, 8, 9];
        if b[4] != b'-' || b[7] != b'-' || !digits.iter().all(|&i| b[i].is_ascii_digit()) {
            return None;
        }
        let year = date[..4].parse().ok()?;
        let month = date[5..7].parse().ok()?;
        let day = date[8..10].parse().ok()?;
        ShareDate::new(year, month, day)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }
}

/// Everything a result link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedResult {
    /// The cell and who assessed it (always sent: the reader must know whose
    /// result it is).
    pub profile: CellProfile,
    /// Names the criteria set and version; keyed by criterion id.
    pub answers: Answers,
    /// By criterion id; sent only when she chooses to.
    pub notes: VecMap<String, String>,
    /// When the result was shared (from the device clock; the core never reads it).
    pub assessed_on: Option<ShareDate>,
    /// Where the cell stands on its record beside this check (registered,
    /// appraised), when the record says so; `None` says nothing (links made
    /// before it, or without a record). Carried by format 3.
    pub record: Option<RecordStatus>,
}

/// What a result link says of the cell's record (hồ sơ chi bộ) beside the
/// check itself, for the commune's follow-up: whether and for which year the
/// cell registered, and the latest official appraisal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordStatus {
    /// The year the cell registered (đăng ký) to build toward the standard.
    pub registered_year: Option<u16>,
    /// The latest official appraisal (thẩm định), when recorded.
    pub appraisal: Option<AppraisalOutcome>,
}

/// The outcome of an official appraisal, as the commune needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppraisalOutcome {
    /// When the cell was appraised.
    pub appraised_on: ShareDate,
    /// Công nhận (true) or chưa công nhận.
    pub recognised: bool,
    /// The decision's number ("125-QĐ/ĐU"), empty when not recorded.
    pub decision_number: String,
    /// The decision's date, when recorded.
    pub decision_date: Option<ShareDate>,
}

impl RecordStatus {
    /// "Đã đăng ký năm 2026", or "Chưa đăng ký".
    pub fn registration_message(&self, lang: Lang) -> String {
        match self.registered_year {
            Some(year) => i18n::registered_in(lang, year),
            None => Text::NotRegistered.get(lang).to_owned(),
        }
    }

    /// "Công nhận — ngày 15/11/2026; quyết định số 125-QĐ/ĐU ngày
    /// 20/11/2026", or "Chưa có kết quả thẩm định".
    pub fn appraisal_message(&self, lang: Lang) -> String {
        match &self.appraisal {
            Some(a) => a.message(lang),
            None => Text::NoAppraisal.get(lang).to_owned(),
        }
    }
}

impl AppraisalOutcome {
    /// "Công nhận" / "Chưa công nhận".
    pub fn outcome(&self, lang: Lang) -> &'static str {
        if self.recognised {
            Text::AppraisalRecognised.get(lang)
        } else {
            Text::AppraisalNotRecognised.get(lang)
        }
    }

    /// The outcome, its date and the decision: "Công nhận — ngày 15/11/2026;
    /// quyết định số 125-QĐ/ĐU ngày 20/11/2026".
    pub fn message(&self, lang: Lang) -> String {
        let day = |d: ShareDate| i18n::date(lang, d.year(), d.month(), d.day());
        i18n::appraisal_summary(
            lang,
            self.outcome(lang),
            &day(self.appraised_on),
            &self.decision_number,
            self.decision_date.map(day).as_deref(),
        )
    }
}

/// What she chooses to send beside the answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ShareOptions {
    /// The notes and evidence of each criterion.
    pub include_notes: bool,
    /// The names of listed items (works, models) and of added organisations;
    /// without them only their number is sent (see [`placeholder_name`]), which
    /// is all scoring needs.
    pub include_item_names: bool,
}

/// A criteria set as a link names it (format 4): its id, version and
/// fingerprint (the CRC-32 of its canonical JSON, `criteria::fingerprint`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SetRef {
    pub id: String,
    pub version: u32,
    pub fingerprint: u32,
}

impl SetRef {
    /// The fingerprint as people read it: eight hexadecimal digits, "bac783de".
    pub fn fingerprint_text(&self) -> String {
        fingerprint_text(self.fingerprint)
    }

    /// "ben-tre-2021, phiên bản 1, mã kiểm tra bac783de".
    pub fn label(&self, lang: Lang) -> String {
        i18n::set_ref(lang, &self.id, self.version, &self.fingerprint_text())
    }
}

/// A link read back: the result and what it was made with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub result: SharedResult,
    /// Whether notes and names were sent (a reader should say when not).
    pub options: ShareOptions,
    /// The fingerprint of the set it was read with (the one the link names,
    /// for format 4; the one this phone has, for formats 1 to 3, which name
    /// none).
    pub fingerprint: u32,
}

impl Decoded {
    /// The set it was read with: the answers' id and version, and its fingerprint.
    pub fn set_ref(&self) -> SetRef {
        SetRef {
            id: self.result.answers.set_id.clone(),
            version: self.result.answers.set_version,
            fingerprint: self.fingerprint,
        }
    }
}

/// The fragment (`#k=<payload>`) carrying `result`, in format 4, laid out by
/// the set and version its answers name, which `registry` must hold (bundled
/// or added): the link names that set by id, version and the fingerprint the
/// registry keeps for it.
///
/// What the link carries is exactly [`canonical`]`(result, set, options)`:
/// answers under ids the set does not have, of a kind that is not the
/// criterion's, or for groups, parts and organisations the set does not have
/// are left out (scoring ignores them too); notes only when asked for, and
/// only those of the set's criteria; names only when asked for.
pub fn encode(
    result: &SharedResult,
    registry: &Registry,
    options: ShareOptions,
) -> Result<String, EncodeError> {
    let (id, version) = (&result.answers.set_id, result.answers.set_version);
    let (Some(set), Some(fingerprint)) =
        (registry.get(id, version), registry.fingerprint(id, version))
    else {
        return Err(EncodeError::UnknownSet {
            set_id: id.clone(),
            version,
        });
    };
    let body = body::write(result, set, fingerprint, options)?;
    let payload = envelope::seal(FORMAT_VERSION, &body);
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(EncodeError::TooLong {
            chars: payload.len(),
            max: MAX_PAYLOAD_CHARS,
            parts: body::long_parts(result, set, options, payload.len() - MAX_PAYLOAD_CHARS),
        });
    }
    Ok(format!("#{FRAGMENT_KEY}={payload}"))
}

/// What [`encode`] keeps of `result`: `decode(encode(x)) == canonical(x)`, and
/// `canonical(x) == x` for every result that fits the set.
pub fn canonical(result: &SharedResult, set: &CriteriaSet, options: ShareOptions) -> SharedResult {
    body::canonical(result, set, options)
}

/// Reads a result link: a full URL, a fragment (`#k=…`, `k=…`) or the bare
/// payload, with any surrounding whitespace. The set and version the link
/// names must be in `registry` (bundled, or added on this phone; old bundled
/// versions stay for this), with the fingerprint the link names (format 4).
pub fn decode(text: &str, registry: &Registry) -> Result<Decoded, LinkError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(LinkError::TooLong);
    }
    let payload = payload_of(text)?;
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong);
    }
    let (format, bytes) = envelope::open(payload)?;
    if !(1..=FORMAT_VERSION).contains(&format) {
        return Err(LinkError::NewerFormat { version: format });
    }
    body::read(bytes, format, registry)
}

/// The payload inside `text` as [`decode`] finds it.
fn payload_of(text: &str) -> Result<&str, LinkError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None if text.starts_with("k=") => text,
        None => return Ok(text),
    };
    let key = format!("{FRAGMENT_KEY}=");
    match fragment.split('&').find_map(|part| part.strip_prefix(&key)) {
        Some("") => Err(LinkError::Empty),
        Some(payload) => Ok(payload),
        None if fragment.is_empty() || fragment == FRAGMENT_KEY => Err(LinkError::Empty),
        None => Err(LinkError::NotAResultLink),
    }
}

/// Whether the page's fragment (`location.hash`, with or without its `#`)
/// is meant as a result link, good or broken: it has a `k=` part. Other
/// fragments (a jump to a part of the page) are not links and are left alone.
pub fn names_a_result(fragment: &str) -> bool {
    let key = format!("{FRAGMENT_KEY}=");
    fragment
        .trim()
        .trim_start_matches('#')
        .split('&')
        .any(|part| part.starts_with(&key))
}

/// The full link: `base_url` without any fragment of its own, then `fragment`.
pub fn link(base_url: &str, fragment: &str) -> String {
    let base = base_url.split('#').next().unwrap_or_default();
    format!("{base}{fragment}")
}

/// The first result payload in a longer text (a chat message with a link in
/// it): the characters after `#k=` (or `&k=` in a fragment) up to the first one
/// that cannot be part of a payload. `None` when there is no such marker.
pub fn find_payload(text: &str) -> Option<&str> {
    let key = format!("{FRAGMENT_KEY}=");
    let mut from = 0;
    while let Some(at) = text[from..].find(&key).map(|i| from + i) {
        let before = text[..at].chars().next_back();
        if matches!(before, Some('#' | '&')) {
            let rest = &text[at + key.len()..];
            let end = rest
                .find(|c: char| !envelope::is_payload_char(c))
                .unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
        from = at + key.len();
    }
    None
}

/// The 16-bit tag that names a set id in a link of formats 1 to 3: FNV-1a
/// (32 bits) of the id's bytes, its two halves XOR-ed. No two bundled set ids
/// may share a tag (`tests/share_link_codec.rs` checks it); format 4 names the
/// id itself.
pub fn set_tag(set_id: &str) -> u16 {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in set_id.as_bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    ((hash >> 16) ^ (hash & 0xffff)) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fragments_with_a_result_part_are_links() {
        for fragment in ["#k=AbC", "#k=", "k=x", "#x=1&k=AbC", " #k=A "] {
            assert!(names_a_result(fragment), "{fragment}");
        }
        for fragment in ["", "#", "#main", "#step-heading", "#kk=1", "#ok=1"] {
            assert!(!names_a_result(fragment), "{fragment}");
        }
    }

    #[test]
    fn dates_are_real_dates() {
        assert!(ShareDate::new(2024, 2, 29).is_some());
        assert!(ShareDate::new(2025, 2, 29).is_none());
        assert!(ShareDate::new(2026, 13, 1).is_none());
        assert!(ShareDate::new(2026, 4, 31).is_none());
        assert!(ShareDate::new(2026, 1, 0).is_none());
        assert_eq!(
            ShareDate::from_iso("2026-05-12T08:30:00Z"),
            ShareDate::new(2026, 5, 12)
        );
        assert_eq!(ShareDate::from_iso("2026-5-12"), None);
        assert_eq!(ShareDate::from_iso("2026-05-1x"), None);
        assert_eq!(ShareDate::from_iso("ngày 12"), None);
        assert_eq!(ShareDate::from_iso("ngày 12/05/2026"), None);
        assert_eq!(ShareDate::from_iso("+202-05-12"), None);
    }

    #[test]
    fn the_payload_is_found_in_every_form() {
        for text in [
            "ABCD",
            "  ABCD\n",
            "#k=ABCD",
            "k=ABCD",
            "https://example.org/tsvmtd/#k=ABCD",
            "https://example.org/#x=1&k=ABCD",
        ] {
            assert_eq!(payload_of(text), Ok("ABCD"), "{text}");
        }
        assert_eq!(payload_of("   "), Err(LinkError::Empty));
        assert_eq!(payload_of("https://example.org/#"), Err(LinkError::Empty));
        assert_eq!(payload_of("#k"), Err(LinkError::Empty));
        assert_eq!(payload_of("#k="), Err(LinkError::Empty));
        assert_eq!(payload_of("#hashtag"), Err(LinkError::NotAResultLink));
    }

    #[test]
    fn payloads_are_found_in_chat_text() {
        let chat = "Kết quả chi bộ ấp 3: https://x.org/#k=AbC-_9 (xem giúp em)";
        assert_eq!(find_payload(chat), Some("AbC-_9"));
        assert_eq!(find_payload("ok=1 https://x.org/#a=1&k=Zz."), Some("Zz"));
        assert_eq!(find_payload("không có liên kết"), None);
        assert_eq!(find_payload("book=1"), None);
    }

    #[test]
    fn links_replace_any_fragment_of_the_base() {
        assert_eq!(link("https://x.org/a/", "#k=AB"), "https://x.org/a/#k=AB");
        assert_eq!(
            link("https://x.org/a/#old", "#k=AB"),
            "https://x.org/a/#k=AB"
        );
    }
}
