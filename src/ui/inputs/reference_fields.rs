//! The province's figures the hamlet's rates are compared with: one of the
//! set's (by place and date, with their source) or her own, typed in.

use super::household_rates_input::HouseholdRatesInputProps;
use super::{AnswerEdit, typed_text};
use crate::domain::criteria::ReferenceRates;
use crate::domain::i18n::numfmt;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::{Answer, NumberEntry, RatesAnswer, ReferenceChoice, rates_keys};
use crate::ui::{NumberField, SelectField};
use yew::prelude::*;

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

/// The choice (the set's figures, then "her own"), the chosen figures in
/// full, and the fields of her own figures when she chose them.
pub fn reference_fields(
    lang: Lang,
    props: &HouseholdRatesInputProps,
    current: &RatesAnswer,
) -> Html {
    let presets = &props.references;
    let selected = current.reference_position(presets, props.current_year);
    let mut options: Vec<AttrValue> = presets
        .iter()
        .map(|r| reference_label(lang, r).into())
        .collect();
    options.push(Text::ReferenceCustom.get(lang).into());
    let on_reference = {
        let (current, typed, presets) = (current.clone(), props.typed.clone(), presets.clone());
        props.on_change.reform(move |position: Option<usize>| {
            let mut next = current.clone();
            next.choose_reference(&presets, position);
            AnswerEdit {
                answer: Answer::HouseholdRates(next),
                typed: typed.clone(),
            }
        })
    };
    let own = match &current.reference {
        Some(ReferenceChoice::Custom {
            poor_bp,
            near_poor_bp,
        }) => Some((*poor_bp, *near_poor_bp)),
        _ => None,
    };
    let own_field = |suffix: &str, key: &'static str, label: Text, value: i64, poor: bool| {
        let (current, typed) = (current.clone(), props.typed.clone());
        let on_change = props.on_change.reform(move |entry: NumberEntry| {
            let mut typed = typed.clone();
            let value = entry.record(&mut typed, key);
            let mut next = current.clone();
            next.set_own_reference(poor, value);
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
                typed={typed_text(&props.typed, key)}
                decimals={2}
                suffix={AttrValue::from("%")}
                {on_change}
            />
        }
    };
    html! {
        <>
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
            if let Some((poor_bp, near_poor_bp)) = own {
                { own_field("reference-poor", rates_keys::REFERENCE_POOR, Text::ReferencePoor, poor_bp, true) }
                { own_field("reference-near-poor", rates_keys::REFERENCE_NEAR_POOR, Text::ReferenceNearPoor, near_poor_bp, false) }
            }
        </>
    }
}
