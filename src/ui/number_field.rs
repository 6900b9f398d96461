//! A labelled whole-number input that brings up the phone's numeric keyboard.
//!
//! It keeps what was typed, even when it is not a number, and shows why beside
//! it; it reports a value only when the text is one (or empty: `None`). Moving
//! on is never blocked.

use super::text_field::described_by;
use crate::number_input::parse_whole_number;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The current value, as the state holds it.
    pub value: Option<u32>,
    /// Reports a new value when the text reads as a whole number (or is empty).
    pub on_change: Callback<Option<u32>>,
    /// The message shown while the text is not a whole number.
    pub not_a_number: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A problem with the value itself (out of range, above a total), from the core.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let text = use_state(|| props.value.map(|v| v.to_string()).unwrap_or_default());
    // Follow the state when it changes from elsewhere (a loaded draft), but keep
    // the typed text while it still means the same value.
    {
        let text = text.clone();
        use_effect_with(props.value, move |value| {
            if parse_whole_number(&text).ok().flatten() != *value {
                text.set(value.map(|v| v.to_string()).unwrap_or_default());
            }
        });
    }
    let parsed = parse_whole_number(&text);
    let oninput = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let typed = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(value) = parse_whole_number(&typed) {
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
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <input
                id={props.id.clone()}
                class="field-input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value={(*text).clone()}
                aria-describedby={described_by}
                aria-invalid={error.is_some().then_some("true")}
                {oninput}
            />
            if let Some(error) = error {
                <p class="field-error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
