//! The commune's progress over time as a bar chart: for each quarter or year,
//! the share of cells meeting the standard by their self-check and the share
//! recognised, over the target band. The bars are hidden from screen readers;
//! each period's sentence beside its bars says the same in words.

use crate::domain::i18n::{self, Lang, TrackingText};
use crate::domain::tracking::{Granularity, Progress};
use crate::ui::YesNoField;
use yew::prelude::*;

/// A share in basis points as a CSS width (no float formatting in the wasm).
fn width(bp: i64) -> String {
    let bp = bp.clamp(0, 10_000);
    format!("width: {}.{:02}%", bp / 100, bp % 100)
}

pub fn progress_chart(lang: Lang, progress: &Progress, on_by: &Callback<Granularity>) -> Html {
    let on_by = on_by.reform(|quarter: Option<bool>| {
        if quarter == Some(false) {
            Granularity::Year
        } else {
            Granularity::Quarter
        }
    });
    let target = progress.target;
    let band = format!(
        "left: {}%; width: {}%",
        target.min_percent,
        target.max_percent.saturating_sub(target.min_percent).max(1)
    );
    html! {
        <section class="tracking-progress" aria-labelledby="tracking-progress-heading">
            <h4 id="tracking-progress-heading">{ TrackingText::TrackingProgressHeading.get(lang) }</h4>
            <p class="field-hint">{ TrackingText::TrackingProgressHint.get(lang) }</p>
            <YesNoField id="tracking-progress-by" legend={TrackingText::TrackingProgressBy.get(lang)}
                yes_label={TrackingText::TrackingByQuarter.get(lang)} no_label={TrackingText::TrackingByYear.get(lang)}
                value={Some(progress.by == Granularity::Quarter)} on_change={on_by} />
            <p class="chart-legend" aria-hidden="true">
                <span><span class="swatch swatch-meeting"></span>{ TrackingText::TrackingLegendMeeting.get(lang) }</span>
                <span><span class="swatch swatch-recognised"></span>{ TrackingText::TrackingLegendRecognised.get(lang) }</span>
                <span><span class="swatch swatch-target"></span>{ format!("{} {}", TrackingText::TrackingLegendTarget.get(lang), i18n::tracking_target(target.min_percent, target.max_percent)) }</span>
            </p>
            <ol class="bar-chart progress-chart" aria-labelledby="tracking-progress-heading">
                { for progress.periods.iter().map(|p| html! {
                    <li class="bar-row">
                        <span class="bar-label">{ p.message(lang) }</span>
                        <span class="bar-track progress-track" aria-hidden="true">
                            <span class="bar-band" style={band.clone()}></span>
                            <span class="bar-fill" style={width(p.meeting_bp)}></span>
                            <span class="bar-fill bar-fill-recognised" style={width(p.recognised_bp)}></span>
                        </span>
                    </li>
                }) }
            </ol>
            if progress.undated > 0 {
                <p class="field-hint">{ i18n::tracking_undated(lang, progress.undated) }</p>
            }
        </section>
    }
}
