//! Collecting result links: a chat block of 30 links (27 good, 3 broken), the
//! table's rows, and each cell's checks over time on one line.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::scoring::Status;
use tsvmtd::domain::share_link::LinkError;
use tsvmtd::domain::tracking::{Collection, ImportReport, Target, Trend};

const NOW: &str = "2026-06-20T09:00:00Z";

#[test]
fn a_chat_block_gives_27_rows_and_3_bad_links_with_their_lines() {
    let registry = registry();
    let (block, broken) = chat_block();
    let mut collection = Collection::default();
    let report = collection.import_text(&block, &registry, NOW);

    assert_eq!(report.added, 27, "{:?}", report.bad);
    assert_eq!((report.new_cells, report.unchanged), (27, 0));
    assert_eq!(report.bad.len(), 3);
    for (bad, want) in report.bad.iter().zip(&broken) {
        assert_eq!(bad.line, want.line, "{bad:?}");
        assert_eq!(bad.error, want.error, "line {}", bad.line);
        assert!(bad.excerpt.starts_with(want.excerpt_starts), "{bad:?}");
        assert!(bad.excerpt.chars().count() <= 60, "{bad:?}");
    }
    assert!(report.bad[0].excerpt.ends_with('…'));
    assert_eq!(
        report.message(Lang::Vi),
        "Đã thêm 27 kết quả (27 chi bộ mới); 3 liên kết không đọc được."
    );
    assert_eq!(
        report.message(Lang::En),
        "27 results added (27 new cells); 3 links could not be read."
    );

    // Every entry is a cell of the block, stored as its fragment, added now.
    for (i, entry) in collection.entries.iter().enumerate() {
        assert_eq!(
            entry.result,
            linked(&block_cell(i), block_full(i)),
            "entry {i}"
        );
        assert!(entry.fragment.starts_with("#k="));
        assert_eq!(entry.added, NOW);
    }

    let rows = collection.rows(&registry, 2026);
    assert_eq!(rows.len(), 27);
    // Sorted by commune (Châu Hưng before Lương Hòa), then hamlet in
    // Vietnamese order, numbers by value.
    let order: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.commune.as_str(), r.hamlet.as_str()))
        .collect();
    assert_eq!(
        &order[..6],
        [
            ("xã Châu Hưng", "ấp 2"),
            ("xã Châu Hưng", "ấp An Bình"),
            ("xã Châu Hưng", "ấp Bình Thành"),
            ("xã Châu Hưng", "ấp Dừa"),
            ("xã Châu Hưng", "ấp Giồng Keo"),
            ("xã Châu Hưng", "ấp Hòa Thạnh A"),
        ]
    );
    assert_eq!(rows[13].commune, "xã Lương Hòa");
    assert_eq!(rows[13].hamlet, "ấp 1");
    assert_eq!(rows[14].hamlet, "ấp 10");
    assert_eq!(rows[12].hamlet, "khu phố 5");
    assert_eq!(rows.last().unwrap().hamlet, "khu phố 3");

    for row in &rows {
        // One check each: no previous, no change, no trend, no record.
        assert_eq!(row.checks.len(), 1);
        assert_eq!((row.previous(), row.trend()), (None, None));
        assert!(row.changes.is_empty() && row.record.is_none());
        let row_check = row.latest();
        let i = row_check.index;
        let expected = block_cell(i);
        assert_eq!(row.hamlet, expected.profile.hamlet);
        assert_eq!(row.cell, expected.profile.cell_name);
        assert_eq!(row.province, "Vĩnh Long");
        assert_eq!(row_check.year, expected.profile.year);
        assert_eq!(row_check.assessor, expected.profile.assessor);
        assert_eq!(row_check.assessed_on, expected.assessed_on);
        assert_eq!(row_check.fragment, collection.entries[i].fragment);
        let row = row_check;
        let pattern = PATTERNS[i % 9];
        let missing: Vec<&str> = FIXABLE
            .iter()
            .copied()
            .filter(|id| !pattern.contains(id))
            .collect();
        let gaps: Vec<&str> = row.gaps.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(gaps, missing, "{}", expected.profile.hamlet);
        let numbers: Vec<usize> = missing.iter().map(|id| id[1..].parse().unwrap()).collect();
        assert_eq!(row.gap_numbers, numbers);
        assert_eq!(row.can_propose, missing.is_empty());
        assert_eq!(
            (row.met, row.answered, row.total),
            (9 - missing.len(), 9, 9)
        );
    }
    let c9 = rows
        .iter()
        .find_map(|r| r.latest().gaps.iter().find(|(id, _)| id == "c9"));
    assert_eq!(c9.unwrap().1.vi, "An ninh trật tự");
}

