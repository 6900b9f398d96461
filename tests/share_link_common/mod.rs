//! What the share-link tests share: the registry, the Bến Tre 2021 set, and the
//! complete assessment of `tests/fixtures/share-link/ben-tre-2021-complete.json`.
#![allow(dead_code)]

use serde_json::Value;
use tsvmtd::domain::criteria::{CriteriaSet, Registry};
use tsvmtd::domain::profile::CellProfile;
use tsvmtd::domain::scoring::Answers;
use tsvmtd::domain::share_link::{
    AppraisalOutcome, RecordStatus, ShareDate, ShareOptions, SharedResult,
};
use tsvmtd::domain::vec_map::VecMap;

pub const COMPLETE: &str = include_str!("../fixtures/share-link/ben-tre-2021-complete.json");

pub fn registry() -> Registry {
    Registry::bundled()
}

pub fn ben_tre() -> CriteriaSet {
    registry().get("ben-tre-2021", 1).unwrap().clone()
}

/// The fingerprint of the bundled Bến Tre 2021, version 1.
pub const BEN_TRE_FINGERPRINT: u32 = 0xbac7_83de;

/// The complete assessment without notes and names as earlier releases wrote
/// it (format 1: the set named by its 16-bit tag), one of the page's vectors.
pub const LEGACY_COMPLETE_BARE: &str = "#k=AVhl8hOCrODYN0AQRWICHwhfsBkAyuT8nHAh8IX2yZHIAx5x_rj1ZFwcCiEygoioCAw_oi5lGRERHX4f54PrwaJfnw6P14ODtwoUvzylqqwpqqqGtUhccnRZ";

/// The format byte of a fragment `#k=…`.
pub fn format_of(fragment: &str) -> u8 {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(fragment.strip_prefix("#k=").unwrap())
        .unwrap()[0]
}

/// A result written as in the fixture: `{"profile", "answers", "notes",
/// "assessed_on", "record"}`; only `answers` is required. A record is
/// `{"registered_year": 2026, "appraisal": {"appraised_on": "2026-11-15",
/// "recognised": true, "decision_number": "…", "decision_date": "…"}}`.
pub fn result_from_json(json: &Value) -> SharedResult {
    SharedResult {
        profile: match &json["profile"] {
            Value::Null => CellProfile::default(),
            p => serde_json::from_value(p.clone()).unwrap(),
        },
        answers: serde_json::from_value::<Answers>(json["answers"].clone()).unwrap(),
        notes: serde_json::from_value::<VecMap<String, String>>(json["notes"].clone())
            .unwrap_or_default(),
        assessed_on: json["assessed_on"].as_str().and_then(ShareDate::from_iso),
        record: record_from_json(&json["record"]),
    }
}

fn record_from_json(json: &Value) -> Option<RecordStatus> {
    let date = |v: &Value| {
        v.as_str()
            .map(|s| ShareDate::from_iso(s).expect("an ISO date"))
    };
    json.as_object()?;
    let a = &json["appraisal"];
    Some(RecordStatus {
        registered_year: json["registered_year"].as_u64().map(|y| y as u16),
        appraisal: a.as_object().map(|_| AppraisalOutcome {
            appraised_on: date(&a["appraised_on"]).expect("an appraisal has its date"),
            recognised: a["recognised"].as_bool().expect("recognised or not"),
            decision_number: a["decision_number"].as_str().unwrap_or_default().to_owned(),
            decision_date: date(&a["decision_date"]),
        }),
    })
}

/// The complete Bến Tre 2021 assessment, with notes and names.
pub fn complete() -> SharedResult {
    result_from_json(&serde_json::from_str(COMPLETE).unwrap())
}

pub const BARE: ShareOptions = ShareOptions {
    include_notes: false,
    include_item_names: false,
};

pub const FULL: ShareOptions = ShareOptions {
    include_notes: true,
    include_item_names: true,
};

/// The complete assessment under other typical names (the first is the fixture's).
pub fn typical_results() -> Vec<(&'static str, SharedResult)> {
    let names: [(&str, [&str; 5]); 4] = [
        (
            "ấp Phú Hòa",
            [
                "Chi bộ ấp Phú Hòa",
                "ấp Phú Hòa",
                "xã Lương Hòa",
                "Vĩnh Long",
                "Nguyễn Thị Thu Hà",
            ],
        ),
        (
            "Bến Tre",
            [
                "Chi bộ ấp Hòa Thạnh A",
                "ấp Hòa Thạnh A",
                "xã Lương Hòa",
                "Bến Tre",
                "Trần Văn Dũng",
            ],
        ),
        (
            "khu phố",
            [
                "Chi bộ khu phố 5",
                "khu phố 5",
                "phường Phú Khương",
                "Vĩnh Long",
                "Lê Thị Ngọc Hường",
            ],
        ),
        (
            "long names",
            [
                "Chi bộ ấp Thạnh Phước Đông",
                "ấp Thạnh Phước Đông",
                "xã Châu Hưng",
                "Vĩnh Long",
                "Huỳnh Nguyễn Phương Thảo, bí thư chi bộ",
            ],
        ),
    ];
    names
        .into_iter()
        .map(|(name, [cell, hamlet, commune, province, assessor])| {
            let mut r = complete();
            r.profile.cell_name = cell.into();
            r.profile.hamlet = hamlet.into();
            r.profile.commune = commune.into();
            r.profile.province = province.into();
            r.profile.assessor = assessor.into();
            (name, r)
        })
        .collect()
}

