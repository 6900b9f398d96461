//! Which chat app's own browser the page is open in (`in_app_browser`), from
//! `navigator.userAgent`.

use crate::domain::in_app_browser::{self, InAppBrowser};

/// The chat app's browser the page runs in, if any.
pub fn detect() -> Option<InAppBrowser> {
    let user_agent = super::window()?.navigator().user_agent().ok()?;
    in_app_browser::detect(&user_agent)
}
