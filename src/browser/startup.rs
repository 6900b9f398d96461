//! Starts the app in the page: removes the static loading note and mounts the
//! Yew root into `#app`.

use super::panic_screen::APP_ROOT_ID;
use crate::ui::App;

/// Id of the static "Đang tải ứng dụng…" note in `index.html`.
pub const LOADING_ID: &str = "boot-status";

/// Query parameter that makes the app panic on purpose right after it starts,
/// so the error screen can be checked in a real release build (end-to-end tests
/// use it; it only shows the error screen, nothing is touched).
pub const SIMULATE_PANIC_PARAM: &str = "simulate-panic";

/// Mounts the app. Called once, from `main`.
pub fn start() {
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
