//! What the commune's view must say about its storage: what loading set
//! aside, and a save that failed (with the collection as a file).

use super::offer_json;
use crate::browser::collection_store::CollectionNotice;
use crate::browser::storage::StorageError;
use crate::domain::i18n::{Lang, Text, TrackingText};
use crate::domain::tracking::Collection;
use std::rc::Rc;
use yew::prelude::*;

/// The notices of loading, then the failed save, if any.
pub fn load_notices(
    lang: Lang,
    notices: &[CollectionNotice],
    save_error: Option<&StorageError>,
    collection: &Rc<Collection>,
) -> Html {
    let notices = notices.iter().map(|notice| {
        let text = match notice {
            CollectionNotice::Unavailable => Text::StorageUnavailable.get(lang),
            CollectionNotice::SetAside { .. } => TrackingText::TrackingStoredAside.get(lang),
            CollectionNotice::EntriesSetAside { .. } => {
                TrackingText::TrackingEntriesAside.get(lang)
            }
        };
        html! { <div class="notice notice-warning" role="status"><p>{ text }</p></div> }
    });
    let on_json = {
        let collection = collection.clone();
        Callback::from(move |_: MouseEvent| offer_json(&collection))
    };
    html! {
        <>
            { for notices }
            if let Some(error) = save_error {
                <div class="notice notice-error" role="alert">
                    <p>{ error.message(lang) }</p>
                    <button type="button" class="button-secondary" onclick={on_json}>{ TrackingText::TrackingExportJson.get(lang) }</button>
                </div>
            }
        </>
    }
}
