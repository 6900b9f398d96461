//! The record screen: reads the record of the open check, shows its parts
//! (view functions of this folder), and carries out what she asks through
//! `record_store`; the record is read again after every change.

use super::{
    AppraisalForm, Exits, Form, RecordAction, RecordView, RegistrationForm, appraisals, check_list,
    condition_list, recheck, record_actions, registrations, standing, use_record_state,
};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, RecordText, Text};
use crate::ui::hooks::use_focus_on_mount;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordScreenProps {
    pub registry: Rc<Registry>,
    /// The open draft: the newest check of the record shown.
    pub draft_id: AttrValue,
    pub current_year: u16,
    /// Asked to close the screen (back to the questionnaire).
    pub on_back: Callback<()>,
    /// Asked to show the list of records in this screen's place.
    pub on_records: Callback<()>,
    /// A new check was started and made current: the questionnaire shows it.
    pub on_check_started: Callback<()>,
}

#[component]
pub fn RecordScreen(props: &RecordScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let state = use_record_state();
    let heading = use_focus_on_mount();
    let view = {
        let registry = props.registry.clone();
        use_memo((props.draft_id.clone(), *state.revision), move |(id, _)| {
            RecordView::load(&registry, id).map(Rc::new)
        })
    };
    let on_action = {
        let (state, registry) = (state.clone(), props.registry.clone());
        let id = view
            .as_ref()
            .as_ref()
            .map(|v| v.record.id.clone())
            .unwrap_or_default();
        let exits = Exits {
            on_back: props.on_back.clone(),
            on_records: props.on_records.clone(),
            on_check_started: props.on_check_started.clone(),
        };
        Callback::from(move |action| state.carry_out(lang, action, &id, &registry, &exits))
    };
    let opener = |action: RecordAction, text: RecordText, button: &NodeRef| {
        html! {
            <button type="button" class="button-secondary" ref={button.clone()}
                onclick={on_action.reform(move |_: MouseEvent| action)}>{ text.get(lang) }</button>
        }
    };
    let on_close = on_action.reform(RecordAction::FormClosed);
    let body = match &*view {
        // No assessment on this device at all (the record's page opened from
        // a bookmark on a new phone): nothing went wrong, nothing is there yet.
        Err(_) if props.draft_id.is_empty() => {
            html! { <p>{ RecordText::RecordNoneYet.get(lang) }</p> }
        }
        Err(error) => html! { <p role="alert">{ error.message(lang) }</p> },
        Ok(view) => html! {
            <>
                <p class="record-cell">{ view.record.summary(view.newest()).title }</p>
                { for view.notices.iter().map(|n| html! { <div class="notice notice-warning" role="status"><p>{ n.message(lang) }</p></div> }) }
                { standing(lang, view) }
                { recheck(lang, &on_action) }
                { check_list(lang, view, *state.viewing, &on_action) }
                { condition_list(lang, &view.history) }
                { registrations(lang, view, state.form.is_none().then_some(&on_action), match *state.form {
                    Some(Form::Registration(editing)) => html! {
                        <RegistrationForm view={view.clone()} current_year={props.current_year} {editing} on_close={on_close.clone()}
                            on_removed={on_action.reform(|()| RecordAction::Removed(RecordText::RecordRegistrationRemoved))} />
                    },
                    _ => opener(RecordAction::Register, RecordText::RecordRegister, &state.register_button),
                }) }
                { appraisals(lang, view, state.form.is_none().then_some(&on_action), match *state.form {
                    Some(Form::Appraisal(editing)) => html! {
                        <AppraisalForm view={view.clone()} {editing} on_close={on_close.clone()}
                            on_removed={on_action.reform(|()| RecordAction::Removed(RecordText::RecordAppraisalRemoved))} />
                    },
                    _ => opener(RecordAction::Appraise, RecordText::RecordAddAppraisal, &state.appraise_button),
                }) }
            </>
        },
    };
    html! {
        <section class="step record-screen" aria-labelledby="record-heading">
            <h2 id="record-heading" class="step-heading" tabindex="-1" ref={heading}>{ Text::RecordHeading.get(lang) }</h2>
            if let Some((ok, text)) = &*state.message {
                <div class={classes!("notice", (!ok).then_some("notice-warning"))} role="status"><p>{ text.clone() }</p></div>
            }
            { body }
            { record_actions(lang, &on_action, &props.on_back) }
        </section>
    }
}
