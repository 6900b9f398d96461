//! A result from a link on the result page (`SharedLink`): kept as her
//! draft, the app opens in the page's place on it; closed, the app where she
//! was (`domain::shell::result_page`). A view function over the page's state.

use crate::browser::{draft_store, location, screen_history};
use crate::domain::criteria::Registry;
use crate::domain::share_link;
use crate::domain::shell::result_page::{self, FromApp, Leave};
use crate::ui::SharedLink;
use std::rc::Rc;
use yew::prelude::*;

/// Leaves the page for the app, as the core said.
fn leave(how: Leave) {
    match how {
        Leave::Back => screen_history::back(),
        Leave::Replace(href) => location::open(&href, true),
    }
}

/// The result `fragment` names; `keep_failed` says that keeping it failed.
pub fn link_result(
    registry: Rc<Registry>,
    fragment: String,
    current_year: u16,
    keep_failed: &UseStateHandle<bool>,
) -> Html {
    // Her new draft, made current: the app opens on it, says so, and gives
    // it a record of its own when it starts (`ui::startup`).
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
    let on_close =
        Callback::from(|()| leave(result_page::close_link(screen_history::read::<FromApp>())));
    html! {
        <SharedLink
            {registry}
            {fragment}
            {current_year}
            closes_to_list={false}
            keep_failed={**keep_failed}
            {on_keep}
            {on_close}
        />
    }
}
