//! The app shell: header with the product's name, the main area, the footer.

use crate::APP_VERSION;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// The root component.
#[component]
pub fn App() -> Html {
    let lang = Lang::default();
    html! {
        <div class="shell">
            <header class="shell-header">
                <h1 class="shell-title">{ Text::AppTitle.get(lang) }</h1>
            </header>
            <main class="shell-main" id="main">
                <p class="shell-tagline">{ Text::AppTagline.get(lang) }</p>
            </main>
            <footer class="shell-footer">
                <p>{ Text::PrivacyNote.get(lang) }</p>
                <p>{ format!("{} {}", Text::VersionLabel.get(lang), APP_VERSION) }</p>
            </footer>
        </div>
    }
}
