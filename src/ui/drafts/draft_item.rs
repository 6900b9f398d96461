//! One stored draft in the list: its name (the current one marked), year,
//! progress and last change, and what can be done with it.

use crate::browser::clock;
use crate::browser::draft_store::ListedDraft;
use crate::domain::i18n::{self, Lang, Text};
use crate::ui::TextField;
use yew::prelude::*;

/// What she asks of a draft in the list (by its id).
pub enum ItemAction {
    Open(String),
    Duplicate(String),
    /// Renaming it, with the name typed so far.
    Rename(String, String),
    SaveName(String, String),
    Delete(String),
    /// Undoing a delete: the id and the text the draft was stored as.
    Restore(String, String),
}

/// `renaming`: the draft being renamed (its id) and the name typed so far.
pub fn draft_item(
    lang: Lang,
    entry: &ListedDraft,
    is_current: bool,
    renaming: &Option<(String, String)>,
    on_action: &Callback<ItemAction>,
) -> Html {
    let name = entry
        .summary
        .as_ref()
        .map(|s| s.title.trim().to_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| {
            if entry.summary.is_some() {
                Text::UntitledDraft
            } else {
                Text::UnreadableDraftEntry
            }
            .get(lang)
            .to_owned()
        });
    let ask = |make: fn(String) -> ItemAction| {
        let id = entry.id.clone();
        on_action.reform(move |_: MouseEvent| make(id.clone()))
    };
    let on_rename = {
        let (id, name) = (entry.id.clone(), name.clone());
        on_action.reform(move |_: MouseEvent| ItemAction::Rename(id.clone(), name.clone()))
    };
    let renaming = renaming.as_ref().filter(|(id, _)| *id == entry.id);
    let rename_form = renaming.map(|(_, text)| {
        let on_input = {
            let id = entry.id.clone();
            on_action.reform(move |text: String| ItemAction::Rename(id.clone(), text))
        };
        let on_save = {
            let (id, text) = (entry.id.clone(), text.to_owned());
            on_action.reform(move |_: MouseEvent| ItemAction::SaveName(id.clone(), text.clone()))
        };
        html! {
            <div class="rename">
                <TextField
                    id={format!("rename-{}", entry.id)}
                    label={Text::DraftTitle.get(lang)}
                    value={AttrValue::from(text.to_owned())}
                    {on_input}
                />
                <button type="button" class="button-primary" onclick={on_save}>{ Text::SaveTitle.get(lang) }</button>
            </div>
        }
    });
    let button = |class: &'static str, text: Text, onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" {class} {onclick} aria-label={format!("{}: {name}", text.get(lang))}>
                { text.get(lang) }
            </button>
        }
    };
    html! {
        <li class={classes!("draft-item", is_current.then_some("draft-current"))}>
            <p class="draft-name">
                { name.clone() }
                if is_current {
                    <span class="draft-badge">{ format!(" · {}", Text::CurrentDraft.get(lang)) }</span>
                }
            </p>
            if let Some(summary) = &entry.summary {
                <p class="field-hint">
                    { i18n::draft_details(lang, summary.year, summary.answered, &clock::local_date_time(&summary.changed, lang)) }
                </p>
            }
            if let Some(form) = rename_form {
                { form }
            }
            <div class="draft-actions">
                if entry.summary.is_some() {
                    { button("button-primary", Text::OpenDraft, ask(ItemAction::Open)) }
                    { button("button-secondary", Text::DuplicateDraft, ask(ItemAction::Duplicate)) }
                    { button("button-secondary", Text::RenameDraft, on_rename) }
                }
                { button("button-secondary", Text::DeleteDraft, ask(ItemAction::Delete)) }
            </div>
        </li>
    }
}
