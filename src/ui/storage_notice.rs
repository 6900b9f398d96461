//! Banners about the device's storage: what went wrong, in plain words, and
//! an export so that nothing is lost.

use crate::browser::draft_store::LoadNotice;
use crate::browser::storage::StorageError;
use crate::domain::draft::DraftError;
use crate::domain::i18n::{self, Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    /// Problems found when loading.
    pub notices: Vec<LoadNotice>,
    /// The last save's failure, if the last save failed.
    pub save_error: Option<StorageError>,
    /// Asked to download the current draft.
    pub on_export: Callback<()>,
    /// Asked to download the text kept under a recovery key.
    pub on_export_raw: Callback<String>,
}

#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let export = props.on_export.reform(|_: MouseEvent| ());
    let save_text = props.save_error.as_ref().map(|error| error.message(lang));
    let unavailable_on_load = props
        .notices
        .iter()
        .any(|n| matches!(n, LoadNotice::Unavailable(_)));
    html! {
        <>
            if let Some(text) = save_text.or(unavailable_on_load.then(|| Text::StorageUnavailable.get(lang))) {
                <div class="notice notice-warning" role="alert">
                    <p>{ text }</p>
                    <button type="button" class="button-secondary" onclick={export.clone()}>{ Text::ExportDraft.get(lang) }</button>
                </div>
            }
            { for props.notices.iter().map(|notice| match notice {
                LoadNotice::MovedAside { key, error } => {
                    let key = key.clone();
                    let onclick = props.on_export_raw.reform(move |_: MouseEvent| key.clone());
                    let said = match error {
                        DraftError::UnknownSet { id, version } => i18n::draft_set_missing(lang, id, *version),
                        _ => Text::DraftMovedAside.get(lang).to_owned(),
                    };
                    html! {
                        <div class="notice" role="status">
                            <p>{ said }</p>
                            <button type="button" class="button-secondary" {onclick}>{ Text::DownloadUnreadable.get(lang) }</button>
                        </div>
                    }
                }
                LoadNotice::LeftInPlace { .. } => html! {
                    <div class="notice" role="status"><p>{ Text::DraftLeftInPlace.get(lang) }</p></div>
                },
                LoadNotice::DroppedAnswers(_) => html! {
                    <div class="notice" role="status"><p>{ Text::DroppedAnswers.get(lang) }</p></div>
                },
                LoadNotice::Unavailable(_) => html! {},
            }) }
        </>
    }
}
