//! A labelled drop-down choice among a few options, with an empty "not
//! answered" option first.

use super::text_field::field_error;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The options' labels, in order; the value is an index into them.
    pub options: Vec<AttrValue>,
    pub value: Option<usize>,
    /// The label of the empty first option.
    pub empty_label: AttrValue,
    pub on_change: Callback<Option<usize>>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        value.parse::<usize>().ok()
    });
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-invalid"))}>
            <label class="field-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <select
                id={props.id.clone()}
                class="field-input"
                aria-describedby={props.error.is_some().then(|| AttrValue::from(error_id.clone()))}
                aria-invalid={props.error.is_some().then_some("true")}
                {onchange}
            >
                <option value="" selected={props.value.is_none()}>{ props.empty_label.clone() }</option>
                { for props.options.iter().enumerate().map(|(i, label)| html! {
                    <option value={i.to_string()} selected={props.value == Some(i)}>{ label.clone() }</option>
                }) }
            </select>
            { field_error(&error_id, props.error.as_ref()) }
        </div>
    }
}
