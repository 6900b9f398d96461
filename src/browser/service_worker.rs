//! The service worker: registers `sw.js` (release builds write it, see
//! `scripts/post-build.mjs`), tells the app when a newer release is installed
//! and waiting, and switches to it only when the user asks, reloading the page
//! so that she never runs a mix of old and new files.

use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The page's service worker container, when the browser offers one (it does
/// not on plain-HTTP hosts other than localhost).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Registers the service worker (release builds only: debug builds have none)
/// and calls `on_update_ready` once a newer release is installed and waiting.
pub fn register(on_update_ready: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    let on_update_ready = Rc::new(on_update_ready);
    let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&registration, on_update_ready.clone());
    });
    let on_failed = Closure::<dyn FnMut(JsValue)>::new(|error: JsValue| {
        web_sys::console::warn_2(
            &"tsvmtd: no offline support, the service worker did not register:".into(),
            &error,
        );
    });
    // Relative to <base href>, so that a sub-path deployment registers its own worker.
    let _ = container
        .register("sw.js")
        .then2(&on_registered, &on_failed);
    on_registered.forget();
    on_failed.forget();
}

/// Reports a waiting worker now, and every one that finishes installing later.
fn watch(registration: &ServiceWorkerRegistration, on_update_ready: Rc<dyn Fn()>) {
    let has_controller = || container().and_then(|c| c.controller()).is_some();
    if registration.waiting().is_some() && has_controller() {
        on_update_ready();
    }
    let registration_for_found = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = registration_for_found.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_update_ready = on_update_ready.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            // "installed" with a controller in place: a new release waits. Without
            // a controller it is the very first install, not an update.
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                on_update_ready();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Switches to the waiting release: asks it to take over, then reloads once it
/// has, so that the page runs only the new files.
pub fn apply_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    let on_change = Closure::<dyn FnMut()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let on_ready = Closure::<dyn FnMut(JsValue)>::new(|value: JsValue| {
        match value
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            Some(waiting) => {
                let _ = waiting.post_message(&"skip-waiting".into());
            }
            None => reload(),
        }
    });
    match container.ready() {
        Ok(ready) => {
            let _ = ready.then(&on_ready);
            on_ready.forget();
        }
        Err(_) => reload(),
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
