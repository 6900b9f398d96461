//! Over the list of sets on this phone: a set just removed (with undo), and
//! stored sets that could not be read or used (kept where they are, never
//! deleted).

use super::Action;
use crate::browser::set_store::LoadReport;
use crate::domain::criteria::{AddConflict, StoredSetError};
use crate::domain::i18n::{self, Lang, SetsText, Text};
use yew::prelude::*;

pub fn sets_notices(
    lang: Lang,
    removed: bool,
    report: &LoadReport,
    on_action: &Callback<Action>,
) -> Html {
    let warning = |text: String| {
        html! { <div class="notice notice-warning" role="status"><p>{ text }</p></div> }
    };
    html! {
        <>
            if removed {
                <div class="notice" role="status">
                    <p>{ SetsText::SetRemoved.get(lang) }</p>
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_: MouseEvent| Action::Undo)}>
                        { Text::Undo.get(lang) }
                    </button>
                </div>
            }
            if report.storage.is_some() {
                { warning(SetsText::SetsStorageUnreadable.get(lang).to_owned()) }
            }
            { for report.unreadable.iter().map(|(key, error)| {
                warning(i18n::set_stored_unreadable(lang, key, *error == StoredSetError::NewerFormat))
            }) }
            { for report.conflicts.iter().map(|conflict| match conflict {
                AddConflict::ChangedUnderSameVersion { id, version } => {
                    warning(i18n::set_stored_conflict(lang, id, *version))
                }
            }) }
        </>
    }
}
