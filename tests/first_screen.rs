//! The first screen of a first visit, rendered natively at build time by Yew's
//! server renderer from the app's own components (`ui::first_screen`): what
//! the page shows before its wasm arrives, and what the app takes over in
//! place (hydration), so it must be exactly the app's first render on a first
//! visit.
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::browser::startup::{FIRST_SCREEN_ATTRIBUTE, PRERENDERED_ATTRIBUTE, START_ATTRIBUTE};
use tsvmtd::browser::storage::KEY_PREFIX;
use tsvmtd::domain::i18n::{Lang, Text};

const INDEX_HTML: &str = include_str!("../index.html");
const POST_BUILD: &str = include_str!("../scripts/post-build.mjs");
const STYLES: &str = include_str!("../styles/app.css");

#[test]
fn the_first_screen_is_the_questionnaires_first_step_in_vietnamese() {
    let html = tsvmtd::ui::first_screen::render();
    for text in [
        Text::AppTitle,
        Text::ProfileHeading,
        Text::NavNext,
        Text::PrivacyNote,
    ] {
        let vi = text.get(Lang::Vi);
        assert!(html.contains(vi), "the first screen lacks {text:?}: {vi}");
    }
    assert_eq!(html.matches("<h1").count(), 1, "one page title");
    assert_eq!(html.matches("<main").count(), 1);
    // Its inputs, with their labels: the cell's name first.
    assert!(html.contains("<input"));
    assert!(html.contains(Text::ProfileCellName.get(Lang::Vi)));
    // Hydration markers around each component, for the app to take it over.
    assert!(
        html.starts_with("<!--<[tsvmtd::ui::app::App]>-->"),
        "{}",
        &html[..80]
    );
}

/// Rendered with the adapters answering as a browser seen for the first time:
/// no notice of storage, of a link, of a chat app's browser; nothing of the
/// build's own run (an id, a date) shows, so two builds render it the same.
#[test]
fn the_first_screen_shows_no_notice_and_nothing_of_the_build() {
    let html = tsvmtd::ui::first_screen::render();
    assert_eq!(html, tsvmtd::ui::first_screen::render());
    for text in [
        Text::StorageUnavailable,
        Text::StorageFailed,
        Text::SharedSaved,
        Text::CriteriaMissing,
        Text::Loading,
    ] {
        let vi = text.get(Lang::Vi);
        assert!(!html.contains(vi), "the first screen shows {text:?}: {vi}");
    }
    for leak in ["first-screen", "1970", "role=\"alert\""] {
        assert!(!html.contains(leak), "the first screen shows {leak}");
    }
}

/// The page's head script, the stylesheet, the build and the app's start
/// name the same attributes and the same storage prefix.
#[test]
fn the_page_the_build_and_the_app_agree_on_how_the_page_starts() {
    assert!(INDEX_HTML.contains(&format!("'{KEY_PREFIX}'")));
    assert!(INDEX_HTML.contains(&format!("'{START_ATTRIBUTE}'")));
    assert!(INDEX_HTML.contains("'first-screen'") && INDEX_HTML.contains("'loading'"));
    assert!(STYLES.contains(&format!("[{START_ATTRIBUTE}=\"first-screen\"]")));
    assert!(STYLES.contains(&format!(
        "html[{PRERENDERED_ATTRIBUTE}]:not([{START_ATTRIBUTE}=\"first-screen\"]) #app"
    )));
    assert!(POST_BUILD.contains(&format!("<div id=app {FIRST_SCREEN_ATTRIBUTE} inert>")));
    assert!(POST_BUILD.contains(&format!("${{attributes}} {PRERENDERED_ATTRIBUTE}>")));
}
