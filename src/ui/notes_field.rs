//! A labelled multi-line text area (notes and evidence, minh chứng).

use super::text_field::{described_by, field_error, field_hint};
use crate::domain::i18n::{self, Lang};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotesFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The longest text the field takes: a counter shows how much is used.
    #[prop_or_default]
    pub max_chars: Option<usize>,
}

#[component]
pub fn NotesField(props: &NotesFieldProps) -> Html {
    let oninput = props
        .on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    let lang = use_context::<Lang>().unwrap_or_default();
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let count_id = format!("{}-count", props.id);
    let counter = props
        .max_chars
        .map(|max| i18n::chars_used(lang, props.value.chars().count(), max));
    let described = described_by(
        props.hint.is_some().then_some(hint_id.as_str()),
        props.error.is_some().then_some(error_id.as_str()),
    );
    let described = match (&counter, described) {
        (Some(_), Some(ids)) => Some(AttrValue::from(format!("{ids} {count_id}"))),
        (Some(_), None) => Some(AttrValue::from(count_id.clone())),
        (None, ids) => ids,
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-invalid"))}>
            <label class="field-label" for={props.id.clone()}>{ props.label.clone() }</label>
            { field_hint(&hint_id, props.hint.as_ref()) }
            <textarea
                id={props.id.clone()}
                rows="4"
                value={props.value.clone()}
                aria-describedby={described}
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
