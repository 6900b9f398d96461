//! Every record as one file, and a file read back (on another phone): a file
//! of all records or of one (`record_store::import_all`, `import`), or a file
//! of drafts of an earlier release, whose drafts are arranged into records as
//! the first start does.

use crate::browser::{download, draft_store, file, record_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{self, Lang, RecordText};
use crate::domain::{draft, record};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The export and import buttons; `on_imported` hears how the import of a
/// file went (whether it went well, and the sentence that says so).
pub fn records_transfer(
    lang: Lang,
    registry: &Rc<Registry>,
    on_imported: &Callback<(bool, String)>,
) -> Html {
    let on_export_all = {
        let (on_imported, registry) = (on_imported.clone(), registry.clone());
        Callback::from(
            move |_: MouseEvent| match record_store::export_all(&registry) {
                Ok(text) => {
                    download::offer("tsvmtd-tat-ca-ho-so.json", "application/json", &text);
                }
                Err(error) => on_imported.emit((false, error.message(lang).to_owned())),
            },
        )
    };
    let on_import = {
        let (on_imported, registry) = (on_imported.clone(), registry.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (on_imported, registry) = (on_imported.clone(), registry.clone());
            file::read_text(&file, move |text| {
                // A file the browser can no longer read: nothing was imported.
                if let Some(text) = text {
                    on_imported.emit(import(lang, &registry, &text));
                }
            });
        })
    };
    html! {
        <div class="draft-transfer">
            <div class="draft-actions">
                <button type="button" class="button-secondary" onclick={on_export_all} aria-describedby="export-all-hint">
                    { RecordText::ExportAll.get(lang) }
                </button>
                <label class="button-secondary file-button" for="import-file">{ RecordText::ImportFile.get(lang) }</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                    aria-describedby="import-hint" onchange={on_import} />
            </div>
            <p class="field-hint" id="export-all-hint">{ RecordText::RecordsExportAllHint.get(lang) }</p>
            <p class="field-hint" id="import-hint">{ RecordText::RecordsImportHint.get(lang) }</p>
        </div>
    }
}

/// Stores a record file, or the drafts of a file of drafts as records; says
/// how it went, and which sets its checks need that this phone lacks or
/// holds with other content.
fn import(lang: Lang, registry: &Registry, text: &str) -> (bool, String) {
    let with_sets = |message: String, files: &[&record::RecordFile]| -> String {
        let mut sentences = vec![message];
        for file in files {
            for m in file.set_messages(lang, registry) {
                if !sentences.contains(&m) {
                    sentences.push(m);
                }
            }
        }
        sentences.join(" ")
    };
    if record::is_records_file(text) {
        return match record_store::import_all(text) {
            Ok(results) => {
                let done: Vec<&record::RecordFile> =
                    results.iter().filter_map(|r| r.as_ref().ok()).collect();
                let checks = done.iter().map(|f| f.drafts.len()).sum();
                let failed = results.len() - done.len();
                (
                    failed == 0,
                    with_sets(
                        i18n::records_imported(lang, done.len(), checks, failed),
                        &done,
                    ),
                )
            }
            Err(error) => (false, error.message(lang).to_owned()),
        };
    }
    if record::is_record_file(text) {
        return match record_store::import(text) {
            Ok(file) => (true, with_sets(file.message(lang), &[&file])),
            Err(failure) => (false, failure.message(lang).to_owned()),
        };
    }
    let (read, unreadable) = match draft::read_import(text) {
        Ok(read) => read,
        Err(error) => return (false, error.message(lang).to_owned()),
    };
    let stored = draft_store::import(read.into_iter().map(|r| r.draft).collect())
        .and_then(|stored| record_store::adopt(&stored).map(|_| stored.len()));
    match stored {
        Ok(n) => (true, i18n::imported(lang, n, unreadable)),
        Err(e) => (false, e.message(lang).to_owned()),
    }
}
