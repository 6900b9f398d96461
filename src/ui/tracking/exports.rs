//! The commune's collection as files: the table and the progress over time as
//! CSV for Excel set to Vietnamese, the JSON that another phone imports.

use crate::browser::download;
use crate::domain::i18n::{Lang, TrackingText};
use crate::domain::tracking::{self, Collection, Row, Target};
use std::rc::Rc;
use yew::prelude::*;

const CSV: &str = "text/csv;charset=utf-8";

/// Offers the collection as its JSON file.
pub fn offer_json(collection: &Collection) {
    download::offer(
        "tsvmtd-theo-doi.json",
        "application/json",
        &tracking::write(collection),
    );
}

/// The download buttons, and how the CSV files open.
pub fn export_buttons(
    lang: Lang,
    rows: &Rc<Vec<Row>>,
    collection: &Rc<Collection>,
    target: Target,
) -> Html {
    let on_csv = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            download::offer("tsvmtd-theo-doi.csv", CSV, &tracking::to_csv(&rows, lang));
        })
    };
    let on_progress = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            let quarters = tracking::progress(&rows, tracking::Granularity::Quarter, target);
            let years = tracking::progress(&rows, tracking::Granularity::Year, target);
            download::offer(
                "tsvmtd-tien-do.csv",
                CSV,
                &tracking::progress_csv(&quarters, &years, lang),
            );
        })
    };
    let on_json = {
        let collection = collection.clone();
        Callback::from(move |_: MouseEvent| offer_json(&collection))
    };
    html! {
        <>
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={on_csv}>{ TrackingText::TrackingExportCsv.get(lang) }</button>
                <button type="button" class="button-secondary" onclick={on_progress}>{ TrackingText::TrackingExportProgressCsv.get(lang) }</button>
                <button type="button" class="button-secondary" onclick={on_json}>{ TrackingText::TrackingExportJson.get(lang) }</button>
            </div>
            <p class="field-hint">{ TrackingText::TrackingCsvHint.get(lang) }</p>
        </>
    }
}
