//! The commune's numbers: the share of cells meeting the standard against the
//! target, the cells still needed, and the conditions missed most often.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::{Lang, cells_missing, tracking_target};
use tsvmtd::domain::share_link::SetRef;
use tsvmtd::domain::tracking::summary::summarise;
use tsvmtd::domain::tracking::{Check, Collection, Row, Summary, Target};

fn block_collection() -> Collection {
    let mut collection = Collection::default();
    collection.import_text(&chat_block().0, &registry(), "2026-06-20T09:00:00Z");
    collection
}

#[test]
fn the_blocks_summary() {
    let registry = registry();
    let collection = block_collection();
    let target = collection.default_target();
    assert_eq!(target, Target::DEFAULT);
    let summary = collection.summary(&registry, 2026, target);
    assert_eq!(summary.assessed, 27);
    assert_eq!(summary.meeting, 9);
    assert_eq!(summary.share_bp, 3333);
    assert!(!summary.reaches_target);
    // 40% of 27 is 10.8: 11 cells, 2 more than the 9.
    assert_eq!(summary.cells_short, 2);
    assert_eq!(
        summary.message(Lang::Vi),
        "Đạt chuẩn: 9/27 chi bộ (33,33%) — mục tiêu 40–50%: còn thiếu 2 chi bộ"
    );
    assert_eq!(
        summary.message(Lang::En),
        "Meeting the standard: 9 of 27 cells (33.33%) — target 40–50%: 2 more cells needed"
    );

    // Most missed first, then in the set's order; the rest with 0.
    let gaps: Vec<(&str, usize, usize)> = summary
        .gaps
        .iter()
        .map(|g| (g.criterion_id.as_str(), g.number, g.missing))
        .collect();
    assert_eq!(
        gaps,
        [
            ("c9", 9, 12),
            ("c2", 2, 6),
            ("c4", 4, 6),
            ("c8", 8, 6),
            ("c1", 1, 0),
            ("c3", 3, 0),
            ("c5", 5, 0),
            ("c6", 6, 0),
            ("c7", 7, 0),
        ]
    );
    assert!(summary.gaps.iter().all(|g| g.set_id == "ben-tre-2021"));
    assert_eq!(summary.gaps[0].title.vi, "An ninh trật tự");
    assert_eq!(
        cells_missing(Lang::Vi, summary.gaps[0].missing, summary.assessed),
        "12/27 chi bộ"
    );

    // The same numbers from the table already made.
    let rows = collection.rows(&registry, 2026);
    assert_eq!(summarise(&rows, &registry, target), summary);

    // A commune recognised as nông thôn mới: every cell.
    let recognised = collection.summary(&registry, 2026, Target::RECOGNISED);
    assert_eq!(recognised.cells_short, 18);
    assert_eq!(
        recognised.message(Lang::Vi),
        "Đạt chuẩn: 9/27 chi bộ (33,33%) — mục tiêu 100%: còn thiếu 18 chi bộ"
    );
}

