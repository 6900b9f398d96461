//! "Mở tệp bộ tiêu chí": a set file picked on the phone, read as bytes (so
//! that a file not saved as UTF-8 is told as such) and handed on with its name (checked and added, or refused, by the actions).

use super::Action;
use crate::browser::file;
use crate::domain::i18n::{Lang, SetsText};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn set_file(lang: Lang, on_action: &Callback<Action>) -> Html {
    let onchange = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(picked) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // The same file can be picked again (after it was corrected).
            input.set_value("");
            let (name, on_action) = (picked.name(), on_action.clone());
            file::read_bytes(&picked, move |bytes| {
                on_action.emit(Action::OpenFile { name, bytes })
            });
        })
    };
    html! {
        <div class="draft-transfer">
            <div class="draft-actions">
                <label class="button-secondary file-button" for="set-file">{ SetsText::SetsFileChoose.get(lang) }</label>
                <input id="set-file" class="visually-hidden" type="file" accept=".json,application/json"
                    aria-describedby="set-file-hint" {onchange} />
            </div>
            <p class="field-hint" id="set-file-hint">{ SetsText::SetsFileHint.get(lang) }</p>
        </div>
    }
}
