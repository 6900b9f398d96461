//! Sizes of the result link for a complete Bến Tre 2021 assessment with
//! typical Vietnamese names, beside the same data as JSON and as
//! lz-string-compressed JSON. Printed as `bench:` lines (scripts/bench runs it
//! with `--ignored`); the targets are checked by `cargo test` in
//! `tests/share_link_codec.rs`: without notes and item names, at most 160
//! characters and at most a third of the lz-string length.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;

use share_link_common::*;

#[test]
#[ignore = "bench: run with --release --ignored --nocapture"]
fn bench_share_link() {
    let set = ben_tre();
    let result = complete();
    for (name, options) in [("bare", BARE), ("full", FULL)] {
        let s = sizes_with(&result, &set, options);
        println!("bench: share_link_{name}_fragment_chars {}", s.fragment);
        println!("bench: share_link_{name}_json_chars {}", s.json);
        println!("bench: share_link_{name}_lz_json_chars {}", s.lz_json);
    }
    let s = sizes(&result, &set);
    println!(
        "bench: share_link_bare_fragment_per_mille_of_lz {}",
        s.fragment * 1000 / s.lz_json
    );
    for (name, r) in typical_results() {
        let s = sizes(&r, &set);
        println!(
            "bench: share_link_bare_fragment_chars[{}] {}",
            name.replace(' ', "_"),
            s.fragment
        );
    }
}