/// (assessed, meeting, target) → (share in bp, reaches, cells short, Vietnamese).
type Case = (usize, usize, (u8, u8), (i64, bool, usize, &'static str));

fn rows(assessed: usize, meeting: usize) -> Vec<Row> {
    (0..assessed)
        .map(|index| Row {
            cell: format!("Chi bộ ấp {index}"),
            hamlet: format!("ấp {index}"),
            commune: "xã Lương Hòa".into(),
            province: String::new(),
            checks: vec![Check {
                index,
                year: Some(2026),
                assessor: String::new(),
                assessed_on: None,
                can_propose: index < meeting,
                met: 9,
                answered: 9,
                total: 9,
                gaps: Vec::new(),
                gap_numbers: Vec::new(),
                set_id: "ben-tre-2021".into(),
                set_version: 1,
                set: SetRef {
                    id: "ben-tre-2021".into(),
                    version: 1,
                    fingerprint: 0,
                },
                set_title: None,
                fragment: String::new(),
                record: None,
            }],
            changes: Vec::new(),
            record: None,
        })
        .collect()
}

#[test]
fn share_target_and_cells_short() {
    let registry = registry();
    #[rustfmt::skip]
    let cases: [Case; 12] = [
        (0, 0, (40, 50), (0, false, 0, "Chưa có kết quả nào — mục tiêu 40–50%")),
        (30, 12, (40, 50), (4000, true, 0, "Đạt chuẩn: 12/30 chi bộ (40,00%) — mục tiêu 40–50%: đã đạt")),
        (30, 11, (40, 50), (3667, false, 1, "Đạt chuẩn: 11/30 chi bộ (36,67%) — mục tiêu 40–50%: còn thiếu 1 chi bộ")),
        (30, 20, (40, 50), (6667, true, 0, "Đạt chuẩn: 20/30 chi bộ (66,67%) — mục tiêu 40–50%: đã đạt")),
        (3, 1, (40, 50), (3333, false, 1, "Đạt chuẩn: 1/3 chi bộ (33,33%) — mục tiêu 40–50%: còn thiếu 1 chi bộ")),
        (7, 3, (40, 50), (4286, true, 0, "Đạt chuẩn: 3/7 chi bộ (42,86%) — mục tiêu 40–50%: đã đạt")),
        (3, 2, (100, 100), (6667, false, 1, "Đạt chuẩn: 2/3 chi bộ (66,67%) — mục tiêu 100%: còn thiếu 1 chi bộ")),
        (5, 5, (100, 100), (10000, true, 0, "Đạt chuẩn: 5/5 chi bộ (100,00%) — mục tiêu 100%: đã đạt")),
        (1, 0, (40, 50), (0, false, 1, "Đạt chuẩn: 0/1 chi bộ (0,00%) — mục tiêu 40–50%: còn thiếu 1 chi bộ")),
        (200, 79, (40, 50), (3950, false, 1, "Đạt chuẩn: 79/200 chi bộ (39,50%) — mục tiêu 40–50%: còn thiếu 1 chi bộ")),
        // 1/32 = 3.125%: half up to 3.13%.
        (32, 1, (0, 100), (313, true, 0, "Đạt chuẩn: 1/32 chi bộ (3,13%) — mục tiêu 0–100%: đã đạt")),
        (1000, 1, (60, 70), (10, false, 599, "Đạt chuẩn: 1/1.000 chi bộ (0,10%) — mục tiêu 60–70%: còn thiếu 599 chi bộ")),
    ];
    for (assessed, meeting, (min, max), (share_bp, reaches, short, vi)) in cases {
        let target = Target::new(min, max).unwrap();
        let summary: Summary = summarise(&rows(assessed, meeting), &registry, target);
        let case = format!("{meeting}/{assessed} against {min}–{max}");
        assert_eq!(summary.assessed, assessed, "{case}");
        assert_eq!(summary.meeting, meeting, "{case}");
        assert_eq!(summary.share_bp, share_bp, "{case}");
        assert_eq!(summary.reaches_target, reaches, "{case}");
        assert_eq!(summary.cells_short, short, "{case}");
        assert_eq!(summary.target, target);
        if assessed < 1000 {
            assert_eq!(summary.message(Lang::Vi), vi, "{case}");
        }
    }
    let one_short = summarise(&rows(3, 1), &registry, Target::DEFAULT);
    assert_eq!(
        one_short.message(Lang::En),
        "Meeting the standard: 1 of 3 cells (33.33%) — target 40–50%: 1 more cell needed"
    );
    let reached = summarise(&rows(30, 12), &registry, Target::DEFAULT);
    assert_eq!(
        reached.message(Lang::En),
        "Meeting the standard: 12 of 30 cells (40.00%) — target 40–50%: reached"
    );
    assert_eq!(
        summarise(&[], &registry, Target::DEFAULT).message(Lang::En),
        "No result yet — target 40–50%"
    );
    // Nothing collected: no bars either.
    assert!(summarise(&[], &registry, Target::DEFAULT).gaps.is_empty());
}

#[test]
fn targets_are_ranges_of_percentages() {
    let cases = [
        ((40, 50), true, "40–50%"),
        ((100, 100), true, "100%"),
        ((0, 0), true, "0%"),
        ((45, 45), true, "45%"),
        ((50, 40), false, ""),
        ((90, 101), false, ""),
        ((101, 101), false, ""),
    ];
    for ((min, max), valid, words) in cases {
        let target = Target::new(min, max);
        assert_eq!(target.is_some(), valid, "{min}–{max}");
        if let Some(target) = target {
            assert_eq!(
                tracking_target(target.min_percent, target.max_percent),
                words
            );
        }
    }
    assert_eq!(Target::default(), Target::new(40, 50).unwrap());
    assert_eq!(Target::RECOGNISED, Target::new(100, 100).unwrap());
    // A target built by hand beyond 100% never panics: it counts as 100%.
    let impossible = Target {
        min_percent: 200,
        max_percent: 250,
    };
    let summary = summarise(&rows(4, 4), &registry(), impossible);
    assert!(summary.reaches_target);
    assert_eq!(summary.cells_short, 0);
}

/// Typing one end of the range never leaves it upside down: the other end
/// follows; a number above 100 changes nothing.
#[test]
fn one_end_of_the_target_typed_at_a_time() {
    let t = |min, max| Target::new(min, max).unwrap();
    let cases = [
        // (target, typed in the minimum or the maximum, number, result)
        (t(40, 50), true, 45, Some(t(45, 50))),
        (t(40, 50), true, 60, Some(t(60, 60))),
        (t(40, 50), true, 0, Some(t(0, 50))),
        (t(40, 50), true, 100, Some(t(100, 100))),
        (t(40, 50), true, 101, None),
        (t(40, 50), false, 45, Some(t(40, 45))),
        (t(40, 50), false, 30, Some(t(30, 30))),
        (t(40, 50), false, 100, Some(t(40, 100))),
        (t(40, 50), false, 101, None),
        (t(100, 100), false, 0, Some(t(0, 0))),
    ];
    for (target, min, number, expected) in cases {
        let changed = if min {
            target.with_min(number)
        } else {
            target.with_max(number)
        };
        assert_eq!(changed, expected, "{target:?} {min} {number}");
    }
}

#[test]
fn the_default_target_follows_the_communes_recognition() {
    let registry = registry();
    let mut collection = block_collection();
    assert_eq!(collection.default_target(), Target::DEFAULT);
    let mut recognised = block_cell(3);
    recognised.profile.commune_recognised = Some(true);
    recognised.assessed_on = None;
    recognised.profile.year = Some(2024);
    collection.import_text(&fragment(&recognised, false), &registry, "now");
    assert_eq!(collection.default_target(), Target::RECOGNISED);
    assert_eq!(Collection::default().default_target(), Target::DEFAULT);
}
