//! The stored record: the example of `docs/record.md` reads and is exactly
//! what the app writes; one part that cannot be read is lost alone and named;
//! texts that are no record are refused, never panicked on.
#![cfg(not(target_arch = "wasm32"))]

mod record_common;

use proptest::prelude::*;
use record_common::*;
use serde_json::Value;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::record::{
    self, Appraisal, CellRecord, Finding, MAX_RECORD_BYTES, RecordError, Registration, read, write,
};
use tsvmtd::domain::scoring::Status;

/// The JSON block that follows `heading` in `docs/record.md`.
pub fn doc_example(heading: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/record.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let after = &doc[doc.find(heading).unwrap_or_else(|| panic!("no {heading}"))..];
    let start = after.find("```json\n").unwrap() + "```json\n".len();
    let end = after[start..].find("```").unwrap();
    after[start..start + end].to_owned()
}

fn example() -> String {
    doc_example("## The stored record")
}

#[test]
fn the_documented_example_reads_whole_and_is_what_the_app_writes() {
    let text = example();
    let read = read(&text).unwrap();
    assert!(read.dropped.is_empty(), "{:?}", read.dropped);
    let r = &read.record;
    assert_eq!(r.revision, 7);
    assert_eq!(r.checks.len(), 3);
    assert_eq!(r.checks[2].date, "2027-03-10");
    assert_eq!(r.ratings[2].score_tenths, Some(925));
    assert_eq!(r.registrations[0].plan["c6"].who, "Chi hội Phụ nữ");
    let a = &r.appraisals[0];
    assert!(a.recognised);
    assert_eq!(a.findings["c5"].status, Status::Met);
    let status = r.record_status();
    assert_eq!(status.registered_year, Some(2026));
    // Written back, it is the same JSON (the example is the app's own output).
    let written: Value = serde_json::from_str(&write(r)).unwrap();
    let documented: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written, documented);
}

fn full_record() -> CellRecord {
    let d1 = draft("d1", "2026-01-10", met_answers(&[2024, 2025]));
    let mut r = CellRecord::new(
        "r1".into(),
        "2026-01-10T08:00:00Z".into(),
        &d1,
        record::parse_day("2026-01-10").unwrap(),
    );
    r.ratings_typed
        .insert("ratings.0.score".into(), "chín mươi".into());
    r.set_registration(
        Registration {
            year: 2026,
            date: "2026-01-10".into(),
            note: "Nghị quyết".into(),
            ..Registration::default()
        },
        2026,
    )
    .unwrap();
    let mut a = Appraisal::new("a1".into());
    a.date = "2026-11-20".into();
    a.body = "Đảng ủy xã".into();
    a.note = "Biên bản".into();
    a.set_finding(
        "c6",
        Some(Finding {
            status: Status::NotMet,
            note: "Số liệu chưa khớp".into(),
        }),
    );
    r.save_appraisal(a).unwrap();
    r
}

#[test]
fn a_record_round_trips_with_every_part() {
    let r = full_record();
    let back = read(&write(&r)).unwrap();
    assert!(back.dropped.is_empty());
    assert_eq!(back.record, r);
    // Empty parts stay out of the text.
    let bare = CellRecord::new(
        "r2".into(),
        "now".into(),
        &draft(
            "d9",
            "2026-01-01",
            tsvmtd::domain::scoring::Answers::new("ben-tre-2021", 1),
        ),
        record::parse_day("2026-01-01").unwrap(),
    );
    let text = write(&bare);
    for absent in ["ratings", "registrations", "appraisals", "ratings_typed"] {
        assert!(!text.contains(absent), "{text}");
    }
    assert_eq!(read(&text).unwrap().record, bare);
}

