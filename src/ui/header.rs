//! The app bar: the product's name and the language switch.

use crate::domain::i18n::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Asked to switch the interface to the other language.
    pub on_switch_lang: Callback<()>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let onclick = props.on_switch_lang.reform(|_: MouseEvent| ());
    html! {
        <header class="shell-header">
            <h1 class="shell-title">{ Text::AppTitle.get(lang) }</h1>
            <button
                type="button"
                class="lang-switch"
                lang={lang.other().code()}
                title={Text::SwitchLanguageHint.get(lang)}
                {onclick}
            >
                { Text::OtherLanguageName.get(lang) }
            </button>
        </header>
    }
}
