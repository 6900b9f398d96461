//! `index.html` carries a few texts for the moments before any Rust runs (loading,
//! no JavaScript, an app that cannot start, an address that is not the app's). They
//! must stay equal to the catalogue's entries, which the panic hook uses. The
//! other pages (`theo-doi.html`, `ho-so.html`, `ket-qua.html`, `bo-tieu-chi.html`) carry the
//! same screens and guard.
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::domain::i18n::{Lang, Text};

const INDEX_HTML: &str = include_str!("../index.html");
const BOOT_JS: &str = include_str!("../src/browser/boot.js");

#[test]
fn index_html_static_texts_match_the_catalogue() {
    for text in [
        Text::DocumentTitle,
        Text::Loading,
        Text::FirstScreenInert,
        Text::NoScript,
        Text::FatalTitle,
        Text::FatalBody,
        Text::FatalReload,
        Text::FatalDetails,
        Text::WrongAddressTitle,
        Text::WrongAddressBody,
        Text::WrongAddressOpen,
    ] {
        let vi = text.get(Lang::Vi);
        assert!(
            INDEX_HTML.contains(&format!(">{vi}<")),
            "index.html lacks {text:?}: {vi}"
        );
    }
}

/// The loading and error screens also carry their English, for boot.js to show
/// when English is the remembered language.
#[test]
fn index_html_english_texts_match_the_catalogue() {
    for text in [
        Text::DocumentTitle,
        Text::Loading,
        Text::FirstScreenInert,
        Text::FatalTitle,
        Text::FatalBody,
        Text::FatalReload,
        Text::FatalDetails,
        Text::WrongAddressTitle,
        Text::WrongAddressBody,
        Text::WrongAddressOpen,
    ] {
        let (vi, en) = (text.get(Lang::Vi), text.get(Lang::En));
        assert!(
            INDEX_HTML.contains(&format!(r#"data-en="{en}">{vi}<"#)),
            "index.html lacks the English of {text:?}: {en}"
        );
    }
}

#[test]
fn index_html_is_vietnamese_and_loads_nothing_from_elsewhere() {
    assert!(INDEX_HTML.contains(r#"<html lang="vi">"#));
    for needle in ["http://", "https://", "//cdn", "fonts.googleapis"] {
        assert!(!INDEX_HTML.contains(needle), "index.html mentions {needle}");
    }
}

/// The guard script of `index.html` picks the language of those screens from the
/// key the app stores it under.
#[test]
fn index_html_reads_the_language_where_the_app_keeps_it() {
    let key = tsvmtd::browser::preferences::lang_key();
    assert!(
        INDEX_HTML.contains(&format!("'{key}'")),
        "index.html must read the language from {key}"
    );
}

/// Until the app starts, its failures end on the error screen: boot.js hands
/// the wasm's to the guard of `index.html`, which also catches what happens
/// without boot.js (a file that does not load, a script error, a download cut).
#[test]
fn the_guard_catches_every_failure_before_the_app_starts() {
    assert!(BOOT_JS.contains("onFailure: showFailure"));
    assert!(BOOT_JS.contains("window.tsvmtdStartFailed"));
    let guard = &INDEX_HTML[INDEX_HTML.rfind("<script>").expect("the guard script")..];
    for needle in [
        "window.tsvmtdStartFailed = fail",
        "'error'",
        "'unhandledrejection'",
        "'wrong-address'",
    ] {
        assert!(guard.contains(needle), "the guard lacks {needle}");
    }
    // A plain script (not a module) in ES5: it runs even when no module can load,
    // and in a browser too old for the app, to say so.
    assert!(!guard.starts_with("<script type"));
    for newer in [
        "=>", "?.", "??", "async ", "await ", "`", "const ", "let ", "catch {",
    ] {
        assert!(!guard.contains(newer), "the guard uses {newer}");
    }
}

const COMMUNE_HTML: &str = include_str!("../theo-doi.html");

/// The part of a page from `start` up to `end` (included).
fn part<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("no {start}"));
    let to = from + page[from..].find(end).unwrap_or_else(|| panic!("no {end}")) + end.len();
    &page[from..to]
}

/// The commune's page (`theo-doi.html`, its own wasm) shows the app's loading
/// and error screens and runs the same guard, with the same stylesheet and
/// loader: only its wasm and its description differ.
#[test]
fn the_commune_s_page_has_the_app_s_static_screens_and_guard() {
    same_static_screens("theo-doi.html", COMMUNE_HTML, "theo-doi");
    // The app links to it by the name the core gives it.
    assert_eq!(
        tsvmtd::domain::shell::commune::PAGE,
        "theo-doi.html",
        "scripts/build, the service worker's list and the README name the page"
    );
}

const RECORD_HTML: &str = include_str!("../ho-so.html");

/// The record's page (`ho-so.html`, its own wasm), likewise.
#[test]
fn the_record_s_page_has_the_app_s_static_screens_and_guard() {
    same_static_screens("ho-so.html", RECORD_HTML, "ho-so");
    assert_eq!(
        tsvmtd::domain::shell::record_page::PAGE,
        "ho-so.html",
        "scripts/build and the README name the page"
    );
}

const RESULT_HTML: &str = include_str!("../ket-qua.html");

/// The result page (`ket-qua.html`, its own wasm), likewise.
#[test]
fn the_result_page_has_the_app_s_static_screens_and_guard() {
    same_static_screens("ket-qua.html", RESULT_HTML, "ket-qua");
    assert_eq!(
        tsvmtd::domain::shell::result_page::PAGE,
        "ket-qua.html",
        "scripts/build, the README and index.html's head script name the page"
    );
    // The app's page sends a result link there before the app starts.
    assert!(
        INDEX_HTML.contains("location.replace('ket-qua.html' + location.search + location.hash)")
    );
}

const SETS_HTML: &str = include_str!("../bo-tieu-chi.html");

/// The sets page (`bo-tieu-chi.html`, its own wasm), likewise; it also ships
/// the `sets/` folder where a host publishes criteria sets.
#[test]
fn the_sets_page_has_the_app_s_static_screens_and_guard() {
    same_static_screens("bo-tieu-chi.html", SETS_HTML, "bo-tieu-chi");
    assert_eq!(
        tsvmtd::domain::sets_page::PAGE,
        "bo-tieu-chi.html",
        "scripts/build and the README name the page"
    );
    assert!(SETS_HTML.contains(r#"<link data-trunk rel="copy-dir" href="src/assets/sets">"#));
}

/// `page` (named `name`, its wasm `bin`) shows the app's loading and error
/// screens and runs the same guard, with the same stylesheet and loader: only
/// its wasm and its description differ.
fn same_static_screens(name: &str, page: &'static str, bin: &str) {
    for (start, end) in [
        ("<noscript>", "</noscript>"),
        ("<main id=\"boot\"", "</main>"),
        ("<main id=\"fatal-error\"", "</main>"),
        ("<main id=\"wrong-address\"", "</main>"),
        ("<title>", "</title>"),
        ("<base ", ">"),
        ("<link data-trunk rel=\"css\"", ">"),
    ] {
        assert_eq!(
            part(page, start, end),
            part(INDEX_HTML, start, end),
            "{name} differs from index.html in {start}"
        );
    }
    // The guard, the page's last script.
    let guard = |page: &'static str| &page[page.rfind("<script>").expect("the guard script")..];
    assert_eq!(guard(page), guard(INDEX_HTML), "{name}'s guard");
    assert!(page.contains(&format!(
        r#"<link data-trunk rel="rust" data-bin="{bin}" data-wasm-opt="z" data-wasm-opt-params="--low-memory-unused" data-initializer="src/browser/boot.js">"#
    )));
    assert!(page.contains(r#"<html lang="vi">"#));
    assert!(page.contains(r#"<div id="app"></div>"#));
    for needle in ["http://", "https://", "//cdn", "fonts.googleapis"] {
        assert!(!page.contains(needle), "{name} mentions {needle}");
    }
}
