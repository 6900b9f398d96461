//! Shared by the tests that read the crate's sources (`architecture.rs`, `stylesheets.rs`).

use std::fs;
use std::path::{Path, PathBuf};

/// Every Rust file under `dir`, at any depth.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
