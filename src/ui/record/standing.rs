//! Where the cell stands, at the top of its record: registered, appraised,
//! its checks in a line; once recognised, whether the latest check still
//! holds the standard, the conditions that lapsed first; otherwise the
//! conditions that lapsed and are not met again.

use super::{RecordView, para, sentences};
use crate::domain::i18n::{self, Lang, RecordText};
use yew::prelude::*;

pub fn standing(lang: Lang, view: &RecordView) -> Html {
    let summary = view.record.summary(view.newest());
    let keeping = view.record.keeping(&view.checks);
    let lapsed = view.history.lapsed_now();
    let keeping = keeping.map(|keeping| {
        let latest = keeping.latest().map(|check| {
            html! {
                <>
                    <p class={classes!("record-keeping", if check.holds { "status-met" } else { "status-not-met" })}>
                        <span class="status-icon" aria-hidden="true">{ if check.holds { "✔ " } else { "✘ " } }</span>
                        <strong>{ check.text(lang) }</strong>
                    </p>
                    { sentences(check.gaps.iter().map(|gap| gap.text(lang)).collect()) }
                </>
            }
        });
        html! {
            <>
                <h4>{ RecordText::RecordKeepingHeading.get(lang) }</h4>
                { para(&keeping.text(lang)) }
                { latest.unwrap_or_else(|| para(RecordText::RecordKeepingNoCheck.get(lang))) }
            </>
        }
    });
    html! {
        <section class="record-section record-standing" aria-labelledby="record-standing-heading">
            <h3 id="record-standing-heading">{ RecordText::RecordStandingHeading.get(lang) }</h3>
            <p><strong>{ summary.standing(lang).unwrap_or_else(|| RecordText::RecordNoStanding.get(lang).to_owned()) }</strong></p>
            { para(&summary.details(lang)) }
            if let Some(keeping) = keeping {
                { keeping }
            } else if !lapsed.is_empty() {
                <h4>{ RecordText::RecordLapsedHeading.get(lang) }</h4>
                <ul class="reasons">
                    { for lapsed.iter().map(|c| html! {
                        <li>
                            <strong>{ i18n::record_condition(lang, c.number, c.title.get(lang)) }</strong>
                            { format!(": {}", c.text(lang)) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
