//! At the top of the page when the app sent her here for a result's set:
//! which set the result needs (with its title and issuer when this site
//! publishes it), whether this phone has it, and once it has, "Mở lại kết
//! quả" back to the result in the app.

use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, SetsText};
use crate::domain::sets_page::{IndexState, NeededSet, NeededStatus};
use yew::prelude::*;

pub fn needed_notice(
    lang: Lang,
    needed: &NeededSet,
    registry: &Registry,
    index: Option<&IndexState>,
) -> Html {
    let entry = match index {
        Some(IndexState::Listed(listed)) => Some(listed.find(&needed.id, needed.version)),
        _ => None,
    };
    let title = entry
        .flatten()
        .map(|e| (e.title.as_str(), e.issuer.as_str()))
        .filter(|(title, _)| !title.trim().is_empty());
    let status = needed.status(registry);
    let reopen = (status == NeededStatus::Here)
        .then(|| needed.result_address())
        .flatten();
    let class = if status == NeededStatus::Here {
        "notice"
    } else {
        "notice notice-warning"
    };
    html! {
        <section {class} aria-labelledby="needed-heading">
            <h3 id="needed-heading">{ SetsText::SetNeededHeading.get(lang) }</h3>
            <p>{ needed.describe(lang, title) }</p>
            <p>{ status.message(lang, entry.map(|e| e.is_some())) }</p>
            if let Some(href) = reopen {
                <a class="button-secondary" {href}>{ SetsText::SetNeededReopen.get(lang) }</a>
            }
        </section>
    }
}
