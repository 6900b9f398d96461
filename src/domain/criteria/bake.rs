//! Writes criteria sets as Rust constants: the source of `baked.rs`, which is how
//! the app carries its bundled sets (see `registry`). Native only; the test that
//! writes and checks `baked.rs` runs it (`tests/criteria_sets.rs`).

use super::{CriteriaSet, fingerprint};
use databake::Bake;

/// The first lines of `baked.rs`.
const HEADER: &str = "\
//! The bundled criteria sets as constants, baked from `src/domain/criteria/sets/*.json`.
//! Generated: do not edit. After changing a data file, run
//! `cargo test --test criteria_sets -- --ignored` to bake it again (a test fails
//! while this file and the data files differ).

extern crate alloc;

";

/// The Rust source of `baked.rs` for `sets`: a `static SETS` slice, unformatted
/// (the writer passes it through rustfmt).
pub fn baked_source(sets: &[CriteriaSet]) -> String {
    let env = databake::CrateEnv::default();
    let fingerprints = sets.iter().map(fingerprint);
    let sets = sets.iter().map(|set| set.bake(&env));
    let body = databake::quote! {
        pub static SETS: &[crate::domain::criteria::CriteriaSet] = &[#(#sets),*];
        /// The fingerprint of each set, in the same order.
        pub static FINGERPRINTS: &[u32] = &[#(#fingerprints),*];
    };
    format!("{HEADER}{body}\n")
}
