//! What the list of drafts tells her: a draft just deleted (with undo), and
//! how the last import went.

use crate::domain::i18n::{Lang, Text};
use yew::prelude::*;

/// `import_message`: whether the last import went well, and the sentence that
/// says how it went.
pub fn drafts_notices(
    lang: Lang,
    deleted: bool,
    on_undo: Callback<MouseEvent>,
    import_message: Option<&(bool, String)>,
) -> Html {
    html! {
        <>
            if deleted {
                <div class="notice" role="status">
                    <p>{ Text::DraftDeleted.get(lang) }</p>
                    <button type="button" class="button-secondary" onclick={on_undo}>{ Text::Undo.get(lang) }</button>
                </div>
            }
            if let Some((ok, message)) = import_message {
                <div class={classes!("notice", (!ok).then_some("notice-warning"))} role="status"><p>{ message.clone() }</p></div>
            }
        </>
    }
}
