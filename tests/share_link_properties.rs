//! Properties of the result link over generated results, for every kind of
//! input (the bundled Bến Tre 2021 set and `fixtures/every-kind.json`, added
//! as a phone adds a set): decode(encode(x)) == x for every result that fits
//! its set (and the documented `canonical(x)` for any other), typed texts and
//! what the cell's record says included; same verdicts when names are left
//! out; decoding any text or any body of formats 1 to 4 never panics; every
//! truncation and every typo is rejected.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;
use share_link_common::{BARE, Bits, FULL, sealed};
use tsvmtd::domain::criteria::{CriteriaSet, Input, RatingLevel, Registry, fingerprint, parse_set};
use tsvmtd::domain::profile::CellProfile;
use tsvmtd::domain::scoring::{
    Answer, Answers, CountAnswer, FieldTexts, OrgAnswer, OtherOrg, RatesAnswer, ReferenceChoice,
    YearRating, score,
};
use tsvmtd::domain::share_link::{
    AppraisalOutcome, EncodeError, RecordStatus, ShareDate, ShareOptions, SharedResult, canonical,
    decode, encode, set_tag,
};
use tsvmtd::domain::vec_map::VecMap;

const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");

/// The bundled sets, and the set of every kind added beside them.
fn registry() -> Registry {
    let mut registry = Registry::bundled();
    let set = parse_set("every-kind.json", EVERY_KIND).unwrap();
    registry.add(set.clone(), fingerprint(&set)).unwrap();
    registry
}

fn sets() -> Vec<CriteriaSet> {
    registry().sets().to_vec()
}

/// Vietnamese names, anything printable, and any characters at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "", "ấp Phú Hòa", "Nguyễn Thị Thu Hà", "XÃ LƯƠNG HÒA", "khu phố 5 (phường 7)",
            "Tổ nhân dân tự quản số 3", "Đặng Văn Ất", "  ", "Hoa\u{300}",
        ])
        .prop_map(String::from),
        2 => "[a-zA-ZàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐƯƠ0-9 ,./()-]{0,16}",
        1 => "\\PC{0,12}",
        1 => prop::collection::vec(any::<char>(), 0..6).prop_map(|c| c.into_iter().collect()),
    ]
}

fn number() -> impl Strategy<Value = Option<i64>> {
    prop_oneof![
        3 => (0i64..40).prop_map(Some),
        2 => (0i64..1_200_000).prop_map(Some),
        1 => any::<i64>().prop_map(Some),
        1 => prop::sample::select(vec![-1, i64::MIN, i64::MAX, 1_000_001]).prop_map(Some),
        2 => Just(None),
    ]
}

fn tri() -> impl Strategy<Value = Option<bool>> {
    prop::option::of(any::<bool>())
}

/// A sub-map of `ids` with values from `value`.
fn some_of<V: std::fmt::Debug + Clone + 'static>(
    ids: Vec<String>,
    value: impl Strategy<Value = V> + 'static,
) -> BoxedStrategy<VecMap<String, V>> {
    let n = ids.len();
    prop::collection::vec(prop::option::of(value), n)
        .prop_map(move |values| {
            ids.iter()
                .cloned()
                .zip(values)
                .filter_map(|(id, v)| v.map(|v| (id, v)))
                .collect()
        })
        .boxed()
}

fn other_org() -> impl Strategy<Value = OtherOrg> {
    (text(), tri(), tri()).prop_map(|(name, staffed, meets)| OtherOrg {
        name,
        staffed,
        meets,
    })
}

