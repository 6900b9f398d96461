//! Keeps the layers apart and the tree showing them: the pure core lives in
//! `src/domain/` and never names a browser or UI crate; only `src/browser/`,
//! `src/ui/` and the pages' entries (`src/main.rs`, `src/bin/*.rs`) may touch
//! the browser.
#![cfg(not(target_arch = "wasm32"))]

mod source_tree;

use source_tree::rust_files;
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

/// The pages' entries, relative to `src/`: the app's `main.rs`, and one file
/// a page in `bin/` (the commune's page, `theo-doi.rs`).
fn is_entry(relative: &Path) -> bool {
    relative == Path::new("main.rs")
        || (relative.parent() == Some(Path::new("bin"))
            && relative.extension().is_some_and(|e| e == "rs"))
}

/// Files allowed to use browser crates, relative to `src/`.
fn is_browser_side(relative: &Path) -> bool {
    relative.starts_with("browser") || relative.starts_with("ui") || is_entry(relative)
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
                || is_entry(r))
        })
        .map(|r| r.display().to_string())
        .collect();
    assert!(
        stray.is_empty(),
        "every Rust file of src/ belongs to domain/, browser/ or ui/, or is a page's entry: {stray:?}"
    );
}

/// The code of `line` (comments dropped).
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// The positions where `word` starts `line`'s code at a word boundary.
fn starts_of<'a>(line: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let code = code(line);
    let bytes = code.as_bytes();
    code.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b'$')
    })
}

/// Whether `line`, in a module `depth` levels below `i18n` (0 for
/// `i18n/mod.rs`, 1 for `i18n/messages.rs`), names a module of the crate
/// outside `i18n`: a `crate::` path that does not go into `domain::i18n`, or
/// more `super::` than lead back up to `i18n`.
fn names_outside_i18n(line: &str, depth: usize) -> bool {
    let code = code(line);
    let through_root = starts_of(line, "crate::")
        .any(|i| !code[i + "crate::".len()..].starts_with("domain::i18n"));
    let through_parents = starts_of(line, "super::")
        .filter(|&i| !code[..i].ends_with("super::"))
        .any(|i| {
            let mut rest = &code[i..];
            let mut up = 0;
            while let Some(after) = rest.strip_prefix("super::") {
                up += 1;
                rest = after;
            }
            up > depth
        });
    through_root || through_parents
}

#[test]
fn the_i18n_detector_sees_paths_out_and_ignores_paths_in() {
    assert!(names_outside_i18n(
        "use crate::domain::tracking::Summary;",
        1
    ));
    assert!(names_outside_i18n("use crate::domain::{i18n, numfmt};", 1));
    assert!(names_outside_i18n("    let x = crate::ui::App;", 0));
    assert!(names_outside_i18n("use super::numfmt;", 0));
    assert!(names_outside_i18n("use super::super::plan::PlanItem;", 1));
    assert!(!names_outside_i18n(
        "use super::{Lang, Text, numfmt, t};",
        1
    ));
    assert!(!names_outside_i18n("use crate::domain::i18n::Lang;", 1));
    assert!(!names_outside_i18n("pub(crate) fn x() {}", 0));
    assert!(!names_outside_i18n("pub(super) fn x() {}", 1));
    assert!(!names_outside_i18n("/// See `crate::domain::tracking`.", 0));
    assert!(!names_outside_i18n(
        "macro_rules! m { () => { $crate::x } }",
        0
    ));
}

