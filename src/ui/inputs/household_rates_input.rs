//! Poor and near-poor household rates against the province's average: the
//! counts, the explicit choice about social-protection households, the
//! reference figures (`reference_fields`), and the hamlet's rates with the
//! formula.

use super::{AnswerEdit, reference_fields, typed_text};
use crate::domain::criteria::{ReferenceRates, SetList};
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{
    Answer, FieldTexts, NumberEntry, RatesAnswer, household_rates, rates_keys,
};
use crate::ui::{NumberField, YesNoField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HouseholdRatesInputProps {
    pub id: AttrValue,
    pub references: SetList<ReferenceRates>,
    pub current_year: u16,
    pub answer: Option<Answer>,
    pub typed: FieldTexts,
    pub on_change: Callback<AnswerEdit>,
}

#[component]
pub fn HouseholdRatesInput(props: &HouseholdRatesInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current = match &props.answer {
        Some(Answer::HouseholdRates(a)) => a.clone(),
        _ => RatesAnswer::default(),
    };
    let number = |suffix: &str,
                  key: &'static str,
                  label: Text,
                  value: Option<i64>,
                  apply: fn(&mut RatesAnswer, Option<i64>)| {
        let (current, typed) = (current.clone(), props.typed.clone());
        let (references, year) = (props.references.clone(), props.current_year);
        let on_change = props.on_change.reform(move |entry: NumberEntry| {
            let mut typed = typed.clone();
            let value = entry.record(&mut typed, key);
            let mut next = current.clone();
            apply(&mut next, value);
            next.pin_default_reference(&references, year);
            AnswerEdit {
                answer: Answer::HouseholdRates(next),
                typed,
            }
        });
        html! {
            <NumberField
                id={format!("{}-{suffix}", props.id)}
                label={label.get(lang)}
                {value}
                typed={typed_text(&props.typed, key)}
                {on_change}
            />
        }
    };
    let on_protected = {
        let (current, typed) = (current.clone(), props.typed.clone());
        props.on_change.reform(move |included: Option<bool>| {
            let mut next = current.clone();
            next.exclude_protected = included == Some(false);
            AnswerEdit {
                answer: Answer::HouseholdRates(next),
                typed: typed.clone(),
            }
        })
    };
    let rates = household_rates(&current);
    html! {
        <div class="input-group">
            { number("households", rates_keys::HOUSEHOLDS, Text::HouseholdsTotal, current.households, |a, v| a.households = v) }
            { number("poor", rates_keys::POOR, Text::PoorHouseholds, current.poor, |a, v| a.poor = v) }
            { number("near-poor", rates_keys::NEAR_POOR, Text::NearPoorHouseholds, current.near_poor, |a, v| a.near_poor = v) }
            { number("poor-protected", rates_keys::POOR_PROTECTED, Text::PoorProtected, current.poor_protected, |a, v| a.poor_protected = v) }
            { number("near-poor-protected", rates_keys::NEAR_POOR_PROTECTED, Text::NearPoorProtected, current.near_poor_protected, |a, v| a.near_poor_protected = v) }
            <YesNoField
                id={format!("{}-protected", props.id)}
                legend={Text::ProtectedChoiceLegend.get(lang)}
                hint={AttrValue::from(format!(
                    "{} {}",
                    Text::ProtectedChoiceHint.get(lang),
                    Text::ProtectedChoiceReading.get(lang)
                ))}
                yes_label={Text::ProtectedIncluded.get(lang)}
                no_label={Text::ProtectedExcluded.get(lang)}
                value={Some(!current.exclude_protected)}
                on_change={on_protected}
            />
            { reference_fields(lang, props, &current) }
            if let Some(rates) = rates {
                <div class="computed">
                    <p class="computed-heading">{ Text::HamletRatesHeading.get(lang) }</p>
                    <p>{ format!("{}: {}", Text::PoorHouseholds.get(lang), rates.poor.formula(lang)) }</p>
                    <p>{ format!("{}: {}", Text::NearPoorHouseholds.get(lang), rates.near_poor.formula(lang)) }</p>
                </div>
            }
        </div>
    }
}
