//! A verdict always matches what is on screen: while a number field of a
//! condition holds text that is not a value ("-3", "2.5", "hai mươi"), the
//! condition is invalid, naming the field as the screen names it, whatever
//! the numbers it held before said (`src/domain/scoring/typed.rs`).
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::domain::criteria::{CriteriaSet, Registry};
use tsvmtd::domain::scoring::{
    Answer, Answers, CountSlot, FieldTexts, Status, count_key, evaluate, rates_keys,
    rating_score_key, rating_year_key, score,
};

fn ben_tre() -> CriteriaSet {
    Registry::bundled().latest("ben-tre-2021").unwrap().clone()
}

fn answer(json: &str) -> Answer {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("bad test row {json}: {e}"))
}

fn texts(pairs: &[(&str, &str)]) -> FieldTexts {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

struct Case<'a> {
    criterion: &'a str,
    answer: Option<&'a str>,
    typed: FieldTexts,
    status: Status,
    /// Pieces of one Vietnamese reason, and of the English one beside it.
    vi: &'a [&'a str],
    en: &'a [&'a str],
}

#[test]
fn a_field_holding_text_makes_its_condition_invalid_and_names_the_field() {
    let set = ben_tre();
    let all_assigned = r#"{"kind":"counts","groups":{"members":{"total":25,"counted":25}}}"#;
    let households = r#"{"kind":"household_rates","households":399,"poor":2,"near_poor":3,"reference":{"preset":"ben-tre-2023"}}"#;
    let custom = r#"{"kind":"household_rates","households":399,"poor":2,"near_poor":3,"reference":{"custom":{"poor_bp":263,"near_poor_bp":259}}}"#;
    let two_years = r#"{"kind":"yearly_ratings","years":[{"year":2025,"level":"excellent"},{"year":2024,"level":"excellent"}]}"#;
    let cases = [
        // The issue's example: 25 of 25, then "assigned" typed as -3. The 25
        // it held is gone from the field, so no verdict may rest on it.
        Case {
            criterion: "c4",
            answer: Some(r#"{"kind":"counts","groups":{"members":{"total":25}}}"#),
            typed: texts(&[(&count_key("members", CountSlot::Counted), "-3")]),
            status: Status::Invalid,
            vi: &["“-3”", "Không nhập số âm"],
            en: &["“-3”", "Negative numbers"],
        },
        // Even with the old numbers still in the answer (a draft written by
        // hand, a tampered link), the text decides.
        Case {
            criterion: "c4",
            answer: Some(all_assigned),
            typed: texts(&[("members.counted", "2.5")]),
            status: Status::Invalid,
            vi: &["“2.5”", "2.500"],
            en: &["“2.5”"],
        },
        // Not answered at all, but a text typed: invalid, not "not answered".
        Case {
            criterion: "c4",
            answer: None,
            typed: texts(&[("members.total", "hai mươi lăm")]),
            status: Status::Invalid,
            vi: &["“hai mươi lăm”", "Chỉ nhập chữ số"],
            en: &["“hai mươi lăm”", "digits only"],
        },
        Case {
            criterion: "c6",
            answer: Some(households),
            typed: texts(&[(rates_keys::HOUSEHOLDS, "399 hộ")]),
            status: Status::Invalid,
            vi: &["Tổng số hộ của ấp, khu phố", "“399 hộ”"],
            en: &["Households in the hamlet in total"],
        },
        // The province's figures she types are fields only while "other
        // figures" is chosen: a text kept for them otherwise does not count.
        Case {
            criterion: "c6",
            answer: Some(households),
            typed: texts(&[(rates_keys::REFERENCE_POOR, "2.63")]),
            status: Status::Met,
            vi: &[],
            en: &[],
        },
        Case {
            criterion: "c6",
            answer: Some(custom),
            typed: texts(&[(rates_keys::REFERENCE_POOR, "2.63")]),
            status: Status::Invalid,
            vi: &["Tỷ lệ hộ nghèo bình quân của tỉnh", "2,63"],
            en: &["Province's poor-household rate"],
        },
        Case {
            criterion: "c1",
            answer: Some(two_years),
            typed: texts(&[(&rating_score_key(0), "89,55")]),
            status: Status::Invalid,
            vi: &["Điểm năm 2025", "89,5"],
            en: &["Score for 2025"],
        },
        Case {
            criterion: "c1",
            answer: Some(two_years),
            typed: texts(&[(&rating_year_key(1), "")]),
            status: Status::Invalid,
            vi: &["Năm (dòng 2)", "để trống"],
            en: &["Year (row 2)", "empty"],
        },
        // A row that no longer exists is not on screen.
        Case {
            criterion: "c1",
            answer: Some(two_years),
            typed: texts(&[(&rating_year_key(2), "20x6")]),
            status: Status::Met,
            vi: &[],
            en: &[],
        },
        // A field this app does not know (a newer app's) still counts.
        Case {
            criterion: "c2",
            answer: None,
            typed: texts(&[("future.field", "?")]),
            status: Status::Invalid,
            vi: &["future.field"],
            en: &["future.field"],
        },
    ];
    for case in cases {
        let criterion = set.criterion(case.criterion).unwrap();
        let a = case.answer.map(answer);
        let r = evaluate(criterion, a.as_ref(), Some(&case.typed), 2026);
        assert_eq!(
            r.status, case.status,
            "{} {:?}: {:#?}",
            case.criterion, case.typed, r.reasons
        );
        if case.status == Status::Invalid {
            assert_eq!(r.earliest_year, None);
            let reason = r
                .reasons
                .iter()
                .find(|t| case.vi.iter().all(|piece| t.vi.contains(piece)))
                .unwrap_or_else(|| panic!("{:?} not in one reason of {:#?}", case.vi, r.reasons));
            for piece in case.en {
                assert!(
                    reason.en.contains(piece),
                    "{piece:?} not in {:?}",
                    reason.en
                );
            }
        }
    }
}

#[test]
fn the_cell_cannot_be_proposed_while_a_field_holds_text() {
    let set = ben_tre();
    let complete: Answers = serde_json::from_str(include_str!(
        "fixtures/share-link/ben-tre-2021-complete.json"
    ))
    .map(|v: serde_json::Value| serde_json::from_value(v["answers"].clone()).unwrap())
    .unwrap();
    let before = score(&set, &complete, 2026);
    let mut typed = complete.clone();
    typed
        .typed
        .insert("c7".into(), texts(&[("members.exempt", "1,0")]));
    let after = score(&set, &typed, 2026);
    assert_eq!(before.result("c7").unwrap().status, Status::Met);
    assert_eq!(after.result("c7").unwrap().status, Status::Invalid);
    assert!(!after.can_propose);
    assert!(after.gaps.contains(&"c7".to_owned()));
    assert_eq!(after.met, before.met - 1);
    // Typed texts under ids the set does not have are reported as ignored.
    typed.typed.insert("c99".into(), texts(&[("x", "y")]));
    assert!(
        score(&set, &typed, 2026)
            .ignored
            .contains(&"c99".to_owned())
    );
}

#[test]
fn typed_texts_survive_the_answers_json_and_a_bad_one_is_named_not_fatal() {
    let json = r#"{"set_id":"ben-tre-2021","set_version":1,
        "answers":{"c4":{"kind":"counts","groups":{"members":{"total":25}}}},
        "typed":{"c4":{"members.counted":"-3"},"c5":["not","a","map"],"c6":{}}}"#;
    let read = Answers::from_json_lenient(json).unwrap();
    assert_eq!(
        read.answers.typed.get("c4"),
        Some(&texts(&[("members.counted", "-3")]))
    );
    assert_eq!(read.dropped, vec!["c5".to_owned()]);
    assert!(
        !read.answers.typed.contains_key("c6"),
        "empty maps are not kept"
    );
    // A "typed" that is not even an object leaves the answers readable.
    let odd = r#"{"set_id":"ben-tre-2021","set_version":1,"answers":{},"typed":"??"}"#;
    assert!(Answers::from_json_lenient(odd).is_ok());
    // Written back, only what is there: no empty "typed" in older-looking answers.
    let plain = Answers::new("ben-tre-2021", 1);
    assert!(!serde_json::to_string(&plain).unwrap().contains("typed"));
}
