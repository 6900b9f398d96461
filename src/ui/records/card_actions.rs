//! What a card's buttons do, through `record_store`: open a record's newest
//! check or its screen (the record first takes what she entered last in its
//! newest check), download it, delete it, undo that.

use super::CardAction;
use crate::browser::download;
use crate::browser::record_store::{self, DeletedRecord, RecordStoreError};
use crate::domain::criteria::Registry;
use crate::domain::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// What the actions change and tell.
#[derive(Clone)]
pub struct Handles {
    pub registry: Rc<Registry>,
    /// The open draft: its record is not deleted.
    pub current: AttrValue,
    pub deleted: UseStateHandle<Option<Rc<DeletedRecord>>>,
    pub message: UseStateHandle<Option<(bool, String)>>,
    pub on_open: Callback<()>,
    pub on_record: Callback<()>,
}

/// The newest check of record `id` made the one open, with the ratings she
/// entered last.
pub fn open_newest(id: &str, registry: &Registry) -> Result<(), RecordStoreError> {
    let _ = record_store::sync_ratings(id, registry);
    record_store::open_newest(id, registry).map(|_| ())
}

/// Carries out `action`; whether the list changed.
pub fn carry_out(lang: Lang, action: CardAction, h: &Handles) -> bool {
    let failed = |e: RecordStoreError| h.message.set(Some((false, e.message(lang))));
    match action {
        CardAction::OpenNewest(id) => match open_newest(&id, &h.registry) {
            Ok(()) => h.on_open.emit(()),
            Err(e) => failed(e),
        },
        CardAction::Record(id) => match open_newest(&id, &h.registry) {
            Ok(()) => h.on_record.emit(()),
            Err(e) => failed(e),
        },
        CardAction::Export(id) => match record_store::export(&id, &h.registry) {
            Ok(text) => {
                download::offer("tsvmtd-ho-so-chi-bo.json", "application/json", &text);
            }
            Err(e) => failed(e),
        },
        CardAction::Delete(id) => {
            let gone = record_store::delete(&id, &h.current);
            let changed = gone.is_some();
            h.deleted
                .set(gone.map(Rc::new).or_else(|| (*h.deleted).clone()));
            return changed;
        }
        CardAction::Undo => {
            if let Some(gone) = &*h.deleted {
                match record_store::restore(gone) {
                    Ok(()) => h.deleted.set(None),
                    Err(e) => failed(e.into()),
                }
                return true;
            }
        }
    }
    false
}
