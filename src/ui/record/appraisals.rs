//! The appraisals, the latest first: the day, who appraised, the outcome and
//! the decision; then each condition, the self-check beside the appraisal,
//! those where they differ first; and, while no form is open (`on_action`),
//! a button that opens each in the form to correct or remove it. `form` is
//! the appraisal form, or the button that opens it for a new one.

use super::{RecordAction, RecordView, hint, para};
use crate::domain::i18n::{self, Lang, RecordText, Text};
use crate::domain::record::{Appraisal, SideRow};
use yew::prelude::*;

pub fn appraisals(
    lang: Lang,
    view: &RecordView,
    on_action: Option<&Callback<RecordAction>>,
    form: Html,
) -> Html {
    let row = |row: &SideRow| {
        html! {
            <li class={classes!(row.disagrees.then_some("record-disagrees"))}>
                if row.disagrees {
                    <span class="status-icon" aria-hidden="true">{ "≠ " }</span>
                }
                <strong>{ i18n::record_condition(lang, row.number, row.title.get(lang)) }</strong>
                { format!(": {}", row.text(lang)) }
                if !row.note.trim().is_empty() {
                    { hint(&format!("{}: {}", RecordText::RecordFindingNote.get(lang), row.note.trim())) }
                }
            </li>
        }
    };
    let item = |(position, appraisal): (usize, &Appraisal)| {
        let side = view.record.side_by_side(appraisal, &view.checks);
        let rows = side
            .rows
            .iter()
            .filter(|r| r.disagrees)
            .chain(side.rows.iter().filter(|r| !r.disagrees));
        html! {
            <li class={classes!("record-appraisal", if appraisal.recognised { "status-met" } else { "status-not-met" })}>
                <p><strong>{ appraisal.text(lang) }</strong></p>
                if !appraisal.note.trim().is_empty() {
                    { para(appraisal.note.trim()) }
                }
                { para(&side.summary(lang)) }
                <ul class="reasons">{ for rows.map(row) }</ul>
                if let Some(on_action) = on_action {
                    <button type="button" class="button-secondary"
                        onclick={on_action.reform(move |_: MouseEvent| RecordAction::EditAppraisal(position))}>
                        { RecordText::RecordEditAppraisal.get(lang) }
                    </button>
                }
            </li>
        }
    };
    html! {
        <section class="record-section" aria-labelledby="record-appraisals-heading">
            <h3 id="record-appraisals-heading">{ RecordText::RecordAppraisalsHeading.get(lang) }</h3>
            if view.record.appraisals.is_empty() {
                { para(Text::NoAppraisal.get(lang)) }
            } else {
                <ul class="record-list">{ for view.record.appraisals.iter().enumerate().rev().map(item) }</ul>
            }
            { form }
        </section>
    }
}
