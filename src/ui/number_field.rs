//! A labelled number input that brings up the phone's numeric keyboard.
//!
//! It keeps what was typed, even when it is not a number, and shows why beside
//! it, in the words of the core's number reader (how to write the number).
//! Every edit is reported: a value (or `None` for an empty field) when the text
//! reads as one in the interface language, else the text itself, which the
//! caller keeps (it survives a reload, and the condition is invalid meanwhile).
//! Moving on is never blocked. Values are exact integers: with `decimals = 2`
//! the value 263 shows as "2,63".

use super::text_field::{described_by, field_error, field_hint};
use crate::domain::i18n::Lang;
use crate::domain::i18n::numfmt;
use crate::domain::number_input::parse_number;
use crate::domain::scoring::NumberEntry;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The longest text a number field takes: far more than any number needs.
const MAX_CHARS: u32 = 24;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The current value, scaled by 10^decimals.
    pub value: Option<i64>,
    /// Text kept from an earlier edit that is not a value: shown instead of the value.
    #[prop_or_default]
    pub typed: Option<AttrValue>,
    /// Reports every edit: a value, or the text when it is not one.
    pub on_change: Callback<NumberEntry>,
    /// Decimals accepted (0: whole numbers).
    #[prop_or_default]
    pub decimals: u32,
    /// A unit shown after the input ("%").
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A problem with the value itself (out of range, above a total), from the core.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// How a value is written back into the field.
fn display(lang: Lang, value: Option<i64>, decimals: u32) -> String {
    match value {
        None => String::new(),
        Some(v) if decimals == 0 => v.to_string(),
        Some(v) if v % 10i64.pow(decimals) == 0 => (v / 10i64.pow(decimals)).to_string(),
        Some(v) => numfmt::fixed(lang, v, decimals),
    }
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let decimals = props.decimals;
    let text = {
        let initial = match &props.typed {
            Some(typed) => typed.to_string(),
            None => display(lang, props.value, decimals),
        };
        use_state(move || initial)
    };
    // Follow the state when it changes from elsewhere (a loaded draft, another
    // tab, the language), but keep the typed text while it still means the same.
    {
        let text = text.clone();
        let on_change = props.on_change.clone();
        use_effect_with(
            (props.value, props.typed.clone(), lang),
            move |(value, typed, lang)| match typed {
                Some(typed) => {
                    if **text != **typed {
                        text.set(typed.to_string());
                    }
                    // Kept from the other language, where it was no number: in
                    // this one it is, so it becomes the value.
                    if let Ok(value) = parse_number(typed, *lang, decimals) {
                        on_change.emit(NumberEntry::Value(value));
                    }
                }
                None => {
                    if parse_number(&text, *lang, decimals).ok().flatten() != *value
                        || parse_number(&text, *lang, decimals).is_err()
                    {
                        text.set(display(*lang, *value, decimals));
                    }
                }
            },
        );
    }
    let parsed = parse_number(&text, lang, decimals);
    let oninput = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let typed = event.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(match parse_number(&typed, lang, decimals) {
                Ok(value) => NumberEntry::Value(value),
                Err(_) => NumberEntry::Text(typed.clone()),
            });
            text.set(typed);
        })
    };
    let error = match parsed {
        Err(problem) => Some(AttrValue::from(problem.message(lang, decimals))),
        Ok(_) => props.error.clone(),
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = described_by(
        props.hint.is_some().then_some(hint_id.as_str()),
        error.is_some().then_some(error_id.as_str()),
    );
    html! {
        <div class={classes!("field", "field-number", error.is_some().then_some("field-invalid"))}>
            <label class="field-label" for={props.id.clone()}>{ props.label.clone() }</label>
            { field_hint(&hint_id, props.hint.as_ref()) }
            <div class="field-number-row">
                <input
                    id={props.id.clone()}
                    class="field-input"
                    type="text"
                    inputmode={if decimals == 0 { "numeric" } else { "decimal" }}
                    autocomplete="off"
                    maxlength={MAX_CHARS.to_string()}
                    value={(*text).clone()}
                    aria-describedby={described_by}
                    aria-invalid={error.is_some().then_some("true")}
                    {oninput}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="field-suffix" aria-hidden="true">{ suffix.clone() }</span>
                }
            </div>
            { field_error(&error_id, error.as_ref()) }
        </div>
    }
}
