//! The root component of the result page, in the interface language, with
//! the app's bar, update banner and footer: a result from a link (the
//! address's fragment, `SharedLink`), to keep as her draft or close; else
//! storage's current draft (the one the app shows) sent and printed
//! (`SendAndPrint`). Every way out leads to the app
//! (`domain::shell::result_page`).

use super::link_result::link_result;
use super::own_result::{Opened, own_result};
use crate::browser::{clock, draft_store, location, screen_history, set_store, tab_mark};
use crate::domain::shell::result_page::{FromApp, View};
use crate::ui::hooks::{PageLang, use_page_lang, use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn ResultApp() -> Html {
    let registry = use_memo((), |_| set_store::registry().0);
    let PageLang {
        lang,
        on_switch: on_switch_lang,
    } = use_page_lang();
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    let current_year = *use_memo((), |_| clock::current_year());
    // The address's fragment: a result link, followed here or pasted into
    // this tab's address bar.
    let fragment = use_state(location::fragment);
    let keep_failed = use_state(|| false);
    // A link the app sent here, followed in its tab: its entry says so, for
    // the close button (and a reload keeps it).
    use_effect_with((), |_| {
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
        use_memo((), move |_| -> Opened {
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
    let main = match View::of(&fragment) {
        View::Link(fragment) => link_result(registry, fragment, current_year, &keep_failed),
        View::Own => own_result(lang, registry, &opened, current_year),
    };
    page_frame(lang, on_switch_lang, update_ready, persistence, main)
}
