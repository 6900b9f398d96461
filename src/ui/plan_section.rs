//! The plan on the result screen: for each condition not met, easy first,
//! what to do, who, by when, how hard, done. Every edit goes to the core
//! (`crate::domain::plan`) as an action; the rows come ordered from it.

use super::status_box::status_icon;
use super::{NotesField, SelectField, TextField};
use crate::domain::criteria::{CriteriaSet, Difficulty};
use crate::domain::i18n::{Lang, Text};
use crate::domain::plan::{PlanEdit, PlanRow};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The difficulties in the order the choice lists them.
const DIFFICULTIES: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    pub set: Rc<CriteriaSet>,
    /// From `plan::rows`: the conditions not met, in the plan's order.
    pub rows: Vec<PlanRow>,
    /// One edit of the item of a criterion (by id).
    pub on_edit: Callback<(String, PlanEdit)>,
}

#[component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let item = |row: &PlanRow| {
        let Some(criterion) = props.set.criterion(&row.criterion_id) else {
            return html! {};
        };
        let id = row.criterion_id.clone();
        let base = format!("plan-{id}");
        let send = |make: fn(String) -> PlanEdit| {
            let id = id.clone();
            props
                .on_edit
                .reform(move |text: String| (id.clone(), make(text)))
        };
        let on_due = {
            let id = id.clone();
            props.on_edit.reform(move |event: Event| {
                let value = event.target_unchecked_into::<HtmlInputElement>().value();
                (id.clone(), PlanEdit::Due(value))
            })
        };
        let on_done = {
            let id = id.clone();
            props.on_edit.reform(move |event: Event| {
                let done = event.target_unchecked_into::<HtmlInputElement>().checked();
                (id.clone(), PlanEdit::Done(done))
            })
        };
        let on_difficulty = {
            let id = id.clone();
            let on_edit = props.on_edit.clone();
            Callback::from(move |choice: Option<usize>| {
                if let Some(d) = choice.and_then(|i| DIFFICULTIES.get(i)) {
                    on_edit.emit((id.clone(), PlanEdit::Difficulty(*d)));
                }
            })
        };
        let heading_id = format!("{base}-heading");
        html! {
            <li class={classes!("plan-item", row.done.then_some("plan-item-done"))}>
                <section class="plan-item-body" aria-labelledby={heading_id.clone()}>
                    <h4 class="plan-item-title" id={heading_id}>
                        { format!("{}. {}", row.number, criterion.title.get(lang)) }
                    </h4>
                    <p class="field-hint">
                        <span aria-hidden="true">{ format!("{} ", status_icon(row.status)) }</span>
                        { row.status.label(lang) }
                    </p>
                    <NotesField
                        id={format!("{base}-action")}
                        label={Text::PlanAction.get(lang)}
                        value={row.action.clone()}
                        hint={Some(AttrValue::from(Text::PlanActionHint.get(lang)))}
                        on_input={send(PlanEdit::Action)}
                    />
                    <TextField
                        id={format!("{base}-who")}
                        label={Text::PlanWho.get(lang)}
                        value={row.who.clone()}
                        on_input={send(PlanEdit::Who)}
                    />
                    <div class="field">
                        <label class="field-label" for={format!("{base}-due")}>{ Text::PlanDue.get(lang) }</label>
                        <input class="field-input field-date" type="date" id={format!("{base}-due")}
                            value={row.due.clone()} onchange={on_due} />
                    </div>
                    <SelectField
                        id={format!("{base}-difficulty")}
                        label={Text::PlanDifficulty.get(lang)}
                        options={DIFFICULTIES.iter().map(|d| AttrValue::from(d.label(lang))).collect::<Vec<_>>()}
                        value={DIFFICULTIES.iter().position(|d| *d == row.difficulty)}
                        empty_label={Text::NotChosen.get(lang)}
                        on_change={on_difficulty}
                    />
                    <label class="choice" for={format!("{base}-done")}>
                        <input type="checkbox" id={format!("{base}-done")} checked={row.done} onchange={on_done} />
                        <span>{ Text::PlanDone.get(lang) }</span>
                    </label>
                </section>
            </li>
        }
    };
    html! {
        <section class="plan" aria-labelledby="plan-heading">
            <h3 id="plan-heading">{ Text::PlanHeading.get(lang) }</h3>
            if props.rows.is_empty() {
                <p>{ Text::PlanNone.get(lang) }</p>
            } else {
                <p class="field-hint">{ Text::PlanIntro.get(lang) }</p>
                <ol class="plan-list">{ for props.rows.iter().map(item) }</ol>
            }
        </section>
    }
}
