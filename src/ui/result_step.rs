//! The result: the overall verdict and every criterion with its status and reason.

use crate::i18n::{Lang, Text};
use yew::prelude::*;

#[component]
pub fn ResultStep() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <div class="step-body">
            <p>{ Text::AppTagline.get(lang) }</p>
        </div>
    }
}
