//! The table and the progress as CSV for Excel set to Vietnamese: a BOM, CRLF
//! line ends, `;` between fields, RFC 4180 quoting, `,` before decimals,
//! formulas neutralised, Vietnamese intact. Read back with a reader of that
//! dialect, as Excel reads it: every line has every column, and the numbers
//! read as Vietnamese numbers.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::tracking::{Collection, Granularity, Target, progress, progress_csv, to_csv};

/// The records of a CSV text in Excel's Vietnamese dialect (after its BOM):
/// fields between `;`, RFC 4180 quotes, CRLF line ends.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("a BOM first");
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let mut chars = body.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "an unclosed quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last line ends with CRLF"
    );
    records
}

/// A number as Excel set to Vietnamese reads it (no thousands separator is
/// written): digits, then `,` and the decimals. In hundredths; `None` when the
/// field is not such a number (a "." decimal would be one).
fn vietnamese_number(field: &str) -> Option<i64> {
    let (whole, decimals) = field.split_once(',').unwrap_or((field, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !decimals.bytes().all(|b| b.is_ascii_digit()) || decimals.len() > 2 {
        return None;
    }
    let hundredths = format!("{decimals:0<2}").parse::<i64>().ok()?;
    Some(whole.parse::<i64>().ok()? * 100 + hundredths)
}

const HEADER_VI: [&str; 25] = [
    "Chi bộ",
    "Ấp, khu phố",
    "Xã, phường",
    "Tỉnh, thành phố",
    "Năm đánh giá",
    "Người đánh giá",
    "Ngày chia sẻ",
    "Kết quả",
    "Số điều kiện đạt",
    "Số điều kiện đã trả lời",
    "Tổng số điều kiện",
    "Tỷ lệ điều kiện đạt (%)",
    "Điều kiện chưa đạt",
    "Số lần đánh giá",
    "Ngày chia sẻ lần trước",
    "Số điều kiện đạt lần trước",
    "Thay đổi so với lần trước",
    "Số điều kiện đạt qua các lần",
    "Năm đăng ký",
    "Kết quả thẩm định",
    "Ngày thẩm định",
    "Số quyết định",
    "Ngày quyết định",
    "Bộ tiêu chí",
    "Liên kết kết quả",
];

#[test]
fn the_blocks_table_as_csv() {
    let registry = registry();
    let mut collection = Collection::default();
    collection.import_text(&chat_block().0, &registry, "2026-06-20");
    let rows = collection.rows(&registry, 2026);
    let csv = to_csv(&rows, Lang::Vi);

    // Commas inside a header are no separator: nothing to quote.
    assert!(csv.starts_with("\u{feff}Chi bộ;Ấp, khu phố;Xã, phường;Tỉnh, thành phố;"));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches("\r\n").count(), 28);
    let records = parse(&csv);
    assert_eq!(records.len(), 28);
    assert_eq!(records[0], HEADER_VI);
    for (record, row) in records[1..].iter().zip(&rows) {
        let latest = row.latest();
        assert_eq!(record.len(), 25);
        assert_eq!(record[0], row.cell);
        assert_eq!(record[1], row.hamlet);
        assert_eq!(record[2], row.commune);
        assert_eq!(record[3], "Vĩnh Long");
        assert_eq!(record[4], latest.year.unwrap().to_string());
        assert_eq!(record[5], latest.assessor);
        // The set the link names, then the link.
        assert_eq!(
            record[23],
            "ben-tre-2021, phiên bản 1, mã kiểm tra bac783de"
        );
        assert_eq!(record[24], latest.fragment);
        let verdict = if latest.can_propose {
            "Đủ điều kiện đề nghị công nhận"
        } else {
            "Chưa đủ điều kiện"
        };
        assert_eq!(record[7], verdict);
        assert_eq!(
            record[8..11],
            [latest.met, latest.answered, latest.total].map(|n| n.to_string())
        );
        // The share of conditions met, a Vietnamese number rounded half up
        // at two decimals: 5/9 is "55,56".
        let share = vietnamese_number(&record[11]).unwrap();
        let (met, total) = (latest.met as i64, latest.total as i64);
        assert_eq!(
            share,
            (met * 20_000 + total) / (2 * total),
            "{}",
            record[11]
        );
        // One check each: no history, nothing said of the record.
        assert_eq!(record[13], "1");
        assert_eq!(record[14..18], ["", "", "", &latest.met.to_string()]);
        assert!(record[18..23].iter().all(String::is_empty));
    }
    // The first row: ấp 2 of xã Châu Hưng (cell 7: c8 and c9 missing).
    assert_eq!(
        records[1][..8],
        [
            "Chi bộ ấp 2",
            "ấp 2",
            "xã Châu Hưng",
            "Vĩnh Long",
            "2026",
            "Bí thư 2",
            "2026-06-08",
            "Chưa đủ điều kiện",
        ]
    );
    assert_eq!(records[1][11], "77,78");
    assert_eq!(
        records[1][12],
        "8. Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố; 9. An ninh trật tự"
    );
    // A gap list holds ";": quoted in the bytes.
    assert!(
        csv.contains(";\"8. Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố; 9. An ninh trật tự\";")
    );
    // A cell shared without a date, and one meeting every condition.
    let undated = rows
        .iter()
        .position(|r| r.latest().assessed_on.is_none())
        .unwrap();
    assert_eq!(records[undated + 1][6], "");
    let meeting = rows.iter().position(|r| r.latest().can_propose).unwrap();
    assert_eq!(records[meeting + 1][11], "100,00");
    assert_eq!(records[meeting + 1][12], "");

    let english = parse(&to_csv(&rows, Lang::En));
    assert_eq!(english[0][0], "Party cell");
    assert_eq!(english[0][23], "Criteria set");
    assert_eq!(english[0][24], "Result link");
    assert_eq!(
        english[1][23],
        "ben-tre-2021, version 1, check code bac783de"
    );
    assert_eq!(english[1][7], "Not every condition met yet");
    assert_eq!(
        english[1][12],
        "8. Hamlet government, Front and mass organisations; 9. Security and public order"
    );
    // The dialect is Excel's in Vietnamese whatever the interface language.
    assert_eq!(english[1][11], "77,78");
}

#[test]
fn the_rounds_history_and_record_in_the_table() {
    let registry = registry();
    let mut collection = Collection::default();
    for n in 0..3 {
        let text: String = round(n).iter().map(|r| fragment(r, false) + "\n").collect();
        collection.import_text(&text, &registry, "2026-09-30");
    }
    let rows = collection.rows(&registry, 2026);
    let records = parse(&to_csv(&rows, Lang::Vi));
    assert_eq!(records.len(), 5);
    let of = |hamlet: &str| records.iter().find(|r| r[1] == hamlet).unwrap();
    let phu_hoa = of("ấp Phú Hòa");
    assert_eq!(
        phu_hoa[13..19],
        [
            "3",
            "2026-06-10",
            "8",
            "9. An ninh trật tự: Chưa đạt → Đạt",
            "7 → 8 → 9",
            "2026"
        ]
    );
    assert_eq!(phu_hoa[19..23], ["", "", "", ""]);
    let khu_pho = of("khu phố 5");
    assert_eq!(khu_pho[11], "88,89");
    assert_eq!(
        khu_pho[16],
        "8. Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố: Đạt → Chưa đạt"
    );
    assert_eq!(khu_pho[17], "9 → 9 → 8");
    assert_eq!(
        khu_pho[18..23],
        ["2025", "Công nhận", "2026-05-20", "125-QĐ/ĐU", "2026-05-20"]
    );
    let hoa_thanh = of("ấp Hòa Thạnh A");
    assert_eq!(hoa_thanh[16], "");
    assert_eq!(hoa_thanh[19..23], ["Chưa công nhận", "2026-08-15", "", ""]);
    let an_binh = of("ấp An Bình");
    // Two conditions changed: both listed, joined by "; " (quoted in the file).
    assert_eq!(
        an_binh[16],
        "2. Sự đồng thuận của cán bộ, đảng viên và nhân dân: Chưa đạt → Đạt; 8. Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố: Chưa đạt → Đạt"
    );
    let english = parse(&to_csv(&rows, Lang::En));
    let khu_pho = english.iter().find(|r| r[1] == "khu phố 5").unwrap();
    assert_eq!(khu_pho[19], "Recognised");
}

#[test]
fn the_progress_as_csv_with_decimal_commas() {
    let registry = registry();
    let mut collection = Collection::default();
    for n in 0..3 {
        let text: String = round(n).iter().map(|r| fragment(r, false) + "\n").collect();
        collection.import_text(&text, &registry, "2026-09-30");
    }
    let rows = collection.rows(&registry, 2026);
    let quarters = progress(&rows, Granularity::Quarter, Target::DEFAULT);
    let years = progress(&rows, Granularity::Year, Target::DEFAULT);
    let csv = progress_csv(&quarters, &years, Lang::Vi);
    let records = parse(&csv);
    assert_eq!(
        records[0],
        [
            "Kỳ",
            "Số chi bộ",
            "Số chi bộ đánh giá trong kỳ",
            "Số chi bộ đạt chuẩn (tự đánh giá)",
            "Tỷ lệ đạt chuẩn (%)",
            "Số chi bộ đã đăng ký",
            "Số chi bộ được công nhận",
            "Tỷ lệ được công nhận (%)",
            "Mục tiêu từ (%)",
            "Mục tiêu đến (%)",
            "Đạt mục tiêu (theo tự đánh giá)",
        ]
    );
    assert_eq!(
        records[1..],
        [
            [
                "Quý 1/2026",
                "4",
                "4",
                "1",
                "25,00",
                "3",
                "0",
                "0,00",
                "40",
                "50",
                "Chưa đạt"
            ],
            [
                "Quý 2/2026",
                "4",
                "4",
                "2",
                "50,00",
                "3",
                "1",
                "25,00",
                "40",
                "50",
                "Đã đạt"
            ],
            [
                "Quý 3/2026",
                "4",
                "4",
                "2",
                "50,00",
                "4",
                "1",
                "25,00",
                "40",
                "50",
                "Đã đạt"
            ],
            [
                "Năm 2026",
                "4",
                "4",
                "2",
                "50,00",
                "4",
                "1",
                "25,00",
                "40",
                "50",
                "Đã đạt"
            ],
        ]
    );
    // Every number column reads as a Vietnamese number; the shares have decimals.
    for record in &records[1..] {
        for (i, field) in record.iter().enumerate().take(10).skip(1) {
            assert!(vietnamese_number(field).is_some(), "{i}: {field}");
        }
        assert!(record[4].contains(',') && record[7].contains(','));
    }
    assert_eq!(vietnamese_number("25,00"), Some(2500));
    assert_eq!(vietnamese_number("25.00"), None);
    // A share with a remainder: the three "ấp" (2 of 3 meet) is 66,67; in
    // English too, the numbers are written for Excel set to Vietnamese.
    let three: Vec<_> = rows[..3].to_vec();
    let p = progress(&three, Granularity::Year, Target::DEFAULT);
    let records = parse(&progress_csv(&p, &p, Lang::En));
    assert_eq!(records[0][0], "Period");
    assert_eq!(records[1][0], "2026");
    assert_eq!(records[1][4], "66,67");
    assert_eq!(records[1][10], "Reached");
    let p = progress(&three, Granularity::Year, Target::RECOGNISED);
    let records = parse(&progress_csv(&p, &p, Lang::En));
    assert_eq!(records[1][8..], ["100", "100", "Not yet"]);
}

#[test]
fn quotes_separators_newlines_and_formulas() {
    let registry = registry();
    let mut result = cell(
        "ấp Phú Hòa",
        "=1+2",
        2026,
        Some((2026, 6, 15)),
        &["c2", "c4", "c8", "c9"],
    );
    result.profile.cell_name = "Chi bộ ấp Phú Hòa; \"khu mới\"".into();
    result.profile.hamlet = "ấp Phú Hòa\nmới".into();
    result.profile.province = "+84 Vĩnh Long".into();
    result.profile.assessor = "@Nguyễn Thị Thu Hà".into();
    let mut other = cell("-ấp 3", "xã Lương Hòa", 2026, None, &[]);
    other.profile.assessor = "Trần Văn Dũng, bí thư".into();
    let mut collection = Collection::default();
    let text = format!("{}\n{}", fragment(&result, true), fragment(&other, false));
    assert_eq!(collection.import_text(&text, &registry, "now").added, 2);
    let rows = collection.rows(&registry, 2026);
    let csv = to_csv(&rows, Lang::Vi);

    // Bytes as written: Vietnamese untouched, quotes doubled, formulas defused.
    assert!(csv.contains("\"Chi bộ ấp Phú Hòa; \"\"khu mới\"\"\";\"ấp Phú Hòa\nmới\";'=1+2;'+84 Vĩnh Long;2026;'@Nguyễn Thị Thu Hà;2026-06-15;Đủ điều kiện đề nghị công nhận;9;9;9;100,00;;1;"));
    assert!(csv.contains("\r\nChi bộ -ấp 3;'-ấp 3;xã Lương Hòa;Vĩnh Long;2026;Trần Văn Dũng, bí thư;;Chưa đủ điều kiện;5;9;9;55,56;"));

    let records = parse(&csv);
    assert_eq!(records.len(), 3);
    assert!(records.iter().all(|r| r.len() == 25));
    // xã Lương Hòa first: "=1+2" is no name, it sorts after every letter.
    assert_eq!(records[1][1], "'-ấp 3");
    assert_eq!(records[1][5], "Trần Văn Dũng, bí thư");
    let first = &records[2];
    assert_eq!(first[0], "Chi bộ ấp Phú Hòa; \"khu mới\"");
    assert_eq!(first[1], "ấp Phú Hòa\nmới");
    assert_eq!(first[2], "'=1+2");
    assert_eq!(first[3], "'+84 Vĩnh Long");
    assert_eq!(first[5], "'@Nguyễn Thị Thu Hà");
}

#[test]
fn empty_tables_are_their_headers() {
    let csv = to_csv(&[], Lang::Vi);
    assert_eq!(parse(&csv), [HEADER_VI]);
    let p = progress(&[], Granularity::Quarter, Target::DEFAULT);
    let records = parse(&progress_csv(&p, &p, Lang::Vi));
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].len(), 11);
}
