//! A promise awaited as a future (`wasm-bindgen-futures`): its outcome is
//! handed on once, and nothing of the app's is left behind after it settles
//! (a `then` callback left with `forget` would stay for the page's life).

use js_sys::Promise;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{JsFuture, spawn_local};

/// How a promise settled: its value, or what it was rejected with.
pub type Settled = Result<JsValue, JsValue>;

/// Calls `then` once, in a later task, with how `promise` settled.
pub fn when_settled(promise: Promise, then: impl FnOnce(Settled) + 'static) {
    // One future type for every caller: each `async` block is code of its
    // own in the wasm, and first-load bytes matter.
    settle(promise, Box::new(then));
}

fn settle(promise: Promise, then: Box<dyn FnOnce(Settled)>) {
    spawn_local(async move { then(JsFuture::from(promise).await) });
}
