//! A criterion's live status: icon and word (never colour alone) and the
//! reasons in numbers. Announced politely to screen readers as it changes.

use crate::domain::i18n::Lang;
use crate::domain::scoring::{CriterionResult, Status};
use yew::prelude::*;

/// The icon of a status; words always come with it.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Met => "✔",
        Status::NotMet => "✘",
        Status::Incomplete => "…",
        Status::Invalid => "⚠",
    }
}

/// The CSS class of a status (border style and colour, besides the words).
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Met => "status-met",
        Status::NotMet => "status-not-met",
        Status::Incomplete => "status-incomplete",
        Status::Invalid => "status-invalid",
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusBoxProps {
    pub result: CriterionResult,
    /// The heading over the box ("Đánh giá điều kiện này").
    pub heading: AttrValue,
}

#[component]
pub fn StatusBox(props: &StatusBoxProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let status = props.result.status;
    html! {
        <section class={classes!("status-box", status_class(status))} aria-live="polite" aria-labelledby="status-box-heading">
            <h3 class="status-box-heading" id="status-box-heading">{ props.heading.clone() }</h3>
            <p class="status-line">
                <span class="status-icon" aria-hidden="true">{ status_icon(status) }</span>
                <strong>{ status.label(lang) }</strong>
            </p>
            <ul class="reasons">
                { for props.result.reasons.iter().map(|r| html! { <li>{ r.get(lang) }</li> }) }
            </ul>
        </section>
    }
}
