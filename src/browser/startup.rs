//! Starts the app in the page: mounts the Yew root into `#app`, taking over in
//! place the first screen rendered at build time (hydration) when the page
//! decided it shows, and removes the static loading screen.

use super::panic_screen::APP_ROOT_ID;
use super::{in_app, location, screen_history, storage};
use crate::ui::App;
use wasm_bindgen::JsCast;

/// Id of the static loading screen in `index.html`: the app's name, "Đang tải
/// ứng dụng…" and the download progress bar that `boot.js` fills.
pub const LOADING_ID: &str = "boot";

/// Query parameter that makes the app panic on purpose right after it starts,
/// so the error screen can be checked in a real release build (end-to-end tests
/// use it; it only shows the error screen, nothing is touched).
pub const SIMULATE_PANIC_PARAM: &str = "simulate-panic";

/// Mounts the app. Called once, from `main`, in the task that compiled and
/// started the wasm: the first render runs in a task of its own (a zero-delay
/// timer), so that the phone's main thread is free between the two, and no
/// single task holds it for both.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let render = wasm_bindgen::closure::Closure::once_into_js(render);
    if window
        .set_timeout_with_callback(render.unchecked_ref())
        .is_err()
    {
        // No timers (never seen in a browser): render now.
        self::render();
    }
}

/// Attribute of `#app` when it holds the first screen rendered at build time
/// (`scripts/post-build.mjs` writes it, with `inert`).
pub const FIRST_SCREEN_ATTRIBUTE: &str = "data-first-screen";

/// Attribute of `<html>` in a page that carries the first screen
/// (`scripts/post-build.mjs` writes it): the stylesheet's rules for the
/// moments before the app starts hang on it.
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";

/// Attribute of `<html>` where the script in `index.html`'s head wrote, before
/// the first paint, how the page starts: `first-screen` or `loading`.
pub const START_ATTRIBUTE: &str = "data-start";

fn render() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let html = document.document_element();
    match document.get_element_by_id(APP_ROOT_ID) {
        Some(root) => {
            let shown = html.as_ref().and_then(|h| h.get_attribute(START_ATTRIBUTE));
            let prerendered = root.has_attribute(FIRST_SCREEN_ATTRIBUTE);
            if prerendered && shown.as_deref() == Some("first-screen") && first_visit() {
                // The app's first render is the screen on show: it takes it
                // over, and its inputs work from now on.
                yew::Renderer::<App>::with_root(root.clone()).hydrate();
            } else {
                // Hidden behind the loading screen (or never decided): the app
                // renders afresh.
                root.set_inner_html("");
                yew::Renderer::<App>::with_root(root.clone()).render();
            }
            let _ = root.remove_attribute(FIRST_SCREEN_ATTRIBUTE);
            let _ = root.remove_attribute("inert");
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    };
    // Started: the stylesheet's rules for the moments before (which of the
    // first screen and the loading screen shows) no longer apply.
    if let Some(html) = html {
        let _ = html.remove_attribute(PRERENDERED_ATTRIBUTE);
    }
    if let Some(loading) = document.get_element_by_id(LOADING_ID) {
        loading.remove();
    }
    if simulate_panic_requested() {
        panic!("simulated panic requested by ?{SIMULATE_PANIC_PARAM}");
    }
}

/// Whether the app's first render is the first screen rendered at build time:
/// what the page's head script saw (nothing of the app stored, no fragment, no
/// history entry of the app), and outside a chat app's own browser, where a
/// notice comes first. The build renders it with the adapters answering so
/// (`browser::IN_BROWSER`); any difference here renders afresh rather than
/// taking over a screen that is not the app's.
fn first_visit() -> bool {
    let nothing_stored = storage::keys()
        .is_ok_and(|keys| !keys.iter().any(|key| key.starts_with(storage::KEY_PREFIX)));
    nothing_stored
        && location::fragment().is_empty()
        && screen_history::current().is_none()
        && in_app::detect().is_none()
}

fn simulate_panic_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .any(|pair| pair.split('=').next() == Some(SIMULATE_PANIC_PARAM))
        })
}
