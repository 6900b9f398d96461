//! In-browser test of the app's start: the whole app mounted into the page.
//! A binary of its own (a page of its own): the app it leaves mounted listens
//! to the page's history and fragment, which the adapters' tests of
//! `tests/browser.rs` move on their own. Run with
//! `cargo test --target wasm32-unknown-unknown --test browser_start`.
#![cfg(target_arch = "wasm32")]

use tsvmtd::browser::{panic_screen, startup};
use tsvmtd::domain::i18n::{Lang, Text};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves on the next turn of the event loop (after Yew's scheduled render).
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, a bounded number of event-loop turns, for `selector` to match inside `root`.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        next_tick().await;
    }
    panic!("{selector} never appeared");
}

#[wasm_bindgen_test]
async fn start_mounts_the_shell_into_the_app_root_and_drops_the_loading_screen() {
    let document = web_sys::window().unwrap().document().unwrap();
    let app = document.create_element("div").unwrap();
    app.set_id(panic_screen::APP_ROOT_ID);
    document.body().unwrap().append_child(&app).unwrap();
    document
        .document_element()
        .unwrap()
        .set_attribute("lang", "vi")
        .unwrap();
    let loading = document.create_element("main").unwrap();
    loading.set_id(startup::LOADING_ID);
    document.body().unwrap().append_child(&loading).unwrap();

    startup::start();

    // The first render waits for a task of its own: until then the loading screen stays.
    assert!(document.get_element_by_id(startup::LOADING_ID).is_some());
    let app = document.get_element_by_id("app").unwrap();
    let heading = wait_for(&app, "h1").await;
    assert_eq!(
        heading.text_content().unwrap(),
        Text::AppTitle.get(Lang::Vi)
    );
    assert!(document.get_element_by_id(startup::LOADING_ID).is_none());
}
