//! Properties over untrusted answers: scoring never panics, whatever the
//! answers (another set, another version, unknown ids, wrong shapes, absurd
//! numbers, any year), and its totals always add up. Also the arithmetic the
//! verdicts rest on.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::BTreeMap;
use tsvmtd::domain::criteria::{CriteriaSet, Input, RatingLevel, Registry, ScoreScale, parse_set};
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::i18n::numfmt;
use tsvmtd::domain::scoring::{
    Answer, Answers, CountAnswer, OrgAnswer, OtherOrg, RatesAnswer, ReferenceChoice, Status,
    YearRating, evaluate, rate_bp, score,
};

fn sets() -> Vec<CriteriaSet> {
    let mut sets = Registry::bundled().sets().to_vec();
    sets.push(parse_set("every-kind.json", include_str!("fixtures/every-kind.json")).unwrap());
    sets
}

/// Numbers near every boundary, and anywhere.
fn number() -> impl Strategy<Value = Option<i64>> {
    prop_oneof![
        3 => (0i64..30).prop_map(Some),
        2 => (0i64..1_200_000).prop_map(Some),
        1 => any::<i64>().prop_map(Some),
        1 => prop::sample::select(vec![-1, 0, 1, 499, 500, 699, 700, 899, 900, 1000, 1001, 10_000, 10_001, 1_000_000, 1_000_001, i64::MIN, i64::MAX]).prop_map(Some),
        1 => Just(None),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10",
            "members", "households", "serious_crime", "government", "self_managed",
            "meeting", "tasks", "heads", "models", "poverty", "ratings", "security", "orgs",
            "no_crime", "model", "farmers", "ben-tre-2023", "tinh-2025",
        ]).prop_map(String::from),
        1 => "\\PC{0,8}",
    ]
}

fn level() -> impl Strategy<Value = Option<RatingLevel>> {
    prop::option::of(prop::sample::select(RatingLevel::ALL.to_vec()))
}

