//! The root component of the result page, in the interface language, with
//! the app's bar, update banner and footer: a result from a link (the
//! address's fragment, `SharedLink`), to keep as her draft or close; else
//! storage's current draft (the one the app shows) sent and printed
//! (`SendAndPrint`). Every way out leads to the app
//! (`domain::shell::result_page`).

use super::send_and_print::SendAndPrint;
use crate::browser::{
    clock, document, draft_store, location, preferences, screen_history, set_store, tab_mark,
};
use crate::domain::i18n::ResultText;
use crate::domain::share_link;
use crate::domain::shell::commune;
use crate::domain::shell::result_page::{self, FromApp, Leave, ToApp, View};
use crate::ui::SharedLink;
use crate::ui::hooks::{use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use std::rc::Rc;
use yew::prelude::*;

/// Leaves the page for the app, as the core said.
fn leave(how: Leave) {
    match how {
        Leave::Back => screen_history::back(),
        Leave::Replace(href) => location::open(&href, true),
    }
}

#[component]
pub fn ResultApp() -> Html {
    let registry = use_memo((), |_| set_store::registry().0);
    let lang = use_state(preferences::load_lang);
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    let current_year = *use_memo((), |_| clock::current_year());
    use_effect_with(*lang, |lang| document::apply_lang(*lang));
    // The address's fragment: a result link, followed here or pasted into
    // this tab's address bar.
    let fragment = use_state(location::fragment);
    let keep_failed = use_state(|| false);
    // A link the app sent here, followed in its tab: its entry says so, for
    // the close button (and a reload keeps it).
    use_memo((), |_| {
        if tab_mark::take_link_from_app(&location::fragment()) {
            screen_history::mark(&FromApp);
        }
    });
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            let listener = location::FragmentListener::new(move |next| fragment.set(next));
            move || drop(listener)
        });
    }
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
    let on_switch_lang = {
        let lang = lang.clone();
        Callback::from(move |()| {
            let next = lang.other();
            // A preference that cannot be remembered still applies to this visit.
            let _ = preferences::save_lang(next);
            lang.set(next);
        })
    };
    let main = match result_page::View::of(&fragment) {
        View::Link(fragment) => {
            // Her new draft, made current: the app opens on it, says so, and
            // gives it a record of its own when it starts (`ui::startup`).
            let on_keep = {
                let (registry, fragment, keep_failed) =
                    (registry.clone(), fragment.clone(), keep_failed.clone());
                Callback::from(move |()| {
                    let Ok(decoded) = share_link::decode(&fragment, &registry) else {
                        return;
                    };
                    match draft_store::save_shared(&decoded.result) {
                        Ok(_) => leave(result_page::kept()),
                        Err(_) => keep_failed.set(true),
                    }
                })
            };
            let on_close = Callback::from(|()| {
                leave(result_page::close_link(screen_history::read::<FromApp>()))
            });
            html! {
                <SharedLink
                    {registry}
                    fragment={fragment}
                    {current_year}
                    closes_to_list={false}
                    keep_failed={*keep_failed}
                    {on_keep}
                    {on_close}
                />
            }
        }
        View::Own => match &*opened {
            Some((draft_id, questionnaire)) => {
                let on_back = Callback::from(|()| {
                    let from_app =
                        commune::came_from_app(&location::referrer(), &location::page_address());
                    match result_page::to_app(from_app) {
                        ToApp::Back => screen_history::back(),
                        ToApp::Open => location::open(result_page::APP_PAGE, false),
                    }
                });
                html! {
                    <SendAndPrint
                        {registry}
                        draft_id={draft_id.clone()}
                        questionnaire={questionnaire.clone()}
                        {current_year}
                        {on_back}
                    />
                }
            }
            None => html! {
                <section class="step" aria-labelledby="page-heading">
                    <h2 id="page-heading" class="step-heading">{ ResultText::Heading.get(*lang) }</h2>
                    <p role="alert">{ ResultText::NoDraft.get(*lang) }</p>
                    <a class="button-primary" href={result_page::APP_PAGE}>{ ResultText::OpenApp.get(*lang) }</a>
                </section>
            },
        },
    };
    page_frame(*lang, on_switch_lang, update_ready, persistence, main)
}
