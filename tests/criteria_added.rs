//! Sets added on a phone: the compact form they are kept in (every set reads
//! back exactly; every cut, change, newer layout or foreign text is refused,
//! never a panic), their fingerprints, the registry that holds them beside the
//! bundled ones, and the set a new assessment starts with.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::borrow::Cow;
use tsvmtd::domain::criteria::{
    AddConflict, AddedSet, CriteriaSet, DEFAULT_SET_ID, Registry, StoredSetError, fingerprint,
    fingerprint_text, parse_set, same_province,
};

const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");

fn every_kind() -> CriteriaSet {
    parse_set("every-kind.json", EVERY_KIND).unwrap()
}

fn added(set: CriteriaSet) -> AddedSet {
    AddedSet {
        fingerprint: fingerprint(&set),
        set,
        origin: "https://example.org/tsvmtd/sets/every-kind.json".into(),
        added_on: "2026-12-01".into(),
    }
}

#[test]
fn every_set_reads_back_exactly_from_its_compact_form() {
    let mut sets: Vec<CriteriaSet> = Registry::bundled().sets().to_vec();
    sets.push(every_kind());
    for set in sets {
        let a = added(set);
        let sealed = a.seal();
        assert!(
            sealed
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(AddedSet::open(&sealed), Ok(a.clone()), "{}", a.set.id);
        // The fingerprint of what was read is the one kept.
        assert_eq!(
            fingerprint(&AddedSet::open(&sealed).unwrap().set),
            a.fingerprint
        );
    }
}

#[test]
fn the_compact_form_is_smaller_than_the_json() {
    let json = serde_json::to_string(&every_kind()).unwrap();
    let sealed = added(every_kind()).seal();
    assert!(
        sealed.len() < json.len(),
        "{} ≥ {}",
        sealed.len(),
        json.len()
    );
}

#[test]
fn a_damaged_stored_set_is_refused() {
    let sealed = added(every_kind()).seal();
    for cut in [0, 1, 5, sealed.len() / 2, sealed.len() - 1] {
        assert_eq!(
            AddedSet::open(&sealed[..cut]),
            Err(StoredSetError::Damaged),
            "cut at {cut}"
        );
    }
    for at in [0, 3, sealed.len() / 3, sealed.len() - 2] {
        let mut changed: Vec<char> = sealed.chars().collect();
        changed[at] = if changed[at] == 'A' { 'B' } else { 'A' };
        let changed: String = changed.into_iter().collect();
        assert_eq!(
            AddedSet::open(&changed),
            Err(StoredSetError::Damaged),
            "changed at {at}"
        );
    }
    for foreign in [
        "",
        "{\"format\":1}",
        "null",
        "không phải",
        &"A".repeat(100_000),
    ] {
        assert_eq!(
            AddedSet::open(foreign),
            Err(StoredSetError::Damaged),
            "{foreign:.20}"
        );
    }
}

#[test]
fn a_stored_set_of_a_newer_layout_says_so() {
    // The envelope of a result link, with a later format byte.
    let sealed = added(every_kind()).seal();
    let bytes = base64_decode(&sealed);
    let mut newer = bytes.clone();
    newer[0] = 2;
    let body_end = newer.len() - 4;
    let crc = crc32(&newer[..body_end]);
    newer[body_end..].copy_from_slice(&crc.to_be_bytes());
    assert_eq!(
        AddedSet::open(&base64_encode(&newer)),
        Err(StoredSetError::NewerFormat)
    );
}

proptest! {
    #[test]
    fn any_text_opens_or_is_refused(text in ".{0,400}") {
        let _ = AddedSet::open(&text);
    }

    #[test]
    fn any_bytes_in_a_valid_envelope_open_or_are_refused(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut bytes = vec![1u8];
        let len = body.len() + 4;
        let mut n = len;
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 { bytes.push(low); break; }
            bytes.push(low | 0x80);
        }
        bytes.extend_from_slice(&body);
        let crc = crc32(&bytes);
        bytes.extend_from_slice(&crc.to_be_bytes());
        let _ = AddedSet::open(&base64_encode(&bytes));
    }
}

#[test]
fn fingerprints_follow_the_content_not_the_spacing() {
    let set = every_kind();
    let spaced = serde_json::to_string_pretty(&set).unwrap();
    assert_eq!(
        fingerprint(&parse_set("x.json", &spaced).unwrap()),
        fingerprint(&set)
    );
    let mut changed = set.clone();
    changed.criteria.to_mut()[0].title.vi = Cow::Borrowed("Sinh hoạt chi bộ hằng tháng");
    assert_ne!(fingerprint(&changed), fingerprint(&set));
    assert_eq!(fingerprint_text(0x00ab_cdef), "00abcdef");
    // The bundled sets' baked fingerprints are their content's.
    let bundled = Registry::bundled();
    for s in bundled.sets() {
        assert_eq!(bundled.fingerprint(&s.id, s.version), Some(fingerprint(s)));
        assert!(bundled.is_bundled(&s.id, s.version));
    }
}