#[test]
fn text_without_links_reports_nothing() {
    let registry = registry();
    for text in [
        "",
        "Chào chị, em gửi sau nhé.",
        "ok=1 book=2 #k\nHello_World\n\n",
    ] {
        let mut collection = Collection::default();
        let report = collection.import_text(text, &registry, NOW);
        assert_eq!(report, ImportReport::default(), "{text:?}");
        assert!(report.found_nothing());
        assert_eq!(
            report.message(Lang::Vi),
            "Không tìm thấy liên kết kết quả nào trong đoạn văn bản đã dán."
        );
    }
}

#[test]
fn bad_links_are_reported_and_good_ones_still_import() {
    let registry = registry();
    let good = fragment(&block_cell(0), false);
    let cut = &good[3..27];
    let cut_fragment = &good[..10];
    let cases: [(&str, LinkError); 5] = [
        ("https://tsvmtd.example/#k=", LinkError::Empty),
        (cut_fragment, LinkError::Truncated),
        ("k=ấp", LinkError::InvalidCharacters),
        (cut, LinkError::Truncated),
        (&"k=".repeat(5000), LinkError::TooLong),
    ];
    for (bad, error) in cases {
        let text = format!("{bad}\n{good}");
        let mut collection = Collection::default();
        let report = collection.import_text(&text, &registry, NOW);
        assert_eq!(report.added, 1, "{bad}");
        assert_eq!(report.bad.len(), 1, "{bad}");
        assert_eq!((report.bad[0].line, &report.bad[0].error), (1, &error));
    }
}

/// One step of a scenario: the link imported, and what should follow.
struct Step {
    hamlet: &'static str,
    commune: &'static str,
    year: u16,
    on: Option<(i32, u8, u8)>,
    /// Which conditions are made met (the content, hence the link, differs).
    fixed: &'static [&'static str],
    /// (added, new cells, unchanged) of the report.
    report: (usize, usize, usize),
    /// Lines of the table, and checks on the Phú Hòa line of xã Lương Hòa.
    rows: usize,
    checks: usize,
}

