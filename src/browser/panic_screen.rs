//! The error screen shown when the app panics, instead of a frozen page.
//!
//! `index.html` holds a hidden panel `#fatal-error` with the Vietnamese text, so
//! that a failure before any Rust runs (wasm that cannot load) can show it too
//! (`src/browser/boot.js`). On a panic, the hook below logs the panic to the
//! console, fills the panel in the page's current language, hides the app and
//! moves focus to the reload button. The reload button is wired by `boot.js`
//! through a delegated listener, so it works even though the wasm has stopped.

use crate::domain::i18n::{Lang, Text};
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

/// Id of the error panel.
pub const PANEL_ID: &str = "fatal-error";
/// Id of the element that holds the app (hidden when the panel shows).
pub const APP_ROOT_ID: &str = "app";

/// Installs the panic hook: console log (with the JS stack), then the error screen.
///
/// Through `yew::set_custom_panic_hook`, not `std::panic::set_hook`: Yew's
/// renderer replaces any other hook with its own console-only one when it mounts.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Shows the error screen with `detail` as its technical details.
/// Never panics itself: every missing piece of DOM is created or skipped.
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = document
        .document_element()
        .map(|html| html.get_attribute("lang").unwrap_or_default())
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let Some(panel) = panel(&document) else {
        return;
    };
    panel.set_inner_html("");
    // The panel is the page's main landmark; the alert is inside it.
    let Some(alert) = document.create_element("div").ok() else {
        return;
    };
    let _ = alert.set_attribute("role", "alert");
    let _ = panel.append_child(&alert);
    let add = |tag: &str, class: &str, text: &str| -> Option<HtmlElement> {
        let el = document.create_element(tag).ok()?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        alert.append_child(&el).ok()?;
        el.dyn_into::<HtmlElement>().ok()
    };
    add("h1", "fatal-title", Text::FatalTitle.get(lang));
    add("p", "fatal-body", Text::FatalBody.get(lang));
    let button = add("button", "fatal-reload", Text::FatalReload.get(lang));
    if let Some(button) = &button {
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("data-action", "reload");
    }
    if let Ok(details) = document.create_element("details") {
        if let Ok(summary) = document.create_element("summary") {
            summary.set_text_content(Some(Text::FatalDetails.get(lang)));
            let _ = details.append_child(&summary);
        }
        if let Ok(pre) = document.create_element("pre") {
            pre.set_text_content(Some(detail));
            let _ = details.append_child(&pre);
        }
        let _ = alert.append_child(&details);
    }
    if let Some(app) = document.get_element_by_id(APP_ROOT_ID) {
        let _ = app.set_attribute("hidden", "");
    }
    // A panic before the first render leaves the loading screen up.
    if let Some(loading) = document.get_element_by_id(super::startup::LOADING_ID) {
        loading.remove();
    }
    let _ = panel.remove_attribute("hidden");
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// The panel element (a `<main>`), created at the end of `<body>` when the page lacks it.
fn panel(document: &Document) -> Option<HtmlElement> {
    let element = match document.get_element_by_id(PANEL_ID) {
        Some(element) => element,
        None => {
            let element = document.create_element("main").ok()?;
            element.set_id(PANEL_ID);
            element.set_class_name("fatal");
            document.body()?.append_child(&element).ok()?;
            element
        }
    };
    element.dyn_into::<HtmlElement>().ok()
}
