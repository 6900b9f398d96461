//! Ten years of quarterly checks (40) on one record. `forty_checks_…` runs
//! with `cargo test` and checks the history; the timing is ignored by
//! `cargo test`: the bench script runs `cargo test --release --test
//! bench_record -- --ignored --nocapture` and picks up the `bench:` lines (no
//! timing is asserted; the figures go to BENCHMARKS.md).
#![cfg(not(target_arch = "wasm32"))]

mod record_common;

use record_common::*;
use std::hint::black_box;
use std::time::Instant;
use tsvmtd::domain::draft::{self, Draft};
use tsvmtd::domain::record::{
    self, Appraisal, CellRecord, Check, History, changes, parse_day, read, write,
};
use tsvmtd::domain::scoring::Answer;

/// A record of 40 checks, one a quarter from 2026 to 2035; condition 6 is met
/// in the first year's second half and after, except one quarter in three
/// from 2030; each year's rating is added in its first quarter. Recognised
/// at the end of 2026.
fn ten_years() -> (CellRecord, Vec<Draft>) {
    let set = set();
    let mut first = draft("q0", "2026-01-15", met_answers(&[2024, 2025]));
    first.content.answers.answers.insert("c6".into(), rates(30));
    let mut record = CellRecord::new(
        "r".into(),
        "2026-01-15T08:00:00Z".into(),
        &first,
        parse_day("2026-01-15").unwrap(),
    );
    let mut drafts = vec![first];
    for q in 1..40 {
        let year = 2026 + q / 4;
        let day = format!("{year}-{:02}-15", 1 + 3 * (q % 4));
        let last = drafts.last().unwrap().clone();
        let mut next = record
            .start_check(
                &last,
                format!("q{q}"),
                format!("{day}T08:00:00Z"),
                parse_day(&day).unwrap(),
            )
            .unwrap();
        let poor = if q >= 2 && !(q >= 16 && q % 3 == 0) {
            21
        } else {
            30
        };
        next.content
            .answers
            .answers
            .insert("c6".into(), rates(poor));
        if q % 4 == 0 {
            let rated: Vec<i64> = (2024..year as i64).collect();
            next.content.answers.answers.insert(
                "c1".into(),
                Answer::YearlyRatings {
                    years: ratings(&rated),
                },
            );
            record.keep_ratings(&next, &set);
        }
        drafts.push(next);
    }
    let mut appraisal = Appraisal::new("a1".into());
    appraisal.date = "2026-11-20".into();
    appraisal.body = "Đảng ủy xã Lương Hòa".into();
    appraisal.recognised = true;
    record.save_appraisal(appraisal).unwrap();
    (record, drafts)
}

/// What the record screen does: read the record, open and score its checks
/// from their stored texts.
fn open_all(record_text: &str, draft_texts: &[String]) -> (CellRecord, Vec<Check>) {
    let registry = registry();
    let record = read(record_text).unwrap().record;
    let checks = record
        .checks
        .iter()
        .enumerate()
        .map(|(i, reference)| {
            let d = draft::read(&draft_texts[i]).unwrap().draft;
            Check::open(i, reference.clone(), d, &registry).unwrap()
        })
        .collect();
    (record, checks)
}

#[test]
fn forty_checks_history_is_right() {
    let (record, drafts) = ten_years();
    let texts: Vec<String> = drafts.iter().map(draft::write).collect();
    let (record, checks) = open_all(&write(&record), &texts);
    assert_eq!(checks.len(), 40);
    let history = History::new(&checks);
    let c6 = history
        .conditions
        .iter()
        .find(|c| c.criterion_id == "c6")
        .unwrap();
    // Lapses in 2030–2035: every third quarter from q18 (q16 is not one: 16 % 3 ≠ 0).
    let lapses: Vec<usize> = c6.lapses.iter().map(|m| m.position).collect();
    let expected: Vec<usize> = (16..40).filter(|q| q % 3 == 0).collect();
    assert_eq!(lapses, expected);
    assert_eq!(c6.first_met.as_ref().unwrap().position, 2);
    let c1 = history
        .conditions
        .iter()
        .find(|c| c.criterion_id == "c1")
        .unwrap();
    assert!(c1.lapses.is_empty(), "{:?}", c1.statuses);
    assert_eq!(record.ratings, ratings(&(2024..2035).collect::<Vec<_>>()));
    let keeping = record.keeping(&checks).unwrap();
    assert_eq!(
        keeping.checks.len(),
        36,
        "the checks after the one appraised"
    );
    assert_eq!(
        keeping.checks.iter().filter(|c| !c.holds).count(),
        expected.len()
    );
    // The record stays small: its checks are separate drafts.
    assert!(write(&record).len() < 4000, "{}", write(&record).len());
    let _ = record::RECORD_FORMAT;
}

/// Microseconds of one call of `f`, the best of a few rounds.
fn best_us(mut f: impl FnMut()) -> u128 {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_micros()
        })
        .min()
        .unwrap_or(0)
}

#[test]
#[ignore = "bench: run with --release --ignored --nocapture"]
fn bench_record() {
    let (record, drafts) = ten_years();
    let record_text = write(&record);
    let texts: Vec<String> = drafts.iter().map(draft::write).collect();
    let (record, checks) = open_all(&record_text, &texts);

    let read_us = best_us(|| {
        black_box(read(black_box(&record_text)).ok());
    });
    let open_us = best_us(|| {
        black_box(open_all(black_box(&record_text), black_box(&texts)));
    });
    let history_us = best_us(|| {
        black_box(History::new(black_box(&checks)));
    });
    let changes_us = best_us(|| {
        for pair in checks.windows(2) {
            black_box(changes(&pair[0], &pair[1]));
        }
    });
    let views_us = best_us(|| {
        black_box(record.keeping(&checks));
        black_box(record.side_by_side(&record.appraisals[0], &checks));
        black_box(record.summary(checks.last()));
    });
    println!("bench: record_40_checks_read_record_us {read_us}");
    println!("bench: record_40_checks_open_and_score_us {open_us}");
    println!("bench: record_40_checks_history_us {history_us}");
    println!("bench: record_40_checks_all_changes_us {changes_us}");
    println!("bench: record_40_checks_keeping_side_by_side_us {views_us}");
    println!("bench: record_40_checks_record_bytes {}", record_text.len());
    println!(
        "bench: record_40_checks_drafts_bytes {}",
        texts.iter().map(String::len).sum::<usize>()
    );
}