#[test]
fn checks_of_a_cell_join_its_line_by_date() {
    let registry = registry();
    let step = |hamlet, commune, year, on, fixed, report, rows, checks| Step {
        hamlet,
        commune,
        year,
        on,
        fixed,
        report,
        rows,
        checks,
    };
    let lh = "xã Lương Hòa";
    let all: &[&str] = &["c2", "c4", "c8", "c9"];
    #[rustfmt::skip]
    let steps = [
        step("ấp Phú Hòa", lh, 2026, Some((2026, 5, 12)), &[], (1, 1, 0), 1, 1),
        // Later, names typed differently: the same cell, a second check.
        step("Ấp  PHÚ HÒA ", lh, 2026, Some((2026, 6, 15)), &["c2"], (1, 0, 0), 1, 2),
        // The same link again: one check.
        step("ấp Phú Hòa", lh, 2026, Some((2026, 5, 12)), &[], (0, 0, 1), 1, 2),
        // An older check arriving late takes its place by date.
        step("ấp Phú Hòa", lh, 2026, Some((2026, 2, 1)), &["c9"], (1, 0, 0), 1, 3),
        // Same date, other content: both kept, in the order collected.
        step("ấp Phú Hòa", lh, 2026, Some((2026, 6, 15)), &["c2", "c4"], (1, 0, 0), 1, 4),
        // Another year of the same cell: the same line.
        step("ấp Phú Hòa", lh, 2027, Some((2027, 3, 1)), all, (1, 0, 0), 1, 5),
        // Without a date: older than any dated check.
        step("ấp Phú Hòa", lh, 2025, None, &[], (1, 0, 0), 1, 6),
        // Another commune: another cell.
        step("ấp Phú Hòa", "xã Châu Hưng", 2026, None, &[], (1, 1, 0), 2, 6),
    ];
    let mut collection = Collection::default();
    for (n, s) in steps.iter().enumerate() {
        let mut result = cell(s.hamlet, s.commune, s.year, s.on, s.fixed);
        result.profile.cell_name = format!("Chi bộ {}", s.hamlet.trim());
        let text = format!(
            "Ấp gửi: https://tsvmtd.example/{}",
            fragment(&result, false)
        );
        let report = collection.import_text(&text, &registry, NOW);
        assert_eq!(
            (report.added, report.new_cells, report.unchanged),
            s.report,
            "step {n}"
        );
        let rows = collection.rows(&registry, 2026);
        assert_eq!(rows.len(), s.rows, "step {n}");
        let line = rows.iter().find(|r| r.commune == lh).unwrap();
        assert_eq!(line.checks.len(), s.checks, "step {n}");
    }
    // Each check is scored in the year it was shared (the undated one in the
    // year given, 2026): in 2027 condition 1 needs the rating of 2026, which
    // the ratings (to 2025) lack.
    let rows = collection.rows(&registry, 2026);
    let line = rows.iter().find(|r| r.commune == lh).unwrap();
    // By date: the undated, 1/2, 12/5, 15/6 (twice, in the order collected), 1/3/2027.
    let dates: Vec<Option<(i32, u8, u8)>> = line
        .checks
        .iter()
        .map(|c| c.assessed_on.map(|d| (d.year(), d.month(), d.day())))
        .collect();
    assert_eq!(
        dates,
        [
            None,
            Some((2026, 2, 1)),
            Some((2026, 5, 12)),
            Some((2026, 6, 15)),
            Some((2026, 6, 15)),
            Some((2027, 3, 1))
        ]
    );
    assert_eq!(line.checks[3].index, 1);
    assert_eq!(line.checks[4].index, 3);
    // The names of the latest check; each check scored; the latest meets all.
    assert_eq!(line.cell, "Chi bộ ấp Phú Hòa");
    let met: Vec<usize> = line.checks.iter().map(|c| c.met).collect();
    assert_eq!(met, [5, 6, 5, 6, 7, 8]);
    assert!(!line.latest().can_propose);
    assert_eq!(line.previous().unwrap().met, 7);
    assert_eq!(line.trend(), Some(Trend::Up));
    // c8 and c9 were not met on 15/6 and are now; c1 now needs the rating
    // of 2026, which is not given.
    let changes: Vec<(&str, usize, Status, Status)> = line
        .changes
        .iter()
        .map(|c| (c.criterion_id.as_str(), c.number, c.from, c.to))
        .collect();
    assert_eq!(
        changes,
        [
            ("c1", 1, Status::Met, Status::Incomplete),
            ("c8", 8, Status::NotMet, Status::Met),
            ("c9", 9, Status::NotMet, Status::Met)
        ]
    );
    assert_eq!(
        line.changes[2].message(Lang::Vi),
        "9. An ninh trật tự: Chưa đạt → Đạt"
    );
    assert_eq!(
        line.changes[2].message(Lang::En),
        "9. Security and public order: Not met → Met"
    );
    assert_eq!(
        line.trend_message(Lang::Vi, 8),
        "Số điều kiện đạt qua 6 lần đánh giá: 5 → 6 → 5 → 6 → 7 → 8 (trên 9), tăng so với lần trước"
    );
    assert_eq!(
        line.trend_message(Lang::Vi, 3),
        "Số điều kiện đạt qua 3 lần đánh giá gần nhất (trong 6 lần): 6 → 7 → 8 (trên 9), tăng so với lần trước"
    );
    assert_eq!(
        line.trend_message(Lang::En, 3),
        "Conditions met over the last 3 of 6 checks: 6 → 7 → 8 (of 9), up on the previous check"
    );
    assert_eq!(line.met_counts(2), [(7, 9), (8, 9)]);
}

#[test]
fn trends_up_down_and_the_same() {
    let registry = registry();
    let lh = "xã Lương Hòa";
    let cases: [(&[&str], &[&str], Trend, &str); 3] = [
        (&[], &["c9"], Trend::Up, "tăng so với lần trước"),
        (&["c9"], &["c2"], Trend::Same, "không đổi so với lần trước"),
        (&["c2", "c9"], &["c4"], Trend::Down, "giảm so với lần trước"),
    ];
    for (before, after, trend, words) in cases {
        let first = cell("ấp 3", lh, 2026, Some((2026, 3, 1)), before);
        let second = cell("ấp 3", lh, 2026, Some((2026, 6, 1)), after);
        let mut collection = Collection::default();
        let text = format!("{}\n{}", fragment(&second, false), fragment(&first, false));
        let report = collection.import_text(&text, &registry, NOW);
        assert_eq!(
            report.message(Lang::Vi),
            "Đã thêm 2 kết quả (1 chi bộ mới, 1 lần đánh giá tiếp theo của chi bộ đã có)."
        );
        let rows = collection.rows(&registry, 2026);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].trend(), Some(trend), "{before:?} → {after:?}");
        assert!(rows[0].trend_message(Lang::Vi, 8).ends_with(words));
        // The conditions that changed, both ways, in the set's order.
        let changed: Vec<&str> = rows[0]
            .changes
            .iter()
            .map(|c| c.criterion_id.as_str())
            .collect();
        let mut expected: Vec<&str> = before
            .iter()
            .chain(after)
            .filter(|id| !(before.contains(id) && after.contains(id)))
            .copied()
            .collect();
        expected.sort_unstable();
        assert_eq!(changed, expected);
    }
}

