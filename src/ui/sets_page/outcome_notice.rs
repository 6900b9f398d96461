//! What the page says after an action, beside where she acted: a set added
//! (or already here), or why not, with every problem of the file.

use super::said::Said;
use crate::domain::i18n::{Lang, SetsText};
use yew::prelude::*;

pub fn outcome_notice(lang: Lang, said: &Said) -> Html {
    let problems = said.problems(lang);
    let (class, role) = if said.ok() {
        ("notice", "status")
    } else {
        ("notice notice-warning", "alert")
    };
    html! {
        <div {class} {role}>
            <p>{ said.message(lang) }</p>
            if !problems.is_empty() {
                <p><strong>{ SetsText::SetsProblemsHeading.get(lang) }</strong></p>
                <ul class="reasons">
                    { for problems.into_iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </div>
    }
}
