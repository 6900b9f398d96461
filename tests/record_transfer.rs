//! A record as one file: written with all its checks, read back leniently,
//! its ids kept apart from those on the device, bad files refused.
#![cfg(not(target_arch = "wasm32"))]

mod record_common;

use record_common::*;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeSet;
use tsvmtd::domain::criteria::{AddedSet, Registry, fingerprint, fingerprint_text};
use tsvmtd::domain::draft::{self, Draft, MAX_IMPORT_BYTES};
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::record::format::MAX_RECORD_BYTES;
use tsvmtd::domain::record::registration::Registration;
use tsvmtd::domain::record::{
    CellRecord, RECORD_FILE_KIND, RECORDS_FILE_KIND, RecordFileError, SetName, SetNotice,
    is_record_file, is_records_file, parse_day, read_file, read_files, write_file, write_files,
};

fn two_checks() -> (CellRecord, Vec<Draft>) {
    let d1 = draft("d1", "2026-01-10", met_answers(&[2024, 2025]));
    let mut record = CellRecord::new(
        "r1".into(),
        "2026-01-10T08:00:00Z".into(),
        &d1,
        parse_day("2026-01-10").unwrap(),
    );
    let d2 = record
        .start_check(
            &d1,
            "d2".into(),
            "2026-06-15T08:00:00Z".into(),
            parse_day("2026-06-15").unwrap(),
        )
        .unwrap();
    (record, vec![d1, d2])
}

