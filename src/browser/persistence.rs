//! Asks the browser to keep this site's data even when the device runs short
//! of space (`navigator.storage.persist()`), and reports whether it agreed.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

/// What the browser said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Data is kept until the user deletes it.
    Granted,
    /// The browser may evict the data under storage pressure.
    NotGranted,
    /// The browser has no such API.
    Unsupported,
}

/// Asks for persistent storage (if not already granted) and calls `report`
/// with the answer.
pub fn request(report: impl Fn(Persistence) + 'static) {
    let Some(window) = web_sys::window() else {
        return report(Persistence::Unsupported);
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        return report(Persistence::Unsupported);
    }
    let manager = navigator.storage();
    let Ok(promise) = manager.persist() else {
        return report(Persistence::Unsupported);
    };
    let report = std::rc::Rc::new(report);
    let on_answer = {
        let report = report.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            report(if value.as_bool() == Some(true) {
                Persistence::Granted
            } else {
                Persistence::NotGranted
            })
        })
    };
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| report(Persistence::Unsupported));
    let _ = promise.then2(&on_answer, &on_error);
    on_answer.forget();
    on_error.forget();
}
