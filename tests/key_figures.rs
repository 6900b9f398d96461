//! Key figures: the numbers that sum up each input kind's answer, the
//! language's way, and none where the numbers do not make sense; how two
//! checks' figures compare. They never change a verdict.
#![cfg(not(target_arch = "wasm32"))]

mod record_common;

use record_common::*;
use tsvmtd::domain::criteria::RatingLevel;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::scoring::{
    Answer, CountAnswer, FigureValue, KeyFigure, OrgAnswer, OtherOrg, RatesAnswer, YearRating,
    figure_changes, key_figures,
};

fn figures(id: &str, answer: &Answer) -> Vec<KeyFigure> {
    let set = set();
    key_figures(set.criterion(id).unwrap(), Some(answer))
}

fn texts(id: &str, answer: &Answer, lang: Lang) -> Vec<String> {
    figures(id, answer).iter().map(|f| f.text(lang)).collect()
}

#[test]
fn each_input_kind_has_its_figures_in_both_languages() {
    let all = met_answers(&[2024, 2025]);
    let a = |id: &str| all.answers[id].clone();
    assert_eq!(
        texts("c2", &a("c2"), Lang::Vi),
        [
            "Số cán bộ, đảng viên chưa đồng thuận, thống nhất 0/25",
            "Số hộ dân chưa đồng thuận, thống nhất 0/998"
        ]
    );
    assert_eq!(
        texts("c4", &counts(&[("members", 1250, 1234)]), Lang::Vi),
        ["Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể 1.234/1.250"]
    );
    assert_eq!(
        texts("c4", &counts(&[("members", 1250, 1234)]), Lang::En)[0],
        "Members with an assigned task and concrete work 1,234/1,250"
    );
    assert_eq!(
        texts("c5", &a("c5"), Lang::Vi),
        ["1 mô hình phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững"]
    );
    assert_eq!(
        texts("c6", &rates(30), Lang::Vi),
        ["hộ nghèo 3,01%", "hộ cận nghèo 2,00%"]
    );
    assert_eq!(
        texts("c6", &rates(30), Lang::En),
        ["poor households 3.01%", "near-poor households 2.00%"]
    );
    assert_eq!(
        texts("c8", &a("c8"), Lang::Vi),
        ["tổ chức đạt cả hai yêu cầu 7/7"]
    );
    assert_eq!(texts("c9", &a("c9"), Lang::Vi), ["nội dung đạt 5/5"]);
    assert!(texts("c1", &a("c1"), Lang::Vi).len() == 2);
    assert_eq!(
        texts("c1", &a("c1"), Lang::Vi)[0],
        "năm 2025: Hoàn thành xuất sắc nhiệm vụ"
    );
}

#[test]
fn ratings_show_the_level_a_score_gives_latest_year_first() {
    let years = vec![
        YearRating {
            year: 2024,
            level: Some(RatingLevel::Good),
            score_tenths: None,
        },
        YearRating {
            year: 2025,
            level: None,
            score_tenths: Some(895),
        },
        // Unrated rows and years out of range say nothing.
        YearRating {
            year: 2023,
            level: None,
            score_tenths: None,
        },
        YearRating {
            year: 12,
            level: Some(RatingLevel::Excellent),
            score_tenths: None,
        },
    ];
    let answer = Answer::YearlyRatings { years };
    assert_eq!(
        texts("c1", &answer, Lang::Vi),
        [
            "năm 2025: Hoàn thành tốt nhiệm vụ (89,5 điểm)",
            "năm 2024: Hoàn thành tốt nhiệm vụ"
        ]
    );
    assert_eq!(
        texts("c1", &answer, Lang::En)[0],
        "2025: Well fulfilled its tasks (89.5 points)"
    );
}

#[test]
fn numbers_that_make_no_sense_give_no_figure() {
    let bad_counts = [
        counts(&[("members", 25, 26)]),
        counts(&[("members", -1, 0)]),
        counts(&[("members", 25, -3)]),
        counts(&[("members", 2_000_000, 3)]),
        Answer::Counts {
            groups: [(
                "members".to_owned(),
                CountAnswer {
                    total: Some(25),
                    counted: None,
                    exempt: None,
                },
            )]
            .into(),
        },
    ];
    for answer in &bad_counts {
        assert!(figures("c4", answer).is_empty(), "{answer:?}");
    }
    let bad_rates = [
        RatesAnswer {
            households: Some(10),
            poor: Some(8),
            near_poor: Some(8),
            ..RatesAnswer::default()
        },
        RatesAnswer {
            households: Some(0),
            poor: Some(0),
            near_poor: Some(0),
            ..RatesAnswer::default()
        },
        RatesAnswer::default(),
    ];
    for rates in bad_rates {
        assert!(figures("c6", &Answer::HouseholdRates(rates)).is_empty());
    }
    // An answer of another kind, or none at all, gives none.
    assert!(figures("c6", &Answer::YesNo { value: Some(true) }).is_empty());
    assert!(key_figures(set().criterion("c4").unwrap(), None).is_empty());
    // A checklist nobody answered yet says nothing.
    assert!(
        figures(
            "c9",
            &Answer::Checklist {
                parts: Default::default()
            }
        )
        .is_empty()
    );
    // Blank item names are not items.
    assert_eq!(
        figures(
            "c3",
            &Answer::NamedItems {
                items: vec!["  ".into(), "Cầu".into()]
            }
        )[0]
        .value,
        FigureValue::Items { count: 1 }
    );
}

#[test]
fn organisations_count_as_the_verdict_counts_them() {
    let rows = [
        (
            "government",
            OrgAnswer {
                absent: false,
                staffed: Some(true),
                meets: Some(false),
            },
        ),
        (
            "farmers",
            OrgAnswer {
                absent: true,
                staffed: None,
                meets: None,
            },
        ),
    ]
    .into_iter()
    .map(|(id, row)| (id.to_owned(), row))
    .collect();
    let answer = Answer::Organisations {
        rows,
        others: vec![
            OtherOrg {
                name: "Tổ tự quản số 3".into(),
                staffed: Some(true),
                meets: Some(true),
            },
            OtherOrg {
                name: "   ".into(),
                staffed: Some(true),
                meets: Some(true),
            },
        ],
    };
    // 7 organisations of the set, one absent, one added: 7 assessed, 1 passes.
    assert_eq!(
        texts("c8", &answer, Lang::Vi),
        ["tổ chức đạt cả hai yêu cầu 1/7"]
    );
}

#[test]
fn figures_compare_by_key_between_two_checks() {
    let before = figures("c6", &rates(30));
    let after = figures("c6", &rates(21));
    let changes = figure_changes(&before, &after);
    assert_eq!(changes.len(), 1, "the near-poor rate did not change");
    assert_eq!(changes[0].text(Lang::Vi), "hộ nghèo 3,01% → 2,10%");
    assert!(figure_changes(&after, &after).is_empty());
    // A figure only one side has.
    let none = figures("c6", &Answer::HouseholdRates(RatesAnswer::default()));
    let gone: Vec<String> = figure_changes(&after, &none)
        .iter()
        .map(|c| c.text(Lang::Vi))
        .collect();
    assert_eq!(gone, ["hộ nghèo 2,10% → —", "hộ cận nghèo 2,00% → —"]);
    let items = figure_changes(
        &figures("c3", &Answer::NamedItems { items: vec![] }),
        &figures(
            "c3",
            &Answer::NamedItems {
                items: vec!["a".into(), "b".into()],
            },
        ),
    );
    assert!(items[0].text(Lang::En).starts_with("0 → 2 concrete works"));
}
