//! Asks the browser to keep this site's data even when the device runs short
//! of space (`navigator.storage.persist()`), and reports whether it agreed.

use super::promise::when_settled;

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
/// once with the answer.
pub fn request(report: impl FnOnce(Persistence) + 'static) {
    let Some(window) = super::window() else {
        return report(Persistence::Unsupported);
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        return report(Persistence::Unsupported);
    }
    let Ok(promise) = navigator.storage().persist() else {
        return report(Persistence::Unsupported);
    };
    when_settled(promise, |answer| {
        report(match answer {
            Ok(answer) if answer.as_bool() == Some(true) => Persistence::Granted,
            Ok(_) => Persistence::NotGranted,
            Err(_) => Persistence::Unsupported,
        })
    });
}
