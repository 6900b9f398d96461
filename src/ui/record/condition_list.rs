//! Each condition over the record's checks: its verdict now, when it was
//! first met, when it lapsed.

use super::hint;
use crate::domain::i18n::{self, Lang, RecordText};
use crate::domain::record::{ConditionHistory, History};
use crate::ui::status_box::{status_class, status_icon};
use yew::prelude::*;

pub fn condition_list(lang: Lang, history: &History) -> Html {
    let item = |c: &ConditionHistory| {
        let now = c.statuses.last().copied().flatten();
        html! {
            <li class={classes!("record-condition", now.map(status_class))}>
                <p>
                    if let Some(status) = now {
                        <span class="status-icon" aria-hidden="true">{ format!("{} ", status_icon(status)) }</span>
                        <strong>{ format!("{}: ", status.label(lang)) }</strong>
                    }
                    { i18n::record_condition(lang, c.number, c.title.get(lang)) }
                </p>
                { hint(&c.text(lang)) }
            </li>
        }
    };
    let lapsed_first = history
        .conditions
        .iter()
        .filter(|c| c.lapsed_now())
        .chain(history.conditions.iter().filter(|c| !c.lapsed_now()));
    html! {
        <section class="record-section" aria-labelledby="record-conditions-heading">
            <h3 id="record-conditions-heading">{ RecordText::RecordConditionsHeading.get(lang) }</h3>
            <ul class="record-list">{ for lapsed_first.map(item) }</ul>
        </section>
    }
}
