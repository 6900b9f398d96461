//! Focus that follows what a component shows: its heading takes the focus
//! when the component mounts and each time the thing it shows changes.

use web_sys::HtmlElement;
use yew::prelude::*;

/// A `NodeRef` for the element (a heading with `tabindex="-1"`, a button) that
/// takes the focus after the first render and after each render in which
/// `deps` changed, when `when` holds in that render.
#[hook]
pub fn use_focus_on_change<D>(deps: D, when: bool) -> NodeRef
where
    D: PartialEq + 'static,
{
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(deps, move |_| {
            if when && let Some(element) = node.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    node
}
