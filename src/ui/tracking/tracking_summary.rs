//! The commune's numbers: the share of cells meeting the standard against
//! its target (which she can set), registered and recognised cells, the
//! progress over time, the conditions missed most often, and the exports.

use super::{export_buttons, gap_chart, progress_chart, target_fields};
use crate::domain::i18n::{Lang, TrackingText};
use crate::domain::tracking::{Collection, Granularity, Progress, Row, Summary, Target};
use std::rc::Rc;
use yew::prelude::*;

/// What the summary shows and what it can change.
pub struct SummaryView<'a> {
    pub summary: &'a Summary,
    pub progress: &'a Progress,
    pub rows: &'a Rc<Vec<Row>>,
    pub collection: &'a Rc<Collection>,
    pub on_target: &'a Callback<Target>,
    pub on_by: &'a Callback<Granularity>,
}

pub fn tracking_summary(lang: Lang, view: SummaryView<'_>) -> Html {
    let summary = view.summary;
    html! {
        <section class="tracking-summary" aria-labelledby="tracking-summary-heading">
            <h3 id="tracking-summary-heading">{ TrackingText::TrackingSummaryHeading.get(lang) }</h3>
            <p class="tracking-share"><strong>{ summary.message(lang) }</strong></p>
            <p>{ summary.record_message(lang) }</p>
            { target_fields(lang, summary.target, view.on_target) }
            { progress_chart(lang, view.progress, view.on_by) }
            { gap_chart(lang, summary) }
            { export_buttons(lang, view.rows, view.collection, summary.target) }
        </section>
    }
}
