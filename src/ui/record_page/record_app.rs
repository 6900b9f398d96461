//! The root component of the record's page: the record of the open check
//! (storage's current draft) or the list of records in its place, in the
//! interface language, with the app's bar, update banner and footer; its
//! history entry says which (a reload stays there). Its back buttons, and a
//! check chosen or started, go to the app.

use crate::browser::{clock, draft_store, location, screen_history, set_store};
use crate::domain::shell::commune;
use crate::domain::shell::record_page::{self, Effect, Event, RecordPage, View};
use crate::ui::hooks::{PageLang, use_page_lang, use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use crate::ui::{RecordScreen, RecordsScreen};
use yew::prelude::*;

#[component]
pub fn RecordApp() -> Html {
    let registry = use_memo((), |_| set_store::registry().0);
    let PageLang {
        lang,
        on_switch: on_switch_lang,
    } = use_page_lang();
    let page = use_state(|| RecordPage::opened(screen_history::read()));
    // The open check: read again when the list makes another one current.
    let draft = use_state(|| draft_store::current_id().unwrap_or_default());
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    let current_year = *use_memo((), |_| clock::current_year());
    let dispatch = {
        let (page, draft) = (page.clone(), draft.clone());
        Callback::from(move |event: Event| {
            let (next, effects) = record_page::transition((*page).clone(), event);
            if event == Event::RecordChosen {
                draft.set(draft_store::current_id().unwrap_or_default());
            }
            page.set(next);
            for effect in effects {
                match effect {
                    Effect::Mark(shown) => screen_history::mark(&shown),
                    Effect::Back => screen_history::back(),
                    Effect::OpenApp { replace } => location::open(record_page::APP_PAGE, replace),
                }
            }
        })
    };
    let send = |event: Event| dispatch.reform(move |()| event);
    let to_app = dispatch.reform(|()| Event::ToApp {
        from_app: commune::came_from_app(&location::referrer(), &location::page_address()),
    });
    let id = AttrValue::from((*draft).clone());
    let main = html! {
        <>
            if page.view == View::Records {
                <RecordsScreen
                    registry={registry.clone()}
                    current_id={id}
                    on_open={send(Event::DraftChosen)}
                    on_record={send(Event::RecordChosen)}
                    on_back={to_app}
                />
            } else {
                <RecordScreen
                    key={(*draft).clone()}
                    {registry}
                    draft_id={id}
                    {current_year}
                    on_back={to_app}
                    on_records={send(Event::OpenRecords)}
                    on_check_started={send(Event::DraftChosen)}
                />
            }
        </>
    };
    page_frame(lang, on_switch_lang, update_ready, persistence, main)
}
