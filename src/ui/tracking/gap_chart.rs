//! The conditions the collected cells miss, most missed first, as a bar chart.

use crate::domain::i18n::{self, Lang, TrackingText};
use crate::domain::tracking::Summary;
use yew::prelude::*;

pub fn gap_chart(lang: Lang, summary: &Summary) -> Html {
    let assessed = summary.assessed.max(1);
    html! {
        <>
            <h4 id="tracking-gaps-heading">{ TrackingText::TrackingGapsHeading.get(lang) }</h4>
            <ol class="bar-chart" aria-labelledby="tracking-gaps-heading">
                { for summary.gaps.iter().map(|g| {
                    let width = g.missing * 100 / assessed;
                    html! {
                        <li class="bar-row">
                            <span class="bar-label">{ format!("{}. {}", g.number, g.title.get(lang)) }</span>
                            <span class="bar-track" aria-hidden="true">
                                <span class="bar-fill" style={format!("width: {width}%")}></span>
                            </span>
                            <span class="bar-value">{ i18n::cells_missing(lang, g.missing, summary.assessed) }</span>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}
