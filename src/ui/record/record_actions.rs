//! The record screen's buttons not tied to a section: check again (at the
//! top), download the record, see every record, go back (at the bottom).

use super::RecordAction;
use crate::domain::i18n::{Lang, RecordText};
use yew::prelude::*;

/// "Kiểm tra lại", with what it does.
pub fn recheck(lang: Lang, on_action: &Callback<RecordAction>) -> Html {
    html! {
        <div class="record-recheck">
            <button type="button" class="button-primary" aria-describedby="record-recheck-hint"
                onclick={on_action.reform(|_: MouseEvent| RecordAction::Recheck)}>
                { RecordText::RecordRecheck.get(lang) }
            </button>
            <p class="field-hint" id="record-recheck-hint">{ RecordText::RecordRecheckHint.get(lang) }</p>
        </div>
    }
}

/// The buttons at the end of the screen; `on_back` closes it.
pub fn record_actions(
    lang: Lang,
    on_action: &Callback<RecordAction>,
    on_back: &Callback<()>,
) -> Html {
    let send = |action: RecordAction| on_action.reform(move |_: MouseEvent| action);
    html! {
        <div class="draft-actions record-actions">
            <button type="button" class="button-secondary" onclick={send(RecordAction::Export)}>
                { RecordText::RecordExport.get(lang) }
            </button>
            <button type="button" class="button-secondary" onclick={send(RecordAction::Records)}>
                { RecordText::RecordsHeading.get(lang) }
            </button>
            <button type="button" class="button-secondary" onclick={on_back.reform(|_: MouseEvent| ())}>
                { RecordText::BackToAssessment.get(lang) }
            </button>
        </div>
    }
}
