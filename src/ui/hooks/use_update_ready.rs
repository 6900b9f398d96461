//! Offline support: registers the service worker; true once a newer release
//! is installed and waiting.

use crate::browser::service_worker;
use yew::prelude::*;

#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            service_worker::register(move || ready.set(true));
        });
    }
    *ready
}
