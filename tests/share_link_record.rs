//! What the cell's record says (the year registered, the latest appraisal)
//! travels with the result, for the commune's follow-up: format 4 flags its
//! section (as it flags the typed texts'), written only when the result holds
//! a record; links of format 3, from earlier releases, still read.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;

use share_link_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::share_link::{
    AppraisalOutcome, EncodeError, LinkError, LongPart, RecordStatus, ShareDate, SharedResult,
    canonical, decode, encode,
};

/// A link of format 3 as an earlier release wrote it (one of the page's
/// vectors): registered for 2026, no appraisal yet.
const LEGACY_REGISTERED: &str =
    "#k=Ay9l8hOCYuCQN0AdP9gMgIIrEBD4QvtkyOQBjzj_aSDa4FgzOASsjj_AAAcETjZcqg";

fn date(y: i32, m: u8, d: u8) -> ShareDate {
    ShareDate::new(y, m, d).unwrap()
}

fn recognised() -> RecordStatus {
    RecordStatus {
        registered_year: Some(2025),
        appraisal: Some(AppraisalOutcome {
            appraised_on: date(2026, 11, 15),
            recognised: true,
            decision_number: "125-QĐ/ĐU".into(),
            decision_date: Some(date(2026, 11, 20)),
        }),
    }
}

/// Every shape a record takes.
fn records() -> Vec<RecordStatus> {
    let not_recognised = AppraisalOutcome {
        appraised_on: date(2019, 2, 28),
        recognised: false,
        decision_number: String::new(),
        decision_date: None,
    };
    vec![
        RecordStatus::default(),
        RecordStatus {
            registered_year: Some(2026),
            appraisal: None,
        },
        RecordStatus {
            registered_year: Some(0),
            appraisal: Some(not_recognised.clone()),
        },
        RecordStatus {
            registered_year: Some(u16::MAX),
            appraisal: None,
        },
        RecordStatus {
            registered_year: None,
            appraisal: Some(AppraisalOutcome {
                decision_number: "Số 12/QĐ-ĐU, ngày ký: xem bản giấy 📄".into(),
                ..not_recognised
            }),
        },
        recognised(),
    ]
}

#[test]
fn a_record_is_carried_and_read_back() {
    let registry = registry();
    let set = ben_tre();
    for record in records() {
        for options in [BARE, FULL] {
            let mut result = complete();
            result.record = Some(record.clone());
            let fragment = encode(&result, &registry, options).unwrap();
            assert_eq!(format_of(&fragment), 4, "{record:?}");
            let decoded = decode(&fragment, &registry).unwrap();
            assert_eq!(decoded.result, canonical(&result, &set, options));
            assert_eq!(decoded.result.record.as_ref(), Some(&record));
            if options == FULL {
                assert_eq!(decoded.result, result);
            }
        }
    }
}

/// Bits after `skip` of a body, without the zero bits that pad its end.
fn bits_after(body: &[u8], skip: usize) -> Vec<bool> {
    let mut bits = Bits::of(body).0.split_off(skip);
    while bits.last() == Some(&false) {
        bits.pop();
    }
    bits
}

#[test]
fn without_a_record_or_typed_texts_format_4_is_format_1_under_another_header() {
    let registry = registry();
    let result = complete();
    assert!(result.record.is_none());
    let fragment = encode(&result, &registry, BARE).unwrap();
    // Format 4: the set header, two flags (no typed texts, no record), then
    // exactly what format 1 wrote after its tag and version ("0 001").
    let header = Bits::set_header("ben-tre-2021", 1, BEN_TRE_FINGERPRINT)
        .0
        .len();
    let new = body_of(&fragment);
    assert_eq!(Bits::of(&new).0[header..header + 2], [false, false]);
    assert_eq!(
        bits_after(&new, header + 2),
        bits_after(&body_of(LEGACY_COMPLETE_BARE), 16 + 4)
    );
    // Typed texts alone: their flag and section; with a record, both.
    let mut typed = complete();
    typed.profile.year_typed = Some("2O26".into());
    typed.profile.year = None;
    let with_typed = body_of(&encode(&typed, &registry, BARE).unwrap());
    assert_eq!(Bits::of(&with_typed).0[header..header + 2], [true, false]);
    typed.record = Some(recognised());
    let fragment = encode(&typed, &registry, BARE).unwrap();
    assert_eq!(
        Bits::of(&body_of(&fragment)).0[header..header + 2],
        [true, true]
    );
    let decoded = decode(&fragment, &registry).unwrap().result;
    assert_eq!(decoded.profile.year_typed.as_deref(), Some("2O26"));
    assert_eq!(decoded.record, Some(recognised()));
}

