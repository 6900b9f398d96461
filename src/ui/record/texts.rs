//! The record screen's plain pieces of text: a paragraph, a hint, a list of
//! sentences. Functions of their own, not inlined, so that the wasm holds
//! one copy of each rather than one per place the screen shows text (the
//! screen shows a lot of it).

use yew::prelude::*;

/// A paragraph.
#[inline(never)]
pub fn para(text: &str) -> Html {
    html! { <p>{ text.to_owned() }</p> }
}

/// A paragraph in the hint's style.
#[inline(never)]
pub fn hint(text: &str) -> Html {
    html! { <p class="field-hint">{ text.to_owned() }</p> }
}

/// Sentences, one list item each.
#[inline(never)]
pub fn sentences(items: Vec<String>) -> Html {
    html! {
        <ul class="reasons">{ for items.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
    }
}
