//! Collecting result links: a chat block of 30 links (27 good, 3 broken), the
//! table's rows, and merging the same cell and year.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::share_link::{LinkError, ShareDate};
use tsvmtd::domain::tracking::{Collection, ImportReport, Replacement, Target};

const NOW: &str = "2026-06-20T09:00:00Z";

#[test]
fn a_chat_block_gives_27_rows_and_3_bad_links_with_their_lines() {
    let registry = registry();
    let (block, broken) = chat_block();
    let mut collection = Collection::default();
    let report = collection.import_text(&block, &registry, NOW);

    assert_eq!(report.added, 27, "{:?}", report.bad);
    assert_eq!((report.replaced.len(), report.unchanged), (0, 0));
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
        "Đã thêm 27 kết quả; 3 liên kết không đọc được."
    );
    assert_eq!(
        report.message(Lang::En),
        "27 results added; 3 links could not be read."
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
        let i = row.index;
        let expected = block_cell(i);
        assert_eq!(row.hamlet, expected.profile.hamlet);
        assert_eq!(row.cell, expected.profile.cell_name);
        assert_eq!(row.year, expected.profile.year);
        assert_eq!(row.assessor, expected.profile.assessor);
        assert_eq!(row.assessed_on, expected.assessed_on);
        assert_eq!(row.fragment, collection.entries[i].fragment);
        let pattern = PATTERNS[i % 9];
        let missing: Vec<&str> = FIXABLE
            .iter()
            .copied()
            .filter(|id| !pattern.contains(id))
            .collect();
        let gaps: Vec<&str> = row.gaps.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(gaps, missing, "{}", row.hamlet);
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
        .find_map(|r| r.gaps.iter().find(|(id, _)| id == "c9"));
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

/// One step of a merge scenario: the link imported, and what should follow.
struct Step {
    hamlet: &'static str,
    commune: &'static str,
    year: u16,
    on: Option<(i32, u8, u8)>,
    /// Changes the content (another answer) so that the fragment differs.
    variant: usize,
    added: usize,
    replaced: Option<(bool, &'static str)>,
    unchanged: usize,
    entries: usize,
}

#[test]
fn the_same_cell_and_year_keeps_the_newest() {
    let registry = registry();
    let step = |hamlet, commune, year, on, variant, added, replaced, unchanged, entries| Step {
        hamlet,
        commune,
        year,
        on,
        variant,
        added,
        replaced,
        unchanged,
        entries,
    };
    let lh = "xã Lương Hòa";
    #[rustfmt::skip]
    let steps = [
        step("ấp Phú Hòa", lh, 2026, Some((2026, 5, 12)), 0, 1, None, 0, 1),
        // Newer, names typed differently: replaces.
        step("Ấp  PHÚ HÒA ", lh, 2026, Some((2026, 6, 15)), 0, 0,
            Some((true, "Chi bộ Ấp  PHÚ HÒA, năm 2026: đã có, giữ bản mới hơn (15/6/2026).")), 0, 1),
        // The older one again: the stored newer one stays.
        step("ấp Phú Hòa", lh, 2026, Some((2026, 5, 12)), 0, 0,
            Some((false, "Chi bộ Ấp  PHÚ HÒA, năm 2026: đã có bản mới hơn (15/6/2026), giữ nguyên bản đó.")), 1, 1),
        // The very same link as stored: nothing to say.
        step("Ấp  PHÚ HÒA ", lh, 2026, Some((2026, 6, 15)), 0, 0, None, 1, 1),
        // Same date, other content: the later import wins.
        step("ấp Phú Hòa", lh, 2026, Some((2026, 6, 15)), 1, 0,
            Some((true, "Chi bộ ấp Phú Hòa, năm 2026: đã có, giữ bản mới hơn (15/6/2026).")), 0, 1),
        // Without a date: older than any dated result.
        step("ấp Phú Hòa", lh, 2026, None, 2, 0,
            Some((false, "Chi bộ ấp Phú Hòa, năm 2026: đã có bản mới hơn (15/6/2026), giữ nguyên bản đó.")), 1, 1),
        // Another year, another commune: other cells.
        step("ấp Phú Hòa", lh, 2025, None, 0, 1, None, 0, 2),
        step("ấp Phú Hòa", "xã Châu Hưng", 2026, None, 0, 1, None, 0, 3),
        // Undated, then dated: the dated one wins; two undated: the later.
        step("ấp Phú Hòa", lh, 2025, Some((2025, 12, 1)), 0, 0,
            Some((true, "Chi bộ ấp Phú Hòa, năm 2025: đã có, giữ bản mới hơn (1/12/2025).")), 0, 3),
        step("ấp Phú Hòa", "xã Châu Hưng", 2026, None, 1, 0,
            Some((true, "Chi bộ ấp Phú Hòa, năm 2026: đã có, giữ bản vừa nhận.")), 0, 3),
    ];
    let mut collection = Collection::default();
    for (n, s) in steps.iter().enumerate() {
        let mut result = cell(s.hamlet, s.commune, s.year, s.on, PATTERNS[s.variant]);
        result.profile.cell_name = format!("Chi bộ {}", s.hamlet.trim());
        let text = format!(
            "Ấp gửi: https://tsvmtd.example/{}",
            fragment(&result, false)
        );
        let report = collection.import_text(&text, &registry, NOW);
        assert_eq!(report.added, s.added, "step {n}");
        assert_eq!(report.unchanged, s.unchanged, "step {n}");
        assert_eq!(collection.entries.len(), s.entries, "step {n}");
        match s.replaced {
            None => assert!(report.replaced.is_empty(), "step {n}: {report:?}"),
            Some((took_new, message)) => {
                assert_eq!(report.replaced.len(), 1, "step {n}");
                let r = &report.replaced[0];
                assert_eq!(r.took_new, took_new, "step {n}");
                assert_eq!(r.message(Lang::Vi), message, "step {n}");
                let kept = collection
                    .entries
                    .iter()
                    .any(|e| e.result == linked(&result, false));
                assert_eq!(kept, took_new, "step {n}");
            }
        }
    }
}

#[test]
fn duplicates_within_one_block_are_merged_and_reported() {
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
    assert_eq!(report.added, 1);
    assert_eq!(report.unchanged, 2);
    assert_eq!(
        report.replaced,
        [Replacement {
            cell: "Chi bộ ấp Phú Hòa".into(),
            year: Some(2026),
            took_new: false,
            kept_on: ShareDate::new(2026, 6, 15),
        }]
    );
    assert_eq!(collection.entries[0].result, linked(&newer, false));
    assert_eq!(
        report.message(Lang::Vi),
        "Đã thêm 1 kết quả; 2 kết quả đã có nên giữ nguyên."
    );
    let again = collection.import_text(&fragment(&older, false), &registry, NOW);
    assert_eq!(
        again.message(Lang::Vi),
        "Không có kết quả mới; 1 kết quả đã có nên giữ nguyên."
    );
    let replaced = collection.import_text(
        &fragment(
            &cell("ấp Phú Hòa", "xã Lương Hòa", 2026, Some((2026, 7, 1)), &[]),
            true,
        ),
        &registry,
        NOW,
    );
    assert_eq!(
        replaced.message(Lang::Vi),
        "Đã thay 1 kết quả cũ bằng bản mới hơn."
    );
    assert_eq!(
        replaced.message(Lang::En),
        "1 older result replaced by a newer one."
    );
}

#[test]
fn results_without_any_name_are_never_merged() {
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
    assert_eq!(report.added, 2);
    let r = Replacement {
        cell: String::new(),
        year: None,
        took_new: true,
        kept_on: None,
    };
    assert_eq!(
        r.message(Lang::Vi),
        "Chi bộ chưa ghi tên (chưa ghi năm): đã có, giữ bản vừa nhận."
    );
}

#[test]
fn merging_another_collection_follows_the_same_rule() {
    let registry = registry();
    let mut mine = Collection::default();
    mine.import_text(&fragment(&block_cell(0), false), &registry, NOW);
    let mut theirs = Collection::default();
    let newer = cell("ấp Phú Hòa", "xã Lương Hòa", 2026, Some((2026, 12, 1)), &[]);
    theirs.import_text(
        &format!(
            "{}\n{}",
            fragment(&newer, false),
            fragment(&block_cell(1), false)
        ),
        &registry,
        "2026-12-02",
    );
    let report = mine.merge(theirs.entries.clone());
    assert_eq!(report.added, 1);
    assert_eq!(report.updated(), 1);
    assert_eq!(mine.entries[0].result, linked(&newer, false));
    assert_eq!(mine.entries[0].added, "2026-12-02");
}

#[test]
fn removing_an_entry_and_the_default_target() {
    let registry = registry();
    let mut collection = Collection::default();
    collection.import_text(&chat_block().0, &registry, NOW);
    assert_eq!(collection.default_target(), Target::DEFAULT);
    collection.remove(99);
    assert_eq!(collection.entries.len(), 27);
    let third = collection.entries[3].clone();
    collection.remove(2);
    assert_eq!(collection.entries.len(), 26);
    assert_eq!(collection.entries[2], third);

    let mut recognised = block_cell(5);
    recognised.profile.commune_recognised = Some(true);
    collection.import_text(&fragment(&recognised, false), &registry, NOW);
    assert_eq!(collection.default_target(), Target::RECOGNISED);
}