#[test]
fn a_record_file_holds_the_record_and_every_check() {
    let (record, drafts) = two_checks();
    let text = write_file(&record, &drafts, &Registry::bundled());
    assert!(text.starts_with(&format!(r#"{{"kind":"{RECORD_FILE_KIND}","format":1,"#)));
    assert!(is_record_file(&text));
    let file = read_file(&text).unwrap();
    assert_eq!(file.record, record);
    assert_eq!(file.drafts, drafts);
    assert_eq!(file.missing_checks, 0);
    assert!(file.dropped.is_empty());
    assert_eq!(
        file.message(Lang::Vi),
        "Đã nhập hồ sơ “Chi bộ ấp Hòa Thạnh A” với 2 lần tự đánh giá."
    );
    // Each check is a draft in the draft format: it reads alone.
    let v: Value = serde_json::from_str(&text).unwrap();
    let one = v["checks"][1].to_string();
    assert_eq!(draft::read(&one).unwrap().draft, drafts[1]);
}

#[test]
fn the_documented_example_reads() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/record.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let after = &doc[doc.find("## The export file").unwrap()..];
    let start = after.find("```json\n").unwrap() + 8;
    let end = after[start..].find("```").unwrap();
    let file = read_file(&after[start..start + end]).unwrap();
    assert_eq!(file.drafts.len(), 1);
    assert_eq!(file.record.checks[0].draft, "d1");
    assert_eq!(
        file.drafts[0].content.profile.cell_name,
        "Chi bộ ấp Hòa Thạnh A"
    );
}

#[test]
fn importing_keeps_ids_apart_from_those_on_the_device() {
    let (record, drafts) = two_checks();
    let mut file = read_file(&write_file(&record, &drafts, &Registry::bundled())).unwrap();
    let taken_records: BTreeSet<&str> = ["r1"].into();
    let taken_drafts: BTreeSet<&str> = ["d2"].into();
    let mut n = 0;
    file.kept_apart(
        |id| taken_records.contains(id),
        |id| taken_drafts.contains(id),
        || {
            n += 1;
            format!("new{n}")
        },
    );
    assert_eq!(file.record.id, "new1");
    assert_eq!(
        file.drafts
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        ["d1", "new2"]
    );
    assert_eq!(
        file.record
            .checks
            .iter()
            .map(|c| c.draft.as_str())
            .collect::<Vec<_>>(),
        ["d1", "new2"]
    );
    assert_eq!(file.record.checks[1].date, "2026-06-15");
    assert!(file.record.is_newest("new2"));
}

#[test]
fn checks_the_file_does_not_hold_readable_are_left_out_and_counted() {
    let (record, drafts) = two_checks();
    let mut v: Value =
        serde_json::from_str(&write_file(&record, &drafts, &Registry::bundled())).unwrap();
    v["checks"][0] = Value::from("a draft no more");
    let file = read_file(&v.to_string()).unwrap();
    assert_eq!(file.missing_checks, 1);
    assert_eq!(file.drafts, drafts[1..]);
    assert_eq!(file.record.checks.len(), 1);
    assert_eq!(file.record.checks[0].draft, "d2");
    assert_eq!(
        file.message(Lang::Vi),
        "Đã nhập hồ sơ “Chi bộ ấp Hòa Thạnh A” với 1 lần tự đánh giá. 1 lần tự đánh giá trong tệp không đọc được nên bỏ qua."
    );
    // A part of the record that does not read is said too.
    v["record"]["revision"] = Value::from("x");
    let file = read_file(&v.to_string()).unwrap();
    assert_eq!(file.dropped, ["revision"]);
    assert!(file.message(Lang::En).ends_with("were skipped."));
    // The same draft named twice is one check.
    let mut v: Value =
        serde_json::from_str(&write_file(&record, &drafts, &Registry::bundled())).unwrap();
    v["record"]["checks"][1]["draft"] = Value::from("d1");
    let file = read_file(&v.to_string()).unwrap();
    assert_eq!((file.drafts.len(), file.missing_checks), (1, 1));
}

#[test]
fn files_that_are_no_record_are_refused() {
    let (record, drafts) = two_checks();
    let good = write_file(&record, &drafts, &Registry::bundled());
    let drafts_file = draft::write_bundle(&drafts);
    let cases = [
        ("{oops".to_owned(), RecordFileError::NotJson),
        ("".to_owned(), RecordFileError::NotJson),
        (drafts_file.clone(), RecordFileError::NotARecord),
        (draft::write(&drafts[0]), RecordFileError::NotARecord),
        (
            r#"{"kind":"tsvmtd-record","checks":[]}"#.to_owned(),
            RecordFileError::NotARecord,
        ),
        (
            r#"{"kind":"tsvmtd-record","record":{"format":1}}"#.to_owned(),
            RecordFileError::NotARecord,
        ),
        (
            r#"{"kind":"tsvmtd-record","record":{"format":3,"id":"r"}}"#.to_owned(),
            RecordFileError::NewerFormat(3),
        ),
        (
            " ".repeat(MAX_IMPORT_BYTES + 1),
            RecordFileError::TooLarge(MAX_IMPORT_BYTES + 1),
        ),
        (
            r#"{"kind":"tsvmtd-record","record":{"format":1,"id":"r"},"checks":{}}"#.to_owned(),
            RecordFileError::NotARecord,
        ),
    ];
    for (text, want) in cases {
        let got = read_file(&text).unwrap_err();
        assert_eq!(got, want, "{}", &text[..text.len().min(60)]);
        assert!(!got.message(Lang::Vi).is_empty());
    }
    assert!(!is_record_file(&drafts_file));
    assert!(is_record_file(r#"{"kind":"tsvmtd-record"}"#));
    // The drafts' import refuses a record file rather than take it for a draft.
    assert!(draft::read_import(&good).is_err());
    // A record larger than storage takes is refused whole, as it would be
    // stored; a draft larger than any real one is left out, its check missing.
    let mut huge = record.clone();
    huge.registrations = vec![Registration {
        year: 2026,
        note: "x".repeat(MAX_RECORD_BYTES),
        ..Registration::default()
    }];
    assert!(matches!(
        read_file(&write_file(&huge, &drafts, &Registry::bundled())),
        Err(RecordFileError::TooLarge(_))
    ));
    let mut big_drafts = drafts.clone();
    big_drafts[1].title = "x".repeat(draft::MAX_DRAFT_BYTES);
    let read = read_file(&write_file(&record, &big_drafts, &Registry::bundled())).unwrap();
    assert_eq!((read.drafts.len(), read.missing_checks), (1, 1));
}

#[test]
fn every_record_of_a_phone_travels_in_one_file_each_read_on_its_own() {
    let (first, first_drafts) = two_checks();
    let mut second = first.clone();
    second.id = "r2".into();
    let text = write_files(
        &[
            (first.clone(), first_drafts.clone()),
            (second.clone(), first_drafts.clone()),
        ],
        &Registry::bundled(),
    );
    assert!(text.starts_with(&format!(r#"{{"kind":"{RECORDS_FILE_KIND}","format":1,"#)));
    assert!(is_records_file(&text) && !is_record_file(&text));
    let read = read_files(&text).unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!(read[0].as_ref().unwrap().record, first);
    assert_eq!(read[1].as_ref().unwrap().drafts, first_drafts);
    // One record that does not read leaves the others.
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["records"][0]["record"] = Value::String("broken".into());
    let read = read_files(&v.to_string()).unwrap();
    assert_eq!(read[0], Err(RecordFileError::NotARecord));
    assert_eq!(read[1].as_ref().unwrap().record, second);
    // An empty phone gives an empty file, which reads as no record.
    assert_eq!(
        read_files(&write_files(&[], &Registry::bundled())).unwrap(),
        Vec::new()
    );
    // Not such a file: refused as a whole.
    assert_eq!(read_files("[]"), Err(RecordFileError::NotARecord));
    assert_eq!(read_files("{"), Err(RecordFileError::NotJson));
    let huge = format!(
        r#"{{"kind":"{RECORDS_FILE_KIND}","records":["{}"]}}"#,
        "x".repeat(MAX_IMPORT_BYTES)
    );
    assert!(matches!(
        read_files(&huge),
        Err(RecordFileError::TooLarge(_))
    ));
}

/// A copy of the bundled set under another id, added on a phone.
fn added_copy(id: &str, description: &str) -> AddedSet {
    let mut set = Registry::bundled().latest("ben-tre-2021").unwrap().clone();
    set.id = Cow::Owned(id.into());
    set.title.vi = Cow::Owned(format!("Bộ kiểm thử {id}"));
    set.description.vi = Cow::Owned(description.into());
    AddedSet {
        fingerprint: fingerprint(&set),
        set,
        origin: "tệp kiem-thu.json".into(),
        added_on: "2026-12-01".into(),
    }
}

#[test]
fn a_record_file_names_the_sets_of_its_checks() {
    let (record, mut drafts) = two_checks();
    let added = added_copy("kiem-thu-tinh", "Bản thứ nhất");
    drafts[1].content.answers.set_id = "kiem-thu-tinh".into();
    let (here, conflicts) = Registry::with_added([&added]);
    assert!(conflicts.is_empty());
    let text = write_file(&record, &drafts, &here);
    let file = read_file(&text).unwrap();
    let bundled = Registry::bundled();
    assert_eq!(
        file.sets,
        vec![
            SetName {
                id: "ben-tre-2021".into(),
                version: 1,
                fingerprint: fingerprint_text(bundled.fingerprint("ben-tre-2021", 1).unwrap()),
                title: bundled.get("ben-tre-2021", 1).unwrap().title.vi.to_string(),
                issuer: "Tỉnh ủy Bến Tre".into(),
            },
            SetName {
                id: "kiem-thu-tinh".into(),
                version: 1,
                fingerprint: fingerprint_text(added.fingerprint),
                title: "Bộ kiểm thử kiem-thu-tinh".into(),
                issuer: "Tỉnh ủy Bến Tre".into(),
            },
        ]
    );
    // The phone it was made on has every set.
    assert!(file.set_notices(&here).is_empty());
    // A phone without the added set is told which one to add.
    let notices = file.set_notices(&bundled);
    assert_eq!(notices, vec![SetNotice::Missing(file.sets[1].clone())]);
    assert_eq!(
        file.set_messages(Lang::Vi, &bundled),
        vec!["Các lần tự đánh giá trong tệp được lập theo bộ tiêu chí “Bộ kiểm thử kiem-thu-tinh” (Tỉnh ủy Bến Tre), phiên bản 1, chưa có trên máy này: hãy thêm bộ tiêu chí đó (Xem, thêm bộ tiêu chí) để mở chúng. Tệp đã được nhập, không mất gì.".to_string()]
    );
    // A phone holding other content under the same id and version is told so.
    let (other, _) = Registry::with_added([&added_copy("kiem-thu-tinh", "Bản đã sửa")]);
    assert_eq!(
        file.set_notices(&other),
        vec![SetNotice::Changed(file.sets[1].clone())]
    );
}

#[test]
fn a_record_file_without_sets_or_with_unreadable_sets_still_imports() {
    let (record, drafts) = two_checks();
    let mut v: Value =
        serde_json::from_str(&write_file(&record, &drafts, &Registry::bundled())).unwrap();
    for sets in [
        Value::Null,
        serde_json::json!("không phải"),
        serde_json::json!([{"id": 3}]),
    ] {
        v["sets"] = sets;
        let file = read_file(&v.to_string()).unwrap();
        assert!(file.sets.is_empty());
        assert_eq!(file.drafts, drafts);
        assert!(file.set_notices(&Registry::bundled()).is_empty());
    }
    v.as_object_mut().unwrap().remove("sets");
    assert_eq!(read_file(&v.to_string()).unwrap().drafts, drafts);
}
