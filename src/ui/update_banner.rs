//! The banner that offers a newer release, once it is installed and waiting.

use crate::domain::i18n::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpdateBannerProps {
    /// Asked to switch to the new release (the page reloads).
    pub on_apply: Callback<()>,
}

#[component]
pub fn UpdateBanner(props: &UpdateBannerProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let onclick = props.on_apply.reform(|_: MouseEvent| ());
    html! {
        <div class="update-banner" role="status">
            <button type="button" class="update-banner-button" {onclick}>
                <span aria-hidden="true">{ "⟳ " }</span>{ Text::UpdateReady.get(lang) }
            </button>
        </div>
    }
}
