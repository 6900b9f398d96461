//! Every draft as one file, and such a file read back (on another phone).

use crate::browser::{download, draft_store, file};
use crate::domain::draft;
use crate::domain::i18n::{self, Lang, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The export and import buttons; `on_imported` hears how the import of a
/// file went (whether it went well, and the sentence that says so).
pub fn draft_transfer(lang: Lang, on_imported: &Callback<(bool, String)>) -> Html {
    let on_export_all = Callback::from(|_: MouseEvent| {
        download::offer(
            "tsvmtd-tat-ca-ban-danh-gia.json",
            "application/json",
            &draft::write_bundle(&draft_store::all()),
        );
    });
    let on_import = {
        let on_imported = on_imported.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let on_imported = on_imported.clone();
            file::read_text(&file, move |text| {
                // A file the browser can no longer read: nothing was imported.
                if let Some(text) = text {
                    on_imported.emit(import(lang, &text));
                }
            });
        })
    };
    html! {
        <div class="draft-actions draft-transfer">
            <button type="button" class="button-secondary" onclick={on_export_all}>{ Text::ExportAll.get(lang) }</button>
            <label class="button-secondary file-button" for="import-file">{ Text::ImportFile.get(lang) }</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_import} />
        </div>
    }
}

/// Stores the drafts of an exported file; says how it went.
fn import(lang: Lang, text: &str) -> (bool, String) {
    match draft::read_import(text) {
        Ok((read, unreadable)) => {
            match draft_store::import(read.into_iter().map(|r| r.draft).collect()) {
                Ok(stored) => (true, i18n::imported(lang, stored, unreadable)),
                Err(_) => (false, Text::StorageFailed.get(lang).to_owned()),
            }
        }
        Err(error) => (false, error.message(lang).to_owned()),
    }
}