/// An answer that fits `input`: its kind, only the ids it has.
fn fitting(input: &Input) -> BoxedStrategy<Answer> {
    match input {
        Input::YesNo => tri().prop_map(|value| Answer::YesNo { value }).boxed(),
        Input::Counts { groups, .. } => some_of(
            groups.iter().map(|g| g.id.to_string()).collect(),
            (number(), number(), number()).prop_map(|(total, counted, exempt)| CountAnswer {
                total,
                counted,
                exempt,
            }),
        )
        .prop_map(|groups| Answer::Counts { groups })
        .boxed(),
        Input::NamedItems { .. } => prop::collection::vec(text(), 0..4)
            .prop_map(|items| Answer::NamedItems { items })
            .boxed(),
        Input::HouseholdRates { references } => {
            let ids: Vec<String> = references.iter().map(|r| r.id.to_string()).collect();
            let reference = prop_oneof![
                Just(None),
                prop::sample::select(ids).prop_map(|id| Some(ReferenceChoice::Preset(id))),
                text().prop_map(|id| Some(ReferenceChoice::Preset(id))),
                (number(), number()).prop_map(|(p, n)| Some(ReferenceChoice::Custom {
                    poor_bp: p.unwrap_or(0),
                    near_poor_bp: n.unwrap_or(-5),
                })),
            ];
            (
                (number(), number(), number(), number(), number()),
                any::<bool>(),
                reference,
            )
                .prop_map(|((h, p, n, pp, np), exclude, reference)| {
                    Answer::HouseholdRates(RatesAnswer {
                        households: h,
                        poor: p,
                        near_poor: n,
                        poor_protected: pp,
                        near_poor_protected: np,
                        exclude_protected: exclude,
                        reference,
                    })
                })
                .boxed()
        }
        Input::YearlyRatings { .. } => prop::collection::vec(
            (
                prop_oneof![3 => 2015i64..2032, 1 => any::<i64>()],
                prop::option::of(prop::sample::select(RatingLevel::ALL.to_vec())),
                number(),
            )
                .prop_map(|(year, level, score_tenths)| YearRating {
                    year,
                    level,
                    score_tenths,
                }),
            0..6,
        )
        .prop_map(|years| Answer::YearlyRatings { years })
        .boxed(),
        Input::Checklist { parts } => some_of(
            parts.iter().map(|p| p.id.to_string()).collect(),
            any::<bool>(),
        )
        .prop_map(|parts| Answer::Checklist { parts })
        .boxed(),
        Input::Organisations { organisations } => (
            some_of(
                organisations.iter().map(|o| o.id.to_string()).collect(),
                (any::<bool>(), tri(), tri()).prop_map(|(absent, staffed, meets)| OrgAnswer {
                    absent,
                    staffed,
                    meets,
                }),
            ),
            prop::collection::vec(other_org(), 0..3),
        )
            .prop_map(|(rows, others)| Answer::Organisations { rows, others })
            .boxed(),
    }
}

fn profile() -> impl Strategy<Value = CellProfile> {
    (
        (text(), text(), text(), text(), text()),
        prop::option::of(prop_oneof![2015u16..2030, any::<u16>()]),
        tri(),
        any::<bool>(),
        // The year as typed when it is not a number (then no year).
        prop::option::weighted(0.2, text()),
    )
        .prop_map(
            |((cell, hamlet, commune, province, assessor), year, recognised, derived, typed)| {
                CellProfile {
                    cell_name: if derived {
                        format!("Chi bộ {hamlet}")
                    } else {
                        cell
                    },
                    hamlet,
                    commune,
                    province,
                    year: if typed.is_some() { None } else { year },
                    year_typed: typed,
                    assessor,
                    commune_recognised: recognised,
                }
            },
        )
}

fn date() -> impl Strategy<Value = Option<ShareDate>> {
    prop_oneof![
        Just(None),
        (prop_oneof![2020i32..2035, any::<i32>()], 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, d)| ShareDate::new(y, m, d.min(28))),
    ]
}

/// What a cell's record says, or nothing (links made without a record).
fn record() -> impl Strategy<Value = Option<RecordStatus>> {
    let appraisal = (
        date().prop_filter_map("a real date", |d| d),
        any::<bool>(),
        text(),
        date(),
    )
        .prop_map(
            |(appraised_on, recognised, decision_number, decision_date)| AppraisalOutcome {
                appraised_on,
                recognised,
                decision_number,
                decision_date,
            },
        );
    prop::option::weighted(
        0.5,
        (
            prop::option::of(prop_oneof![2015u16..2035, any::<u16>()]),
            prop::option::of(appraisal),
        )
            .prop_map(|(registered_year, appraisal)| RecordStatus {
                registered_year,
                appraisal,
            }),
    )
}

/// One criterion of a generated result: its id, answer, note and the texts
/// typed in its number fields that are not values.
type CriterionRow = (String, Option<Answer>, Option<String>, Option<FieldTexts>);