/// Words sit below everything: the catalogue and its sentences take plain
/// values, and the core's types build what they need from them, so that
/// `i18n` never depends on the modules that use it.
#[test]
fn i18n_names_nothing_else_of_the_crate() {
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/i18n");
    let mut files = Vec::new();
    rust_files(&i18n, &mut files);
    assert!(files.len() >= 3, "found only {files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&i18n).unwrap();
        let depth = relative.components().count() - usize::from(relative.ends_with("mod.rs"));
        let text = fs::read_to_string(file).unwrap();
        // Inline modules (the tests, at the end of a file) sit one level deeper.
        let mut inline = 0;
        for (n, line) in text.lines().enumerate() {
            let words: Vec<&str> = code(line).split_whitespace().collect();
            if words.ends_with(&["{"]) && words.iter().rev().nth(2) == Some(&"mod") {
                inline += 1;
            }
            if names_outside_i18n(line, depth + inline) {
                offences.push(format!(
                    "src/domain/i18n/{}:{}: {}",
                    relative.display(),
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "i18n names other modules of the crate (give its sentences plain values):\n{}",
        offences.join("\n")
    );
}

/// Whether `text` holds a Latin letter with a diacritic (Vietnamese writes
/// them in almost every word: "Chưa đạt", "Dễ").
fn has_vietnamese_letter(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_alphabetic() && matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF))
}

/// The string literals of `line`'s code, raw strings included (a literal
/// spanning lines is seen line by line).
fn string_literals(line: &str) -> Vec<&str> {
    let code = code(line);
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(start) = rest.find('"') {
        // A char literal holding a quote ('"') is no string.
        if rest[..start].ends_with('\'') {
            rest = &rest[start + 1..];
            continue;
        }
        let body = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        match end {
            Some(end) => {
                out.push(&body[..end]);
                rest = &body[end + 1..];
            }
            None => {
                out.push(body);
                break;
            }
        }
    }
    out
}

#[test]
fn the_words_detector_sees_vietnamese_literals() {
    assert!(has_vietnamese_letter("Chưa đạt"));
    assert!(has_vietnamese_letter("ĐẠT"));
    assert!(has_vietnamese_letter("Dễ"));
    assert!(!has_vietnamese_letter("Not met — 40–50%"));
    assert_eq!(
        string_literals(r#"  (Lang::Vi, 0) => "Đạt".into(), // "Chưa""#),
        ["Đạt"]
    );
    assert_eq!(string_literals(r#"let q = '"'; let s = "ô";"#), ["ô"]);
    assert_eq!(string_literals("no strings here"), Vec::<&str>::new());
}

/// The files of modules declared under `#[cfg(test)]` (`#[cfg(test)] mod tests;`
/// in their parent): tests, whatever their file is called.
fn test_module_files(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let Some(name) = pair[1]
                .strip_prefix("mod ")
                .and_then(|rest| rest.strip_suffix(';'))
            else {
                continue;
            };
            if pair[0] != "#[cfg(test)]" {
                continue;
            }
            let dir = file.parent().unwrap();
            // `a/mod.rs` declares `a/name.rs`; `a.rs` declares `a/name.rs`.
            let base = if file
                .file_name()
                .is_some_and(|f| f == "mod.rs" || f == "lib.rs")
            {
                dir.to_path_buf()
            } else {
                dir.join(file.file_stem().unwrap())
            };
            out.push(base.join(format!("{name}.rs")));
            out.push(base.join(name).join("mod.rs"));
        }
    }
    out
}

/// Words live in the catalogue (`src/domain/i18n/`): no other code of `src/`
/// holds a Vietnamese text, tests aside (every interface text has its
/// Vietnamese form, so this finds words written in code). The criteria sets'
/// own words (`criteria/baked.rs`, written from the data files) are data, and
/// the link codec's "Chi bộ " prefix is part of the link format.
#[test]
fn words_live_in_the_catalogue() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let allowed = [
        ("domain/share_link/body.rs", "Chi bộ "),
        // The words before a province's name that matching sets to it skips.
        ("domain/criteria/registry.rs", "tỉnh"),
        ("domain/criteria/registry.rs", "thành"),
        ("domain/criteria/registry.rs", "phố"),
    ];
    let test_modules = test_module_files(&files);
    let mut offences = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        if relative.starts_with("domain/i18n")
            || relative.ends_with("criteria/baked.rs")
            || test_modules.contains(file)
        {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            for literal in string_literals(line) {
                let is_allowed = allowed
                    .iter()
                    .any(|(f, l)| relative == Path::new(f) && literal == *l);
                if has_vietnamese_letter(literal) && !is_allowed {
                    offences.push(format!(
                        "src/{}:{}: \"{literal}\"",
                        relative.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "words written in code; put them in the catalogue (src/domain/i18n/):\n{}",
        offences.join("\n")
    );
}
