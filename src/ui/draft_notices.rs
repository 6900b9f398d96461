//! What sits above the questionnaire: the offer to move the draft to a newer
//! version of its criteria set, what another tab did, the notice of a chat
//! app's own browser, and what storage reported; each offers a way out
//! (moving on, a download).

use super::hooks::SavedDraft;
use super::startup::Startup;
use super::{InAppNotice, StorageNotice};
use crate::browser::storage::StorageError;
use crate::browser::{download, draft_store};
use crate::domain::i18n::{self, Lang, Text};
use std::rc::Rc;
use yew::prelude::*;

/// What the notices over the draft are about.
pub struct DraftNotices<'a> {
    /// The draft as opened (the offer of a newer set is made from it).
    pub startup: &'a Rc<Startup>,
    /// The draft as last saved (what a download holds, what moves).
    pub draft: &'a SavedDraft,
    pub save_error: Option<StorageError>,
    /// What another tab did to this draft, if anything.
    pub tab_notice: Option<Text>,
    /// Asked to open the draft again after it moved to a newer set.
    pub on_reopen: &'a Callback<()>,
}

/// The notices over the draft (a view: it keeps no state of its own).
pub fn draft_notices(lang: Lang, props: DraftNotices) -> Html {
    let startup = props.startup;
    let on_export = {
        let (draft, registry) = (props.draft.clone(), startup.registry.clone());
        Callback::from(move |()| {
            let draft = draft.borrow();
            let name = format!("tsvmtd-ban-nhap-{}.json", draft.id);
            let answers = &draft.content.answers;
            let fingerprint = registry.fingerprint(&answers.set_id, answers.set_version);
            download::offer(
                &name,
                "application/json",
                &crate::domain::draft::write_export(&draft, fingerprint),
            );
        })
    };
    let on_export_raw = Callback::from(|key: String| {
        if let Some(text) = draft_store::raw_text(&key) {
            download::offer(
                "tsvmtd-ban-nhap-khong-doc-duoc.json",
                "application/json",
                &text,
            );
        }
    });
    // A newer version of the draft's criteria set: offer to move to it.
    let newer = startup
        .draft
        .newer_set(&startup.registry)
        .map(|set| (set.title.get(lang).to_owned(), set.version));
    let on_move_to_newer = {
        let draft = props.draft.clone();
        let registry = startup.registry.clone();
        let on_reopen = props.on_reopen.clone();
        Callback::from(move |_: MouseEvent| {
            let moved = {
                let draft = draft.borrow();
                draft
                    .newer_set(&registry)
                    .map(|set| draft.moved_to(set, draft_store::now()))
            };
            if let Some(moved) = moved
                && draft_store::save(&moved).is_ok()
            {
                on_reopen.emit(());
            }
        })
    };
    let from_version = startup.draft.content.answers.set_version;

    html! {
        <>
            if let Some((title, version)) = newer {
                <div class="notice" role="status">
                    <p>{ i18n::newer_set_available(lang, &title, from_version, version) }</p>
                    <button type="button" class="button-secondary" onclick={on_move_to_newer}>{ Text::MoveToNewerSet.get(lang) }</button>
                </div>
            }
            if let Some(notice) = props.tab_notice {
                <div class="notice" role="status"><p>{ notice.get(lang) }</p></div>
            }
            <InAppNotice on_export={on_export.clone()} />
            <StorageNotice
                notices={startup.notices.clone()}
                save_error={props.save_error.clone()}
                {on_export}
                {on_export_raw}
            />
        </>
    }
}