#[test]
fn a_set_changed_under_the_same_version_is_refused() {
    let a = added(every_kind());
    let mut changed = a.clone();
    changed.set.criteria.to_mut()[0].help.vi = Cow::Borrowed("Đếm theo sổ ghi chép.");
    changed.fingerprint = fingerprint(&changed.set);
    let (registry, conflicts) = Registry::with_added([&a, &a, &changed]);
    assert_eq!(
        conflicts,
        vec![AddConflict::ChangedUnderSameVersion {
            id: "every-kind".into(),
            version: a.set.version
        }]
    );
    assert_eq!(registry.sets().len(), Registry::bundled().sets().len() + 1);
    assert_eq!(
        registry.fingerprint("every-kind", a.set.version),
        Some(a.fingerprint)
    );
    assert!(!registry.is_bundled("every-kind", a.set.version));
    // A bundled set cannot be replaced either.
    let mut ben_tre = added(Registry::bundled().latest(DEFAULT_SET_ID).unwrap().clone());
    ben_tre.set.description.vi = Cow::Borrowed("Khác");
    ben_tre.fingerprint = fingerprint(&ben_tre.set);
    assert_eq!(Registry::with_added([&ben_tre]).1.len(), 1);
}

fn with(id: &str, version: u32, from: &str, until: Option<&str>, provinces: &[&str]) -> AddedSet {
    let mut set = every_kind();
    set.id = Cow::Owned(id.into());
    set.version = version;
    set.effective.from = Cow::Owned(from.into());
    set.effective.until = until.map(|u| Cow::Owned(u.into()));
    set.provinces = Cow::Owned(
        provinces
            .iter()
            .map(|p| Cow::Owned(p.to_string()))
            .collect(),
    );
    added(set)
}

#[test]
fn a_new_assessment_starts_with_the_newest_set_in_force_in_its_province() {
    let sets = [
        with("vinh-long-2026", 1, "2026-01-01", None, &["Vĩnh Long"]),
        with("vinh-long-2026", 2, "2026-06-01", None, &["Vĩnh Long"]),
        with(
            "vinh-long-2024",
            1,
            "2024-01-01",
            Some("2025-12-31"),
            &["Vĩnh Long"],
        ),
        with("toan-quoc", 1, "2027-01-01", None, &[]),
        with("ca-mau-2026", 1, "2026-03-01", None, &["Cà Mau"]),
    ];
    let (registry, conflicts) = Registry::with_added(&sets);
    assert!(conflicts.is_empty());
    let pick = |province: &str, year: Option<i64>| {
        let s = registry.default_for(province, year);
        (s.id.to_string(), s.version)
    };
    assert_eq!(pick("Vĩnh Long", Some(2026)), ("vinh-long-2026".into(), 2));
    assert_eq!(
        pick("tỉnh  vĩnh long", Some(2027)),
        ("vinh-long-2026".into(), 2)
    );
    assert_eq!(pick("Vĩnh Long", Some(2025)), ("vinh-long-2024".into(), 1));
    assert_eq!(pick("Cà Mau", Some(2026)), ("ca-mau-2026".into(), 1));
    // A set for any province, in force, when none names hers.
    assert_eq!(pick("Đồng Tháp", Some(2027)), ("toan-quoc".into(), 1));
    // Nothing in force for her: the bundled default.
    assert_eq!(pick("Đồng Tháp", Some(2026)).0, DEFAULT_SET_ID);
    // A newer version not yet in force leaves the one in force.
    let (later, _) = Registry::with_added(&[
        with(
            "vinh-long",
            1,
            "2026-01-01",
            Some("2026-12-31"),
            &["Vĩnh Long"],
        ),
        with("vinh-long", 2, "2027-01-01", None, &["Vĩnh Long"]),
    ]);
    let version = |year| later.default_for("Vĩnh Long", Some(year)).version;
    assert_eq!((version(2026), version(2027)), (1, 2));
    // No province yet: a set for any province, else the default.
    assert_eq!(pick("", None).0, "toan-quoc");
    assert_eq!(pick("", Some(2026)).0, DEFAULT_SET_ID);
    // Bundled only: the default, whatever the profile says.
    for (p, y) in [("Bến Tre", Some(2021)), ("", None), ("Hà Nội", Some(1990))] {
        assert_eq!(Registry::bundled().default_for(p, y).id, DEFAULT_SET_ID);
    }
}

#[test]
fn provinces_are_compared_as_people_write_them() {
    for (a, b) in [
        ("Vĩnh Long", "vĩnh long"),
        ("Tỉnh Vĩnh Long", "Vĩnh  Long"),
        ("Thành phố Cần Thơ", "Cần Thơ"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ] {
        assert!(same_province(a, b), "{a} / {b}");
    }
    for (a, b) in [
        ("Vĩnh Long", "Vinh Long"),
        ("", ""),
        ("Tỉnh", ""),
        ("Bến Tre", "Trà Vinh"),
    ] {
        assert!(!same_province(a, b), "{a} / {b}");
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

fn base64_decode(text: &str) -> Vec<u8> {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c).unwrap() as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    out
}
