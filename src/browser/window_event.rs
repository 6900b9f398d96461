//! A listener for an event of the window (`hashchange`, `popstate`,
//! `beforeprint`, …), removed when dropped, so that a component's effect can
//! own it. A thin handle over gloo-events' `EventListener` on the window, for
//! callers that need neither the event nor the window.

use gloo_events::EventListener;

/// Calls a function at every `event` of the window until dropped.
pub struct WindowListener {
    /// `None` only where there is no window (never in a page).
    _listener: Option<EventListener>,
}

impl WindowListener {
    pub fn new(event: &'static str, on_event: impl FnMut() + 'static) -> WindowListener {
        WindowListener::boxed(event, Box::new(on_event))
    }

    /// One listener type for every caller: less code in the wasm.
    fn boxed(event: &'static str, mut on_event: Box<dyn FnMut()>) -> WindowListener {
        WindowListener {
            _listener: web_sys::window()
                .map(|window| EventListener::new(&window, event, move |_| on_event())),
        }
    }
}
