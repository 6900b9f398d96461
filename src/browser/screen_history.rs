//! The browser's history for the app's own places: each entry carries the text
//! of a `shell::history::Entry` (a step of a draft; on the commune's page, a
//! `shell::commune::Place`; on the result page, whether the app opened it), at
//! the same address, so that Back
//! (the phone's own button too) walks back through the places she was, and a
//! reload stays where she was. What a move means is decided in the core
//! (`domain::shell`); this only writes and reads the entries.

use super::location;
use crate::domain::shell::history::{Entry, HistoryState};
use gloo_events::EventListener;
use wasm_bindgen::JsValue;

fn history() -> Option<web_sys::History> {
    super::window().and_then(|w| w.history().ok())
}

/// Adds `entry` after the current one, at the same address.
pub fn push(entry: &impl HistoryState) {
    if let Some(history) = history() {
        let _ = history.push_state(&JsValue::from_str(&entry.to_state()), "");
    }
}

/// Writes `entry` over the current one, keeping the address.
pub fn mark(entry: &impl HistoryState) {
    if let Some(history) = history() {
        let _ = history.replace_state(&JsValue::from_str(&entry.to_state()), "");
    }
}

/// Writes `entry` over the current one and drops the address's fragment (a
/// result link closed or kept), without reloading.
pub fn mark_without_fragment(entry: &impl HistoryState) {
    if let Some(history) = history() {
        let _ = history.replace_state_with_url(
            &JsValue::from_str(&entry.to_state()),
            "",
            Some(&location::page_address()),
        );
    }
}

/// What the current history entry stands for, if the app wrote it.
pub fn current() -> Option<Entry> {
    read()
}

/// What the current history entry stands for, as a page of `E`'s entries
/// (the commune's page reads its `Place`s), if that page wrote it.
pub fn read<E: HistoryState>() -> Option<E> {
    let state = history()?.state().ok()?;
    E::from_state(&state.as_string()?)
}

/// Goes one entry back, as the Back button does.
pub fn back() {
    if let Some(history) = history() {
        let _ = history.back();
    }
}

/// Calls a function with the current entry whenever the browser moves in its
/// history (Back, Forward, a fragment followed); stops when dropped.
pub struct HistoryListener {
    _listener: Option<EventListener>,
}

impl HistoryListener {
    pub fn new<E: HistoryState>(mut on_move: impl FnMut(Option<E>) + 'static) -> HistoryListener {
        HistoryListener {
            _listener: super::window()
                .map(|window| EventListener::new(&window, "popstate", move |_| on_move(read()))),
        }
    }
}
