//! The draft the questionnaire starts from, as read from storage: the draft
//! open last, or another one that the history names, on a given step. The
//! questionnaire edits only the newest check of a record, with the record's
//! ratings lent to it (`record_store::open_newest`); a stored draft on no
//! record gets one of its own (`record_store::ensure_record`).

use crate::browser::draft_store::{self, LoadNotice};
use crate::browser::record_store;
use crate::domain::criteria::Registry;
use crate::domain::draft::Draft;
use crate::domain::questionnaire::{Questionnaire, Step};
use crate::domain::shell::DraftStep;
use std::rc::Rc;

/// What the questionnaire starts from: the draft and what loading it found.
#[derive(PartialEq)]
pub struct Startup {
    pub registry: Rc<Registry>,
    pub draft: Draft,
    pub questionnaire: Questionnaire,
    pub notices: Vec<LoadNotice>,
    /// Opened by the browser's Back or Forward: its step's heading takes the
    /// focus, as on any change of step.
    pub by_history: bool,
}

impl Startup {
    /// The draft open last, or a new one of the set a new assessment starts
    /// with (`Registry::default_for`, which follows the profile as she fills
    /// it in); `by_history` when the browser's Back or Forward opened the
    /// page.
    pub fn current(registry: &Rc<Registry>, by_history: bool) -> Option<Rc<Startup>> {
        let default_set = registry.default_for("", None);
        let (draft, questionnaire, notices) = draft_store::load(registry, default_set);
        let (draft, questionnaire) =
            newest_check(registry, &draft).unwrap_or((draft, questionnaire));
        Some(Rc::new(Startup {
            registry: registry.clone(),
            draft,
            questionnaire,
            notices,
            by_history,
        }))
    }

    /// Another draft stored on this device, on `step`, carrying `notices`;
    /// `None` when it is not there (or cannot be read).
    pub fn stored(
        registry: &Rc<Registry>,
        id: &str,
        step: &Step,
        notices: Vec<LoadNotice>,
        by_history: bool,
    ) -> Option<Rc<Startup>> {
        // An older check of a record is kept as it was made: not there to edit.
        let record = record_store::record_of_draft(id);
        if record.as_ref().is_some_and(|r| !r.is_newest(id)) {
            return None;
        }
        let (draft, questionnaire) = draft_store::stored(id, registry)?;
        let (draft, mut questionnaire) =
            newest_check(registry, &draft).unwrap_or((draft, questionnaire));
        questionnaire.step = questionnaire.steps.resolve(step);
        Some(Rc::new(Startup {
            registry: registry.clone(),
            draft,
            questionnaire,
            notices,
            by_history,
        }))
    }

    /// The same draft on `step` rather than the step it was saved on (the
    /// step the history entry names, after a reload).
    pub fn on_step(&self, step: &Step) -> Rc<Startup> {
        let mut questionnaire = self.questionnaire.clone();
        questionnaire.step = questionnaire.steps.resolve(step);
        Rc::new(Startup {
            registry: self.registry.clone(),
            draft: self.draft.clone(),
            questionnaire,
            notices: self.notices.clone(),
            by_history: self.by_history,
        })
    }

    /// Its draft and step, as the shell names them.
    pub fn draft_step(&self) -> DraftStep {
        DraftStep::new(&self.draft.id, &self.questionnaire.step)
    }
}

/// The newest check of the record stored draft `draft` is on (a record made
/// for it when it has none), with the record's ratings and made the one open;
/// `None` when the draft is not stored (a new one, storage blocked) or the
/// record cannot be read.
fn newest_check(registry: &Registry, draft: &Draft) -> Option<(Draft, Questionnaire)> {
    draft_store::stored_revision(&draft.id)?;
    let record = record_store::ensure_record(&draft.id).ok()?;
    let _ = record_store::sync_ratings(&record.id, registry);
    let (_, newest) = record_store::open_newest(&record.id, registry).ok()?;
    let questionnaire = newest.open(registry).ok()?;
    Some((newest, questionnaire))
}
