//! Starts the app in the page: removes the static loading screen and mounts the
//! Yew root into `#app`.

use super::panic_screen::APP_ROOT_ID;
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

fn render() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(loading) = document.get_element_by_id(LOADING_ID) {
        loading.remove();
    }
    match document.get_element_by_id(APP_ROOT_ID) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
    if simulate_panic_requested() {
        panic!("simulated panic requested by ?{SIMULATE_PANIC_PARAM}");
    }
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
