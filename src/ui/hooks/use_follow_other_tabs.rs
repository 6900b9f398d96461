//! Two tabs on one draft follow each other: when another tab saves a newer
//! revision of the open draft, this tab takes it whole instead of saving over
//! it.

use super::SavedDraft;
use crate::browser::draft_store;
use crate::domain::criteria::Registry;
use crate::domain::questionnaire::Questionnaire;
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Listens for the `storage` event of `draft`'s key; a newer revision there
/// replaces `draft` and is handed, opened, to `on_newer` (as it was when the
/// screen opened: the callback is kept from then).
#[hook]
pub fn use_follow_other_tabs(
    draft: &SavedDraft,
    registry: &Rc<Registry>,
    on_newer: Callback<Questionnaire>,
) {
    let draft = draft.clone();
    let registry = registry.clone();
    use_effect_with((), move |_| {
        let listener = crate::browser::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let id = draft.borrow().id.clone();
                if event.key() != Some(draft_store::draft_key(&id)) {
                    return;
                }
                if let Some((newer, questionnaire)) = draft_store::stored(&id, &registry)
                    && newer.revision > draft.borrow().revision
                {
                    draft.replace(newer);
                    on_newer.emit(questionnaire);
                }
            })
        });
        move || drop(listener)
    });
}