/// A result that fits `set`: decode(encode(x)) must give x back.
fn fitting_result(set: &CriteriaSet) -> BoxedStrategy<SharedResult> {
    let per_criterion: Vec<BoxedStrategy<CriterionRow>> = set
        .criteria
        .iter()
        .map(|c| {
            let id = c.id.to_string();
            (
                prop::option::of(fitting(&c.input)),
                prop::option::of(text()),
                prop::option::weighted(
                    0.2,
                    prop::collection::btree_map(text(), text(), 1..3).prop_map(VecMap::from),
                ),
            )
                .prop_map(move |(a, n, t)| (id.clone(), a, n, t))
                .boxed()
        })
        .collect();
    let (set_id, version) = (set.id.to_string(), set.version);
    (per_criterion, profile(), date(), record())
        .prop_map(move |(rows, profile, assessed_on, record)| {
            let mut answers = Answers::new(set_id.clone(), version);
            let mut notes = VecMap::new();
            for (id, answer, note, typed) in rows {
                if let Some(a) = answer {
                    answers.answers.insert(id.clone(), a);
                }
                if let Some(t) = typed {
                    answers.typed.insert(id.clone(), t);
                }
                if let Some(n) = note {
                    notes.insert(id, n);
                }
            }
            SharedResult {
                profile,
                answers,
                notes,
                assessed_on,
                record,
            }
        })
        .boxed()
}

/// Any answer of any kind, under the ids of the sets or others.
fn any_answer() -> BoxedStrategy<Answer> {
    let sets = sets();
    let inputs: Vec<Input> = sets
        .iter()
        .flat_map(|s| s.criteria.iter().map(|c| c.input.clone()))
        .collect();
    prop::sample::select(inputs)
        .prop_flat_map(|input| fitting(&input))
        .boxed()
}

/// A fitting result with foreign answers and notes mixed in.
fn noisy_result(set: &CriteriaSet) -> BoxedStrategy<SharedResult> {
    let ids: Vec<String> = set
        .criteria
        .iter()
        .map(|c| c.id.to_string())
        .chain(["c10", "nope", "", "members"].map(String::from))
        .collect();
    (
        fitting_result(set),
        prop::collection::btree_map(prop::sample::select(ids.clone()), any_answer(), 0..4),
        prop::collection::btree_map(prop::sample::select(ids), text(), 0..3),
    )
        .prop_map(|(mut r, extra, notes)| {
            r.answers.answers.extend(extra);
            r.notes.extend(notes);
            r
        })
        .boxed()
}

fn options() -> impl Strategy<Value = ShareOptions> {
    (any::<bool>(), any::<bool>()).prop_map(|(include_notes, include_item_names)| ShareOptions {
        include_notes,
        include_item_names,
    })
}

/// A set and a result for it.
fn set_and(
    make: fn(&CriteriaSet) -> BoxedStrategy<SharedResult>,
) -> impl Strategy<Value = (CriteriaSet, SharedResult)> {
    prop::sample::select(sets()).prop_flat_map(move |set| (Just(set.clone()), make(&set)))
}

