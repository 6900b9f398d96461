//! The root component: holds the interface language (remembered on the device)
//! and lays out the shell.

use super::{Header, QuestionnaireScreen};
use crate::APP_VERSION;
use crate::browser::{document, preferences};
use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// The root component.
#[component]
pub fn App() -> Html {
    let lang = use_state(preferences::load_lang);
    use_effect_with(*lang, |lang| document::apply_lang(*lang));
    let on_switch_lang = {
        let lang = lang.clone();
        Callback::from(move |()| {
            let next = lang.other();
            // A preference that cannot be remembered still applies to this visit.
            let _ = preferences::save_lang(next);
            lang.set(next);
        })
    };
    let lang = *lang;
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="shell">
                <Header {on_switch_lang} />
                <main class="shell-main" id="main">
                    <QuestionnaireScreen />
                </main>
                <footer class="shell-footer">
                    <p>{ Text::PrivacyNote.get(lang) }</p>
                    <p>{ format!("{} {}", Text::VersionLabel.get(lang), APP_VERSION) }</p>
                </footer>
            </div>
        </ContextProvider<Lang>>
    }
}
