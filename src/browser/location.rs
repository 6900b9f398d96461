//! The page's address: where a share link points (this page, under whatever
//! sub-path it is served), the fragment a link brings, and its changes.

use gloo_events::EventListener;

/// This page's address without its fragment: the base of share links. Keeps
/// the sub-path and query, so a link works wherever the app is published.
pub fn page_address() -> String {
    let href = super::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_owned(),
        None => href,
    }
}

/// The fragment, with its `#` ("" when there is none).
pub fn fragment() -> String {
    super::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets the fragment (`#k=…`): the page reacts through its `hashchange`
/// listener, and the browser's Back button returns to where she was.
pub fn set_fragment(fragment: &str) {
    if let Some(window) = super::window() {
        let _ = window.location().set_hash(fragment);
    }
}

/// Drops the fragment from the address bar without reloading or adding a
/// history entry (after a shared result is closed or saved).
pub fn clear_fragment() {
    let Some(window) = super::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}

/// Opens `href` (relative to the page) as the next page, or in place of this
/// one when `replace` (Back then skips this page's entry).
pub fn open(href: &str, replace: bool) {
    if let Some(window) = web_sys::window() {
        let location = window.location();
        let _ = if replace {
            location.replace(href)
        } else {
            location.assign(href)
        };
    }
}

/// The address this page was opened from (`document.referrer`; "" when the
/// browser does not say).
pub fn referrer() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.referrer())
        .unwrap_or_default()
}

/// Calls a function whenever the fragment changes (a link pasted into the
/// address bar of an open tab); stops when dropped.
pub struct FragmentListener {
    _listener: Option<EventListener>,
}

impl FragmentListener {
    pub fn new(mut on_change: impl FnMut(String) + 'static) -> FragmentListener {
        FragmentListener {
            _listener: super::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| on_change(fragment()))
            }),
        }
    }
}

/// Calls a function with the fragment whenever the page is shown (`pageshow`:
/// also when the browser brings it back whole from its back-forward cache,
/// which fires neither `popstate` nor `hashchange`); stops when dropped.
pub struct ShownListener {
    _listener: Option<EventListener>,
}

impl ShownListener {
    pub fn new(mut on_shown: impl FnMut(String) + 'static) -> ShownListener {
        ShownListener {
            _listener: web_sys::window().map(|window| {
                EventListener::new(&window, "pageshow", move |_| on_shown(fragment()))
            }),
        }
    }
}

/// Calls a function whenever the browser brings the page back whole from its
/// back-forward cache (`pageshow` with `persisted`): another page of the app
/// may have changed storage meanwhile; stops when dropped.
pub struct RestoredListener {
    _listener: Option<EventListener>,
}

impl RestoredListener {
    pub fn new(mut on_restored: impl FnMut() + 'static) -> RestoredListener {
        RestoredListener {
            _listener: web_sys::window().map(|window| {
                EventListener::new(&window, "pageshow", move |event| {
                    let persisted = js_sys::Reflect::get(event, &"persisted".into())
                        .ok()
                        .and_then(|v| v.as_bool())
                        .unwrap_or(false);
                    if persisted {
                        on_restored();
                    }
                })
            }),
        }
    }
}

/// Whether the browser opened this page by its Back or Forward button (the
/// navigation's type, `back_forward`): a page of the app come back to from
/// another page, loaded anew rather than from the browser's cache.
pub fn came_by_history() -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let navigation_type = || -> Option<String> {
        let performance =
            js_sys::Reflect::get(&super::window()?.into(), &"performance".into()).ok()?;
        let entries_by_type: js_sys::Function =
            js_sys::Reflect::get(&performance, &"getEntriesByType".into())
                .ok()?
                .dyn_into()
                .ok()?;
        let entries = entries_by_type
            .call1(&performance, &JsValue::from_str("navigation"))
            .ok()?;
        let first = js_sys::Reflect::get_u32(&entries, 0).ok()?;
        js_sys::Reflect::get(&first, &"type".into())
            .ok()?
            .as_string()
    };
    navigation_type().as_deref() == Some("back_forward")
}

/// Loads the page again.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
