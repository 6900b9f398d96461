//! The files published beside the app in its `sets/` folder (the index and
//! the set files), fetched from the page's own host relative to the page,
//! so that a sub-path works. Always asked of the host (`cache: no-cache`:
//! the HTTP cache revalidates; the service worker lets these requests
//! through, `service-worker.js`), so that what a province has just
//! published is what the page reads. The outcome, a failure too, is a value
//! the core reads ([`Fetched`]).

use super::promise::when_settled;
use crate::domain::sets_page::Fetched;
use wasm_bindgen::JsCast;
use web_sys::{RequestCache, RequestInit, Response};

/// Fetches `path` (relative to the page) and calls `then` once with what came.
pub fn fetch(path: &str, then: impl FnOnce(Fetched) + 'static) {
    let Some(window) = super::window() else {
        return then(Fetched::Unreachable);
    };
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let promise = window.fetch_with_str_and_init(path, &init);
    let failed = move || {
        if window.navigator().on_line() {
            Fetched::Unreachable
        } else {
            Fetched::Offline
        }
    };
    when_settled(promise, move |settled| {
        let Some(response) = settled.ok().and_then(|r| r.dyn_into::<Response>().ok()) else {
            return then(failed());
        };
        if !response.ok() {
            return then(Fetched::Status(response.status()));
        }
        let address = response.url();
        let Ok(text) = response.text() else {
            return then(failed());
        };
        when_settled(text, move |text| {
            then(match text.ok().and_then(|t| t.as_string()) {
                Some(text) => Fetched::Text { text, address },
                // The connection dropped while the body came.
                None => failed(),
            })
        });
    });
}
