//! The commune's collection as files: a CSV for a spreadsheet, the JSON that
//! another phone imports.

use crate::browser::download;
use crate::domain::i18n::{Lang, Text};
use crate::domain::tracking::{self, Collection, Row};
use std::rc::Rc;
use yew::prelude::*;

/// Offers the collection as its JSON file.
pub fn offer_json(collection: &Collection) {
    download::offer(
        "tsvmtd-theo-doi.json",
        "application/json",
        &tracking::write(collection),
    );
}

/// The two download buttons.
pub fn export_buttons(lang: Lang, rows: &Rc<Vec<Row>>, collection: &Rc<Collection>) -> Html {
    let on_csv = {
        let (rows, collection) = (rows.clone(), collection.clone());
        Callback::from(move |_: MouseEvent| {
            download::offer(
                "tsvmtd-theo-doi.csv",
                "text/csv;charset=utf-8",
                &tracking::to_csv(&rows, &collection, lang),
            );
        })
    };
    let on_json = {
        let collection = collection.clone();
        Callback::from(move |_: MouseEvent| offer_json(&collection))
    };
    html! {
        <div class="button-row">
            <button type="button" class="button-secondary" onclick={on_csv}>{ Text::TrackingExportCsv.get(lang) }</button>
            <button type="button" class="button-secondary" onclick={on_json}>{ Text::TrackingExportJson.get(lang) }</button>
        </div>
    }
}