/// Lengths of a result as a link and as JSON, for one set of options.
#[derive(Debug)]
pub struct Sizes {
    /// The fragment `#k=…`, in characters.
    pub fragment: usize,
    /// The same data (what the link carries) as JSON, in characters.
    pub json: usize,
    /// That JSON through lz-string's `compressToEncodedURIComponent`.
    pub lz_json: usize,
}

pub fn sizes_with(result: &SharedResult, registry: &Registry, options: ShareOptions) -> Sizes {
    use tsvmtd::domain::share_link::{canonical, encode};
    let fragment = encode(result, registry, options).unwrap();
    let set = registry
        .get(&result.answers.set_id, result.answers.set_version)
        .unwrap();
    let same = canonical(result, set, options);
    let mut json = serde_json::json!({
        "profile": same.profile,
        "answers": same.answers,
    });
    if options.include_notes {
        json["notes"] = serde_json::to_value(&same.notes).unwrap();
    }
    if let Some(d) = same.assessed_on {
        json["assessed_on"] = format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()).into();
    }
    let json = serde_json::to_string(&json).unwrap();
    Sizes {
        fragment: fragment.chars().count(),
        json: json.chars().count(),
        lz_json: lz_str::compress_to_encoded_uri_component(&json)
            .chars()
            .count(),
    }
}

/// Without notes and item names.
pub fn sizes(result: &SharedResult, registry: &Registry) -> Sizes {
    sizes_with(result, registry, BARE)
}

/// A payload with a valid envelope around `body` (format byte, length, CRC-32),
/// written here independently of the codec's own, to test it.
pub fn sealed(format: u8, body: &[u8]) -> String {
    use base64::Engine;
    let mut bytes = vec![format];
    let mut n = body.len() + 4;
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        bytes.push(if n == 0 { low } else { low | 0x80 });
        if n == 0 {
            break;
        }
    }
    bytes.extend_from_slice(body);
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Bits, most significant first, as the link's body writes them: written
/// here independently of the codec, to build and check bodies of format 4.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bits(pub Vec<bool>);

impl Bits {
    /// The bits of `bytes`.
    pub fn of(bytes: &[u8]) -> Bits {
        Bits(
            bytes
                .iter()
                .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
                .collect(),
        )
    }

    pub fn push(&mut self, value: u64, bits: u32) {
        for i in (0..bits).rev() {
            self.0.push(value >> i & 1 == 1);
        }
    }

    /// The `varint` code: groups of 3 bits, lowest first, each after a bit
    /// saying whether another group follows.
    pub fn varint(&mut self, mut value: u64) {
        loop {
            let group = value & 7;
            value >>= 3;
            self.push(u64::from(value != 0), 1);
            self.push(group, 3);
            if value == 0 {
                return;
            }
        }
    }

    /// A set id in the link's text coding: lower case ASCII letters, digits
    /// and `-` only (mode 0, a plain vowel field after each vowel, END).
    pub fn set_id(&mut self, id: &str) {
        self.push(0, 2);
        for c in id.chars() {
            match c {
                'a'..='z' => {
                    self.push(u64::from(c as u8 - b'a' + 1), 5);
                    if "aeiouy".contains(c) {
                        self.push(0, 1);
                    }
                }
                '0'..='9' => {
                    self.push(29, 5);
                    self.push(u64::from(c as u8 - b'0'), 4);
                }
                '-' => {
                    self.push(29, 5);
                    self.push(12, 4);
                }
                _ => panic!("not in a set id: {c}"),
            }
        }
        self.push(31, 5);
    }

    /// The set header of format 4: id, version, fingerprint.
    pub fn set_header(id: &str, version: u32, fingerprint: u32) -> Bits {
        let mut bits = Bits::default();
        bits.set_id(id);
        bits.varint(u64::from(version));
        bits.push(u64::from(fingerprint), 32);
        bits
    }

    /// Padded with zero bits to whole bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.0
            .chunks(8)
            .map(|c| {
                c.iter()
                    .enumerate()
                    .fold(0u8, |b, (i, &bit)| b | (u8::from(bit) << (7 - i)))
            })
            .collect()
    }
}

/// The body of a fragment (between the envelope's header and its checksum).
pub fn body_of(fragment: &str) -> Vec<u8> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(fragment.strip_prefix("#k=").unwrap())
        .unwrap();
    let header = if bytes[1] & 0x80 == 0 { 2 } else { 3 };
    bytes[header..bytes.len() - 4].to_vec()
}

/// A link of format 4 naming the bundled Bến Tre 2021 set, whose set header
/// is replaced by one naming `id`, `version` and `fingerprint`, of the same
/// length in bits (so the padding stays right); the rest of its body as it is.
pub fn renamed(fragment: &str, id: &str, version: u32, fingerprint: u32) -> String {
    assert_eq!(format_of(fragment), 4);
    let mut body = Bits::of(&body_of(fragment));
    let old = Bits::set_header("ben-tre-2021", 1, BEN_TRE_FINGERPRINT);
    assert_eq!(
        body.0[..old.0.len()],
        old.0[..],
        "the header as the page says"
    );
    let new = Bits::set_header(id, version, fingerprint);
    assert_eq!(new.0.len(), old.0.len(), "a header of the same length");
    body.0[..new.0.len()].copy_from_slice(&new.0);
    format!("#k={}", sealed(4, &body.bytes()))
}
