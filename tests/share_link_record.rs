//! Link format 3: what the cell's record says (the year registered, the
//! latest appraisal) travels with the result, for the commune's follow-up. A
//! result without a record is written exactly as before (formats 1 and 2).
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use share_link_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::share_link::{
    AppraisalOutcome, EncodeError, LinkError, LongPart, RecordStatus, ShareDate, SharedResult,
    canonical, decode, encode,
};

fn format_of(fragment: &str) -> u8 {
    URL_SAFE_NO_PAD
        .decode(fragment.strip_prefix("#k=").unwrap())
        .unwrap()[0]
}

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
fn a_record_is_carried_in_format_3_and_read_back() {
    let (registry, set) = (registry(), ben_tre());
    for record in records() {
        for options in [BARE, FULL] {
            let mut result = complete();
            result.record = Some(record.clone());
            let fragment = encode(&result, &set, options).unwrap();
            assert_eq!(format_of(&fragment), 3, "{record:?}");
            let decoded = decode(&fragment, &registry).unwrap();
            assert_eq!(decoded.result, canonical(&result, &set, options));
            assert_eq!(decoded.result.record.as_ref(), Some(&record));
            if options == FULL {
                assert_eq!(decoded.result, result);
            }
        }
    }
}

#[test]
fn without_a_record_links_are_written_as_before() {
    let set = ben_tre();
    let result = complete();
    assert!(result.record.is_none());
    let before = encode(&result, &set, BARE).unwrap();
    assert_eq!(format_of(&before), 1);
    // The everyday link of the page's vectors, byte for byte.
    assert_eq!(
        before,
        "#k=AVhl8hOCrODYN0AQRWICHwhfsBkAyuT8nHAh8IX2yZHIAx5x_rj1ZFwcCiEygoioCAw_oi5lGRERHX4f54PrwaJfnw6P14ODtwoUvzylqqwpqqqGtUhccnRZ"
    );
    // Typed texts alone: format 2; with a record: format 3 holding both.
    let mut typed = complete();
    typed.profile.year_typed = Some("2O26".into());
    typed.profile.year = None;
    assert_eq!(format_of(&encode(&typed, &set, BARE).unwrap()), 2);
    typed.record = Some(recognised());
    let fragment = encode(&typed, &set, BARE).unwrap();
    assert_eq!(format_of(&fragment), 3);
    let decoded = decode(&fragment, &registry()).unwrap().result;
    assert_eq!(decoded.profile.year_typed.as_deref(), Some("2O26"));
    assert_eq!(decoded.record, Some(recognised()));
}

#[test]
fn a_record_costs_a_few_characters() {
    let set = ben_tre();
    let mut result = complete();
    let without = encode(&result, &set, BARE).unwrap().len();
    result.record = Some(RecordStatus {
        registered_year: Some(2026),
        appraisal: None,
    });
    let registered = encode(&result, &set, BARE).unwrap().len();
    result.record = Some(recognised());
    let appraised = encode(&result, &set, BARE).unwrap().len();
    // 10 bits of empty typed section, 2 flags, a year: about 3 characters;
    // an appraisal with its two dates and the decision's number about 20 more
    // (123 → 145 for "125-QĐ/ĐU").
    assert!(registered - without <= 4, "{without} → {registered}");
    assert!(appraised - without <= 24, "{without} → {appraised}");
    // The everyday link stays within the size target.
    assert!(appraised <= 160, "{appraised}");
}

#[test]
fn a_cut_record_section_is_malformed_never_a_result_without_it() {
    let (registry, set) = (registry(), ben_tre());
    let mut result = complete();
    result.record = Some(recognised());
    let fragment = encode(&result, &set, BARE).unwrap();
    let bytes = URL_SAFE_NO_PAD.decode(&fragment[3..]).unwrap();
    let body = &bytes[2..bytes.len() - 4];
    // The same body with its last bytes cut, sealed again as format 3.
    for cut in 1..4 {
        let short = format!("#k={}", sealed(3, &body[..body.len() - cut]));
        assert_eq!(
            decode(&short, &registry),
            Err(LinkError::Malformed),
            "{cut}"
        );
    }
    // The body of format 3 under format 2: more than format 2 holds.
    let as_two = format!("#k={}", sealed(2, body));
    assert_eq!(decode(&as_two, &registry), Err(LinkError::Malformed));
}

#[test]
fn a_long_decision_number_is_named() {
    let set = ben_tre();
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
    match encode(&result, &set, BARE) {
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
    let (registry, set) = (registry(), ben_tre());
    let started = SharedResult {
        record: Some(recognised()),
        ..SharedResult {
            answers: tsvmtd::domain::scoring::Answers::new("ben-tre-2021", 1),
            ..Default::default()
        }
    };
    for options in [BARE, FULL] {
        let f = encode(&started, &set, options).unwrap();
        assert_eq!(
            decode(&f, &registry).unwrap().result.record,
            Some(recognised())
        );
    }
}
