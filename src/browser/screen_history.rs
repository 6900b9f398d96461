//! The browser's history for the app's own screens (the list of drafts, the
//! commune's view): opening one adds a history entry marked with its name, at
//! the same address, so that Back (the phone's own button too) returns to the
//! questionnaire instead of leaving the app, and a reload stays on the screen.

use super::window_event::WindowListener;
use wasm_bindgen::JsValue;

/// What marks an entry as a screen's: this prefix, then the screen's name.
const MARK: &str = "tsvmtd:screen:";

/// Adds a history entry for the screen `name`, at the same address.
pub fn push(name: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state(&JsValue::from_str(&format!("{MARK}{name}")), "");
    }
}

/// The screen the current history entry was made for, if any.
pub fn current() -> Option<String> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    state.as_string()?.strip_prefix(MARK).map(str::to_owned)
}

/// Leaves a screen's entry the way Back does, so that Back does not open the
/// screen again; nothing when the current entry is not a screen's (the page
/// was opened on it some other way).
pub fn leave() {
    if current().is_some() {
        back();
    }
}

/// Goes one entry back, as the Back button does.
pub fn back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Calls a function with the current entry's screen whenever the browser moves
/// in its history (Back, Forward); stops when dropped.
pub struct HistoryListener {
    _listener: WindowListener,
}

impl HistoryListener {
    pub fn new(mut on_move: impl FnMut(Option<String>) + 'static) -> HistoryListener {
        HistoryListener {
            _listener: WindowListener::new("popstate", move || on_move(current())),
        }
    }
}
