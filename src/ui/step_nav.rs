//! Back / Next at the bottom of every step. Never disabled for missing answers:
//! an unfinished assessment is normal.

use crate::domain::i18n::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub can_go_back: bool,
    /// Whether there is a next step, and whether it is the result.
    pub next: NextKind,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextKind {
    Step,
    Result,
    None,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    html! {
        <nav class="step-nav" aria-label={Text::StepNavLabel.get(lang)}>
            if props.can_go_back {
                <button type="button" class="button-secondary" onclick={on_back}>
                    <span aria-hidden="true">{ "← " }</span>{ Text::NavBack.get(lang) }
                </button>
            }
            { match props.next {
                NextKind::Step => html! {
                    <button type="button" class="button-primary" onclick={on_next}>
                        { Text::NavNext.get(lang) }<span aria-hidden="true">{ " →" }</span>
                    </button>
                },
                NextKind::Result => html! {
                    <button type="button" class="button-primary" onclick={on_next}>
                        { Text::NavToResult.get(lang) }<span aria-hidden="true">{ " →" }</span>
                    </button>
                },
                NextKind::None => html! {},
            } }
        </nav>
    }
}
