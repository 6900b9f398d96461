//! Keeps the layers apart and the tree showing them: the pure core lives in
//! `src/domain/` and never names a browser or UI crate; only `src/browser/`,
//! `src/ui/` and `src/main.rs` may touch the browser.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: &[&str] = &[
    "yew",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "console_error_panic_hook",
];

/// Files allowed to use browser crates, relative to `src/`.
fn is_browser_side(relative: &Path) -> bool {
    relative.starts_with("browser")
        || relative.starts_with("ui")
        || relative == Path::new("main.rs")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `line` uses `name` as a path root (`name::`, `use name`, `extern crate name`).
fn names_crate(line: &str, name: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let bytes = code.as_bytes();
    code.match_indices(name).any(|(i, _)| {
        let before_ok = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let rest = &code[i + name.len()..];
        before_ok && (rest.starts_with("::") || rest.starts_with(';') || rest.starts_with(" as "))
    })
}

#[test]
fn the_detector_sees_uses_and_ignores_lookalikes() {
    assert!(names_crate("use yew::prelude::*;", "yew"));
    assert!(names_crate("    let w = web_sys::window();", "web_sys"));
    assert!(names_crate("extern crate gloo;", "gloo"));
    assert!(!names_crate("let yewish::x = 1;", "yew"));
    assert!(!names_crate("// use yew::prelude::*;", "yew"));
    assert!(!names_crate("my_web_sys::x", "web_sys"));
}

#[test]
fn pure_core_does_not_depend_on_browser_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() >= 3, "found only {files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        if is_browser_side(relative) {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for name in BROWSER_CRATES {
                if names_crate(line, name) {
                    offences.push(format!(
                        "src/{}:{}: {}",
                        relative.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the pure core names browser crates:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_tree_shows_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let stray: Vec<String> = files
        .iter()
        .map(|f| f.strip_prefix(&src).unwrap().to_path_buf())
        .filter(|r| {
            !(r.starts_with("domain")
                || r.starts_with("browser")
                || r.starts_with("ui")
                || r == Path::new("lib.rs")
                || r == Path::new("main.rs"))
        })
        .map(|r| r.display().to_string())
        .collect();
    assert!(
        stray.is_empty(),
        "every Rust file of src/ belongs to domain/, browser/ or ui/: {stray:?}"
    );
}
