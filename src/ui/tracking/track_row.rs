//! One collected cell: its latest check (who, when, the set it was made with,
//! the verdict, met / total, the gaps) against the previous one (which conditions changed), its trend
//! over the checks, where it stands on registration and appraisal, every
//! check (`check_list`), and buttons to open the latest or remove the cell.

use super::{check_list, trend_bars};
use crate::domain::i18n::{self, Lang, Text, TrackingText};
use crate::domain::scoring::Status;
use crate::domain::share_link::ShareDate;
use crate::domain::tracking::{Check, Row};
use crate::ui::status_box::status_icon;
use yew::prelude::*;

/// How many checks the trend shows.
const TREND_CHECKS: usize = 8;

pub(super) fn day(lang: Lang, date: Option<ShareDate>) -> Option<String> {
    date.map(|d| i18n::date(lang, d.year(), d.month(), d.day()))
}

/// The verdict in a sentence (`short`: in a few words, for the list of checks).
pub(super) fn verdict(lang: Lang, check: &Check, short: bool) -> &'static str {
    match (check.can_propose, short) {
        (true, false) => Text::VerdictCanPropose.get(lang),
        (false, false) => Text::VerdictCannotPropose.get(lang),
        (true, true) => TrackingText::TrackingVerdictMeets.get(lang),
        (false, true) => TrackingText::TrackingVerdictNotYet.get(lang),
    }
}

/// `on_open` is asked to open a check (its fragment, `#k=…`), `on_remove`
/// to remove the cell (the indices of its entries).
pub fn track_row(
    lang: Lang,
    row: &Row,
    on_open: &Callback<String>,
    on_remove: &Callback<Vec<usize>>,
) -> Html {
    let latest = row.latest();
    let name = if row.cell.is_empty() {
        TrackingText::TrackingUnnamedCell.get(lang).to_owned()
    } else {
        row.cell.clone()
    };
    let on_remove = {
        let indices = row.indices();
        on_remove.reform(move |_: MouseEvent| indices.clone())
    };
    let on_open_latest = {
        let fragment = latest.fragment.clone();
        on_open.reform(move |_: MouseEvent| fragment.clone())
    };
    let status = if latest.can_propose {
        Status::Met
    } else {
        Status::NotMet
    };
    let details: Vec<String> = [
        row.hamlet.clone(),
        row.commune.clone(),
        latest.year.map(|y| y.to_string()).unwrap_or_default(),
        latest.assessor.clone(),
        day(lang, latest.assessed_on).unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect();
    let previous = match row.previous() {
        Some(p) => {
            i18n::tracking_previous(lang, day(lang, p.assessed_on).as_deref(), p.met, p.total)
        }
        None => TrackingText::TrackingFirstCheck.get(lang).to_owned(),
    };
    let counts = row.met_counts(TREND_CHECKS);
    html! {
        <li class={classes!("track-row", if latest.can_propose { "status-met" } else { "status-not-met" })}>
            <h4 class="track-row-title">{ name.clone() }</h4>
            <p class="field-hint">{ details.join(" · ") }</p>
            <p class="field-hint">{ latest.set_message(lang) }</p>
            <p>
                <span class="status-icon" aria-hidden="true">{ status_icon(status) }</span>
                <strong>{ verdict(lang, latest, false) }</strong>
            </p>
            <p>{ i18n::met_summary(lang, latest.met, latest.answered, latest.total) }</p>
            <p>{ previous }</p>
            <p class="trend">
                { trend_bars(&counts) }
                <span>{ row.trend_message(lang, TREND_CHECKS) }</span>
            </p>
            if !row.changes.is_empty() {
                <p class="track-row-label">{ Text::TrackingChangesHeading.get(lang) }</p>
                <ul class="track-changes">
                    { for row.changes.iter().map(|c| html! { <li>{ c.message(lang) }</li> }) }
                </ul>
            } else if row.previous().is_some() {
                <p>{ Text::TrackingNoChanges.get(lang) }</p>
            }
            <p>{ row.standing_message(lang) }</p>
            if !latest.gaps.is_empty() {
                <p>{ format!("{}: ", Text::GapsHeading.get(lang)) }{ latest.gaps.iter().map(|(_, t)| t.get(lang)).collect::<Vec<_>>().join("; ") }</p>
            }
            if row.checks.len() > 1 {
                { check_list(lang, row, &name, on_open) }
            }
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={on_open_latest}
                    aria-label={format!("{}: {}", TrackingText::TrackingOpen.get(lang), name)}>
                    { TrackingText::TrackingOpen.get(lang) }
                </button>
                <button type="button" class="button-secondary" onclick={on_remove}
                    aria-label={format!("{}: {}", TrackingText::TrackingRemove.get(lang), name)}>
                    { TrackingText::TrackingRemove.get(lang) }
                </button>
            </div>
        </li>
    }
}
