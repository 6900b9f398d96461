//! Starts the commune's page (`theo-doi.html`): removes the static loading
//! screen and mounts `CommuneApp` into `#app`, in a task after the one that
//! started the wasm (as `startup` does for the app).

use super::panic_screen::APP_ROOT_ID;
use super::startup::LOADING_ID;
use crate::ui::CommuneApp;
use wasm_bindgen::JsCast;

/// Mounts the commune's page. Called once, from its `main`.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let render = wasm_bindgen::closure::Closure::once_into_js(render);
    if window
        .set_timeout_with_callback(render.unchecked_ref())
        .is_err()
    {
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
        Some(root) => yew::Renderer::<CommuneApp>::with_root(root).render(),
        None => yew::Renderer::<CommuneApp>::new().render(),
    };
}
