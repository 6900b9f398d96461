//! Statuses and reasons keep the source's words (issue 15). For each condition
//! of "Bến Tre 2021", its key phrases must appear verbatim in the interview the
//! set quotes (`tests/fixtures/sources/`), in the condition's `source_text`, and
//! in the Vietnamese reasons scoring writes, both when the condition is met and
//! in every way it can fail below. A phrase may start a sentence, so its first
//! letter may be a capital there; nothing else may differ.
//!
//! Also: the paraphrases that once replaced the source's words do not come back,
//! in the set's texts or in the reasons.
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::domain::criteria::{Criterion, Input, Registry};
use tsvmtd::domain::scoring::{Answer, CriterionResult, Status, evaluate};

const SOURCE: &str = include_str!("fixtures/sources/ben-tre-2021-interview.vi.txt");

/// One condition: its key phrases, an answer that meets it, answers that do
/// not (JSON, as stored), and paraphrases that must not appear.
struct Words {
    id: &'static str,
    phrases: &'static [&'static str],
    met: &'static str,
    unmet: &'static [&'static str],
    never: &'static [&'static str],
}

const ORGS_OK: &str = r#""government":{"staffed":true,"meets":true},"front":{"staffed":true,"meets":true},"farmers":{"staffed":true,"meets":true},"women":{"staffed":true,"meets":true},"youth":{"staffed":true,"meets":true},"veterans":{"staffed":true,"meets":true},"self_managed":{"staffed":true,"meets":true}"#;

