//! Timing of the commune's collection, natively. Ignored by `cargo test`; the
//! bench script runs `cargo test --release --test bench_tracking -- --ignored
//! --nocapture` and picks up the `bench:` lines. The browser's target is
//! importing 500 links in under 1 s; natively the same work must stay far
//! below that (the wasm runs a few times slower).
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::registry;
use std::hint::black_box;
use std::time::Instant;
use tracking_common::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::tracking::{Collection, Granularity, progress, to_csv, write};

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

/// 500 lines, each "Ấp n gửi: https://…/#k=…", 500 different cells.
fn block_of_500() -> String {
    (0..500)
        .map(|i| {
            let mut result = block_cell(i % 27);
            result.profile.hamlet = format!("ấp {i}");
            result.profile.cell_name = format!("Chi bộ ấp {i}");
            format!(
                "Ấp {i} gửi: https://tsvmtd.example/app/{}",
                fragment(&result, i % 10 == 0)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
#[ignore = "bench: run with --release --ignored --nocapture"]
fn bench_tracking() {
    let registry = registry();
    let block = block_of_500();
    let mut collection = Collection::default();
    let report = collection.import_text(&block, &registry, "now");
    assert_eq!(report.added, 500, "{:?}", report.bad.first());

    let import_us = best_us(|| {
        let mut c = Collection::default();
        black_box(c.import_text(black_box(&block), &registry, "now"));
    });
    // The share of decoding alone in the import.
    let payloads: Vec<&str> = collection
        .entries
        .iter()
        .map(|e| e.fragment.as_str())
        .collect();
    let decode_us = best_us(|| {
        for p in &payloads {
            black_box(tsvmtd::domain::share_link::decode(black_box(p), &registry).ok());
        }
    });
    let again_us = best_us(|| {
        let mut c = collection.clone();
        black_box(c.import_text(black_box(&block), &registry, "now"));
    });
    let table_us = best_us(|| {
        let rows = collection.rows(&registry, 2026);
        black_box(&rows);
        black_box(collection.summary(&registry, 2026, collection.default_target()));
    });
    let rows = collection.rows(&registry, 2026);
    let csv_us = best_us(|| {
        black_box(to_csv(&rows, Lang::Vi));
    });
    let stored = write(&collection);
    let read_us = best_us(|| {
        black_box(tsvmtd::domain::tracking::read(black_box(&stored), &registry).ok());
    });

    println!("bench: tracking_import_500_links_us {import_us}");
    println!("bench: tracking_decode_500_links_us {decode_us}");
    println!("bench: tracking_import_500_again_us {again_us}");
    println!("bench: tracking_rows_summary_500_us {table_us}");
    println!("bench: tracking_csv_500_us {csv_us}");
    println!("bench: tracking_read_stored_500_us {read_us}");
    println!("bench: tracking_stored_500_bytes {}", stored.len());
    println!(
        "bench: tracking_csv_500_bytes {}",
        to_csv(&rows, Lang::Vi).len()
    );

    // Ten years of quarterly checks of 30 cells (1,200 links): the table and
    // the progress by quarter and by year.
    let mut history = Collection::default();
    let mut text = String::new();
    for quarter in 0..40u8 {
        for i in 0..30 {
            let mut result = block_cell(i % 27);
            result.profile.hamlet = format!("ấp {i}");
            result.profile.cell_name = format!("Chi bộ ấp {i}");
            result.assessed_on = tsvmtd::domain::share_link::ShareDate::new(
                2026 + i32::from(quarter / 4),
                3 * (quarter % 4) + 1,
                1 + i as u8,
            );
            text += &fragment(&result, false);
            text.push('\n');
        }
    }
    assert_eq!(history.import_text(&text, &registry, "now").added, 1200);
    let history_us = best_us(|| {
        let rows = history.rows(&registry, 2035);
        black_box(progress(
            &rows,
            Granularity::Quarter,
            history.default_target(),
        ));
        black_box(progress(&rows, Granularity::Year, history.default_target()));
    });
    println!("bench: tracking_history_30_cells_40_quarters_us {history_us}");
}
