//! The root component: holds the interface language (remembered on the device)
//! and lays out the shell.

use super::{Header, QuestionnaireScreen, UpdateBanner};
use crate::APP_VERSION;
use crate::browser::{document, preferences, service_worker};
use crate::criteria::{CriteriaSet, DEFAULT_SET_ID, Registry};
use crate::i18n::{Lang, Text};
use std::rc::Rc;
use yew::prelude::*;

/// The bundled default criteria set (tests guarantee that it loads).
fn default_set() -> Option<Rc<CriteriaSet>> {
    let (registry, _errors) = Registry::bundled();
    registry.latest(DEFAULT_SET_ID).cloned().map(Rc::new)
}

/// The root component.
#[component]
pub fn App() -> Html {
    let set = use_memo((), |_| default_set());
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
    // Offline support; a newer release, once waiting, is offered in a banner.
    let update_ready = use_state(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            service_worker::register(move || update_ready.set(true));
        });
    }
    let on_apply_update = Callback::from(|()| service_worker::apply_update());
    let lang = *lang;
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="shell">
                <Header {on_switch_lang} />
                if *update_ready {
                    <UpdateBanner on_apply={on_apply_update} />
                }
                <main class="shell-main" id="main">
                    if let Some(set) = (*set).clone() {
                        <QuestionnaireScreen {set} />
                    } else {
                        <p role="alert">{ Text::CriteriaMissing.get(lang) }</p>
                    }
                </main>
                <footer class="shell-footer">
                    <p>{ Text::PrivacyNote.get(lang) }</p>
                    <p>{ format!("{} {}", Text::VersionLabel.get(lang), APP_VERSION) }</p>
                </footer>
            </div>
        </ContextProvider<Lang>>
    }
}
