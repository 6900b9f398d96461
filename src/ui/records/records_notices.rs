//! What the list of records tells her: a record just deleted (with undo), how
//! the last import or download went, and records that could not be read.

use super::CardAction;
use crate::browser::record_store::RecordNotice;
use crate::domain::i18n::{Lang, RecordText, Text};
use yew::prelude::*;

/// `deleted`: a record was deleted and can be put back; `message`: whether
/// her last action went well, and its words.
pub fn records_notices(
    lang: Lang,
    deleted: bool,
    message: Option<&(bool, String)>,
    notices: &[RecordNotice],
    on_action: &Callback<CardAction>,
) -> Html {
    html! {
        <>
            if deleted {
                <div class="notice" role="status">
                    <p>{ RecordText::RecordDeleted.get(lang) }</p>
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_: MouseEvent| CardAction::Undo)}>
                        { Text::Undo.get(lang) }
                    </button>
                </div>
            }
            if let Some((ok, text)) = message {
                <div class={classes!("notice", (!ok).then_some("notice-warning"))} role="status"><p>{ text.clone() }</p></div>
            }
            { for notices.iter().map(|n| html! {
                <div class="notice notice-warning" role="status"><p>{ n.message(lang) }</p></div>
            }) }
        </>
    }
}