const WORDS: &[Words] = &[
    Words {
        id: "c1",
        phrases: &["hoàn thành xuất sắc nhiệm vụ", "năm liên tục"],
        met: r#"{"kind":"yearly_ratings","years":[{"year":2024,"level":"excellent"},{"year":2025,"level":"excellent"}]}"#,
        unmet: &[
            r#"{"kind":"yearly_ratings","years":[{"year":2024,"level":"excellent"},{"year":2025,"level":"good"}]}"#,
            r#"{"kind":"yearly_ratings","years":[{"year":2024,"level":"good"},{"year":2025,"level":"excellent"}]}"#,
            r#"{"kind":"yearly_ratings","years":[{"year":2024,"level":"excellent"},{"year":2025,"score_tenths":895}]}"#,
            r#"{"kind":"yearly_ratings","years":[{"year":2023,"level":"excellent"},{"year":2025,"level":"excellent"}]}"#,
        ],
        never: &[],
    },
    Words {
        id: "c2",
        phrases: &[
            "cán bộ, đảng viên",
            "hộ dân",
            "đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước",
        ],
        met: r#"{"kind":"counts","groups":{"members":{"total":25,"counted":0},"households":{"total":399,"counted":0}}}"#,
        unmet: &[
            r#"{"kind":"counts","groups":{"members":{"total":25,"counted":0},"households":{"total":399,"counted":2}}}"#,
            r#"{"kind":"counts","groups":{"members":{"total":25,"counted":1},"households":{"total":399,"counted":0}}}"#,
        ],
        never: &[],
    },
    Words {
        id: "c3",
        phrases: &[
            "việc làm, sản phẩm cụ thể",
            "phong trào thi đua “Đồng khởi mới”",
        ],
        met: r#"{"kind":"named_items","items":["Tuyến đường hoa"]}"#,
        unmet: &[r#"{"kind":"named_items","items":[]}"#],
        never: &[],
    },
    Words {
        id: "c4",
        phrases: &["được phân công nhiệm vụ và có việc làm cụ thể"],
        met: r#"{"kind":"counts","groups":{"members":{"total":25,"counted":25}}}"#,
        unmet: &[r#"{"kind":"counts","groups":{"members":{"total":25,"counted":22}}}"#],
        never: &[],
    },
    Words {
        id: "c5",
        phrases: &[
            "mô hình",
            "phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững",
        ],
        met: r#"{"kind":"named_items","items":["Tổ hợp tác trồng bưởi"]}"#,
        unmet: &[r#"{"kind":"named_items","items":["  "]}"#],
        never: &["kinh tế bền vững", "dịch vụ bền vững"],
    },
    Words {
        id: "c6",
        phrases: &[
            "tỷ lệ hộ nghèo",
            "cận nghèo",
            "thấp hơn tỷ lệ bình quân chung của tỉnh",
        ],
        met: r#"{"kind":"household_rates","households":399,"poor":2,"near_poor":3,"reference":{"preset":"ben-tre-2023"}}"#,
        unmet: &[
            r#"{"kind":"household_rates","households":399,"poor":12,"near_poor":3,"reference":{"preset":"ben-tre-2023"}}"#,
            r#"{"kind":"household_rates","households":399,"poor":12,"near_poor":3,"poor_protected":10,"near_poor_protected":0,"exclude_protected":true,"reference":{"custom":{"poor_bp":50,"near_poor_bp":50}}}"#,
        ],
        never: &[],
    },
    Words {
        id: "c7",
        phrases: &[
            "đảng viên là chủ hộ nghèo, cận nghèo",
            "thuộc diện đang hưởng chính sách bảo trợ xã hội",
        ],
        met: r#"{"kind":"counts","groups":{"members":{"total":25,"counted":2,"exempt":2}}}"#,
        unmet: &[r#"{"kind":"counts","groups":{"members":{"total":25,"counted":2,"exempt":1}}}"#],
        never: &["ngoài diện bảo trợ xã hội"],
    },
    Words {
        id: "c8",
        phrases: &[
            "được củng cố, kiện toàn kịp thời",
            "duy trì họp thường xuyên",
        ],
        met: "",
        unmet: &[
            r#"{"kind":"organisations","rows":{"government":{"staffed":true,"meets":true},"front":{"staffed":true,"meets":true},"farmers":{"absent":true},"women":{"staffed":false,"meets":true},"youth":{"staffed":true,"meets":true},"veterans":{"staffed":true,"meets":true},"self_managed":{"staffed":true,"meets":true}}}"#,
            r#"{"kind":"organisations","rows":{"government":{"staffed":true,"meets":true},"front":{"staffed":true,"meets":false},"farmers":{"staffed":true,"meets":true},"women":{"staffed":true,"meets":true},"youth":{"staffed":true,"meets":true},"veterans":{"staffed":true,"meets":true},"self_managed":{"staffed":true,"meets":true}}}"#,
        ],
        never: &["kiện toàn và"],
    },
    Words {
        id: "c9",
        phrases: &[
            "xảy ra tội phạm nghiêm trọng",
            "không có tụ điểm, băng nhóm, tệ nạn xã hội",
            "không phát sinh người nghiện ma túy, mại dâm và các tệ nạn xã hội khác",
            "quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng",
            "có mô hình an ninh trật tự hiệu quả",
        ],
        met: r#"{"kind":"checklist","parts":{"serious_crime":true,"hotspots":true,"new_cases":true,"rehab":true,"security_model":true}}"#,
        unmet: &[
            r#"{"kind":"checklist","parts":{"serious_crime":true,"hotspots":true,"new_cases":true,"rehab":false,"security_model":true}}"#,
            r#"{"kind":"checklist","parts":{"serious_crime":false,"hotspots":false,"new_cases":false,"rehab":false,"security_model":false}}"#,
        ],
        never: &["người cai nghiện tại", "hoạt động hiệu quả"],
    },
];

fn score(c: &Criterion, json: &str) -> CriterionResult {
    let answer: Answer =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{}: bad row {json}: {e}", c.id));
    evaluate(c, Some(&answer), None, 2026)
}

/// `phrase` as written, or with a capital first letter (a sentence's start).
fn says(text: &str, phrase: &str) -> bool {
    let mut chars = phrase.chars();
    let capital = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect::<String>())
        .unwrap_or_default();
    text.contains(phrase) || text.contains(&capital)
}

/// Every Vietnamese text of a criterion the secretary reads, besides reasons.
fn texts(c: &Criterion) -> Vec<String> {
    let mut out = vec![
        c.title.vi.to_string(),
        c.question.vi.to_string(),
        c.help.vi.to_string(),
    ];
    match &c.input {
        Input::Counts { groups, .. } => {
            for g in groups.iter() {
                out.extend(
                    [&g.total_label, &g.counted_label, &g.met, &g.unmet]
                        .into_iter()
                        .chain(g.exempt_label.as_ref())
                        .map(|t| t.vi.to_string()),
                );
            }
        }
        Input::NamedItems { unit, .. } => out.push(unit.vi.to_string()),
        Input::Checklist { parts } => out.extend(parts.iter().map(|p| p.label.vi.to_string())),
        Input::Organisations { organisations } => {
            out.extend(organisations.iter().map(|o| o.name.vi.to_string()))
        }
        _ => {}
    }
    out
}

#[test]
fn every_condition_keeps_the_sources_key_phrases() {
    let registry = Registry::bundled();
    let set = registry.latest("ben-tre-2021").unwrap();
    let listed: Vec<&str> = WORDS.iter().map(|w| w.id).collect();
    let ids: Vec<&str> = set.criterion_ids().collect();
    assert_eq!(listed, ids, "every condition needs its key phrases here");
    let all_ok = format!(r#"{{"kind":"organisations","rows":{{{ORGS_OK}}}}}"#);
    for w in WORDS {
        let c = set.criterion(w.id).unwrap();
        assert!(!w.phrases.is_empty() && !w.unmet.is_empty(), "{}", w.id);
        let met = if w.met.is_empty() {
            all_ok.as_str()
        } else {
            w.met
        };
        let mut results = vec![(met, score(c, met), Status::Met)];
        results.extend(w.unmet.iter().map(|a| (*a, score(c, a), Status::NotMet)));
        for phrase in w.phrases {
            assert!(
                SOURCE.contains(phrase),
                "{}: “{phrase}” is not in the source",
                w.id
            );
            assert!(
                c.source_text.contains(phrase),
                "{}: “{phrase}” is not in its source_text",
                w.id
            );
            for (answer, r, status) in &results {
                let vi: Vec<&str> = r.reasons.iter().map(|t| &*t.vi).collect();
                assert_eq!(r.status, *status, "{} {answer}: {vi:#?}", w.id);
                assert!(
                    vi.iter().any(|t| says(t, phrase)),
                    "{} {answer}: “{phrase}” is in no reason: {vi:#?}",
                    w.id
                );
            }
        }
        let reasons = results
            .iter()
            .flat_map(|(_, r, _)| r.reasons.iter().map(|t| t.vi.to_string()));
        for text in texts(c).into_iter().chain(reasons) {
            for paraphrase in w.never {
                assert!(
                    !says(&text, paraphrase),
                    "{}: “{paraphrase}” in {text:?}",
                    w.id
                );
            }
        }
    }
}

/// The matching rule itself: a capital is allowed only on the first letter.
#[test]
fn a_phrase_may_start_a_sentence_and_nothing_else_may_differ() {
    assert!(says(
        "Đạt: Quản lý tốt đối tượng cai nghiện.",
        "quản lý tốt đối tượng"
    ));
    assert!(says("… quản lý tốt đối tượng …", "quản lý tốt đối tượng"));
    assert!(!says(
        "Quản lý tốt người cai nghiện",
        "quản lý tốt đối tượng"
    ));
    assert!(!says("Quản Lý tốt đối tượng", "quản lý tốt đối tượng"));
    assert!(!says("quan ly tot doi tuong", "quản lý tốt đối tượng"));
}
