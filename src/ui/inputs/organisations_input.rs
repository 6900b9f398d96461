//! The table of organisations, each with its two checks; organisations the
//! secretary adds (self-managed groups) get a name field and the same checks.

use crate::domain::criteria::Organisation;
use crate::domain::criteria::SetList;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{Answer, OrgAnswer, OtherOrg};
use crate::ui::{TextField, YesNoField};
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OrganisationsInputProps {
    pub id: AttrValue,
    pub organisations: SetList<Organisation>,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
}

#[component]
pub fn OrganisationsInput(props: &OrganisationsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (rows, others): (BTreeMap<String, OrgAnswer>, Vec<OtherOrg>) = match &props.answer {
        Some(Answer::Organisations { rows, others }) => (rows.clone(), others.clone()),
        _ => (BTreeMap::new(), Vec::new()),
    };
    let emit = {
        let on_change = props.on_change.clone();
        move |rows: BTreeMap<String, OrgAnswer>, others: Vec<OtherOrg>| {
            on_change.emit(Answer::Organisations { rows, others })
        }
    };
    let check =
        |id: String, legend: AttrValue, value: Option<bool>, on_change: Callback<Option<bool>>| {
            html! {
                <YesNoField
                    {id}
                    {legend}
                    yes_label={Text::AnswerYes.get(lang)}
                    no_label={Text::OrgNotYet.get(lang)}
                    {value}
                    {on_change}
                />
            }
        };
    html! {
        <div class="input-group">
            { for props.organisations.iter().map(|org| {
                let answer = rows.get(&*org.id).cloned().unwrap_or_default();
                let name = org.name.get(lang);
                let update = |apply: fn(&mut OrgAnswer, Option<bool>)| {
                    let rows = rows.clone();
                    let others = others.clone();
                    let emit = emit.clone();
                    let org_id = org.id.clone();
                    Callback::from(move |value: Option<bool>| {
                        let mut next = rows.clone();
                        apply(next.entry(org_id.to_string()).or_default(), value);
                        emit(next, others.clone());
                    })
                };
                let on_absent = {
                    let rows = rows.clone();
                    let others = others.clone();
                    let emit = emit.clone();
                    let org_id = org.id.clone();
                    Callback::from(move |event: Event| {
                        let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
                        let mut next = rows.clone();
                        next.entry(org_id.to_string()).or_default().absent = checked;
                        emit(next, others.clone());
                    })
                };
                let base = format!("{}-{}", props.id, org.id);
                html! {
                    <fieldset class="org">
                        <legend class="org-name">{ name }</legend>
                        if !org.required {
                            <label class="choice" for={format!("{base}-absent")}>
                                <input type="checkbox" id={format!("{base}-absent")} checked={answer.absent} onchange={on_absent} />
                                <span>{ Text::OrgAbsent.get(lang) }</span>
                            </label>
                        }
                        if !answer.absent {
                            { check(format!("{base}-staffed"), format!("{name}: {}", Text::OrgStaffed.get(lang)).into(), answer.staffed, update(|a, v| a.staffed = v)) }
                            { check(format!("{base}-meets"), format!("{name}: {}", Text::OrgMeets.get(lang)).into(), answer.meets, update(|a, v| a.meets = v)) }
                        }
                    </fieldset>
                }
            }) }
            { for others.iter().enumerate().map(|(i, other)| {
                let update_other = |apply: fn(&mut OtherOrg, Option<bool>)| {
                    let rows = rows.clone();
                    let others = others.clone();
                    let emit = emit.clone();
                    Callback::from(move |value: Option<bool>| {
                        let mut next = others.clone();
                        apply(&mut next[i], value);
                        emit(rows.clone(), next);
                    })
                };
                let on_name = {
                    let rows = rows.clone();
                    let others = others.clone();
                    let emit = emit.clone();
                    Callback::from(move |name: String| {
                        let mut next = others.clone();
                        next[i].name = name;
                        emit(rows.clone(), next);
                    })
                };
                let on_remove = {
                    let rows = rows.clone();
                    let others = others.clone();
                    let emit = emit.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = others.clone();
                        next.remove(i);
                        emit(rows.clone(), next);
                    })
                };
                let base = format!("{}-other-{}", props.id, i + 1);
                let label = if other.name.trim().is_empty() {
                    format!("{} {}", Text::OrgOtherName.get(lang), i + 1)
                } else {
                    other.name.clone()
                };
                html! {
                    <fieldset class="org">
                        <legend class="org-name">{ label.clone() }</legend>
                        <TextField
                            id={format!("{base}-name")}
                            label={format!("{} {}", Text::OrgOtherName.get(lang), i + 1)}
                            value={AttrValue::from(other.name.clone())}
                            on_input={on_name}
                        />
                        { check(format!("{base}-staffed"), format!("{label}: {}", Text::OrgStaffed.get(lang)).into(), other.staffed, update_other(|a, v| a.staffed = v)) }
                        { check(format!("{base}-meets"), format!("{label}: {}", Text::OrgMeets.get(lang)).into(), other.meets, update_other(|a, v| a.meets = v)) }
                        <button type="button" class="button-secondary" onclick={on_remove}>
                            { format!("{} {}", Text::RemoveOrg.get(lang), i + 1) }
                        </button>
                    </fieldset>
                }
            }) }
            <button
                type="button"
                class="button-secondary item-add"
                onclick={{
                    let rows = rows.clone();
                    let others = others.clone();
                    let emit = emit.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut next = others.clone();
                        next.push(OtherOrg::default());
                        emit(rows.clone(), next);
                    })
                }}
            >
                <span aria-hidden="true">{ "+ " }</span>{ Text::AddOrg.get(lang) }
            </button>
        </div>
    }
}
