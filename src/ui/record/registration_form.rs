//! Registering the cell for a year: the year, the day, a note (the meeting's
//! resolution), and the roadmap taken from the newest check's plan, each task
//! editable (`Registration::from_check`). Saved on the record as stored now;
//! refused whole with the problems the record's rules find. Opened on a
//! registration already recorded, it corrects it in place (its year stays:
//! another year is a registration of its own), or removes it after a second
//! tap.

use super::{RecordView, task_fields};
use crate::browser::{clock, record_store};
use crate::domain::i18n::{Lang, RecordText, Text};
use crate::domain::plan::PlanEdit;
use crate::domain::record::{Registration, iso_day};
use crate::ui::TextField;
use crate::ui::hooks::{use_focus_on_mount, use_second_tap};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegistrationFormProps {
    pub view: Rc<RecordView>,
    pub current_year: u16,
    /// The position of the record's registration to correct; `None`: a new one.
    pub editing: Option<usize>,
    /// Told when the form closes: saved (`true`) or cancelled.
    pub on_close: Callback<bool>,
    /// Told when the registration it was opened on is removed.
    pub on_removed: Callback<()>,
}

#[component]
pub fn RegistrationForm(props: &RegistrationFormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let heading = use_focus_on_mount();
    let editing = props
        .editing
        .and_then(|i| props.view.record.registrations.get(i))
        .cloned();
    let recorded = editing.is_some();
    let year_text = use_state(|| {
        editing
            .as_ref()
            .map_or(props.current_year, |r| r.year)
            .to_string()
    });
    let registration = {
        let (view, year) = (props.view.clone(), props.current_year);
        use_state(move || {
            let today = clock::today().map(iso_day).unwrap_or_default();
            match (editing, view.newest()) {
                (Some(recorded), _) => recorded,
                (None, Some(check)) => Registration::from_check(year, &today, "", check, lang),
                (None, None) => Registration {
                    year,
                    date: today,
                    ..Registration::default()
                },
            }
        })
    };
    let error = use_state(|| None::<String>);
    let (confirming, on_remove) = use_second_tap({
        let (registration, error) = (registration.clone(), error.clone());
        let (id, on_removed) = (props.view.record.id.clone(), props.on_removed.clone());
        Callback::from(
            move |()| match record_store::remove_registration(&id, registration.year) {
                Ok(_) => on_removed.emit(()),
                Err(e) => error.set(Some(e.message(lang))),
            },
        )
    });
    let change = |apply: fn(&mut Registration, String)| {
        let registration = registration.clone();
        Callback::from(move |text: String| {
            let mut next = (*registration).clone();
            apply(&mut next, text);
            registration.set(next);
        })
    };
    let on_year = {
        let year_text = year_text.clone();
        Callback::from(move |text: String| year_text.set(text))
    };
    let on_date = change(|r, text| r.date = text)
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().value());
    let on_edit = {
        let (registration, view) = (registration.clone(), props.view.clone());
        Callback::from(move |(id, edit): (String, PlanEdit)| {
            let Some(criterion) = view.newest().and_then(|c| c.set.criterion(&id).cloned()) else {
                return;
            };
            let mut next = (*registration).clone();
            next.edit_task(&criterion, edit);
            registration.set(next);
        })
    };
    let on_save = {
        let (registration, year_text, error) =
            (registration.clone(), year_text.clone(), error.clone());
        let (id, current_year, on_close) = (
            props.view.record.id.clone(),
            props.current_year,
            props.on_close.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let mut r = (*registration).clone();
            r.year = year_text.trim().parse().unwrap_or(0);
            match record_store::set_registration(&id, r, current_year) {
                Ok(_) => on_close.emit(true),
                Err(e) => error.set(Some(e.message(lang))),
            }
        })
    };
    let set = props.view.newest().map(|c| c.set.clone());
    let task = |(id, item): (&String, &crate::domain::plan::PlanItem)| {
        let set = set.as_ref()?;
        let i = set.criteria.iter().position(|c| *c.id == **id)?;
        Some(task_fields(lang, i + 1, &set.criteria[i], item, &on_edit))
    };
    html! {
        <form class="record-form" aria-labelledby="registration-heading" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h4 id="registration-heading" tabindex="-1" ref={heading}>{ if recorded { RecordText::RecordEditRegistration } else { RecordText::RecordRegister }.get(lang) }</h4>
            if let Some(error) = &*error {
                <div class="notice notice-error" role="alert">{ for error.lines().map(|l| html! { <p>{ l.to_owned() }</p> }) }</div>
            }
            if recorded {
                <p>{ registration.title(lang) }</p>
            } else {
                <TextField id="registration-year" label={RecordText::RecordRegistrationYear.get(lang)} value={(*year_text).clone()} on_input={on_year} />
            }
            <div class="field">
                <label class="field-label" for="registration-date">{ Text::RecordRegistrationDate.get(lang) }</label>
                <input class="field-input field-date" type="date" id="registration-date" value={registration.date.clone()} onchange={on_date} />
            </div>
            <TextField id="registration-note" label={RecordText::RecordNote.get(lang)} value={registration.note.clone()} on_input={change(|r, text| r.note = text)} />
            <h5>{ RecordText::RecordTasksHeading.get(lang) }</h5>
            if registration.plan.is_empty() {
                <p>{ RecordText::RecordNoTasks.get(lang) }</p>
            } else {
                <p class="field-hint">{ RecordText::RecordTasksHint.get(lang) }</p>
                <ul class="record-tasks">{ for registration.plan.iter().filter_map(task) }</ul>
            }
            if confirming {
                <div class="notice notice-warning" role="status"><p>{ RecordText::RecordRemoveRegistrationConfirm.get(lang) }</p></div>
            }
            <div class="draft-actions">
                <button type="button" class="button-primary" onclick={on_save}>{ RecordText::RecordSave.get(lang) }</button>
                <button type="button" class="button-secondary" onclick={props.on_close.reform(|_: MouseEvent| false)}>{ RecordText::RecordCancel.get(lang) }</button>
                if recorded {
                    <button type="button" class="button-secondary" onclick={on_remove}>
                        { if confirming { RecordText::RecordRemoveForGood } else { RecordText::RecordRemoveRegistration }.get(lang) }
                    </button>
                }
            </div>
        </form>
    }
}
