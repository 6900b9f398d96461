//! The form's plan: for each condition not met, what to do, who, by when,
//! how hard, and whether it is done.

use crate::domain::criteria::CriteriaSet;
use crate::domain::i18n::{self, Lang, ResultText, Text};
use crate::domain::plan::PlanRow;
use crate::domain::share_link::ShareDate;
use yew::prelude::*;

/// The table, or a line saying there is nothing to plan.
pub fn plan_table(lang: Lang, set: &CriteriaSet, plan: &[PlanRow]) -> Html {
    if plan.is_empty() {
        return html! { <p>{ Text::PlanNone.get(lang) }</p> };
    }
    let plan_row = |(i, row): (usize, &PlanRow)| {
        let title = set
            .criterion(&row.criterion_id)
            .map(|c| c.title.get(lang))
            .unwrap_or_default();
        html! {
            <tr>
                <td class="form-number">{ i + 1 }</td>
                <td>
                    <p><strong>{ format!("{}. {}", row.number, title) }</strong></p>
                    <p class="form-notes">{ row.action.clone() }</p>
                </td>
                <td>{ row.who.clone() }</td>
                <td class="form-nowrap">{ short_date(lang, &row.due) }</td>
                <td>{ row.difficulty.label(lang) }</td>
                <td>{ if row.done { Text::PlanDone.get(lang) } else { ResultText::PlanInProgress.get(lang) } }</td>
            </tr>
        }
    };
    html! {
        <table class="form-table">
            <thead><tr>
                <th class="form-number">{ ResultText::FormColNumber.get(lang) }</th>
                <th>{ Text::PlanAction.get(lang) }</th>
                <th>{ Text::PlanWho.get(lang) }</th>
                <th>{ Text::PlanDue.get(lang) }</th>
                <th>{ Text::PlanDifficulty.get(lang) }</th>
                <th>{ ResultText::FormColStatus.get(lang) }</th>
            </tr></thead>
            <tbody>{ for plan.iter().enumerate().map(plan_row) }</tbody>
        </table>
    }
}

/// `YYYY-MM-DD` in `lang`'s way ("30/9/2026"); anything else as it is.
fn short_date(lang: Lang, iso: &str) -> String {
    ShareDate::from_iso(iso)
        .map(|d| i18n::date(lang, d.year(), d.month(), d.day()))
        .unwrap_or_else(|| iso.to_owned())
}
