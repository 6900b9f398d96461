//! A labelled multi-line text area (notes and evidence, minh chứng).

use super::text_field::{described_by, field_error, field_hint};
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
}

#[component]
pub fn NotesField(props: &NotesFieldProps) -> Html {
    let oninput = props
        .on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-invalid"))}>
            <label class="field-label" for={props.id.clone()}>{ props.label.clone() }</label>
            { field_hint(&hint_id, props.hint.as_ref()) }
            <textarea
                id={props.id.clone()}
                rows="4"
                value={props.value.clone()}
                aria-describedby={described_by(
                    props.hint.is_some().then_some(hint_id.as_str()),
                    props.error.is_some().then_some(error_id.as_str()),
                )}
                aria-invalid={props.error.is_some().then_some("true")}
                {oninput}
            />
            { field_error(&error_id, props.error.as_ref()) }
        </div>
    }
}
