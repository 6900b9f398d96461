//! What the list of drafts tells her: a draft just deleted (with undo), and
//! how the last import went.

use super::ItemAction;
use crate::domain::i18n::{Lang, Text};
use yew::prelude::*;

/// `deleted`: the draft deleted last (its id and stored text);
/// `import_message`: whether the last import went well, and the sentence that
/// says how it went.
pub fn drafts_notices(
    lang: Lang,
    deleted: Option<&(String, String)>,
    on_action: &Callback<ItemAction>,
    import_message: Option<&(bool, String)>,
) -> Html {
    let on_undo = deleted.cloned().map(|(id, text)| {
        on_action.reform(move |_: MouseEvent| ItemAction::Restore(id.clone(), text.clone()))
    });
    html! {
        <>
            if let Some(on_undo) = on_undo {
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
