//! The root component of the commune's page: the list of collected results,
//! or a row's result over it, in the interface language, with the app's bar,
//! update banner and footer. Its back button goes to the app.

use super::use_commune::{CommuneHandle, use_commune};
use crate::browser::{clock, document, location, screen_history, set_store};
use crate::domain::shell::commune::{self, Event};
use crate::ui::hooks::{use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use crate::ui::{SharedLink, TrackingScreen};
use yew::prelude::*;

#[component]
pub fn CommuneApp() -> Html {
    let registry = use_memo((), |_| set_store::registry().0);
    let CommuneHandle { page, dispatch } = use_commune(registry.clone());
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    let current_year = *use_memo((), |_| clock::current_year());
    let lang = page.lang;
    use_effect_with(lang, |lang| document::apply_lang(*lang));
    let send = |event: Event| dispatch.reform(move |()| event.clone());
    // Closing reads the current history entry, the back button where the
    // page came from: the core says what they mean.
    let close_link = dispatch.reform(|()| Event::CloseLink {
        entry: screen_history::read(),
    });
    let to_app = dispatch.reform(|()| Event::ToApp {
        from_app: commune::came_from_app(&location::referrer(), &location::page_address()),
    });
    let main = html! {
        <>
            if let Some(fragment) = page.link.clone() {
                <SharedLink
                    registry={registry.clone()}
                    {fragment}
                    {current_year}
                    closes_to_list={true}
                    keep_failed={page.keep_failed}
                    tracked={page.tracked}
                    on_keep={send(Event::KeepLink)}
                    on_close={close_link}
                    on_track={Some(send(Event::TrackLink))}
                />
            } else {
                <TrackingScreen
                    {registry}
                    {current_year}
                    on_open={dispatch.reform(Event::OpenRow)}
                    on_back={to_app}
                />
            }
        </>
    };
    page_frame(
        lang,
        send(Event::SwitchLang),
        update_ready,
        persistence,
        main,
    )
}
