//! Sizes of the result link for a complete Bến Tre 2021 assessment with
//! typical Vietnamese names, beside the same data as JSON and as
//! lz-string-compressed JSON. Printed as `bench:` lines (scripts/bench runs it
//! with `--ignored`); the targets are checked by `cargo test` in
//! `tests/share_link_codec.rs`: without notes and item names, at most 180
//! characters (160 before format 4 named the set by id, version and
//! fingerprint) and at most a third of the lz-string length.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;

use share_link_common::*;

/// A typical address of the app on a static host (31 characters).
const BENCH_BASE: &str = "https://tsvmtd.example.vn/app/";

#[test]
#[ignore = "bench: run with --release --ignored --nocapture"]
fn bench_share_link() {
    let registry = registry();
    let result = complete();
    for (name, options) in [("bare", BARE), ("full", FULL)] {
        let s = sizes_with(&result, &registry, options);
        println!("bench: share_link_{name}_fragment_chars {}", s.fragment);
        println!("bench: share_link_{name}_json_chars {}", s.json);
        println!("bench: share_link_{name}_lz_json_chars {}", s.lz_json);
        // The whole link on a typical static host, and the QR code it makes
        // (error correction M, as the app draws it).
        let fragment = tsvmtd::domain::share_link::encode(&result, &registry, options).unwrap();
        let link = tsvmtd::domain::share_link::link(BENCH_BASE, &fragment);
        let qr = tsvmtd::domain::qr::svg(&link).unwrap();
        println!(
            "bench: share_link_{name}_link_chars {}",
            link.chars().count()
        );
        println!("bench: share_link_{name}_qr_version {}", qr.version);
        println!("bench: share_link_{name}_qr_modules {}", qr.modules);
    }
    // The same link as earlier releases wrote it (format 1, the set named by
    // a 16-bit tag): what naming the set by id, version and fingerprint costs.
    let legacy = tsvmtd::domain::share_link::link(BENCH_BASE, LEGACY_COMPLETE_BARE);
    println!(
        "bench: share_link_bare_legacy_fragment_chars {}",
        LEGACY_COMPLETE_BARE.chars().count()
    );
    println!(
        "bench: share_link_bare_legacy_qr_version {}",
        tsvmtd::domain::qr::svg(&legacy).unwrap().version
    );
    let s = sizes(&result, &registry);
    println!(
        "bench: share_link_bare_fragment_per_mille_of_lz {}",
        s.fragment * 1000 / s.lz_json
    );
    for (name, r) in typical_results() {
        let s = sizes(&r, &registry);
        println!(
            "bench: share_link_bare_fragment_chars[{}] {}",
            name.replace(' ', "_"),
            s.fragment
        );
    }
}
