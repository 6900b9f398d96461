//! The root component of the result page: storage's current draft (the one
//! the app shows) sent and printed (`SendAndPrint`), in the interface
//! language, with the app's bar, update banner and footer. Its back button
//! goes to the app.

use super::send_and_print::SendAndPrint;
use crate::browser::{
    clock, document, draft_store, location, preferences, screen_history, set_store,
};
use crate::domain::i18n::ResultText;
use crate::domain::shell::commune;
use crate::domain::shell::result_page::{self, ToApp};
use crate::ui::hooks::{use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn ResultApp() -> Html {
    let registry = use_memo((), |_| set_store::registry().0);
    let lang = use_state(preferences::load_lang);
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    let current_year = *use_memo((), |_| clock::current_year());
    use_effect_with(*lang, |lang| document::apply_lang(*lang));
    // The draft as the app saved it, read once: the page is left for the app
    // to edit it.
    let opened = {
        let registry = registry.clone();
        use_memo((), move |_| {
            let id = draft_store::current_id()?;
            let (_, questionnaire) = draft_store::stored(&id, &registry)?;
            Some((AttrValue::from(id), Rc::new(questionnaire)))
        })
    };
    // Brought back from the browser's cache (Back to the app, then Forward):
    // the app may have changed the draft meanwhile.
    use_effect_with((), |_| {
        let listener = location::RestoredListener::new(location::reload);
        move || drop(listener)
    });
    let on_back = Callback::from(|()| {
        let from_app = commune::came_from_app(&location::referrer(), &location::page_address());
        match result_page::to_app(from_app) {
            ToApp::Back => screen_history::back(),
            ToApp::Open => location::open(result_page::APP_PAGE, false),
        }
    });
    let on_switch_lang = {
        let lang = lang.clone();
        Callback::from(move |()| {
            let next = lang.other();
            // A preference that cannot be remembered still applies to this visit.
            let _ = preferences::save_lang(next);
            lang.set(next);
        })
    };
    let main = match &*opened {
        Some((draft_id, questionnaire)) => html! {
            <SendAndPrint
                {registry}
                draft_id={draft_id.clone()}
                questionnaire={questionnaire.clone()}
                {current_year}
                {on_back}
            />
        },
        None => html! {
            <section class="step" aria-labelledby="page-heading">
                <h2 id="page-heading" class="step-heading">{ ResultText::Heading.get(*lang) }</h2>
                <p role="alert">{ ResultText::NoDraft.get(*lang) }</p>
                <a class="button-primary" href={result_page::APP_PAGE}>{ ResultText::OpenApp.get(*lang) }</a>
            </section>
        },
    };
    page_frame(*lang, on_switch_lang, update_ready, persistence, main)
}
