//! The record screen: reads the record of the open check, shows its parts
//! (view functions of this folder), and carries out what she asks through
//! `record_store`; the record is read again after every change.

use super::{
    AppraisalForm, RecordAction, RecordView, RegistrationForm, appraisals, check_list,
    condition_list, recheck, record_actions, registrations, standing,
};
use crate::browser::{download, record_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, Text};
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

#[derive(Clone, Copy, PartialEq)]
enum Form {
    Registration,
    Appraisal,
}

#[component]
pub fn RecordScreen(props: &RecordScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let revision = use_state(|| 0u32);
    let form = use_state(|| None::<Form>);
    let viewing = use_state(|| None::<usize>);
    // The outcome of her last action: whether it went well, and its words.
    let message = use_state(|| None::<(bool, String)>);
    let heading = use_focus_on_mount();
    let view = {
        let registry = props.registry.clone();
        use_memo((props.draft_id.clone(), *revision), move |(id, _)| {
            RecordView::load(&registry, id).map(Rc::new)
        })
    };
    let record_id = view.as_ref().as_ref().ok().map(|v| v.record.id.clone());
    let on_action = {
        let (revision, form, viewing, message) = (
            revision.clone(),
            form.clone(),
            viewing.clone(),
            message.clone(),
        );
        let (registry, props) = (
            props.registry.clone(),
            (
                props.on_back.clone(),
                props.on_records.clone(),
                props.on_check_started.clone(),
            ),
        );
        let id = record_id.clone().unwrap_or_default();
        Callback::from(move |action: RecordAction| match action {
            RecordAction::Recheck => match record_store::start_check(&id, &registry) {
                Ok(_) => props.2.emit(()),
                Err(e) => message.set(Some((false, e.message(lang)))),
            },
            RecordAction::Register => form.set(Some(Form::Registration)),
            RecordAction::Appraise => form.set(Some(Form::Appraisal)),
            RecordAction::FormClosed(saved) => {
                form.set(None);
                if saved {
                    message.set(Some((true, Text::RecordSaved.get(lang).to_owned())));
                    revision.set(revision.wrapping_add(1));
                }
            }
            RecordAction::View(position) => viewing.set(position),
            RecordAction::EditNewest => props.0.emit(()),
            RecordAction::Export => {
                let offered = record_store::export(&id).map(|text| {
                    download::offer("tsvmtd-ho-so-chi-bo.json", "application/json", &text)
                });
                if let Err(e) = offered {
                    message.set(Some((false, e.message(lang))));
                }
            }
            RecordAction::Records => props.1.emit(()),
        })
    };
    let opener = |action: RecordAction, text: Text| {
        html! {
            <button type="button" class="button-secondary" onclick={on_action.reform(move |_: MouseEvent| action)}>{ text.get(lang) }</button>
        }
    };
    let on_close = on_action.reform(RecordAction::FormClosed);
    let body = match &*view {
        Err(error) => html! { <p role="alert">{ error.message(lang) }</p> },
        Ok(view) => html! {
            <>
                <p class="record-cell">{ view.record.summary(view.newest()).title }</p>
                { for view.notices.iter().map(|n| html! { <div class="notice notice-warning" role="status"><p>{ n.message(lang) }</p></div> }) }
                { standing(lang, view) }
                { recheck(lang, &on_action) }
                { check_list(lang, view, *viewing, &on_action) }
                { condition_list(lang, &view.history) }
                { registrations(lang, view, match *form {
                    Some(Form::Registration) => html! { <RegistrationForm view={view.clone()} current_year={props.current_year} on_close={on_close.clone()} /> },
                    _ => opener(RecordAction::Register, Text::RecordRegister),
                }) }
                { appraisals(lang, view, match *form {
                    Some(Form::Appraisal) => html! { <AppraisalForm view={view.clone()} on_close={on_close.clone()} /> },
                    _ => opener(RecordAction::Appraise, Text::RecordAddAppraisal),
                }) }
            </>
        },
    };
    html! {
        <section class="step record-screen" aria-labelledby="record-heading">
            <h2 id="record-heading" class="step-heading" tabindex="-1" ref={heading}>{ Text::RecordHeading.get(lang) }</h2>
            if let Some((ok, text)) = &*message {
                <div class={classes!("notice", (!ok).then_some("notice-warning"))} role="status"><p>{ text.clone() }</p></div>
            }
            { body }
            { record_actions(lang, &on_action, &props.on_back) }
        </section>
    }
}
