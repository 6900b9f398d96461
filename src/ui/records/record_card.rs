//! One record in the list: the cell, its checks (the newest one's day and
//! conditions met), where it stands (registered, recognised), and what can be
//! done with it.

use crate::domain::i18n::{Lang, RecordText, Text};
use crate::domain::record::RecordSummary;
use yew::prelude::*;

/// What she asks of a record in the list (by its id).
#[derive(Clone, PartialEq)]
pub enum CardAction {
    /// Its newest check, in the questionnaire.
    OpenNewest(String),
    /// Its record screen.
    Record(String),
    Export(String),
    Delete(String),
    /// Puts back the record deleted last.
    Undo,
}

/// `is_open`: the record of the open check (marked, never deleted here).
pub fn record_card(
    lang: Lang,
    summary: &RecordSummary,
    is_open: bool,
    on_action: &Callback<CardAction>,
) -> Html {
    let name = match summary.title.trim() {
        "" => Text::UntitledDraft.get(lang).to_owned(),
        title => title.to_owned(),
    };
    let button = |class: &'static str, text: RecordText, make: fn(String) -> CardAction| {
        let id = summary.id.clone();
        let onclick = on_action.reform(move |_: MouseEvent| make(id.clone()));
        html! {
            <button type="button" {class} {onclick} aria-label={format!("{}: {name}", text.get(lang))}>
                { text.get(lang) }
            </button>
        }
    };
    html! {
        <li class={classes!("draft-item", is_open.then_some("draft-current"))}>
            <p class="draft-name">
                { name.clone() }
                if is_open {
                    <span class="draft-badge">{ format!(" · {}", RecordText::CurrentDraft.get(lang)) }</span>
                }
            </p>
            if !summary.commune.is_empty() {
                <p class="field-hint">{ summary.commune.clone() }</p>
            }
            <p class="field-hint">{ summary.details(lang) }</p>
            <p class="field-hint">
                { summary.standing(lang).unwrap_or_else(|| RecordText::RecordNoStanding.get(lang).to_owned()) }
            </p>
            <div class="draft-actions">
                if !is_open {
                    { button("button-primary", RecordText::RecordOpenNewest, CardAction::OpenNewest) }
                }
                { button("button-secondary", RecordText::RecordOpen, CardAction::Record) }
                { button("button-secondary", RecordText::RecordExport, CardAction::Export) }
                if !is_open {
                    { button("button-secondary", RecordText::DeleteDraft, CardAction::Delete) }
                }
            </div>
        </li>
    }
}
