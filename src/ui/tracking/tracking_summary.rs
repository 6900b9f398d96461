//! The commune's numbers: the share of cells meeting the standard against
//! its target (which she can set), the conditions missed most often, and the
//! exports.

use super::{export_buttons, gap_chart, target_fields};
use crate::domain::i18n::{Lang, Text};
use crate::domain::tracking::{Collection, Row, Summary, Target};
use std::rc::Rc;
use yew::prelude::*;

pub fn tracking_summary(
    lang: Lang,
    summary: &Summary,
    rows: &Rc<Vec<Row>>,
    collection: &Rc<Collection>,
    on_target: &Callback<Target>,
) -> Html {
    html! {
        <section class="tracking-summary" aria-labelledby="tracking-summary-heading">
            <h3 id="tracking-summary-heading">{ Text::TrackingSummaryHeading.get(lang) }</h3>
            <p class="tracking-share"><strong>{ summary.message(lang) }</strong></p>
            { target_fields(lang, summary.target, on_target) }
            { gap_chart(lang, summary) }
            { export_buttons(lang, rows, collection) }
        </section>
    }
}
