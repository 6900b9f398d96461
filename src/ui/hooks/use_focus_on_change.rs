//! Focus follows a change: a screen that replaces its content in place (a new
//! step) moves focus to the new content's heading, so that a screen reader
//! reads it and the keyboard starts there.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Moves focus to `node` whenever `changes` (a count of changes, 0 when the
/// component mounts) changes, and on mount too when `on_mount`.
#[hook]
pub fn use_focus_on_change(node: &NodeRef, changes: u32, on_mount: bool) {
    let node = node.clone();
    use_effect_with(changes, move |changes| {
        if (*changes > 0 || on_mount)
            && let Some(element) = node.cast::<HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}
