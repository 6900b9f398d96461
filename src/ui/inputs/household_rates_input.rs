//! Poor and near-poor household rates against the province's average: the
//! counts, the explicit choice about social-protection households, the
//! reference figures (with their source), and the hamlet's rates with the formula.

use crate::criteria::ReferenceRates;
use crate::criteria::SetList;
use crate::i18n::{self, Lang, Text};
use crate::numfmt;
use crate::scoring::{Answer, RatesAnswer, ReferenceChoice, default_reference, household_rates};
use crate::ui::{NumberField, SelectField, YesNoField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HouseholdRatesInputProps {
    pub id: AttrValue,
    pub references: SetList<ReferenceRates>,
    pub current_year: u16,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
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
    let edit = |apply: fn(&mut RatesAnswer, Option<i64>)| {
        let current = current.clone();
        let default_id = default_id.clone();
        props.on_change.reform(move |value: Option<i64>| {
            let mut next = current.clone();
            apply(&mut next, value);
            if next.reference.is_none() {
                next.reference = default_id
                    .clone()
                    .map(|id| ReferenceChoice::Preset(id.into_owned()));
            }
            Answer::HouseholdRates(next)
        })
    };
    let number =
        |suffix: &str, label: Text, value: Option<i64>, on_change: Callback<Option<i64>>| {
            html! {
                <NumberField
                    id={format!("{}-{suffix}", props.id)}
                    label={label.get(lang)}
                    {value}
                    not_a_number={Text::DigitsOnly.get(lang)}
                    {on_change}
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
        props.on_change.reform(move |index: Option<usize>| {
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
    let custom_field = |suffix: &str, label: Text, value: i64, poor: bool| {
        let current = current.clone();
        let on_change = props.on_change.reform(move |v: Option<i64>| {
            let mut next = current.clone();
            if let Some(ReferenceChoice::Custom {
                poor_bp,
                near_poor_bp,
            }) = &mut next.reference
            {
                let slot = if poor { poor_bp } else { near_poor_bp };
                *slot = v.unwrap_or(0);
            }
            Answer::HouseholdRates(next)
        });
        html! {
            <NumberField
                id={format!("{}-{suffix}", props.id)}
                label={label.get(lang)}
                value={Some(value)}
                decimals={2}
                suffix={AttrValue::from("%")}
                not_a_number={Text::DigitsOnly.get(lang)}
                {on_change}
            />
        }
    };

    let on_protected = {
        let current = current.clone();
        props.on_change.reform(move |included: Option<bool>| {
            let mut next = current.clone();
            next.exclude_protected = included == Some(false);
            Answer::HouseholdRates(next)
        })
    };
    let rates = household_rates(&current);

    html! {
        <div class="input-group">
            { number("households", Text::HouseholdsTotal, current.households, edit(|a, v| a.households = v)) }
            { number("poor", Text::PoorHouseholds, current.poor, edit(|a, v| a.poor = v)) }
            { number("near-poor", Text::NearPoorHouseholds, current.near_poor, edit(|a, v| a.near_poor = v)) }
            { number("poor-protected", Text::PoorProtected, current.poor_protected, edit(|a, v| a.poor_protected = v)) }
            { number("near-poor-protected", Text::NearPoorProtected, current.near_poor_protected, edit(|a, v| a.near_poor_protected = v)) }
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
                { custom_field("reference-poor", Text::ReferencePoor, poor_bp, true) }
                { custom_field("reference-near-poor", Text::ReferenceNearPoor, near_poor_bp, false) }
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
