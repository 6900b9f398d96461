//! The questionnaire's part in the browser's history: every change of step
//! is told to the shell (`domain::shell`), which keeps the history in step
//! with it; and Quay lại, which goes through the history when the entry under
//! this one is the step before, so that it and Back agree.

use super::SavedDraft;
use crate::browser::screen_history;
use crate::domain::questionnaire::{Action, Step, StepMove};
use crate::domain::shell::history::{self, BackButton};
use crate::ui::state::QuestionnaireState;
use yew::prelude::*;

/// The step the questionnaire shows, and how it came to it; `visit` moves it
/// when the browser's history moves (Back, Forward).
#[derive(Clone, PartialEq)]
pub struct StepShown {
    /// The open draft's id.
    pub draft: String,
    pub step: Step,
    pub change: StepMove,
    pub visit: Callback<Step>,
}

/// Tells `on_step` the step shown, when the screen opens and after every
/// change of step (after the save, so the draft id is the one saved).
#[hook]
pub fn use_tell_step(
    state: &UseReducerHandle<QuestionnaireState>,
    draft: &SavedDraft,
    on_step: &Callback<StepShown>,
) {
    let on_step = on_step.clone();
    let draft = draft.clone();
    let state = state.clone();
    let deps = (state.questionnaire.step.clone(), state.step_changes);
    use_effect_with(deps, move |(step, _)| {
        let visit = {
            let state = state.clone();
            Callback::from(move |step| state.dispatch(Action::Visit(step)))
        };
        on_step.emit(StepShown {
            draft: draft.borrow().id.clone(),
            step: step.clone(),
            change: state.questionnaire.last_move,
            visit,
        });
    });
}

/// Quay lại: the step before in the set's order; through the history when
/// the entry under this one is that step (`history::back_button`). Made anew
/// each render, so that it reads the step shown now.
#[hook]
pub fn use_back_button(
    state: &UseReducerHandle<QuestionnaireState>,
    draft: &SavedDraft,
) -> Callback<()> {
    let state = state.clone();
    let draft = draft.clone();
    Callback::from(move |()| {
        let current = screen_history::current();
        let id = draft.borrow().id.clone();
        let q = &state.questionnaire;
        match history::back_button(current.as_ref(), &id, &q.steps, &q.step) {
            BackButton::History => screen_history::back(),
            BackButton::Previous => state.dispatch(Action::Back),
        }
    })
}
