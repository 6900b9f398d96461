//! The result link in the address, read and shown (`SharedResultScreen`) on
//! the result page, or over the commune's list, with what keeping it or
//! adding it to the commune's list did.

use super::SharedResultScreen;
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, SharedText, Text};
use crate::domain::share_link;
use crate::domain::shell::{Tracked, commune};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedLinkProps {
    pub registry: Rc<Registry>,
    /// The address's fragment (`#k=…`).
    pub fragment: AttrValue,
    pub current_year: u16,
    /// Opened over a list: closing goes back to it.
    pub closes_to_list: bool,
    pub keep_failed: bool,
    /// What adding the result to the list did (on the commune's page).
    #[prop_or_default]
    pub tracked: Option<Tracked>,
    pub on_keep: Callback<()>,
    pub on_close: Callback<()>,
    /// Adds the result to the list (on the commune's page); without it, the
    /// result page's "Thêm vào danh sách theo dõi" opens the commune's page, which
    /// adds it on arrival (`shell::commune::add_href`).
    #[prop_or_default]
    pub on_track: Option<Callback<()>>,
}

#[component]
pub fn SharedLink(props: &SharedLinkProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let link = {
        let registry = props.registry.clone();
        use_memo(props.fragment.clone(), move |fragment| {
            share_link::decode(fragment, &registry)
        })
    };
    let save_error = props
        .keep_failed
        .then(|| AttrValue::from(Text::StorageFailed.get(lang)));
    let tracked = props.tracked.map(|tracked| {
        AttrValue::from(match tracked {
            Tracked::Added => SharedText::TrackingAddedShared.get(lang),
            Tracked::NotSaved => Text::StorageFailed.get(lang),
        })
    });
    html! {
        <SharedResultScreen
            registry={props.registry.clone()}
            {link}
            current_year={props.current_year}
            on_save={props.on_keep.clone()}
            on_close={props.on_close.clone()}
            closes_to_list={props.closes_to_list}
            {save_error}
            on_track={props.on_track.clone()}
            track_href={props.on_track.is_none().then(|| commune::add_href(&props.fragment)).flatten().map(AttrValue::from)}
            {tracked}
            payload={share_link::find_payload(&props.fragment).map(|p| AttrValue::from(p.to_owned()))}
        />
    }
}
