//! The history page printed after the form, when the check belongs to a
//! cell's record (hồ sơ chi bộ): where the cell stands, every check with what
//! changed since the one before, each condition's history, the registrations
//! with their progress, and the appraisals beside the self-check. A view: the
//! record and its opened checks come from the caller; every sentence from the
//! core (`domain::record`).

use crate::browser::record_store::LoadedRecord;
use crate::domain::i18n::{Lang, ResultText};
use crate::domain::record::{History, changes};
use yew::prelude::*;

/// The history page of `loaded` (its checks oldest first).
pub fn record_history(lang: Lang, loaded: &LoadedRecord) -> Html {
    let (record, checks) = (&loaded.record, &loaded.checks);
    let history = History::new(checks);
    let summary = record.summary(checks.last());
    let keeping = record.keeping(checks);
    let check_rows = history.points.iter().enumerate().map(|(i, point)| {
        let changed: Vec<String> = match i.checked_sub(1) {
            Some(before) => changes(&checks[before], &checks[i])
                .iter()
                .map(|c| c.text(lang))
                .collect(),
            None => Vec::new(),
        };
        html! {
            <li>
                <p>{ point.text(lang) }</p>
                if !changed.is_empty() {
                    <ul>{ for changed.into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                }
            </li>
        }
    });
    let conditions = history.conditions.iter().map(|c| {
        html! { <li>{ format!("{}. {}: {}", c.number, c.title.get(lang), c.text(lang)) }</li> }
    });
    let registrations = record.registrations.iter().map(|r| {
        let progress = record.progress(r.year, checks);
        html! {
            <li>
                <p>{ r.title(lang) }</p>
                <ul>{ for progress.iter().map(|p| html! { <li>{ p.text(lang) }</li> }) }</ul>
            </li>
        }
    });
    let appraisals = record.appraisals.iter().map(|a| {
        let side = record.side_by_side(a, checks);
        html! {
            <li>
                <p>{ a.text(lang) }</p>
                <p>{ side.summary(lang) }</p>
                <ul>
                    { for side.rows.iter().filter(|row| row.disagrees).map(|row| html! {
                        <li>{ format!("{}. {}: {}{}", row.number, row.title.get(lang), row.text(lang),
                            if row.note.trim().is_empty() { String::new() } else { format!(" ({})", row.note.trim()) }) }</li>
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <section class="form-history" aria-label={ResultText::PrintHistoryHeading.get(lang)}>
            <h1 class="form-title">{ ResultText::PrintHistoryHeading.get(lang) }</h1>
            <p>{ summary.details(lang) }</p>
            if let Some(standing) = summary.standing(lang) {
                <p><strong>{ standing }</strong></p>
            }
            if let Some(keeping) = &keeping {
                <p>{ keeping.text(lang) }</p>
            }
            <h2>{ ResultText::PrintHistoryChecks.get(lang) }</h2>
            <ol>{ for check_rows }</ol>
            <h2>{ ResultText::PrintHistoryConditions.get(lang) }</h2>
            <ul>{ for conditions }</ul>
            if !record.registrations.is_empty() {
                <h2>{ ResultText::PrintHistoryRegistrations.get(lang) }</h2>
                <ul>{ for registrations }</ul>
            }
            if !record.appraisals.is_empty() {
                <h2>{ ResultText::PrintHistoryAppraisals.get(lang) }</h2>
                <ul>{ for appraisals }</ul>
            }
        </section>
    }
}
