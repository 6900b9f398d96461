//! The commune's progress over time: by quarter and by year, where its cells
//! stood at the end of each period (the latest check of each by then), against
//! the target; and the same as CSV for Excel set to Vietnamese.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::share_link::ShareDate;
use tsvmtd::domain::tracking::{
    Collection, Granularity, Period, PeriodCount, Row, Target, progress,
};

fn rounds(n: usize) -> (Collection, Vec<Row>) {
    let registry = registry();
    let mut collection = Collection::default();
    for i in 0..n {
        let text: String = round(i).iter().map(|r| fragment(r, false) + "\n").collect();
        let report = collection.import_text(&text, &registry, "2026-09-30");
        assert_eq!(report.added, 4, "round {i}");
    }
    let rows = collection.rows(&registry, 2026);
    (collection, rows)
}

/// (period, cells, assessed, meeting, registered, recognised, reaches)
type Expected = (Period, [usize; 5], bool);

fn check(periods: &[PeriodCount], expected: &[Expected]) {
    let got: Vec<Expected> = periods
        .iter()
        .map(|p| {
            (
                p.period,
                [p.cells, p.assessed, p.meeting, p.registered, p.recognised],
                p.reaches_target,
            )
        })
        .collect();
    assert_eq!(got, expected);
}

const fn q(year: i32, quarter: u8) -> Period {
    Period::Quarter { year, quarter }
}

#[test]
fn three_rounds_by_quarter_and_by_year() {
    let (_, rows) = rounds(3);
    assert_eq!(rows.len(), 4);
    let met = |hamlet: &str| -> Vec<usize> {
        let row = rows.iter().find(|r| r.hamlet == hamlet).unwrap();
        row.checks.iter().map(|c| c.met).collect()
    };
    assert_eq!(met("ấp Phú Hòa"), [7, 8, 9]);
    assert_eq!(met("ấp Hòa Thạnh A"), [8, 9, 9]);
    assert_eq!(met("ấp An Bình"), [5, 6, 8]);
    assert_eq!(met("khu phố 5"), [9, 9, 8]);

    let by_quarter = progress(&rows, Granularity::Quarter, Target::DEFAULT);
    assert_eq!(by_quarter.undated, 0);
    #[rustfmt::skip]
    check(&by_quarter.periods, &[
        // March: khu phố 5 alone meets (25%); three registered (ấp An Bình's link says nothing).
        (q(2026, 1), [4, 4, 1, 3, 0], false),
        // June: two meet (50%); ấp An Bình's record says it is not registered; khu phố 5 recognised on 20/5.
        (q(2026, 2), [4, 4, 2, 3, 1], true),
        // September: ấp Phú Hòa meets, khu phố 5 lapsed (still recognised); ấp Hòa Thạnh A not recognised.
        (q(2026, 3), [4, 4, 2, 4, 1], true),
    ]);
    let q2 = &by_quarter.periods[1];
    assert_eq!((q2.meeting_bp, q2.recognised_bp), (5000, 2500));
    assert_eq!(
        q2.message(Lang::Vi),
        "Quý 2/2026: đạt chuẩn 2/4 chi bộ (50,00%), đạt mục tiêu; được công nhận 1/4 (25,00%); đã đăng ký 3/4; đánh giá trong kỳ: 4 chi bộ"
    );
    assert_eq!(
        by_quarter.periods[0].message(Lang::En),
        "Q1 2026: 1 of 4 cells meet the standard (25.00%), target not reached; recognised 0 of 4 (0.00%); registered 3 of 4; checked in the period: 4 cells"
    );

    let by_year = progress(&rows, Granularity::Year, Target::DEFAULT);
    check(
        &by_year.periods,
        &[(Period::Year(2026), [4, 4, 2, 4, 1], true)],
    );
    assert_eq!(by_year.periods[0].period.label(Lang::Vi), "Năm 2026");
    assert_eq!(by_year.periods[0].period.label(Lang::En), "2026");

    // Against the target of a recognised commune (100%): never reached.
    let all = progress(&rows, Granularity::Quarter, Target::RECOGNISED);
    assert!(all.periods.iter().all(|p| !p.reaches_target));
}

#[test]
fn a_round_at_a_time() {
    let (_, one) = rounds(1);
    #[rustfmt::skip]
    check(&progress(&one, Granularity::Quarter, Target::DEFAULT).periods, &[
        (q(2026, 1), [4, 4, 1, 3, 0], false),
    ]);
    let (_, two) = rounds(2);
    assert_eq!(
        progress(&two, Granularity::Quarter, Target::DEFAULT)
            .periods
            .len(),
        2
    );
}

