//! A labelled one-line text input with an optional hint and inline error.

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
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = props
        .on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = described_by(
        props.hint.is_some().then_some(hint_id.as_str()),
        props.error.is_some().then_some(error_id.as_str()),
    );
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
