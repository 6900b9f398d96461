//! One collected cell: its name and year, who assessed it and when, the
//! verdict, met / total, the gaps, and buttons to open or remove it.

use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::Status;
use crate::domain::tracking::Row;
use crate::ui::status_box::status_icon;
use yew::prelude::*;

/// `on_open` is asked to open the result (its fragment, `#k=…`), `on_remove`
/// to remove the entry (its index in the collection).
pub fn track_row(
    lang: Lang,
    row: &Row,
    on_open: &Callback<String>,
    on_remove: &Callback<usize>,
) -> Html {
    let on_remove = {
        let index = row.index;
        on_remove.reform(move |_: MouseEvent| index)
    };
    let on_open = {
        let fragment = row.fragment.clone();
        on_open.reform(move |_: MouseEvent| fragment.clone())
    };
    let status = if row.can_propose {
        Status::Met
    } else {
        Status::NotMet
    };
    let title = match row.year {
        Some(year) => format!("{} — {year}", row.cell),
        None => row.cell.clone(),
    };
    let details: Vec<String> = [
        row.hamlet.clone(),
        row.commune.clone(),
        row.assessor.clone(),
        row.assessed_on
            .map(|d| i18n::date(lang, d.year(), d.month(), d.day()))
            .unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect();
    html! {
        <li class={classes!("track-row", if row.can_propose { "status-met" } else { "status-not-met" })}>
            <h4 class="track-row-title">{ title }</h4>
            <p class="field-hint">{ details.join(" · ") }</p>
            <p>
                <span class="status-icon" aria-hidden="true">{ status_icon(status) }</span>
                <strong>{ if row.can_propose { Text::VerdictCanPropose.get(lang) } else { Text::VerdictCannotPropose.get(lang) } }</strong>
            </p>
            <p>{ i18n::met_summary(lang, row.met, row.answered, row.total) }</p>
            if !row.gaps.is_empty() {
                <p>{ format!("{}: ", Text::GapsHeading.get(lang)) }{ row.gaps.iter().map(|(_, t)| t.get(lang)).collect::<Vec<_>>().join("; ") }</p>
            }
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={on_open}
                    aria-label={format!("{}: {}", Text::TrackingOpen.get(lang), row.cell)}>
                    { Text::TrackingOpen.get(lang) }
                </button>
                <button type="button" class="button-secondary" onclick={on_remove}
                    aria-label={format!("{}: {}", Text::TrackingRemove.get(lang), row.cell)}>
                    { Text::TrackingRemove.get(lang) }
                </button>
            </div>
        </li>
    }
}