/// Cells that join late, checks in some periods only, a quarter with no
/// check (left out), undated checks (in no period), and years.
#[test]
fn periods_carry_each_cell_forward_to_its_latest_check() {
    let registry = registry();
    let lh = "xã Lương Hòa";
    let all: &[&str] = &["c2", "c4", "c8", "c9"];
    let mut links = Vec::new();
    let mut add = |hamlet: &str, on: Option<(i32, u8, u8)>, fixed: &[&str], record| {
        let mut r = cell(hamlet, lh, 2026, on, fixed);
        r.record = record;
        links.push(fragment(&r, false));
    };
    // ấp 1: January (5/9), then November (meets); registered for 2027 in November.
    add("ấp 1", Some((2026, 1, 5)), &[], None);
    add(
        "ấp 1",
        Some((2026, 11, 2)),
        all,
        Some(record(Some(2027), None)),
    );
    // ấp 2: joins in May, meets; recognised on 30/6, which the link of 1/7 says.
    add("ấp 2", Some((2026, 5, 1)), all, None);
    add(
        "ấp 2",
        Some((2026, 7, 1)),
        all,
        Some(record(Some(2026), Some(((2026, 6, 30), true)))),
    );
    // ấp 3: undated only; ấp 4: one undated check, one dated.
    add("ấp 3", None, all, None);
    add("ấp 4", None, &[], None);
    add("ấp 4", Some((2026, 12, 31)), all, None);
    let mut collection = Collection::default();
    collection.import_text(&links.join("\n"), &registry, "now");
    let rows = collection.rows(&registry, 2026);
    assert_eq!(rows.len(), 4);

    let by_quarter = progress(&rows, Granularity::Quarter, Target::DEFAULT);
    assert_eq!(by_quarter.undated, 2);
    #[rustfmt::skip]
    check(&by_quarter.periods, &[
        (q(2026, 1), [1, 1, 0, 0, 0], false),
        (q(2026, 2), [2, 1, 1, 0, 0], true),
        // ấp 2's link of 1/7 says it was recognised on 30/6: counted from Q3,
        // when the link is dated (the commune knew nothing of it in Q2).
        (q(2026, 3), [2, 1, 1, 1, 1], true),
        // Registered for 2027: not yet in 2026; ấp 4 joins on 31/12.
        (q(2026, 4), [3, 2, 3, 1, 1], true),
    ]);
    let by_year = progress(&rows, Granularity::Year, Target::DEFAULT);
    check(
        &by_year.periods,
        &[(Period::Year(2026), [3, 3, 3, 1, 1], true)],
    );
    assert_eq!(
        tsvmtd::domain::i18n::tracking_undated(Lang::Vi, by_year.undated),
        "2 lần đánh giá không ghi ngày nên không được tính vào kỳ nào."
    );

    // A check in 2027 opens a year, and the registration for 2027 counts there.
    let mut later = cell("ấp 1", lh, 2027, Some((2027, 2, 1)), &[]);
    later.record = None;
    collection.import_text(&fragment(&later, false), &registry, "now");
    let rows = collection.rows(&registry, 2027);
    let by_year = progress(&rows, Granularity::Year, Target::DEFAULT);
    assert_eq!(by_year.periods.len(), 2);
    assert_eq!(by_year.periods[1].period, Period::Year(2027));
    assert_eq!(by_year.periods[1].registered, 2);
    assert_eq!(by_year.periods[1].assessed, 1);
}

#[test]
fn periods_and_their_last_days() {
    let d = |y, m, dd| ShareDate::new(y, m, dd).unwrap();
    let cases = [
        (d(2026, 1, 1), q(2026, 1), (2026, 3, 31)),
        (d(2026, 3, 31), q(2026, 1), (2026, 3, 31)),
        (d(2026, 4, 1), q(2026, 2), (2026, 6, 30)),
        (d(2026, 9, 30), q(2026, 3), (2026, 9, 30)),
        (d(2026, 10, 1), q(2026, 4), (2026, 12, 31)),
        (d(2026, 12, 31), q(2026, 4), (2026, 12, 31)),
    ];
    for (date, period, last) in cases {
        assert_eq!(Period::of(date, Granularity::Quarter), period, "{date:?}");
        assert_eq!(period.last_day(), last);
        assert!(period.ends_after(date));
        assert_eq!(Period::of(date, Granularity::Year), Period::Year(2026));
    }
    assert!(!q(2026, 1).ends_after(d(2026, 4, 1)));
    assert_eq!(Period::Year(2026).last_day(), (2026, 12, 31));
    assert_eq!(q(2026, 2).label(Lang::Vi), "Quý 2/2026");
    assert_eq!(q(2026, 2).label(Lang::En), "Q2 2026");
    // A quarter built by hand out of range never panics.
    assert_eq!(q(2026, 9).last_day(), (2026, 12, 31));
    assert_eq!(q(2026, 0).last_day(), (2026, 3, 31));
}

#[test]
fn nothing_collected_no_period() {
    let p = progress(&[], Granularity::Quarter, Target::DEFAULT);
    assert!(p.periods.is_empty());
    assert_eq!(p.undated, 0);
}
