//! The list of every step, collapsed under one button, to jump to any step.

use crate::domain::i18n::{Lang, Text};
use crate::domain::questionnaire::Step;
use yew::prelude::*;

/// One entry of the list, as the screen describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct StepEntry {
    pub step: Step,
    pub label: AttrValue,
    /// A short status shown after the label (icon and words, never colour alone).
    pub status: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct StepListProps {
    pub entries: Vec<StepEntry>,
    pub current: Step,
    pub on_select: Callback<Step>,
}

#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let details = use_node_ref();
    html! {
        <details class="step-list" ref={details.clone()}>
            <summary>{ Text::StepListLabel.get(lang) }</summary>
            <ol>
                { for props.entries.iter().map(|entry| {
                    let current = entry.step == props.current;
                    let onclick = {
                        let step = entry.step.clone();
                        let on_select = props.on_select.clone();
                        let details = details.clone();
                        Callback::from(move |_: MouseEvent| {
                            if let Some(details) = details.cast::<web_sys::HtmlElement>() {
                                let _ = details.remove_attribute("open");
                            }
                            on_select.emit(step.clone());
                        })
                    };
                    html! {
                        <li>
                            <button
                                type="button"
                                class="step-list-item"
                                aria-current={current.then_some("step")}
                                {onclick}
                            >
                                <span class="step-list-label">{ entry.label.clone() }</span>
                                if let Some(status) = &entry.status {
                                    <span class="step-list-status">{ status.clone() }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
