//! The result: the overall verdict, the earliest year, the gaps first, then
//! what is met; every criterion with its status (icon and words) and reasons.

use super::status_box::{status_class, status_icon};
use crate::domain::criteria::CriteriaSet;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::questionnaire::Step;
use crate::domain::scoring::{AnswersMatch, Assessment, CriterionResult, Status};
use crate::domain::vec_map::VecMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultStepProps {
    pub set: Rc<CriteriaSet>,
    pub assessment: Assessment,
    /// Asked to open a criterion's step; `None`: read-only (a shared result),
    /// no "edit" buttons.
    #[prop_or_default]
    pub on_select: Option<Callback<Step>>,
    /// Notes and evidence by criterion id, shown under its reasons.
    #[prop_or_default]
    pub notes: VecMap<String, String>,
}

#[component]
pub fn ResultStep(props: &ResultStepProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let a = &props.assessment;
    let row = |result: &CriterionResult| {
        let Some(criterion) = props.set.criterion(&result.criterion_id) else {
            return html! {};
        };
        let position = props
            .set
            .criteria
            .iter()
            .position(|c| c.id == criterion.id)
            .unwrap_or(0)
            + 1;
        let edit = props.on_select.as_ref().map(|on_select| {
            let step = Step::Criterion(criterion.id.to_string());
            on_select.reform(move |_: MouseEvent| step.clone())
        });
        let note = props
            .notes
            .get(&*criterion.id)
            .map(|n| n.trim())
            .filter(|n| !n.is_empty());
        html! {
            <li class={classes!("result-row", status_class(result.status))}>
                <p class="result-row-title">
                    <span class="status-icon" aria-hidden="true">{ status_icon(result.status) }</span>
                    <strong>{ format!("{}: ", result.status.label(lang)) }</strong>
                    { format!("{}. {}", position, criterion.title.get(lang)) }
                </p>
                <ul class="reasons">
                    { for result.reasons.iter().map(|r| html! { <li>{ r.get(lang) }</li> }) }
                </ul>
                if let Some(note) = note {
                    <p class="result-note"><strong>{ format!("{}: ", Text::NotesLabel.get(lang)) }</strong>{ note }</p>
                }
                if let (true, Some(onclick)) = (result.status != Status::Met, edit) {
                    <button type="button" class="button-secondary" {onclick}
                        aria-label={format!("{}: {}", Text::EditAnswer.get(lang), criterion.title.get(lang))}>
                        { Text::EditAnswer.get(lang) }
                    </button>
                }
            </li>
        }
    };
    let gaps: Vec<&CriterionResult> = a
        .criteria
        .iter()
        .filter(|r| r.status != Status::Met)
        .collect();
    let met: Vec<&CriterionResult> = a
        .criteria
        .iter()
        .filter(|r| r.status == Status::Met)
        .collect();
    html! {
        <div class="step-body">
            <section class={classes!("verdict", if a.can_propose { "status-met" } else { "status-not-met" })}>
                <p class="verdict-line">
                    <span class="status-icon" aria-hidden="true">{ if a.can_propose { "✔" } else { "✘" } }</span>
                    <strong>{ if a.can_propose { Text::VerdictCanPropose.get(lang) } else { Text::VerdictCannotPropose.get(lang) } }</strong>
                </p>
                <p>{ i18n::met_summary(lang, a.met, a.answered, a.total) }</p>
                <p>{ match a.earliest_year {
                    Some(year) => i18n::earliest_year(lang, year),
                    None => Text::EarliestYearUnknown.get(lang).to_owned(),
                } }</p>
                if !matches!(a.answers_match, AnswersMatch::Exact) {
                    <p class="field-hint">{ Text::OtherVersionNote.get(lang) }</p>
                }
            </section>
            if !gaps.is_empty() {
                <section aria-labelledby="result-gaps">
                    <h3 id="result-gaps">{ Text::GapsHeading.get(lang) }</h3>
                    <ol class="result-list">{ for gaps.into_iter().map(row) }</ol>
                </section>
            }
            if !met.is_empty() {
                <section aria-labelledby="result-met">
                    <h3 id="result-met">{ Text::MetHeading.get(lang) }</h3>
                    <ol class="result-list">{ for met.into_iter().map(row) }</ol>
                </section>
            }
        </div>
    }
}
