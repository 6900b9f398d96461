//! A screen that replaces another moves the focus to its heading, so that a
//! screen reader starts there and the keyboard goes on from there.

use super::use_focus_on_change;
use yew::prelude::*;

/// A `NodeRef` for the element (a heading with `tabindex="-1"`) that takes the
/// focus when the component mounts.
#[hook]
pub fn use_focus_on_mount() -> NodeRef {
    use_focus_on_change((), true)
}