#[test]
fn one_part_that_cannot_be_read_is_lost_alone_and_named() {
    let base: Value = serde_json::from_str(&example()).unwrap();
    type Edit = fn(&mut Value);
    let cases: Vec<(Edit, &[&str])> = vec![
        (|v| v["checks"][1] = Value::from(7), &["checks[1]"]),
        (
            |v| v["checks"][0]["draft"] = Value::from(""),
            &["checks[0]"],
        ),
        (|v| v["checks"] = Value::from("x"), &["checks"]),
        (
            |v| v["ratings"][0]["level"] = Value::from("legendary"),
            &["ratings[0]"],
        ),
        (|v| v["revision"] = Value::from("seven"), &["revision"]),
        (|v| v["changed"] = Value::from(3), &["changed"]),
        (
            |v| v["registrations"][0]["plan"]["c6"]["difficulty"] = Value::from("extreme"),
            &["registrations[0].plan.c6"],
        ),
        (
            |v| v["registrations"][0]["year"] = Value::from("2026"),
            &["registrations[0].year", "registrations[0]"],
        ),
        (
            |v| v["appraisals"][0]["findings"]["c5"]["status"] = Value::from("maybe"),
            &["appraisals[0].findings.c5"],
        ),
        (
            |v| v["appraisals"][0]["recognised"] = Value::from("yes"),
            &["appraisals[0].recognised"],
        ),
        (|v| v["appraisals"][0] = Value::from(1), &["appraisals[0]"]),
    ];
    let whole = read(&example()).unwrap().record;
    for (edit, dropped) in cases {
        let mut v = base.clone();
        edit(&mut v);
        let read = read(&v.to_string()).unwrap_or_else(|e| panic!("{e:?} for {v}"));
        assert_eq!(read.dropped, dropped, "{v}");
        let r = read.record;
        // Every part not named is there, as it was.
        let named = |part: &str| dropped.iter().any(|d| d.starts_with(part));
        assert_eq!(r.id, whole.id);
        if !named("checks") {
            assert_eq!(r.checks, whole.checks);
        }
        if !named("ratings") {
            assert_eq!(r.ratings, whole.ratings);
        }
        if !named("registrations") {
            assert_eq!(r.registrations, whole.registrations);
        }
        if !named("appraisals") {
            assert_eq!(r.appraisals, whole.appraisals);
        }
        if !named("revision") {
            assert_eq!(r.revision, whole.revision);
        }
    }
    // A recognised appraisal whose finding is lost is still recognised.
    let mut v = base.clone();
    v["appraisals"][0]["findings"]["c5"]["status"] = Value::from("maybe");
    let r = read(&v.to_string()).unwrap().record;
    assert!(r.appraisals[0].recognised);
    assert!(r.appraisals[0].findings.is_empty());
}

#[test]
fn appraisals_always_have_an_id_of_their_own() {
    let mut v: Value = serde_json::from_str(&example()).unwrap();
    let a = v["appraisals"][0].clone();
    v["appraisals"] = Value::Array(vec![a.clone(), a.clone(), {
        let mut b = a;
        b.as_object_mut().unwrap().remove("id");
        b
    }]);
    let r = read(&v.to_string()).unwrap().record;
    let ids: Vec<&str> = r.appraisals.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["18f2a3c4e00-0000000a", "appraisal-1", "appraisal-2"]);
}

#[test]
fn texts_that_are_no_record_are_refused_whole() {
    type Check = fn(&RecordError) -> bool;
    let cases: Vec<(String, Check)> = vec![
        ("".into(), |e| matches!(e, RecordError::Unreadable(_))),
        ("{not json".into(), |e| {
            matches!(e, RecordError::Unreadable(_))
        }),
        ("[1,2]".into(), |e| matches!(e, RecordError::Unreadable(_))),
        (r#"{"id":"r1"}"#.into(), |e| {
            matches!(e, RecordError::Unreadable(_))
        }),
        (r#"{"format":1}"#.into(), |e| {
            matches!(e, RecordError::Unreadable(_))
        }),
        (r#"{"format":1,"id":"  "}"#.into(), |e| {
            matches!(e, RecordError::Unreadable(_))
        }),
        (r#"{"format":0,"id":"r1"}"#.into(), |e| {
            matches!(e, RecordError::Unreadable(_))
        }),
        (r#"{"format":"1","id":"r1"}"#.into(), |e| {
            matches!(e, RecordError::Unreadable(_))
        }),
        (r#"{"format":2,"id":"r1","checks":{"x":1}}"#.into(), |e| {
            *e == RecordError::NewerFormat(2)
        }),
        (" ".repeat(MAX_RECORD_BYTES + 1), |e| {
            matches!(e, RecordError::TooLarge(_))
        }),
    ];
    for (text, check) in cases {
        let err = read(&text).unwrap_err();
        assert!(check(&err), "{err:?} for {:?}", &text[..text.len().min(40)]);
        assert!(!err.message(Lang::Vi).is_empty());
    }
    // Every cut of a real record is refused, never read as the whole.
    let full = write(&full_record());
    for cut in (0..full.len()).filter(|&i| full.is_char_boundary(i)) {
        if let Ok(r) = read(&full[..cut]) {
            panic!("a truncated record read back: {:?}", r.record.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any damage to a stored record gives a record or an error, never a panic.
    #[test]
    fn damaged_records_never_panic(at in 0usize..2000, len in 0usize..40, junk in ".{0,12}") {
        let text = example();
        let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let end = (at..=(at + len).min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(at);
        let damaged = format!("{}{}{}", &text[..at], junk, &text[end..]);
        if let Ok(read) = read(&damaged) {
            // What reads writes back and reads the same.
            let again = tsvmtd::domain::record::read(&write(&read.record)).unwrap();
            prop_assert_eq!(again.record, read.record);
            prop_assert!(again.dropped.is_empty());
        }
    }
}