#[test]
fn a_record_costs_a_few_characters() {
    let registry = registry();
    let mut result = complete();
    let without = encode(&result, &registry, BARE).unwrap().len();
    result.record = Some(RecordStatus {
        registered_year: Some(2026),
        appraisal: None,
    });
    let registered = encode(&result, &registry, BARE).unwrap().len();
    result.record = Some(recognised());
    let appraised = encode(&result, &registry, BARE).unwrap().len();
    // Two flags and a year: about 2 characters; an appraisal with its two
    // dates and the decision's number about 20 more (142 → 163 for
    // "125-QĐ/ĐU").
    assert!(registered - without <= 3, "{without} → {registered}");
    assert!(appraised - without <= 22, "{without} → {appraised}");
    // The everyday link stays within the size target.
    assert!(appraised <= 180, "{appraised}");
}

#[test]
fn a_cut_record_section_is_malformed_never_a_result_without_it() {
    let registry = registry();
    let mut result = complete();
    result.record = Some(recognised());
    let fragment = encode(&result, &registry, BARE).unwrap();
    let body = body_of(&fragment);
    // The same body with its last bytes cut, sealed again.
    for cut in 1..4 {
        let short = format!("#k={}", sealed(4, &body[..body.len() - cut]));
        assert_eq!(
            decode(&short, &registry),
            Err(LinkError::Malformed),
            "{cut}"
        );
    }
    // A link of format 3 reads with its record; cut, or under format 2
    // (more than format 2 holds), it is malformed.
    let legacy = decode(LEGACY_REGISTERED, &registry).unwrap().result;
    assert_eq!(
        legacy.record,
        Some(RecordStatus {
            registered_year: Some(2026),
            appraisal: None
        })
    );
    let body = body_of(LEGACY_REGISTERED);
    for cut in 1..3 {
        let short = format!("#k={}", sealed(3, &body[..body.len() - cut]));
        assert_eq!(
            decode(&short, &registry),
            Err(LinkError::Malformed),
            "{cut}"
        );
    }
    let as_two = format!("#k={}", sealed(2, &body));
    assert_eq!(decode(&as_two, &registry), Err(LinkError::Malformed));
}

#[test]
fn a_long_decision_number_is_named() {
    let registry = registry();
    let mut result = complete();
    result.record = Some(RecordStatus {
        registered_year: None,
        appraisal: Some(AppraisalOutcome {
            appraised_on: date(2026, 11, 15),
            recognised: true,
            decision_number: "Quyết định số 125 ".repeat(400),
            decision_date: None,
        }),
    });
    match encode(&result, &registry, BARE) {
        Err(e @ EncodeError::TooLong { .. }) => {
            let EncodeError::TooLong { parts, .. } = &e else {
                unreachable!()
            };
            assert_eq!(parts[0].part, LongPart::DecisionNumber);
            assert_eq!(parts[0].chars, 7200);
            assert!(
                e.message(Lang::Vi)
                    .contains("Số quyết định công nhận trong hồ sơ chi bộ dài 7.200 ký tự"),
                "{}",
                e.message(Lang::Vi)
            );
            assert!(e.message(Lang::En).contains("7,200 characters long"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn what_the_record_says_in_words() {
    let record = recognised();
    assert_eq!(record.registration_message(Lang::Vi), "Đã đăng ký năm 2025");
    assert_eq!(record.registration_message(Lang::En), "Registered in 2025");
    assert_eq!(
        record.appraisal_message(Lang::Vi),
        "Công nhận — ngày 15/11/2026; quyết định số 125-QĐ/ĐU ngày 20/11/2026"
    );
    assert_eq!(
        record.appraisal_message(Lang::En),
        "Recognised — on 15 November 2026; decision no. 125-QĐ/ĐU of 20 November 2026"
    );
    let empty = RecordStatus::default();
    assert_eq!(empty.registration_message(Lang::Vi), "Chưa đăng ký");
    assert_eq!(
        empty.appraisal_message(Lang::Vi),
        "Chưa có kết quả thẩm định"
    );
    let refused = &records()[2];
    assert_eq!(
        refused.appraisal_message(Lang::Vi),
        "Chưa công nhận — ngày 28/2/2019"
    );
    let undated_decision = AppraisalOutcome {
        decision_date: None,
        ..recognised().appraisal.unwrap()
    };
    assert_eq!(
        undated_decision.message(Lang::Vi),
        "Công nhận — ngày 15/11/2026; quyết định số 125-QĐ/ĐU"
    );
    let number_less = AppraisalOutcome {
        decision_number: "  ".into(),
        ..recognised().appraisal.unwrap()
    };
    assert_eq!(
        number_less.message(Lang::En),
        "Recognised — on 15 November 2026; decision of 20 November 2026"
    );
}

/// A shared result of every kind of record reads the same in an app that
/// opens it from the stored link (the commune's list keeps links).
#[test]
fn the_record_survives_any_options() {
    let registry = registry();
    let started = SharedResult {
        record: Some(recognised()),
        ..SharedResult {
            answers: tsvmtd::domain::scoring::Answers::new("ben-tre-2021", 1),
            ..Default::default()
        }
    };
    for options in [BARE, FULL] {
        let f = encode(&started, &registry, options).unwrap();
        assert_eq!(
            decode(&f, &registry).unwrap().result.record,
            Some(recognised())
        );
    }
}