fn year() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => 2015i64..2032,
        1 => any::<i64>(),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    let counts = prop::collection::btree_map(
        key(),
        (number(), number(), number()).prop_map(|(total, counted, exempt)| CountAnswer {
            total,
            counted,
            exempt,
        }),
        0..4,
    );
    let rates = (
        (number(), number(), number(), number(), number()),
        any::<bool>(),
        prop::option::of(prop_oneof![
            key().prop_map(ReferenceChoice::Preset),
            (any::<i64>(), -5i64..10_010).prop_map(|(p, n)| ReferenceChoice::Custom {
                poor_bp: p % 20_000,
                near_poor_bp: n
            }),
        ]),
    )
        .prop_map(|((h, p, n, pp, np), exclude, reference)| RatesAnswer {
            households: h,
            poor: p,
            near_poor: n,
            poor_protected: pp,
            near_poor_protected: np,
            exclude_protected: exclude,
            reference,
        });
    let years = prop::collection::vec(
        (year(), level(), number()).prop_map(|(year, level, score_tenths)| YearRating {
            year,
            level,
            score_tenths,
        }),
        0..6,
    );
    let orgs = (
        prop::collection::btree_map(
            key(),
            (
                any::<bool>(),
                prop::option::of(any::<bool>()),
                prop::option::of(any::<bool>()),
            )
                .prop_map(|(absent, staffed, meets)| OrgAnswer {
                    absent,
                    staffed,
                    meets,
                }),
            0..8,
        ),
        prop::collection::vec(
            (
                "\\PC{0,6}",
                prop::option::of(any::<bool>()),
                prop::option::of(any::<bool>()),
            )
                .prop_map(|(name, staffed, meets)| OtherOrg {
                    name,
                    staffed,
                    meets,
                }),
            0..3,
        ),
    );
    prop_oneof![
        prop::option::of(any::<bool>()).prop_map(|value| Answer::YesNo { value }),
        counts.prop_map(|groups| Answer::Counts {
            groups: groups.into(),
        }),
        prop::collection::vec("\\PC{0,10}", 0..4).prop_map(|items| Answer::NamedItems { items }),
        rates.prop_map(Answer::HouseholdRates),
        years.prop_map(|years| Answer::YearlyRatings { years }),
        prop::collection::btree_map(key(), any::<bool>(), 0..7).prop_map(|parts| {
            Answer::Checklist {
                parts: parts.into(),
            }
        }),
        orgs.prop_map(|(rows, others)| Answer::Organisations {
            rows: rows.into(),
            others,
        }),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        prop::sample::select(vec!["ben-tre-2021", "every-kind", "other", ""]),
        prop_oneof![Just(1u32), Just(2), any::<u32>()],
        prop::collection::btree_map(key(), answer(), 0..12),
        // Texts typed in number fields that are not values, under any keys.
        prop::collection::btree_map(
            key(),
            prop::collection::btree_map(
                prop_oneof![
                    Just("members.counted".to_owned()),
                    Just("households".to_owned()),
                    Just("ratings.0.score".to_owned()),
                    "[a-z._0-9]{0,12}"
                ],
                "\\PC{0,10}",
                1..3,
            ),
            0..3,
        ),
    )
        .prop_map(
            |(id, version, answers, typed): (&str, u32, BTreeMap<String, Answer>, _)| Answers {
                set_id: id.into(),
                set_version: version,
                answers: answers.into(),
                typed: typed.into_iter().map(|(k, v)| (k, v.into())).collect(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Never a panic, and the totals always add up.
    #[test]
    fn scoring_never_panics_and_adds_up(answers in answers(), current_year in prop_oneof![2015u16..2035, any::<u16>()]) {
        for set in sets() {
            let a = score(&set, &answers, current_year);
            prop_assert_eq!(a.total, set.criteria.len());
            prop_assert_eq!(a.criteria.len(), a.total);
            prop_assert!(a.met <= a.answered && a.answered <= a.total);
            prop_assert_eq!(a.can_propose, a.met == a.total);
            prop_assert_eq!(a.gaps.len(), a.total - a.met);
            if let Some(y) = a.earliest_year {
                prop_assert!(y >= current_year);
            }
            for (r, c) in a.criteria.iter().zip(set.criteria.iter()) {
                prop_assert_eq!(&r.criterion_id, &c.id);
                prop_assert!(!r.reasons.is_empty());
                for t in &r.reasons {
                    prop_assert!(!t.vi.trim().is_empty() && !t.en.trim().is_empty());
                }
                if r.status == Status::Invalid {
                    prop_assert_eq!(r.earliest_year, None);
                }
            }
            for id in &a.ignored {
                prop_assert!(answers.answers.contains_key(id) || answers.typed.contains_key(id));
            }
        }
    }

    /// Answers with the set's own id are used; their version only changes the
    /// reported match, never the verdicts (criteria are matched by id).
    #[test]
    fn the_version_named_by_answers_does_not_change_verdicts(mut answers in answers(), version in any::<u32>()) {
        for set in sets() {
            answers.set_id = set.id.to_string();
            answers.set_version = set.version;
            let exact = score(&set, &answers, 2026);
            answers.set_version = version;
            let other = score(&set, &answers, 2026);
            prop_assert_eq!(exact.criteria, other.criteria);
        }
    }

    /// Answers written as JSON read back exactly, every kind of answer included,
    /// and nothing is dropped.
    #[test]
    fn answers_read_back_from_their_json(answers in answers()) {
        let json = serde_json::to_string(&answers).unwrap();
        let read = Answers::from_json_lenient(&json).unwrap();
        prop_assert!(read.dropped.is_empty());
        prop_assert_eq!(read.answers, answers);
    }

    /// Any text read as answers: an error or answers, never a panic.
    #[test]
    fn reading_answers_from_any_text_never_panics(text in "\\PC{0,200}") {
        let _ = Answers::from_json_lenient(&text);
    }

    /// Any JSON value in place of an answer is read or dropped, never a panic,
    /// and scoring what is read never panics either.
    #[test]
    fn reading_any_json_answer_never_panics(value in json_value(), id in key()) {
        let doc = serde_json::json!({"set_id": "ben-tre-2021", "set_version": 1, "answers": { id.clone(): value }});
        let read = Answers::from_json_lenient(&doc.to_string()).unwrap();
        prop_assert_eq!(read.answers.answers.len() + read.dropped.len(), 1);
        for set in sets() {
            let _ = score(&set, &read.answers, 2026);
        }
    }

    /// The rate is `count / total` rounded half up to a basis point.
    #[test]
    fn rates_are_rounded_half_up(total in 1i64..=1_000_000, count_seed in 0i64..=1_000_000) {
        let count = count_seed % (total + 1);
        let bp = rate_bp(count, total);
        // bp − ½ ≤ count·10000/total < bp + ½, in integers.
        prop_assert!((2 * bp - 1) * total <= 20_000 * count);
        prop_assert!(20_000 * count < (2 * bp + 1) * total);
        prop_assert!((0..=10_000).contains(&bp));
    }

    /// What is shown reads back to the number.
    #[test]
    fn formatted_numbers_read_back(n in any::<i64>(), bp in -100_000i64..100_000) {
        let vi = numfmt::int(Lang::Vi, n).replace('.', "");
        prop_assert_eq!(vi.parse::<i64>().unwrap(), n);
        let en = numfmt::int(Lang::En, n).replace(',', "");
        prop_assert_eq!(en.parse::<i64>().unwrap(), n);
        let pct = numfmt::percent_bp(Lang::Vi, bp);
        let digits = pct.trim_end_matches('%').replace(['.', ','], "");
        prop_assert_eq!(digits.parse::<i64>().unwrap(), bp);
    }

    /// In a year a score scale covers, a score alone rates the year exactly as
    /// the level it gives would (verdict and earliest year), and any other
    /// chosen level is refused; whatever the other years say.
    #[test]
    fn a_score_alone_counts_as_the_level_it_gives(
        others in prop::collection::vec((year(), level(), prop::option::of(-5i64..1010)), 0..4),
        rated_year in 2025i64..2032,
        tenths in 0i64..=1000,
        current_year in prop_oneof![2025u16..2035, any::<u16>()],
    ) {
        for set in sets() {
            for c in set.criteria.iter() {
                let Input::YearlyRatings { score_scales, .. } = &c.input else { continue };
                let Some(scale) = ScoreScale::for_year(score_scales, rated_year) else { continue };
                let given = scale.level_for(tenths);
                let with = |level: Option<RatingLevel>| {
                    let mut years: Vec<YearRating> = others
                        .iter()
                        .map(|&(year, level, score_tenths)| YearRating { year, level, score_tenths })
                        .collect();
                    years.push(YearRating { year: rated_year, level, score_tenths: Some(tenths) });
                    evaluate(c, Some(&Answer::YearlyRatings { years }), None, current_year)
                };
                let alone = with(None);
                let chosen = with(Some(given));
                prop_assert_eq!((alone.status, alone.earliest_year), (chosen.status, chosen.earliest_year));
                for other in RatingLevel::ALL.into_iter().filter(|l| *l != given) {
                    prop_assert_eq!(with(Some(other)).status, Status::Invalid);
                }
            }
        }
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        prop::sample::select(vec![
            "yes_no",
            "counts",
            "named_items",
            "household_rates",
            "yearly_ratings",
            "checklist",
            "organisations",
            "excellent",
            "good",
            "members",
            "preset",
        ])
        .prop_map(serde_json::Value::from),
        "\\PC{0,6}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "kind",
                    "value",
                    "groups",
                    "items",
                    "years",
                    "parts",
                    "rows",
                    "others",
                    "total",
                    "counted",
                    "exempt",
                    "households",
                    "poor",
                    "near_poor",
                    "poor_protected",
                    "exclude_protected",
                    "reference",
                    "year",
                    "level",
                    "score_tenths",
                    "staffed",
                    "meets",
                    "absent",
                    "name",
                    "c1",
                    "members",
                ])
                .prop_map(String::from),
                inner,
                0..5,
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
