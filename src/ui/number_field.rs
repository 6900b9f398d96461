//! A labelled number input that brings up the phone's numeric keyboard.
//!
//! It keeps what was typed, even when it is not a number, and shows why beside
//! it; it reports a value only when the text is one (or empty: `None`). Moving
//! on is never blocked. Values are exact integers: with `decimals = 2` the
//! value 263 shows as "2,63".

use super::text_field::{described_by, field_error, field_hint};
use crate::i18n::Lang;
use crate::number_input::parse_scaled;
use crate::numfmt;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The current value, scaled by 10^decimals.
    pub value: Option<i64>,
    /// Reports a new value when the text reads as a number (or is empty).
    pub on_change: Callback<Option<i64>>,
    /// The message shown while the text is not a number.
    pub not_a_number: AttrValue,
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
    let text = use_state(|| display(lang, props.value, decimals));
    // Follow the state when it changes from elsewhere (a loaded draft), but keep
    // the typed text while it still means the same value.
    {
        let text = text.clone();
        use_effect_with(props.value, move |value| {
            if parse_scaled(&text, decimals).ok().flatten() != *value {
                text.set(display(lang, *value, decimals));
            }
        });
    }
    let parsed = parse_scaled(&text, decimals);
    let oninput = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let typed = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(value) = parse_scaled(&typed, decimals) {
                on_change.emit(value);
            }
            text.set(typed);
        })
    };
    let error = if parsed.is_err() {
        Some(props.not_a_number.clone())
    } else {
        props.error.clone()
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
