//! The records stored on this device: the list, and what she asks of it,
//! carried out through `record_store`; the list is read again after every
//! change.

use super::card_actions::{Handles, carry_out};
use super::{record_card, records_notices, records_transfer};
use crate::browser::draft_store;
use crate::browser::record_store::{self, DeletedRecord};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, RecordText};
use crate::ui::hooks::use_focus_on_mount;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordsScreenProps {
    pub registry: Rc<Registry>,
    /// The open draft: its record is marked, and not deleted from here.
    pub current_id: AttrValue,
    /// Another draft was made current: the questionnaire shows it.
    pub on_open: Callback<()>,
    /// Another record's newest check was made current: its record screen shows.
    pub on_record: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn RecordsScreen(props: &RecordsScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let refresh = use_state(|| 0u32);
    let deleted = use_state(|| None::<Rc<DeletedRecord>>);
    // The outcome of her last action: whether it went well, and its words.
    let message = use_state(|| None::<(bool, String)>);
    let heading = use_focus_on_mount();
    let listing = {
        let (registry, current) = (props.registry.clone(), props.current_id.clone());
        use_memo(*refresh, move |_| {
            // The open check is on a record (one is made for it if need be),
            // which shows what she entered last in it.
            if let Ok(record) = record_store::ensure_record(&current) {
                let _ = record_store::sync_ratings(&record.id, &registry);
            }
            record_store::list(&registry)
        })
    };
    let bump = {
        let refresh = refresh.clone();
        move || refresh.set(refresh.wrapping_add(1))
    };
    let on_new = {
        let (on_open, registry, message) = (
            props.on_open.clone(),
            props.registry.clone(),
            message.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let set = registry.default_for("", None);
            match draft_store::create(set)
                .map_err(Into::into)
                .and_then(|d| record_store::ensure_record(&d.id))
            {
                Ok(_) => on_open.emit(()),
                Err(e) => message.set(Some((false, e.message(lang)))),
            }
        })
    };
    let on_imported = {
        let (message, bump) = (message.clone(), bump.clone());
        Callback::from(move |outcome: (bool, String)| {
            message.set(Some(outcome));
            bump();
        })
    };
    let on_action = {
        let handles = Handles {
            registry: props.registry.clone(),
            current: props.current_id.clone(),
            deleted: deleted.clone(),
            message: message.clone(),
            on_open: props.on_open.clone(),
            on_record: props.on_record.clone(),
        };
        Callback::from(move |action| {
            if carry_out(lang, action, &handles) {
                bump();
            }
        })
    };
    let list = match &*listing {
        Err(error) => html! { <p role="alert">{ error.message(lang) }</p> },
        Ok((records, notices)) => html! {
            <>
                { records_notices(lang, deleted.is_some(), message.as_ref(), notices, &on_action) }
                if records.is_empty() {
                    <p>{ RecordText::RecordsEmpty.get(lang) }</p>
                }
                <ul class="draft-list">
                    { for records.iter().map(|r| {
                        let is_open = r.newest.as_ref().is_some_and(|n| n.draft_id == props.current_id.as_str());
                        record_card(lang, r, is_open, &on_action)
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <section class="step" aria-labelledby="records-heading">
            <h2 id="records-heading" class="step-heading" tabindex="-1" ref={heading}>{ RecordText::RecordsHeading.get(lang) }</h2>
            <div class="draft-actions">
                <button type="button" class="button-primary" onclick={on_new}>
                    <span aria-hidden="true">{ "+ " }</span>{ RecordText::RecordNew.get(lang) }
                </button>
                <button type="button" class="button-secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>
                    { RecordText::BackToAssessment.get(lang) }
                </button>
            </div>
            { list }
            { records_transfer(lang, &props.registry, &on_imported) }
        </section>
    }
}
