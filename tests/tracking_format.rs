//! The stored and exported JSON of a collection: round trip, leniency toward
//! entries that no longer read, and the errors that refuse a whole text.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::tracking::{
    Collection, CollectionError, MAX_COLLECTION_BYTES, ReadCollection, read, write,
};

#[test]
fn a_collection_round_trips_through_its_json() {
    let registry = registry();
    let mut collection = Collection::default();
    collection.import_text(&chat_block().0, &registry, "2026-06-20T09:00:00Z");
    let json = write(&collection);
    let back = read(&json, &registry).unwrap();
    assert_eq!(back.collection, collection);
    assert!(back.unreadable.is_empty());
    // As compact as the links: a few dozen bytes beside each.
    let links: usize = collection.entries.iter().map(|e| e.fragment.len()).sum();
    assert!(json.len() < links + 60 * 27, "{} bytes", json.len());
    assert_eq!(
        read(&write(&Collection::default()), &registry).unwrap(),
        ReadCollection::default()
    );
}

#[test]
fn the_format_is_the_documented_one() {
    let registry = registry();
    let link = fragment(&block_cell(0), false);
    let mut collection = Collection::default();
    collection.import_text(&link, &registry, "2026-06-20T09:00:00Z");
    assert_eq!(
        write(&collection),
        format!(
            r#"{{"kind":"tsvmtd-collection","format":1,"entries":[{{"fragment":"{link}","added":"2026-06-20T09:00:00Z"}}]}}"#
        )
    );
    // Written by hand or by another tool: spaces, a full link or "k=…",
    // no "added", fields this version does not know.
    let payload = link.strip_prefix("#k=").unwrap();
    let by_hand = format!(
        r#"{{ "kind": "tsvmtd-collection", "format": 1, "note": "later",
             "entries": [
               {{ "fragment": "https://tsvmtd.example/app/#k={payload}", "added": "a" }},
               {{ "fragment": "k={payload}", "extra": [1, 2] }}
             ] }}"#
    );
    let back = read(&by_hand, &registry).unwrap();
    assert!(back.unreadable.is_empty());
    assert_eq!(back.collection.entries.len(), 2);
    for entry in &back.collection.entries {
        assert_eq!(entry.fragment, link);
        assert_eq!(entry.result, collection.entries[0].result);
    }
    assert_eq!(back.collection.entries[1].added, "");
}

