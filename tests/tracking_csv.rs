//! The table as CSV: a BOM, CRLF line ends, RFC 4180 quoting, formulas
//! neutralised, Vietnamese intact. Read back with a small RFC 4180 reader.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::tracking::{Collection, to_csv};

/// The records of an RFC 4180 text (after its BOM), each a list of fields.
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
            (false, ',') => record.push(std::mem::take(&mut field)),
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

const HEADER_VI: [&str; 13] = [
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
    "Điều kiện chưa đạt",
    "Liên kết kết quả",
];

#[test]
fn the_blocks_table_as_csv() {
    let registry = registry();
    let mut collection = Collection::default();
    collection.import_text(&chat_block().0, &registry, "2026-06-20");
    let rows = collection.rows(&registry, 2026);
    let csv = to_csv(&rows, &collection, Lang::Vi);

    assert!(csv.starts_with("\u{feff}Chi bộ,\"Ấp, khu phố\",\"Xã, phường\","));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches("\r\n").count(), 28);
    let records = parse(&csv);
    assert_eq!(records.len(), 28);
    assert_eq!(records[0], HEADER_VI);
    for (record, row) in records[1..].iter().zip(&rows) {
        assert_eq!(record.len(), 13);
        assert_eq!(record[0], row.cell);
        assert_eq!(record[1], row.hamlet);
        assert_eq!(record[2], row.commune);
        assert_eq!(record[3], "Vĩnh Long");
        assert_eq!(record[4], row.year.unwrap().to_string());
        assert_eq!(record[5], row.assessor);
        assert_eq!(record[12], row.fragment);
        let verdict = if row.can_propose {
            "Đủ điều kiện đề nghị công nhận"
        } else {
            "Chưa đủ điều kiện"
        };
        assert_eq!(record[7], verdict);
        assert_eq!(
            record[8..11],
            [row.met, row.answered, row.total].map(|n| n.to_string())
        );
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
    assert_eq!(
        records[1][11],
        "8. Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố; 9. An ninh trật tự"
    );
    // A cell shared without a date, and one meeting every condition.
    let undated = rows.iter().position(|r| r.assessed_on.is_none()).unwrap();
    assert_eq!(records[undated + 1][6], "");
    let meeting = rows.iter().position(|r| r.can_propose).unwrap();
    assert_eq!(records[meeting + 1][11], "");

    let english = parse(&to_csv(&rows, &collection, Lang::En));
    assert_eq!(english[0][0], "Party cell");
    assert_eq!(english[0][12], "Result link");
    assert_eq!(english[1][7], "Not every condition met yet");
    assert_eq!(
        english[1][11],
        "8. Hamlet government, Front and mass organisations; 9. Security and public order"
    );
}

#[test]
fn quotes_commas_newlines_and_formulas() {
    let registry = registry();
    let mut result = cell(
        "ấp Phú Hòa",
        "=1+2",
        2026,
        Some((2026, 6, 15)),
        &["c2", "c4", "c8", "c9"],
    );
    result.profile.cell_name = "Chi bộ ấp Phú Hòa, \"khu mới\"".into();
    result.profile.hamlet = "ấp Phú Hòa\nmới".into();
    result.profile.province = "+84 Vĩnh Long".into();
    result.profile.assessor = "@Nguyễn Thị Thu Hà".into();
    let mut other = cell("-ấp 3", "xã Lương Hòa", 2026, None, &[]);
    other.profile.assessor = "Trần Văn Dũng".into();
    let mut collection = Collection::default();
    let text = format!("{}\n{}", fragment(&result, true), fragment(&other, false));
    assert_eq!(collection.import_text(&text, &registry, "now").added, 2);
    let rows = collection.rows(&registry, 2026);
    let csv = to_csv(&rows, &collection, Lang::Vi);

    // Bytes as written: Vietnamese untouched, quotes doubled, formulas defused.
    assert!(csv.contains("\"Chi bộ ấp Phú Hòa, \"\"khu mới\"\"\",\"ấp Phú Hòa\nmới\",'=1+2,'+84 Vĩnh Long,2026,'@Nguyễn Thị Thu Hà,2026-06-15,Đủ điều kiện đề nghị công nhận,9,9,9,,#k="));
    assert!(csv.contains("\r\nChi bộ -ấp 3,'-ấp 3,xã Lương Hòa,Vĩnh Long,2026,Trần Văn Dũng,,Chưa đủ điều kiện,5,9,9,"));

    let records = parse(&csv);
    assert_eq!(records.len(), 3);
    // xã Lương Hòa first: "=1+2" is no name, it sorts after every letter.
    assert_eq!(records[1][1], "'-ấp 3");
    let first = &records[2];
    assert_eq!(first[0], "Chi bộ ấp Phú Hòa, \"khu mới\"");
    assert_eq!(first[1], "ấp Phú Hòa\nmới");
    assert_eq!(first[2], "'=1+2");
    assert_eq!(first[3], "'+84 Vĩnh Long");
    assert_eq!(first[5], "'@Nguyễn Thị Thu Hà");
}

#[test]
fn an_empty_table_is_its_header() {
    let collection = Collection::default();
    let csv = to_csv(&[], &collection, Lang::Vi);
    assert_eq!(parse(&csv), [HEADER_VI]);
}
