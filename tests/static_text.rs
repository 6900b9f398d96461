//! `index.html` carries a few texts for the moments before any Rust runs (loading,
//! no JavaScript, wasm that fails to load). They must stay equal to the Vietnamese
//! entries of the catalogue, which the panic hook uses.
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::i18n::{Lang, Text};

const INDEX_HTML: &str = include_str!("../index.html");
const BOOT_JS: &str = include_str!("../src/browser/boot.js");

#[test]
fn index_html_static_texts_match_the_catalogue() {
    for text in [
        Text::DocumentTitle,
        Text::Loading,
        Text::NoScript,
        Text::FatalTitle,
        Text::FatalBody,
        Text::FatalReload,
        Text::FatalDetails,
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
        Text::FatalTitle,
        Text::FatalBody,
        Text::FatalReload,
        Text::FatalDetails,
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

/// `boot.js` picks the language of those screens from the key the app stores it under.
#[test]
fn boot_js_reads_the_language_where_the_app_keeps_it() {
    let key = tsvmtd::browser::preferences::lang_key();
    assert!(
        BOOT_JS.contains(&format!("'{key}'")),
        "boot.js must read the language from {key}"
    );
}
