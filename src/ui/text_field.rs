//! A labelled one-line text input with an optional hint and inline error.

use crate::domain::i18n::{self, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Unique id of the input; the label, hint and error hang off it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Reports every edit, as typed.
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The `autocomplete` attribute (`"name"` for a person's name, else off).
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    /// The longest text the field takes: a counter shows how much is used. A
    /// longer text is kept as typed (never cut) and `error` says so.
    #[prop_or_default]
    pub max_chars: Option<usize>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = props
        .on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let lang = use_context::<Lang>().unwrap_or_default();
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let count_id = format!("{}-count", props.id);
    let counter = props
        .max_chars
        .map(|max| i18n::chars_used(lang, props.value.chars().count(), max));
    let described_by = described_by(
        props.hint.is_some().then_some(hint_id.as_str()),
        props.error.is_some().then_some(error_id.as_str()),
    );
    let described_by = match (&counter, described_by) {
        (Some(_), Some(ids)) => Some(AttrValue::from(format!("{ids} {count_id}"))),
        (Some(_), None) => Some(AttrValue::from(count_id.clone())),
        (None, ids) => ids,
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-invalid"))}>
            <label class="field-label" for={props.id.clone()}>{ props.label.clone() }</label>
            { field_hint(&hint_id, props.hint.as_ref()) }
            <input
                id={props.id.clone()}
                class="field-input"
                type="text"
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                aria-describedby={described_by}
                aria-invalid={props.error.is_some().then_some("true")}
                {oninput}
            />
            if let Some(counter) = counter {
                <p class="field-counter" id={count_id}>{ counter }</p>
            }
            { field_error(&error_id, props.error.as_ref()) }
        </div>
    }
}

/// The `aria-describedby` value for an optional hint and an optional error.
pub(crate) fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<AttrValue> {
    let ids: Vec<&str> = [hint, error].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
}

/// The hint under a field's label, if any, with the id `aria-describedby` names.
pub(crate) fn field_hint(id: &str, hint: Option<&AttrValue>) -> Html {
    match hint {
        Some(hint) => html! { <p class="field-hint" id={id.to_owned()}>{ hint.clone() }</p> },
        None => html! {},
    }
}

/// The inline error under a field, if any, with the id `aria-describedby` names.
pub(crate) fn field_error(id: &str, error: Option<&AttrValue>) -> Html {
    match error {
        Some(error) => html! { <p class="field-error" id={id.to_owned()}>{ error.clone() }</p> },
        None => html! {},
    }
}
