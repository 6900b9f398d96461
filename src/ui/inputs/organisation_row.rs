//! One organisation of the set: whether it is fully staffed and meets
//! regularly; one that is not required may be marked as absent.

use super::organisations_input::{Orgs, org_check};
use crate::domain::criteria::Organisation;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{Answer, OrgAnswer};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// `input_id`: the id of the whole input, the base of the fields' ids.
pub fn organisation_row(
    lang: Lang,
    input_id: &str,
    org: &Organisation,
    orgs: &Orgs,
    on_change: &Callback<Answer>,
) -> Html {
    let answer = orgs.rows.get(&*org.id).cloned().unwrap_or_default();
    let name = org.name.get(lang);
    let update = |apply: fn(&mut OrgAnswer, Option<bool>)| {
        let org_id = org.id.to_string();
        orgs.edit(on_change, move |o, value: Option<bool>| {
            apply(o.rows.entry(org_id.clone()).or_default(), value)
        })
    };
    let on_absent = {
        let org_id = org.id.to_string();
        orgs.edit(on_change, move |o, event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            o.rows.entry(org_id.clone()).or_default().absent = checked;
        })
    };
    let base = format!("{input_id}-{}", org.id);
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
                { org_check(lang, format!("{base}-staffed"), format!("{name}: {}", Text::OrgStaffed.get(lang)), answer.staffed, update(|a, v| a.staffed = v)) }
                { org_check(lang, format!("{base}-meets"), format!("{name}: {}", Text::OrgMeets.get(lang)), answer.meets, update(|a, v| a.meets = v)) }
            }
        </fieldset>
    }
}
