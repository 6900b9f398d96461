//! The root component of the sets page: "Bộ tiêu chí" in the interface
//! language, with the app's bar, update banner and footer.

use super::SetsScreen;
use crate::browser::{document, preferences};
use crate::ui::hooks::{use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use yew::prelude::*;

#[component]
pub fn SetsApp() -> Html {
    let lang = use_state(preferences::load_lang);
    let update_ready = use_update_ready();
    let persistence = use_persistence();
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
    page_frame(
        *lang,
        on_switch_lang,
        update_ready,
        persistence,
        html! { <SetsScreen /> },
    )
}
