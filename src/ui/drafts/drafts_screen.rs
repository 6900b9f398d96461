//! The assessments stored on this device: open one, start a new one, copy one
//! for next year, rename one, delete one (with undo), export them all, import
//! such a file.

use super::{ItemAction, draft_item, draft_transfer, drafts_notices};
use crate::browser::clock;
use crate::browser::draft_store::{self, ListedDraft};
use crate::domain::criteria::{DEFAULT_SET_ID, Registry};
use crate::domain::i18n::{Lang, Text};
use crate::ui::hooks::use_focus_on_mount;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsScreenProps {
    pub registry: Rc<Registry>,
    /// The id of the draft open now.
    pub current_id: AttrValue,
    /// Asked to open a stored draft (it is already made current).
    pub on_open: Callback<()>,
    /// Asked to go back to the open draft.
    pub on_back: Callback<()>,
    /// Asked to read the open draft again from storage (it was renamed here).
    pub on_reopen: Callback<()>,
}

#[component]
pub fn DraftsScreen(props: &DraftsScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current_year = *use_memo((), |_| clock::current_year());
    let refresh = use_state(|| 0u32);
    // The draft deleted last (id and stored text), for "undo".
    let deleted = use_state(|| None::<(String, String)>);
    // The draft being renamed and the name typed so far.
    let renaming = use_state(|| None::<(String, String)>);
    // The outcome of the last file imported, as a sentence.
    let import_message = use_state(|| None::<(bool, String)>);
    let listing = use_memo(*refresh, |_| {
        draft_store::list(&props.registry, current_year)
    });
    let heading = use_focus_on_mount();
    let bump = move || refresh.set(refresh.wrapping_add(1));
    let on_new = {
        let (on_open, registry) = (props.on_open.clone(), props.registry.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(set) = registry.latest(DEFAULT_SET_ID)
                && draft_store::create(set).is_ok()
            {
                on_open.emit(());
            }
        })
    };
    let on_imported = {
        let (import_message, bump) = (import_message.clone(), bump.clone());
        Callback::from(move |message: (bool, String)| {
            import_message.set(Some(message));
            bump();
        })
    };
    let on_action = {
        let (on_open, on_reopen) = (props.on_open.clone(), props.on_reopen.clone());
        let (current, deleted, renaming) =
            (props.current_id.clone(), deleted.clone(), renaming.clone());
        Callback::from(move |action: ItemAction| match action {
            ItemAction::Open(id) => {
                if draft_store::set_current(&id).is_ok() {
                    on_open.emit(());
                }
            }
            ItemAction::Duplicate(id) => {
                if draft_store::duplicate(&id).is_ok() {
                    on_open.emit(());
                }
            }
            ItemAction::Rename(id, text) => renaming.set(Some((id, text))),
            ItemAction::SaveName(id, text) => {
                if draft_store::rename(&id, &text).is_ok() {
                    renaming.set(None);
                    bump();
                    if current.as_str() == id {
                        on_reopen.emit(());
                    }
                }
            }
            ItemAction::Delete(id) => {
                if let Some(text) = draft_store::delete(&id) {
                    deleted.set(Some((id, text)));
                    bump();
                }
            }
            ItemAction::Restore(id, text) => {
                if draft_store::restore(&id, &text).is_ok() {
                    deleted.set(None);
                    bump();
                }
            }
        })
    };
    let item = |entry: &ListedDraft| {
        let is_current = entry.id == props.current_id.as_str();
        draft_item(lang, entry, is_current, &renaming, &on_action)
    };
    html! {
        <section class="step" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading" class="step-heading" tabindex="-1" ref={heading}>{ Text::DraftsHeading.get(lang) }</h2>
            { drafts_notices(lang, deleted.as_ref(), &on_action, import_message.as_ref()) }
            <div class="draft-actions">
                <button type="button" class="button-primary" onclick={on_new}>
                    <span aria-hidden="true">{ "+ " }</span>{ Text::NewDraft.get(lang) }
                </button>
                <button type="button" class="button-secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>
                    { Text::BackToAssessment.get(lang) }
                </button>
            </div>
            { match &*listing {
                Err(_) => html! { <p role="alert">{ Text::DraftsUnavailable.get(lang) }</p> },
                Ok(drafts) => html! { <ul class="draft-list">{ for drafts.iter().map(item) }</ul> },
            } }
            { draft_transfer(lang, &on_imported) }
        </section>
    }
}
