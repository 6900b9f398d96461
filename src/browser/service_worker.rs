//! The service worker: registers `sw.js` (release builds write it, see
//! `scripts/post-build.mjs`), tells the app when a newer release is installed
//! and waiting, and switches to it only when the user asks, reloading the page
//! so that she never runs a mix of old and new files.

use super::promise::when_settled;
use js_sys::Promise;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{
    AddEventListenerOptions, EventTarget, ServiceWorker, ServiceWorkerContainer,
    ServiceWorkerRegistration, ServiceWorkerState,
};

/// The page's service worker container, when the browser offers one (it does
/// not on plain-HTTP hosts other than localhost).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = super::window()?.navigator();
    let has = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// A promise that settles at the next `event` on `target`. The listener is
/// added now, once: the browser removes it when the event comes, and it is
/// the promise's own `resolve`, so nothing of the app's stays behind.
fn next_event(target: &EventTarget, event: &str) -> Promise {
    Promise::new(&mut |resolve, _reject| {
        let once = AddEventListenerOptions::new();
        once.set_once(true);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            event, &resolve, &once,
        );
    })
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
    let on_update_ready: Rc<dyn Fn()> = Rc::new(on_update_ready);
    // Relative to <base href>, so that a sub-path deployment registers its own worker.
    when_settled(
        container.register("sw.js"),
        move |registered| match registered {
            Ok(value) => {
                if let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() {
                    if registration.waiting().is_some() && has_controller() {
                        on_update_ready();
                    }
                    watch_updates(registration, on_update_ready);
                }
            }
            Err(error) => web_sys::console::warn_2(
                &"tsvmtd: no offline support, the service worker did not register:".into(),
                &error,
            ),
        },
    );
}

/// Follows every worker that starts installing from now on, for as long as
/// the page lives: one `updatefound` listener at a time.
fn watch_updates(registration: ServiceWorkerRegistration, on_update_ready: Rc<dyn Fn()>) {
    when_settled(next_event(&registration, "updatefound"), move |_| {
        if let Some(installing) = registration.installing() {
            follow_install(installing, on_update_ready.clone());
        }
        watch_updates(registration, on_update_ready);
    });
}

/// Follows a new worker until it is installed, then reports it when a
/// controller is in place (without one it is the very first install, not an
/// update); stops as well when the worker is discarded.
fn follow_install(worker: ServiceWorker, on_update_ready: Rc<dyn Fn()>) {
    when_settled(next_event(&worker, "statechange"), move |_| {
        match worker.state() {
            ServiceWorkerState::Installed => {
                if has_controller() {
                    on_update_ready();
                }
            }
            ServiceWorkerState::Redundant => {}
            _ => follow_install(worker, on_update_ready),
        }
    });
}

/// Switches to the waiting release: asks it to take over, then reloads once it
/// has, so that the page runs only the new files.
pub fn apply_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    // Listening before asking, so that the change cannot come first.
    when_settled(next_event(&container, "controllerchange"), |_| reload());
    let Ok(ready) = container.ready() else {
        reload();
        return;
    };
    when_settled(ready, |ready| {
        let Ok(registration) = ready else {
            return;
        };
        match registration
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|registration| registration.waiting())
        {
            Some(waiting) => {
                let _ = waiting.post_message(&"skip-waiting".into());
            }
            None => reload(),
        }
    });
}

fn reload() {
    if let Some(window) = super::window() {
        let _ = window.location().reload();
    }
}
