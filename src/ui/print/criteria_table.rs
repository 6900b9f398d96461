//! The form's table of conditions: each with the answers in words, its
//! result with the reasons, and the notes and evidence.

use crate::domain::answer_text;
use crate::domain::criteria::{CriteriaSet, Criterion};
use crate::domain::i18n::{Lang, ResultText};
use crate::domain::scoring::{Answers, Assessment};
use crate::domain::vec_map::VecMap;
use crate::ui::status_box::status_icon;
use yew::prelude::*;

pub fn criteria_table(
    lang: Lang,
    set: &CriteriaSet,
    answers: &Answers,
    notes: &VecMap<String, String>,
    assessment: &Assessment,
) -> Html {
    let criterion_row = |(i, criterion): (usize, &Criterion)| {
        let result = assessment.result(&criterion.id);
        let answer_lines =
            answer_text::describe(criterion, answers.answers.get(&*criterion.id), lang);
        let note = notes
            .get(&*criterion.id)
            .map(|n| n.trim().to_owned())
            .unwrap_or_default();
        html! {
            <tr>
                <td class="form-number">{ i + 1 }</td>
                <td>{ criterion.title.get(lang) }</td>
                <td>{ for answer_lines.iter().map(|l| html! { <p>{ l }</p> }) }</td>
                <td>
                    if let Some(result) = result {
                        <p><strong>{ format!("{} {}", status_icon(result.status), result.status.label(lang)) }</strong></p>
                        { for result.reasons.iter().map(|r| html! { <p>{ r.get(lang) }</p> }) }
                    }
                </td>
                <td class="form-notes">{ note }</td>
            </tr>
        }
    };
    html! {
        <table class="form-table">
            <thead><tr>
                <th class="form-number">{ ResultText::FormColNumber.get(lang) }</th>
                <th class="form-criterion">{ ResultText::FormColCriterion.get(lang) }</th>
                <th>{ ResultText::FormColAnswer.get(lang) }</th>
                <th>{ ResultText::FormColResult.get(lang) }</th>
                <th class="form-evidence">{ ResultText::FormColEvidence.get(lang) }</th>
            </tr></thead>
            <tbody>{ for set.criteria.iter().enumerate().map(criterion_row) }</tbody>
        </table>
    }
}
