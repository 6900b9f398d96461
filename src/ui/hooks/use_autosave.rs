//! Save after every change: a new revision of the draft. If another tab has
//! saved a newer revision meanwhile, this tab's content goes to a copy of its
//! own instead of overwriting that one (`Draft::next_save`). When the draft is
//! the newest check of a cell's record, condition 1's ratings she changed go
//! back to the record too, for every later check (`record_store::keep_ratings`).

use crate::browser::draft_store;
use crate::browser::record_store::{self, RecordStoreError};
use crate::browser::storage::StorageError;
use crate::domain::draft::Draft;
use crate::domain::questionnaire::Questionnaire;
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// The draft as last saved (or kept in memory when saving failed), shared by
/// the hooks and components that read or replace it. Two handles are equal
/// when they share the draft.
#[derive(Clone)]
pub struct SavedDraft(Rc<RefCell<Draft>>);

impl SavedDraft {
    pub fn borrow(&self) -> Ref<'_, Draft> {
        self.0.borrow()
    }

    /// Replaces it with a newer copy (saved by another tab).
    pub fn replace(&self, draft: Draft) {
        *self.0.borrow_mut() = draft;
    }
}

impl PartialEq for SavedDraft {
    fn eq(&self, other: &SavedDraft) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What saving gives the screen.
pub struct Autosave {
    pub draft: SavedDraft,
    /// Why the last save failed, if it did (the content is kept in memory).
    pub error: Option<StorageError>,
}

/// Saves `questionnaire` whenever it differs from the draft last saved, which
/// starts as `opened()`; `on_copy` is told when the content went to a copy.
#[hook]
pub fn use_autosave<F>(questionnaire: &Questionnaire, opened: F, on_copy: Callback<()>) -> Autosave
where
    F: FnOnce() -> Draft + 'static,
{
    let draft = use_mut_ref(opened);
    let error = use_state(|| None::<StorageError>);
    {
        let draft = draft.clone();
        let error = error.clone();
        use_effect_with(questionnaire.clone(), move |q| {
            let mut draft = draft.borrow_mut();
            if !draft.same_content(q) {
                let (next, copied) = draft.next_save(
                    q,
                    draft_store::now(),
                    draft_store::stored_revision(&draft.id),
                    draft_store::new_id,
                );
                if copied {
                    on_copy.emit(());
                }
                let answers_changed = draft.content.answers != next.content.answers;
                let mut result = draft_store::save(&next);
                if result.is_ok() && answers_changed {
                    result = keep_ratings(&next, q);
                }
                *draft = next;
                if *error != result.clone().err() {
                    error.set(result.err());
                }
            }
        });
    }
    Autosave {
        draft: SavedDraft(draft),
        error: (*error).clone(),
    }
}

/// Hands the ratings of `draft` (just saved) to its record when it is the
/// record's newest check; a storage failure is reported like a failed save.
fn keep_ratings(draft: &Draft, q: &Questionnaire) -> Result<(), StorageError> {
    let Some(record) = record_store::record_of_draft(&draft.id) else {
        return Ok(());
    };
    if !record.is_newest(&draft.id) {
        return Ok(());
    }
    match record_store::keep_ratings(&record.id, draft, &q.set) {
        Err(RecordStoreError::Storage(error)) => Err(error),
        // Another tab started a newer check: this one keeps its own ratings.
        _ => Ok(()),
    }
}
