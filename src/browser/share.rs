//! Sending a link on: the Web Share API (Zalo, Messenger, … on a phone) and
//! the clipboard where sharing is missing. Both are reached through
//! `js_sys::Reflect`, as web-sys keeps them behind its unstable flag; their
//! promises are awaited as futures ([`super::promise`]), so nothing is left
//! behind once they settle, and each reports its outcome once, as a value.

use super::promise::when_settled;
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
    let navigator: JsValue = super::window()?.navigator().into();
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

/// Calls `method` of `target` with `argument` and reports how its promise
/// settles: `Done` on success, `Cancelled` for an `AbortError`, `Failed` for
/// anything else. A call that throws or returns no promise fails at once.
fn call_and_report(
    (target, method): (JsValue, Function),
    argument: &JsValue,
    on_done: impl FnOnce(Outcome) + 'static,
) {
    let Some(promise) = method
        .call1(&target, argument)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return on_done(Outcome::Failed);
    };
    when_settled(promise, |settled| {
        on_done(match settled {
            Ok(_) => Outcome::Done,
            Err(error) if is_abort(&error) => Outcome::Cancelled,
            Err(_) => Outcome::Failed,
        })
    });
}

fn is_abort(error: &JsValue) -> bool {
    Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}

/// Opens the phone's share sheet with `title`, `text` and `url`.
pub fn share(title: &str, text: &str, url: &str, on_done: impl FnOnce(Outcome) + 'static) {
    let Some(share) = navigator_method("share") else {
        return on_done(Outcome::Failed);
    };
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    call_and_report(share, &data, on_done);
}

/// Puts `text` on the clipboard.
pub fn copy(text: &str, on_done: impl FnOnce(Outcome) + 'static) {
    let clipboard = super::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|n| Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(write) = clipboard.and_then(|c| method(&c, "writeText")) else {
        return on_done(Outcome::Failed);
    };
    call_and_report(write, &JsValue::from_str(text), on_done);
}