#[test]
fn the_same_link_twice_is_one_check_and_the_report_says_so() {
    let registry = registry();
    let older = cell("ấp Phú Hòa", "xã Lương Hòa", 2026, Some((2026, 5, 12)), &[]);
    let newer = cell(
        "ấp Phú Hòa",
        "xã Lương Hòa",
        2026,
        Some((2026, 6, 15)),
        &["c9"],
    );
    let text = format!(
        "{}\n{}\n{}\n",
        fragment(&newer, false),
        fragment(&older, false),
        fragment(&newer, false)
    );
    let mut collection = Collection::default();
    let report = collection.import_text(&text, &registry, NOW);
    assert_eq!(
        (report.added, report.new_cells, report.unchanged),
        (2, 1, 1)
    );
    assert_eq!(
        report.message(Lang::Vi),
        "Đã thêm 2 kết quả (1 chi bộ mới, 1 lần đánh giá tiếp theo của chi bộ đã có); 1 liên kết đã có trong danh sách."
    );
    assert_eq!(
        report.message(Lang::En),
        "2 results added (1 new cell, 1 further check of cells already listed); 1 link already in the list."
    );
    let again = collection.import_text(&fragment(&older, false), &registry, NOW);
    assert_eq!(
        again.message(Lang::Vi),
        "Không có kết quả mới; 1 liên kết đã có trong danh sách."
    );
    assert_eq!(
        again.message(Lang::En),
        "No new result; 1 link already in the list."
    );
    // The same result with names is another link: another check.
    let with_names = collection.import_text(&fragment(&older, true), &registry, NOW);
    assert_eq!(
        with_names.message(Lang::Vi),
        "Đã thêm 1 kết quả (1 lần đánh giá tiếp theo của chi bộ đã có)."
    );
    let rows = collection.rows(&registry, 2026);
    assert_eq!(rows[0].checks.len(), 3);
    assert_eq!(rows[0].latest().assessed_on, newer.assessed_on);
}

#[test]
fn results_without_any_name_are_never_grouped() {
    let registry = registry();
    let mut text = String::new();
    for on in [(2026, 5, 1), (2026, 5, 2)] {
        let mut result = cell("", "xã Lương Hòa", 2026, Some(on), &[]);
        result.profile.cell_name = "  ".into();
        text += &fragment(&result, false);
        text.push('\n');
    }
    let mut collection = Collection::default();
    let report = collection.import_text(&text, &registry, NOW);
    assert_eq!((report.added, report.new_cells), (2, 2));
    let rows = collection.rows(&registry, 2026);
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r.cell.is_empty() && r.checks.len() == 1)
    );
}

#[test]
fn merging_another_collection_follows_the_same_rule() {
    let registry = registry();
    let mut mine = Collection::default();
    mine.import_text(&fragment(&block_cell(0), false), &registry, NOW);
    let mut theirs = Collection::default();
    let later = cell("ấp Phú Hòa", "xã Lương Hòa", 2026, Some((2026, 12, 1)), &[]);
    theirs.import_text(
        &format!(
            "{}\n{}\n{}",
            fragment(&later, false),
            fragment(&block_cell(1), false),
            fragment(&block_cell(0), false)
        ),
        &registry,
        "2026-12-02",
    );
    let report = mine.merge(theirs.entries.clone());
    assert_eq!(
        (report.added, report.new_cells, report.unchanged),
        (2, 1, 1)
    );
    assert_eq!(mine.entries.len(), 3);
    assert_eq!(mine.entries[1].result, linked(&later, false));
    assert_eq!(mine.entries[1].added, "2026-12-02");
    let rows = mine.rows(&registry, 2026);
    assert_eq!(rows.len(), 2);
    let phu_hoa = rows.iter().find(|r| r.hamlet == "ấp Phú Hòa").unwrap();
    assert_eq!(phu_hoa.checks.len(), 2);
    assert_eq!(phu_hoa.latest().index, 1);
}

