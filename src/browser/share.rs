//! Sending a link on: the Web Share API (Zalo, Messenger, … on a phone) and
//! the clipboard where sharing is missing. Both are reached through
//! `js_sys::Reflect`, as web-sys keeps them behind its unstable flag; each
//! reports its outcome once, as a value.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// How a share or a copy ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// She closed the share sheet: nothing to report.
    Cancelled,
    /// Not available here, or refused by the browser.
    Failed,
}

fn navigator_method(name: &str) -> Option<(JsValue, Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    method(&navigator, name)
}

fn method(target: &JsValue, name: &str) -> Option<(JsValue, Function)> {
    let f = Reflect::get(target, &JsValue::from_str(name)).ok()?;
    let f = f.dyn_into::<Function>().ok()?;
    Some((target.clone(), f))
}

/// Whether this browser has the Web Share API (phones mostly do).
pub fn can_share() -> bool {
    navigator_method("share").is_some()
}

/// Calls `on_done` once when `promise` settles: `Done` on success, otherwise
/// `Cancelled` for an `AbortError` and `Failed` for anything else.
fn settle(promise: Promise, on_done: impl FnOnce(Outcome) + 'static) {
    let on_done = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(on_done) as Box<dyn FnOnce(Outcome)>
    )));
    let ok = {
        let on_done = on_done.clone();
        Closure::once(move |_: JsValue| {
            if let Some(f) = on_done.take() {
                f(Outcome::Done);
            }
        })
    };
    let err = Closure::once(move |error: JsValue| {
        let aborted = Reflect::get(&error, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n == "AbortError");
        if let Some(f) = on_done.take() {
            f(if aborted {
                Outcome::Cancelled
            } else {
                Outcome::Failed
            });
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// Opens the phone's share sheet with `title`, `text` and `url`.
pub fn share(title: &str, text: &str, url: &str, on_done: impl FnOnce(Outcome) + 'static) {
    let Some((navigator, share)) = navigator_method("share") else {
        on_done(Outcome::Failed);
        return;
    };
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    match share
        .call1(&navigator, &data)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    {
        Some(promise) => settle(promise, on_done),
        None => on_done(Outcome::Failed),
    }
}

/// Puts `text` on the clipboard.
pub fn copy(text: &str, on_done: impl FnOnce(Outcome) + 'static) {
    let clipboard = web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|n| Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some((clipboard, write)) = clipboard.and_then(|c| method(&c, "writeText")) else {
        on_done(Outcome::Failed);
        return;
    };
    match write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    {
        Some(promise) => settle(promise, on_done),
        None => on_done(Outcome::Failed),
    }
}