#[test]
fn entries_that_do_not_read_are_kept_aside() {
    let registry = registry();
    let good = [
        fragment(&block_cell(0), false),
        fragment(&block_cell(1), true),
    ];
    let broken = [
        r##"{"fragment":"#k=AVhl8hOCrODYN0AQ","added":"2026-06-01"}"##,
        r#"{"fragment":"","added":"2026-06-01"}"#,
        r#"{"nope":1}"#,
        r#"5"#,
        r#"{"fragment":7}"#,
    ];
    let json = format!(
        r#"{{"kind":"tsvmtd-collection","format":1,"entries":[{{"fragment":"{}","added":"x"}},{},{{"fragment":"{}","added":"y"}}]}}"#,
        good[0],
        broken.join(","),
        good[1]
    );
    let back = read(&json, &registry).unwrap();
    assert_eq!(back.collection.entries.len(), 2);
    assert_eq!(back.collection.entries[0].fragment, good[0]);
    assert_eq!(back.collection.entries[1].added, "y");
    assert_eq!(back.unreadable, broken);
    // Kept as its JSON written again: the same fields, values and order.
    let spaced = r#"{"kind":"tsvmtd-collection","format":1,"entries":[ { "nope" : [1, 2], "added" : "x" } ]}"#;
    let back = read(spaced, &registry).unwrap();
    assert_eq!(back.unreadable, [r#"{"nope":[1,2],"added":"x"}"#]);
}

#[test]
fn texts_that_are_not_a_collection_are_refused() {
    let registry = registry();
    let too_large = " ".repeat(MAX_COLLECTION_BYTES + 1);
    let cases: [(&str, CollectionError); 14] = [
        ("", CollectionError::NotJson(String::new())),
        ("{", CollectionError::NotJson(String::new())),
        ("Chi bộ ấp Phú Hòa", CollectionError::NotJson(String::new())),
        ("[]", CollectionError::NotACollection),
        ("null", CollectionError::NotACollection),
        (
            r#"{"kind":"tsvmtd-drafts","drafts":[]}"#,
            CollectionError::NotACollection,
        ),
        (
            r#"{"kind":"tsvmtd-collection"}"#,
            CollectionError::NotACollection,
        ),
        (
            r#"{"kind":"tsvmtd-collection","format":0,"entries":[]}"#,
            CollectionError::NotACollection,
        ),
        (
            r#"{"kind":"tsvmtd-collection","format":"1","entries":[]}"#,
            CollectionError::NotACollection,
        ),
        (
            r#"{"kind":"tsvmtd-collection","format":1,"entries":{}}"#,
            CollectionError::NotACollection,
        ),
        (
            r#"{"kind":"tsvmtd-collection","format":2,"entries":[]}"#,
            CollectionError::NewerFormat(2),
        ),
        (
            r#"{"kind":"tsvmtd-collection","format":99,"entries":[{"future":true}]}"#,
            CollectionError::NewerFormat(99),
        ),
        (
            r#"{"format":3,"entries":{"by_cell":{}},"kind":"tsvmtd-collection"}"#,
            CollectionError::NewerFormat(3),
        ),
        (
            &too_large,
            CollectionError::TooLarge(MAX_COLLECTION_BYTES + 1),
        ),
    ];
    for (text, want) in cases {
        let got = read(text, &registry).unwrap_err();
        let case = text.get(..40).unwrap_or(text);
        match (&got, &want) {
            (CollectionError::NotJson(message), CollectionError::NotJson(_)) => {
                assert!(!message.is_empty(), "{case}")
            }
            _ => assert_eq!(got, want, "{case}"),
        }
        let (vi, en) = (got.message(Lang::Vi), got.message(Lang::En));
        assert!(!vi.is_empty() && vi != en, "{case}");
        assert_eq!(got.to_string(), en);
    }
    assert!(
        read(r#"{"kind":"tsvmtd-collection","format":1}"#, &registry)
            .unwrap()
            .collection
            .entries
            .is_empty()
    );
    assert_eq!(
        CollectionError::NewerFormat(2).message(Lang::Vi),
        "Danh sách theo dõi này được lưu bằng phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng (mở lại khi có mạng), sau đó thử lại. Không có gì trên máy bị thay đổi."
    );
}

#[test]
fn the_example_in_the_docs_reads() {
    let doc = include_str!("../docs/tracking.md");
    let start = doc.find("```json\n").expect("a JSON example") + 8;
    let json = &doc[start..start + doc[start..].find("```").unwrap()];
    let back = read(json, &registry()).unwrap();
    assert!(back.unreadable.is_empty());
    assert_eq!(back.collection.entries.len(), 1);
    assert_eq!(back.collection.entries[0].added, "2026-06-15T08:30:00Z");
    assert_eq!(
        back.collection.entries[0].result.profile.cell_name,
        "Chi bộ ấp Phú Hòa"
    );
}

/// A collection stored before each cell had a line of checks (one entry per
/// cell and year, the newest kept) reads as it was: every entry a check on
/// its cell's line; and one stored now, with checks of format 3, reads back.
#[test]
fn collections_stored_before_read_as_lines_of_checks() {
    let registry = registry();
    let mut of_2025 = block_cell(0);
    of_2025.profile.year = Some(2025);
    of_2025.assessed_on = tsvmtd::domain::share_link::ShareDate::new(2025, 11, 3);
    let stored = format!(
        r#"{{"kind":"tsvmtd-collection","format":1,"entries":[{{"fragment":"{}","added":"2026-06-20T09:00:00Z"}},{{"fragment":"{}","added":"2026-06-20T09:00:00Z"}},{{"fragment":"{}","added":"2025-11-05T10:00:00Z"}}]}}"#,
        fragment(&block_cell(0), false),
        fragment(&block_cell(1), true),
        fragment(&of_2025, false),
    );
    let back = read(&stored, &registry).unwrap();
    assert!(back.unreadable.is_empty());
    assert_eq!(back.collection.entries.len(), 3);
    let rows = back.collection.rows(&registry, 2026);
    assert_eq!(rows.len(), 2);
    let phu_hoa = rows.iter().find(|r| r.hamlet == "ấp Phú Hòa").unwrap();
    let years: Vec<Option<u16>> = phu_hoa.checks.iter().map(|c| c.year).collect();
    assert_eq!(years, [Some(2025), Some(2026)]);

    let mut collection = back.collection;
    collection.import_text(&fragment(&recheck(0), false), &registry, "now");
    let again = read(&write(&collection), &registry).unwrap();
    assert_eq!(again.collection, collection);
    assert_eq!(
        again.collection.entries[3].result.record,
        Some(record(Some(2026), None))
    );
}