fn encoded(r: &SharedResult, options: ShareOptions) -> Option<String> {
    match encode(r, &registry(), options) {
        Ok(f) => Some(f),
        Err(EncodeError::TooLong { .. }) => None,
        Err(e) => panic!("{e:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// decode(encode(x)) == x for every result that fits its set, with notes and names.
    #[test]
    fn fitting_results_round_trip((set, r) in set_and(fitting_result)) {
        prop_assert_eq!(&canonical(&r, &set, FULL), &r);
        if let Some(fragment) = encoded(&r, FULL) {
            let decoded = decode(&fragment, &registry()).unwrap();
            prop_assert_eq!(decoded.options, FULL);
            prop_assert_eq!(Some(decoded.fingerprint), registry().fingerprint(&set.id, set.version));
            prop_assert_eq!(decoded.result, r);
        }
    }

    /// With any options and any foreign answers, the link holds exactly canonical(x).
    #[test]
    fn any_result_decodes_to_its_canonical_form((set, r) in set_and(noisy_result), options in options()) {
        if let Some(fragment) = encoded(&r, options) {
            let decoded = decode(&fragment, &registry()).unwrap();
            prop_assert_eq!(decoded.options, options);
            let kept = canonical(&r, &set, options);
            prop_assert_eq!(&canonical(&kept, &set, options), &kept, "canonical is stable");
            prop_assert_eq!(decoded.result, kept);
        }
    }

    /// Without names (and with), scoring the decoded result gives the same verdicts.
    #[test]
    fn scoring_is_the_same_after_a_link((set, r) in set_and(noisy_result), options in options(), year in 2015u16..2035) {
        if let Some(fragment) = encoded(&r, options) {
            let decoded = decode(&fragment, &registry()).unwrap().result;
            let a = score(&set, &r.answers, year);
            let b = score(&set, &decoded.answers, year);
            for (x, y) in a.criteria.iter().zip(&b.criteria) {
                prop_assert_eq!(x.status, y.status, "{}", x.criterion_id);
                prop_assert_eq!(x.earliest_year, y.earliest_year);
            }
            prop_assert_eq!(
                (a.met, a.answered, a.can_propose, a.earliest_year, a.gaps),
                (b.met, b.answered, b.can_propose, b.earliest_year, b.gaps)
            );
        }
    }

    /// Every cut of a link, at any length, is rejected as truncated.
    #[test]
    fn every_truncation_is_rejected((_, r) in set_and(noisy_result), options in options()) {
        let registry = registry();
        if let Some(fragment) = encoded(&r, options) {
            for end in 0..fragment.len() {
                let got = decode(&fragment[..end], &registry);
                prop_assert!(got.is_err(), "{}", &fragment[..end]);
                if end > 3 {
                    prop_assert_eq!(got, Err(tsvmtd::domain::share_link::LinkError::Truncated));
                }
            }
        }
    }

    /// A changed character anywhere is caught, never read as other data.
    #[test]
    fn a_typo_is_never_read((_, r) in set_and(noisy_result), at in any::<prop::sample::Index>(), c in prop::sample::select(
        ('A'..='Z').chain('a'..='z').chain('0'..='9').chain(['-', '_']).collect::<Vec<char>>()
    )) {
        if let Some(fragment) = encoded(&r, BARE) {
            let payload = &fragment[3..];
            let i = at.index(payload.len());
            prop_assume!(payload.as_bytes()[i] != c as u8);
            let typo = format!("#k={}{c}{}", &payload[..i], &payload[i + 1..]);
            prop_assert!(decode(&typo, &registry()).is_err());
        }
    }

    /// Any text: an error or a result, never a panic.
    #[test]
    fn decoding_any_text_never_panics(text in prop_oneof![
        "\\PC{0,300}",
        "[A-Za-z0-9_-]{0,300}",
        "#k=[A-Za-z0-9_-]{0,300}",
        any::<Vec<u8>>().prop_map(|b| format!("#k={}", URL_SAFE_NO_PAD.encode(b))),
    ]) {
        let _ = decode(&text, &registry());
    }

    /// Intact envelopes around any body of a known set: the deepest parsing. A
    /// body that reads is one the encoder could have written: it survives a
    /// second round trip unchanged. Formats 1 to 3 name the set by its tag
    /// (the added set is never found so), format 4 by id, version and
    /// fingerprint (the one here, or another).
    #[test]
    fn decoding_any_body_never_panics(set in prop::sample::select(sets()), version in 0u8..3, format in 1u8..=4, other_print in any::<Option<u32>>(), tail in any::<Vec<u8>>()) {
        let registry = registry();
        let body = if format == 4 {
            let here = registry.fingerprint(&set.id, set.version).unwrap();
            let mut bits = Bits::set_header(&set.id, set.version, other_print.unwrap_or(here));
            bits.0.extend(Bits::of(&tail).0);
            bits.bytes()
        } else {
            let tag = set_tag(&set.id).to_be_bytes();
            let mut body = vec![tag[0], tag[1], (version & 7) << 4];
            body.extend(tail);
            body
        };
        if let Ok(decoded) = decode(&format!("#k={}", sealed(format, &body)), &registry)
            && let Some(again) = encoded(&decoded.result, decoded.options)
        {
            prop_assert_eq!(decode(&again, &registry).unwrap(), decoded);
        }
    }

    /// Real links with one byte of their body changed, then sealed again (as a
    /// faulty tool would): never a panic.
    #[test]
    fn decoding_altered_bodies_never_panics((_, r) in set_and(noisy_result), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        if let Some(fragment) = encoded(&r, FULL) {
            let bytes = URL_SAFE_NO_PAD.decode(&fragment[3..]).unwrap();
            let header = if bytes[1] & 0x80 == 0 { 2 } else { 3 };
            let mut body = bytes[header..bytes.len() - 4].to_vec();
            let i = at.index(body.len());
            body[i] = byte;
            let _ = decode(&format!("#k={}", sealed(bytes[0], &body)), &registry());
        }
    }
}
