//! An organisation she added (a self-managed group): its name, the same two
//! checks, and "remove".

use super::organisations_input::{Orgs, org_check};
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{Answer, OtherOrg};
use crate::ui::TextField;
use yew::prelude::*;

/// The added organisation `i`; `input_id`: the id of the whole input.
pub fn other_organisation(
    lang: Lang,
    input_id: &str,
    i: usize,
    orgs: &Orgs,
    on_change: &Callback<Answer>,
) -> Html {
    let other = &orgs.others[i];
    let update = |apply: fn(&mut OtherOrg, Option<bool>)| {
        orgs.edit(on_change, move |o, value: Option<bool>| {
            apply(&mut o.others[i], value)
        })
    };
    let on_name = orgs.edit(on_change, move |o, name: String| o.others[i].name = name);
    let on_remove = orgs.edit(on_change, move |o, _: MouseEvent| {
        o.others.remove(i);
    });
    let base = format!("{input_id}-other-{}", i + 1);
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
            { org_check(lang, format!("{base}-staffed"), format!("{label}: {}", Text::OrgStaffed.get(lang)), other.staffed, update(|a, v| a.staffed = v)) }
            { org_check(lang, format!("{base}-meets"), format!("{label}: {}", Text::OrgMeets.get(lang)), other.meets, update(|a, v| a.meets = v)) }
            <button type="button" class="button-secondary" onclick={on_remove}>
                { format!("{} {}", Text::RemoveOrg.get(lang), i + 1) }
            </button>
        </fieldset>
    }
}
