//! Poor and near-poor household rates against the province's average: the
//! counts, the explicit choice about social-protection households, the
//! reference figures (with their source), and the hamlet's rates with the formula.

use super::AnswerEdit;
use crate::domain::criteria::ReferenceRates;
use crate::domain::criteria::SetList;
use crate::domain::i18n::numfmt;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::{
    Answer, FieldTexts, NumberEntry, RatesAnswer, ReferenceChoice, default_reference,
    household_rates, rates_keys,
};
use crate::ui::{NumberField, SelectField, YesNoField};
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

fn reference_label(lang: Lang, r: &ReferenceRates) -> String {
    i18n::reference_rates(
        lang,
        r.region.get(lang),
        r.as_of.get(..4).unwrap_or(&r.as_of),
        &numfmt::percent_bp(lang, i64::from(r.poor_bp)),
        &numfmt::percent_bp(lang, i64::from(r.near_poor_bp)),
        &r.source,
    )
}

#[component]
pub fn HouseholdRatesInput(props: &HouseholdRatesInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current = match &props.answer {
        Some(Answer::HouseholdRates(a)) => a.clone(),
        _ => RatesAnswer::default(),
    };
    // The reference shown by default is written into the answer with her first
    // number, so that the result does not change when the calendar year does.
    let default_id = default_reference(&props.references, props.current_year).map(|r| r.id.clone());
    let typed_text = |key: &str| props.typed.get(key).map(|t| AttrValue::from(t.clone()));
    // Any other edit of the answer leaves the typed texts as they are.
    let on_answer = {
        let typed = props.typed.clone();
        props.on_change.reform(move |answer| AnswerEdit {
            answer,
            typed: typed.clone(),
        })
    };
    let edit = |key: &'static str, apply: fn(&mut RatesAnswer, Option<i64>)| {
        let current = current.clone();
        let default_id = default_id.clone();
        let typed = props.typed.clone();
        props.on_change.reform(move |entry: NumberEntry| {
            let mut typed = typed.clone();
            let value = entry.record(&mut typed, key);
            let mut next = current.clone();
            apply(&mut next, value);
            if next.reference.is_none() {
                next.reference = default_id
                    .clone()
                    .map(|id| ReferenceChoice::Preset(id.into_owned()));
            }
            AnswerEdit {
                answer: Answer::HouseholdRates(next),
                typed,
            }
        })
    };
    let number = |suffix: &str,
                  key: &'static str,
                  label: Text,
                  value: Option<i64>,
                  apply: fn(&mut RatesAnswer, Option<i64>)| {
        html! {
            <NumberField
                id={format!("{}-{suffix}", props.id)}
                label={label.get(lang)}
                {value}
                typed={typed_text(key)}
                on_change={edit(key, apply)}
            />
        }
    };

    // The reference: a preset by index, or "custom" (the last option).
    let presets = &props.references;
    let default_index = default_reference(presets, props.current_year)
        .and_then(|d| presets.iter().position(|r| r.id == d.id));
    let selected = match &current.reference {
        Some(ReferenceChoice::Preset(id)) => presets.iter().position(|r| &r.id == id),
        Some(ReferenceChoice::Custom { .. }) => Some(presets.len()),
        None => default_index,
    };
    let mut options: Vec<AttrValue> = presets
        .iter()
        .map(|r| reference_label(lang, r).into())
        .collect();
    options.push(Text::ReferenceCustom.get(lang).into());
    let on_reference = {
        let current = current.clone();
        let ids: Vec<String> = presets.iter().map(|r| r.id.to_string()).collect();
        on_answer.reform(move |index: Option<usize>| {
            let mut next = current.clone();
            next.reference = match index {
                None => None,
                Some(i) if i < ids.len() => Some(ReferenceChoice::Preset(ids[i].clone())),
                Some(_) => Some(match &current.reference {
                    Some(custom @ ReferenceChoice::Custom { .. }) => custom.clone(),
                    _ => ReferenceChoice::Custom {
                        poor_bp: 0,
                        near_poor_bp: 0,
                    },
                }),
            };
            Answer::HouseholdRates(next)
        })
    };
    let custom = match &current.reference {
        Some(ReferenceChoice::Custom {
            poor_bp,
            near_poor_bp,
        }) => Some((*poor_bp, *near_poor_bp)),
        _ => None,
    };
    let custom_field = |suffix: &str, key: &'static str, label: Text, value: i64, poor: bool| {
        let current = current.clone();
        let typed = props.typed.clone();
        let on_change = props.on_change.reform(move |entry: NumberEntry| {
            let mut typed = typed.clone();
            let value = entry.record(&mut typed, key);
            let mut next = current.clone();
            if let Some(ReferenceChoice::Custom {
                poor_bp,
                near_poor_bp,
            }) = &mut next.reference
            {
                let slot = if poor { poor_bp } else { near_poor_bp };
                *slot = value.unwrap_or(0);
            }
            AnswerEdit {
                answer: Answer::HouseholdRates(next),
                typed,
            }
        });
        html! {
            <NumberField
                id={format!("{}-{suffix}", props.id)}
                label={label.get(lang)}
                value={Some(value)}
                typed={typed_text(key)}
                decimals={2}
                suffix={AttrValue::from("%")}
                {on_change}
            />
        }
    };

    let on_protected = {
        let current = current.clone();
        on_answer.reform(move |included: Option<bool>| {
            let mut next = current.clone();
            next.exclude_protected = included == Some(false);
            Answer::HouseholdRates(next)
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
            <SelectField
                id={format!("{}-reference", props.id)}
                label={Text::ReferenceLabel.get(lang)}
                {options}
                value={selected}
                empty_label={Text::NotChosen.get(lang)}
                on_change={on_reference}
            />
            // The chosen figures in full (a select cuts long options on a phone).
            if let Some(chosen) = selected.and_then(|i| presets.get(i)) {
                <p class="field-hint reference-detail">
                    { reference_label(lang, chosen) }
                    if let Some(note) = &chosen.note {
                        { format!(" {}", note.get(lang)) }
                    }
                </p>
            }
            if let Some((poor_bp, near_poor_bp)) = custom {
                { custom_field("reference-poor", rates_keys::REFERENCE_POOR, Text::ReferencePoor, poor_bp, true) }
                { custom_field("reference-near-poor", rates_keys::REFERENCE_NEAR_POOR, Text::ReferenceNearPoor, near_poor_bp, false) }
            }
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
