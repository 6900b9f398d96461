//! Timing of the pure core, natively. Ignored by `cargo test`; the bench script
//! runs `cargo test --release --test bench_scoring -- --ignored --nocapture`
//! and picks up the `bench:` lines. Target: scoring a whole set under 50 µs.
#![cfg(not(target_arch = "wasm32"))]

use std::hint::black_box;
use std::time::Instant;
use tsvmtd::domain::criteria::{BUNDLED, Registry, bundled_data_bytes};
use tsvmtd::domain::scoring::{Answers, score};

/// A whole cell, every criterion answered (ấp Hòa Thạnh A's households), with
/// the work each rule can do: reasons with numbers, formulas, templates.
const FULL_ANSWERS: &str = r#"{"set_id":"ben-tre-2021","set_version":1,"answers":{
 "c1":{"kind":"yearly_ratings","years":[{"year":2022,"level":"good","score_tenths":850},{"year":2023,"level":"excellent"},{"year":2024,"level":"excellent"},{"year":2025,"level":"excellent","score_tenths":925}]},
 "c2":{"kind":"counts","groups":{"members":{"total":31,"counted":0},"households":{"total":399,"counted":2}}},
 "c3":{"kind":"named_items","items":["Tuyến đường hoa","Cầu bê tông liên xóm"]},
 "c4":{"kind":"counts","groups":{"members":{"total":31,"counted":28}}},
 "c5":{"kind":"named_items","items":["Tổ hợp tác trồng dừa hữu cơ"]},
 "c6":{"kind":"household_rates","households":399,"poor":12,"near_poor":3,"poor_protected":10,"near_poor_protected":0,"exclude_protected":true},
 "c7":{"kind":"counts","groups":{"members":{"total":31,"counted":1,"exempt":1}}},
 "c8":{"kind":"organisations","rows":{"government":{"staffed":true,"meets":true},"front":{"staffed":true,"meets":true},"farmers":{"absent":true},"women":{"staffed":true,"meets":false},"youth":{"staffed":true,"meets":true},"veterans":{"staffed":true,"meets":true},"self_managed":{"staffed":true,"meets":true}},"others":[{"name":"Tổ nhân dân tự quản số 3","staffed":true,"meets":true}]},
 "c9":{"kind":"checklist","parts":{"serious_crime":true,"hotspots":true,"new_cases":true,"rehab":true,"security_model":false}}}}"#;

/// Nanoseconds per call of `f`, the best of a few rounds (the least disturbed).
fn ns_per_iter(iterations: u32, mut f: impl FnMut()) -> u128 {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed().as_nanos() / u128::from(iterations)
        })
        .min()
        .unwrap_or(0)
}

#[test]
#[ignore = "bench: run with --release --ignored --nocapture"]
fn bench_scoring() {
    let registry = Registry::bundled();
    let set = registry.latest("ben-tre-2021").unwrap();
    let answers: Answers = serde_json::from_str(FULL_ANSWERS).unwrap();
    let result = score(set, &answers, 2026);
    assert_eq!(result.answered, result.total, "every criterion answered");

    let score_ns = ns_per_iter(20_000, || {
        black_box(score(black_box(set), black_box(&answers), black_box(2026)));
    });
    let bundled_ns = ns_per_iter(2_000, || {
        black_box(Registry::bundled());
    });
    let parse_ns = ns_per_iter(200, || {
        black_box(Registry::from_data_files());
    });
    let answers_ns = ns_per_iter(20_000, || {
        black_box(Answers::from_json_lenient(black_box(FULL_ANSWERS)).ok());
    });
    let result_json = serde_json::to_string(&result).unwrap();

    println!("bench: score_full_set_ns_per_iter {score_ns}");
    println!("bench: bundled_sets_ns_per_iter {bundled_ns}");
    println!("bench: parse_sets_ns_per_iter {parse_ns}");
    println!("bench: read_answers_ns_per_iter {answers_ns}");
    println!("bench: criteria_data_bytes {}", bundled_data_bytes());
    println!("bench: criteria_sets {}", BUNDLED.len());
    println!("bench: full_answers_json_bytes {}", FULL_ANSWERS.len());
    println!("bench: result_json_bytes {}", result_json.len());
    assert!(
        score_ns < 50_000,
        "scoring a whole set took {score_ns} ns, over the 50 µs target"
    );
}
