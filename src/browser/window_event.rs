//! A listener for an event of the window (`hashchange`, `beforeprint`, …),
//! removed when dropped, so that a component's effect can own it.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

pub struct WindowListener {
    event: &'static str,
    closure: Closure<dyn FnMut()>,
}

impl WindowListener {
    pub fn new(event: &'static str, on_event: impl FnMut() + 'static) -> WindowListener {
        let closure = Closure::<dyn FnMut()>::new(on_event);
        if let Some(window) = web_sys::window() {
            let _ =
                window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
        WindowListener { event, closure }
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                self.event,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
