//! A two-way choice (yes / no) as a labelled group of radio buttons with large
//! tap targets. Unanswered until one is picked.

use super::text_field::described_by;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct YesNoFieldProps {
    /// Unique id; the radios' name and ids derive from it.
    pub id: AttrValue,
    pub legend: AttrValue,
    pub yes_label: AttrValue,
    pub no_label: AttrValue,
    pub value: Option<bool>,
    pub on_change: Callback<Option<bool>>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[component]
pub fn YesNoField(props: &YesNoFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let option = |choice: bool, label: &AttrValue| {
        let id = format!("{}-{}", props.id, if choice { "yes" } else { "no" });
        let onchange = props.on_change.reform(move |_: Event| Some(choice));
        html! {
            <label class="choice" for={id.clone()}>
                <input
                    type="radio"
                    {id}
                    name={props.id.clone()}
                    checked={props.value == Some(choice)}
                    {onchange}
                />
                <span>{ label.clone() }</span>
            </label>
        }
    };
    html! {
        <fieldset
            class="field field-choice"
            aria-describedby={described_by(props.hint.is_some().then_some(hint_id.as_str()), None)}
        >
            <legend class="field-label">{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <div class="choices">
                { option(true, &props.yes_label) }
                { option(false, &props.no_label) }
            </div>
        </fieldset>
    }
}