#[test]
fn what_the_links_say_of_the_record_is_the_latest_said() {
    let registry = registry();
    let mut collection = Collection::default();
    let mut text = String::new();
    for i in 0..4 {
        text += &fragment(&block_cell(i), false);
        text.push('\n');
        text += &fragment(&recheck(i), false);
        text.push('\n');
    }
    let report = collection.import_text(&text, &registry, NOW);
    assert_eq!((report.added, report.new_cells), (8, 4));
    let rows = collection.rows(&registry, 2026);
    let of = |hamlet: &str| rows.iter().find(|r| r.hamlet == hamlet).unwrap();
    assert_eq!(of("ấp Phú Hòa").record, Some(record(Some(2026), None)));
    assert_eq!(
        of("ấp Hòa Thạnh A").record,
        Some(record(Some(2026), Some(((2026, 8, 1), true))))
    );
    assert_eq!(of("ấp Thạnh Phước Đông").record, Some(record(None, None)));
    assert_eq!(of("ấp An Bình").record, None);
    // In words, on the cell's card.
    assert_eq!(
        of("ấp Phú Hòa").standing_message(Lang::Vi),
        "Đã đăng ký năm 2026 · Chưa có kết quả thẩm định"
    );
    assert_eq!(
        of("ấp Hòa Thạnh A").standing_message(Lang::Vi),
        "Đã đăng ký năm 2026 · Thẩm định: Công nhận — ngày 1/8/2026; quyết định số 125-QĐ/ĐU ngày 1/8/2026"
    );
    assert_eq!(
        of("ấp Thạnh Phước Đông").standing_message(Lang::En),
        "Not registered · No appraisal recorded"
    );
    assert_eq!(
        of("ấp An Bình").standing_message(Lang::Vi),
        "Các liên kết chưa cho biết chi bộ đã đăng ký hay được thẩm định chưa."
    );
    // A later link that says nothing leaves what an earlier one said.
    let mut silent = recheck(1);
    silent.record = None;
    silent.assessed_on = tsvmtd::domain::share_link::ShareDate::new(2026, 11, 1);
    collection.import_text(&fragment(&silent, false), &registry, NOW);
    let rows = collection.rows(&registry, 2026);
    let hoa_thanh = rows.iter().find(|r| r.hamlet == "ấp Hòa Thạnh A").unwrap();
    assert_eq!(hoa_thanh.checks.len(), 3);
    assert!(hoa_thanh.latest().record.is_none());
    assert_eq!(
        hoa_thanh.record,
        Some(record(Some(2026), Some(((2026, 8, 1), true))))
    );
    let summary = collection.summary(&registry, 2026, Target::DEFAULT);
    assert_eq!((summary.registered, summary.recognised), (2, 1));
    assert_eq!(
        summary.record_message(Lang::Vi),
        "Đã đăng ký: 2/4 chi bộ · được công nhận: 1/4 chi bộ (theo các liên kết đã nhận)"
    );
}

#[test]
fn removing_a_line_and_the_default_target() {
    let registry = registry();
    let mut collection = Collection::default();
    collection.import_text(&chat_block().0, &registry, NOW);
    collection.import_text(&fragment(&recheck(0), false), &registry, NOW);
    assert_eq!(collection.default_target(), Target::DEFAULT);
    collection.remove(99);
    collection.remove_all(&[99, 100]);
    assert_eq!(collection.entries.len(), 28);
    let third = collection.entries[3].clone();
    collection.remove(2);
    assert_eq!(collection.entries.len(), 27);
    assert_eq!(collection.entries[2], third);
    // A whole line: both checks of ấp Phú Hòa.
    let rows = collection.rows(&registry, 2026);
    let phu_hoa = rows.iter().find(|r| r.hamlet == "ấp Phú Hòa").unwrap();
    assert_eq!(phu_hoa.indices(), [0, 26]);
    collection.remove_all(&phu_hoa.indices());
    assert_eq!(collection.entries.len(), 25);
    assert!(
        collection
            .rows(&registry, 2026)
            .iter()
            .all(|r| r.hamlet != "ấp Phú Hòa")
    );

    let mut recognised = block_cell(5);
    recognised.profile.commune_recognised = Some(true);
    collection.import_text(&fragment(&recognised, false), &registry, NOW);
    assert_eq!(collection.default_target(), Target::RECOGNISED);
}
