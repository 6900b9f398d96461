//! Starts a page of its own (`theo-doi.html`, the commune's, with
//! `CommuneApp`; `ho-so.html`, the record's, with `RecordApp`; `ket-qua.html`,
//! the result page, with `ResultApp`; `bo-tieu-chi.html`, the sets page, with
//! `SetsApp`): removes the
//! static loading screen and mounts the page's root component into `#app`,
//! in a task after the one that started the wasm (as `startup` does for the
//! app).

use super::panic_screen::APP_ROOT_ID;
use super::startup::LOADING_ID;
use wasm_bindgen::JsCast;
use yew::BaseComponent;

/// Mounts the page's root component `C`. Called once, from its `main`.
pub fn start<C: BaseComponent<Properties = ()>>() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = wasm_bindgen::closure::Closure::once_into_js(render::<C>);
    if window
        .set_timeout_with_callback(task.unchecked_ref())
        .is_err()
    {
        render::<C>();
    }
}

fn render<C: BaseComponent<Properties = ()>>() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(loading) = document.get_element_by_id(LOADING_ID) {
        loading.remove();
    }
    match document.get_element_by_id(APP_ROOT_ID) {
        Some(root) => yew::Renderer::<C>::with_root(root).render(),
        None => yew::Renderer::<C>::new().render(),
    };
}
