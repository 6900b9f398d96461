//! One task of the roadmap being registered: what, who, by when.

use crate::domain::criteria::Criterion;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::plan::{PlanEdit, PlanItem};
use crate::ui::{NotesField, TextField};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// `number`: the condition's number in its set; `on_edit` gets each edit.
pub fn task_fields(
    lang: Lang,
    number: usize,
    criterion: &Criterion,
    item: &PlanItem,
    on_edit: &Callback<(String, PlanEdit)>,
) -> Html {
    let id = criterion.id.to_string();
    let base = format!("task-{id}");
    let send = |make: fn(String) -> PlanEdit| {
        let id = id.clone();
        on_edit.reform(move |text: String| (id.clone(), make(text)))
    };
    let on_due = {
        let id = id.clone();
        on_edit.reform(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            (id.clone(), PlanEdit::Due(value))
        })
    };
    let title = i18n::record_condition(lang, number, criterion.title.get(lang));
    html! {
        <li>
            <fieldset class="record-task-fields">
                <legend>{ title }</legend>
                <NotesField
                    id={format!("{base}-action")}
                    label={Text::PlanAction.get(lang)}
                    value={item.action.clone().unwrap_or_default()}
                    on_input={send(PlanEdit::Action)}
                />
                <TextField
                    id={format!("{base}-who")}
                    label={Text::PlanWho.get(lang)}
                    value={item.who.clone()}
                    on_input={send(PlanEdit::Who)}
                />
                <div class="field">
                    <label class="field-label" for={format!("{base}-due")}>{ Text::PlanDue.get(lang) }</label>
                    <input class="field-input field-date" type="date" id={format!("{base}-due")}
                        value={item.due.clone()} onchange={on_due} />
                </div>
            </fieldset>
        </li>
    }
}
