//! The root component of the sets page: "Bộ tiêu chí" in the interface
//! language, with the app's bar, update banner and footer.

use super::SetsScreen;
use crate::ui::hooks::{PageLang, use_page_lang, use_persistence, use_update_ready};
use crate::ui::page_frame::page_frame;
use yew::prelude::*;

#[component]
pub fn SetsApp() -> Html {
    let PageLang {
        lang,
        on_switch: on_switch_lang,
    } = use_page_lang();
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    page_frame(
        lang,
        on_switch_lang,
        update_ready,
        persistence,
        html! { <SetsScreen /> },
    )
}
