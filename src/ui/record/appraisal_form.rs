//! Recording an appraisal: the day, the body that appraised (her words, never
//! assumed), the outcome, the decision's number and day, a note, and for each
//! condition where the appraisal found otherwise than the check it appraised,
//! its finding and remark. Saved on the record as stored now; refused whole
//! with the problems the record's rules find. Opened on an appraisal already
//! recorded, it corrects it in place (same id), or removes it after a second
//! tap.

use super::{RecordView, finding_fields};
use crate::browser::{clock, record_store};
use crate::domain::i18n::{self, Lang, RecordText, Text};
use crate::domain::record::{Appraisal, Finding, iso_day};
use crate::ui::hooks::{use_focus_on_mount, use_second_tap};
use crate::ui::{TextField, YesNoField};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppraisalFormProps {
    pub view: Rc<RecordView>,
    /// The position of the record's appraisal to correct; `None`: a new one.
    pub editing: Option<usize>,
    /// Told when the form closes: saved (`true`) or cancelled.
    pub on_close: Callback<bool>,
    /// Told when the appraisal it was opened on is removed.
    pub on_removed: Callback<()>,
}

#[component]
pub fn AppraisalForm(props: &AppraisalFormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let heading = use_focus_on_mount();
    let editing = props
        .editing
        .and_then(|i| props.view.record.appraisals.get(i))
        .cloned();
    let outcome = use_state(|| editing.as_ref().map(|a| a.recognised));
    let appraisal = use_state(|| {
        editing.unwrap_or_else(|| Appraisal {
            date: clock::today().map(iso_day).unwrap_or_default(),
            ..Appraisal::new(record_store::new_appraisal_id())
        })
    });
    let error = use_state(|| None::<String>);
    let change = |apply: fn(&mut Appraisal, String)| {
        let appraisal = appraisal.clone();
        Callback::from(move |text: String| {
            let mut next = (*appraisal).clone();
            apply(&mut next, text);
            appraisal.set(next);
        })
    };
    let date_input = |id: &'static str,
                      label: Text,
                      value: &str,
                      apply: fn(&mut Appraisal, String)| {
        let onchange =
            change(apply).reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <div class="field">
                <label class="field-label" for={id}>{ label.get(lang) }</label>
                <input class="field-input field-date" type="date" {id} value={value.to_owned()} {onchange} />
            </div>
        }
    };
    let on_finding = {
        let appraisal = appraisal.clone();
        Callback::from(move |(id, finding): (String, Option<Finding>)| {
            let mut next = (*appraisal).clone();
            next.set_finding(&id, finding);
            appraisal.set(next);
        })
    };
    let on_outcome = {
        let outcome = outcome.clone();
        Callback::from(move |choice: Option<bool>| outcome.set(choice))
    };
    let on_save = {
        let (appraisal, outcome, error) = (appraisal.clone(), outcome.clone(), error.clone());
        let (id, on_close) = (props.view.record.id.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(recognised) = *outcome else {
                let label = RecordText::RecordOutcome.get(lang);
                return error.set(Some(i18n::record_field_missing(lang, label)));
            };
            let a = Appraisal {
                recognised,
                ..(*appraisal).clone()
            };
            match record_store::save_appraisal(&id, a) {
                Ok(_) => on_close.emit(true),
                Err(e) => error.set(Some(e.message(lang))),
            }
        })
    };
    // Known on the record: the form corrects it, or removes it.
    let recorded = props.view.record.appraisal(&appraisal.id).is_some();
    let (confirming, on_remove) = use_second_tap({
        let (appraisal, error) = (appraisal.clone(), error.clone());
        let (id, on_removed) = (props.view.record.id.clone(), props.on_removed.clone());
        Callback::from(
            move |()| match record_store::remove_appraisal(&id, &appraisal.id) {
                Ok(_) => on_removed.emit(()),
                Err(e) => error.set(Some(e.message(lang))),
            },
        )
    });
    let title = if recorded {
        RecordText::RecordEditAppraisal
    } else {
        RecordText::RecordAddAppraisal
    };
    let a = &*appraisal;
    let side = props.view.record.side_by_side(
        &Appraisal {
            recognised: outcome.unwrap_or(false),
            ..a.clone()
        },
        &props.view.checks,
    );
    html! {
        <form class="record-form" aria-labelledby="appraisal-heading" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h4 id="appraisal-heading" tabindex="-1" ref={heading}>{ title.get(lang) }</h4>
            if let Some(error) = &*error {
                <div class="notice notice-error" role="alert">{ for error.lines().map(|l| html! { <p>{ l.to_owned() }</p> }) }</div>
            }
            { date_input("appraisal-date", Text::RecordAppraisalDate, &a.date, |a, t| a.date = t) }
            <TextField id="appraisal-body" label={RecordText::RecordAppraisalBody.get(lang)} value={a.body.clone()}
                hint={Some(AttrValue::from(RecordText::RecordAppraisalBodyHint.get(lang)))} on_input={change(|a, t| a.body = t)} />
            <YesNoField id="appraisal-outcome" legend={RecordText::RecordOutcome.get(lang)} value={*outcome}
                yes_label={Text::RecordRecognised.get(lang)} no_label={Text::RecordNotRecognised.get(lang)} on_change={on_outcome} />
            <TextField id="appraisal-decision" label={RecordText::RecordDecisionNumber.get(lang)} value={a.decision_number.clone()}
                on_input={change(|a, t| a.decision_number = t)} />
            { date_input("appraisal-decision-date", Text::RecordDecisionDate, &a.decision_date, |a, t| a.decision_date = t) }
            <TextField id="appraisal-note" label={RecordText::RecordNote.get(lang)} value={a.note.clone()} on_input={change(|a, t| a.note = t)} />
            <h5>{ RecordText::RecordFindingsHeading.get(lang) }</h5>
            <p class="field-hint">{ RecordText::RecordFindingsHint.get(lang) }</p>
            { for side.rows.iter().map(|row| finding_fields(lang, row, a.findings.get(&row.criterion_id), &on_finding)) }
            if confirming {
                <div class="notice notice-warning" role="status"><p>{ RecordText::RecordRemoveAppraisalConfirm.get(lang) }</p></div>
            }
            <div class="draft-actions">
                <button type="button" class="button-primary" onclick={on_save}>{ RecordText::RecordSave.get(lang) }</button>
                <button type="button" class="button-secondary" onclick={props.on_close.reform(|_: MouseEvent| false)}>{ RecordText::RecordCancel.get(lang) }</button>
                if recorded {
                    <button type="button" class="button-secondary" onclick={on_remove}>
                        { if confirming { RecordText::RecordRemoveForGood } else { RecordText::RecordRemoveAppraisal }.get(lang) }
                    </button>
                }
            </div>
        </form>
    }
}
