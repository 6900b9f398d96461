//! The table of organisations, each with its two checks
//! (`organisation_row`); organisations the secretary adds (self-managed
//! groups) get a name field and the same checks (`other_organisation`).

use super::{organisation_row, other_organisation};
use crate::domain::criteria::Organisation;
use crate::domain::criteria::SetList;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{Answer, OrgAnswer, OtherOrg};
use crate::domain::vec_map::VecMap;
use crate::ui::YesNoField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OrganisationsInputProps {
    pub id: AttrValue,
    pub organisations: SetList<Organisation>,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
}

/// The listed organisations' checks (by id) and the ones she added.
#[derive(Clone, Default)]
pub struct Orgs {
    pub rows: VecMap<String, OrgAnswer>,
    pub others: Vec<OtherOrg>,
}

impl Orgs {
    /// An edit of a copy of these, reported as the whole new answer.
    pub fn edit<T: 'static>(
        &self,
        on_change: &Callback<Answer>,
        apply: impl Fn(&mut Orgs, T) + 'static,
    ) -> Callback<T> {
        let orgs = self.clone();
        on_change.reform(move |value: T| {
            let mut next = orgs.clone();
            apply(&mut next, value);
            Answer::Organisations {
                rows: next.rows,
                others: next.others,
            }
        })
    }
}

/// One of an organisation's two checks: yes, or not yet.
pub fn org_check(
    lang: Lang,
    id: String,
    legend: String,
    value: Option<bool>,
    on_change: Callback<Option<bool>>,
) -> Html {
    html! {
        <YesNoField
            {id}
            legend={AttrValue::from(legend)}
            yes_label={Text::AnswerYes.get(lang)}
            no_label={Text::OrgNotYet.get(lang)}
            {value}
            {on_change}
        />
    }
}

#[component]
pub fn OrganisationsInput(props: &OrganisationsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let orgs = match &props.answer {
        Some(Answer::Organisations { rows, others }) => Orgs {
            rows: rows.clone(),
            others: others.clone(),
        },
        _ => Orgs::default(),
    };
    let on_add = orgs.edit(&props.on_change, |o, _: MouseEvent| {
        o.others.push(OtherOrg::default())
    });
    html! {
        <div class="input-group">
            { for props.organisations.iter().map(|org| organisation_row(lang, &props.id, org, &orgs, &props.on_change)) }
            { for (0..orgs.others.len()).map(|i| other_organisation(lang, &props.id, i, &orgs, &props.on_change)) }
            <button type="button" class="button-secondary item-add" onclick={on_add}>
                <span aria-hidden="true">{ "+ " }</span>{ Text::AddOrg.get(lang) }
            </button>
        </div>
    }
}
