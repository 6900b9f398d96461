//! Glue between the core's state and Yew: the reducer only calls the core,
//! and keeps beside it what only the screen needs.

use crate::domain::criteria::Registry;
use crate::domain::profile::{ProfileEdit, TextField};
use crate::domain::questionnaire::{Action, Questionnaire};
use std::rc::Rc;
use yew::prelude::*;

/// The questionnaire screen's state: the core [`Questionnaire`], and a count
/// of the changes of step made on this screen, so that focus moves to the new
/// step's heading when (and only when) she moves or the browser's history
/// does. A newer copy taken from another tab moves no focus.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionnaireState {
    pub questionnaire: Questionnaire,
    pub step_changes: u32,
    /// The sets she may assess with: the set follows the cell's province and
    /// year until she answers (`Questionnaire::follow_place`).
    pub registry: Rc<Registry>,
}

impl QuestionnaireState {
    pub fn new(questionnaire: Questionnaire, registry: Rc<Registry>) -> QuestionnaireState {
        QuestionnaireState {
            questionnaire,
            step_changes: 0,
            registry,
        }
    }
}

impl Reducible for QuestionnaireState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        let taken = matches!(action, Action::TakeNewer(_));
        let before = next.questionnaire.step.clone();
        let place = matches!(
            action,
            Action::EditProfile(ProfileEdit::Text(TextField::Province, _) | ProfileEdit::Year(_))
        );
        next.questionnaire.apply(action);
        if place {
            next.questionnaire.follow_place(&next.registry);
        }
        if !taken && next.questionnaire.step != before {
            next.step_changes = next.step_changes.wrapping_add(1);
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::{DEFAULT_SET_ID, Registry};
    use crate::domain::questionnaire::{Step, Steps};

    fn reduce(state: Rc<QuestionnaireState>, action: Action) -> Rc<QuestionnaireState> {
        state.reduce(action)
    }

    #[test]
    fn every_change_of_step_counts_except_a_copy_taken_from_another_tab() {
        let registry = Registry::bundled();
        let set = Rc::new(registry.latest(DEFAULT_SET_ID).unwrap().clone());
        let mut q = Questionnaire::new(set);
        q.steps = Steps::new(["c1", "c2"]);
        let mut state = Rc::new(QuestionnaireState::new(q, Rc::new(Registry::bundled())));
        let counted =
            |state: &QuestionnaireState| (state.questionnaire.step.clone(), state.step_changes);
        // Back on the profile, Next on the result: no change, no count.
        state = reduce(state, Action::Back);
        assert_eq!(counted(&state), (Step::Profile, 0));
        state = reduce(state, Action::Next);
        assert_eq!(counted(&state), (Step::Criterion("c1".into()), 1));
        state = reduce(state, Action::GoTo(Step::Result));
        state = reduce(state, Action::Next);
        assert_eq!(counted(&state), (Step::Result, 2));
        // The browser's Back or Forward moves focus like any change of step.
        state = reduce(state, Action::Visit(Step::Profile));
        assert_eq!(counted(&state), (Step::Profile, 3));
        state = reduce(state, Action::Visit(Step::Profile));
        assert_eq!(state.step_changes, 3);
        // Editing is no change of step.
        state = reduce(state, Action::Note("c1".into(), "Biên bản".into()));
        assert_eq!(state.step_changes, 3);
        // Another tab's step is taken without moving focus.
        let mut newer = state.questionnaire.clone();
        newer.step = Step::Criterion("c2".into());
        state = reduce(state, Action::TakeNewer(Box::new(newer)));
        assert_eq!(counted(&state), (Step::Criterion("c2".into()), 3));
    }
}
