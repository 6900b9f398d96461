//! The questionnaire: the notices over the draft, progress and the list of
//! steps, the current step, Back / Next. It saves after every change, follows
//! the other tabs on the same draft, and moves focus to the step's heading
//! whenever the step changes (the hooks of `super::hooks`).

use super::StepBody;
use super::draft_notices::{DraftNotices, draft_notices};
use super::hooks::{
    StepShown, use_autosave, use_back_button, use_focus_on_change, use_follow_other_tabs,
    use_tell_step,
};
use super::startup::Startup;
use super::state::QuestionnaireState;
use super::step_nav::{NextKind, StepNav};
use super::step_progress::{StepProgress, step_kicker, step_progress, step_title};
use crate::browser::clock;
use crate::domain::i18n::{Lang, Text};
use crate::domain::questionnaire::{Action, Step};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireScreenProps {
    /// The draft to continue, as loaded at start-up.
    pub startup: Rc<Startup>,
    /// Asked to open the current draft again from storage (after it moved to
    /// a newer version of its criteria set).
    pub on_reopen: Callback<()>,
    /// Told the step shown, when the screen opens and after every change of
    /// step, so that the browser's history follows (`domain::shell`).
    pub on_step: Callback<StepShown>,
}

#[component]
pub fn QuestionnaireScreen(props: &QuestionnaireScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let state = {
        let startup = props.startup.clone();
        use_reducer(move || {
            QuestionnaireState::new(startup.questionnaire.clone(), startup.registry.clone())
        })
    };
    let q = &state.questionnaire;
    let tab_notice = use_state(|| None::<Text>);
    let notify = {
        let tab_notice = tab_notice.clone();
        Callback::from(move |text| tab_notice.set(Some(text)))
    };
    let autosave = {
        let startup = props.startup.clone();
        let on_copy = notify.reform(|()| Text::ConflictCopy);
        use_autosave(q, move || startup.draft.clone(), on_copy)
    };
    let draft = autosave.draft.clone();
    // Another tab saved this draft: take its newer copy.
    let on_newer = {
        let state = state.clone();
        Callback::from(move |newer| {
            state.dispatch(Action::TakeNewer(Box::new(newer)));
            notify.emit(Text::UpdatedFromOtherTab);
        })
    };
    use_follow_other_tabs(&draft, &props.startup.registry, on_newer);
    let current_year = *use_memo((), |_| clock::current_year());
    let assessment = {
        let state = state.clone();
        use_memo((q.content.answers.clone(), current_year), move |_| {
            state.questionnaire.score(current_year)
        })
    };
    // Focus the new step's heading after a change of step (not on first load,
    // unless Back or Forward opened this draft).
    let heading = use_focus_on_change(
        state.step_changes,
        state.step_changes > 0 || props.startup.by_history,
    );

    use_tell_step(&state, &draft, &props.on_step);
    let on_back = use_back_button(&state, &draft);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let set = &q.set;
    let next = match q.steps.next(&q.step) {
        Some(Step::Result) => NextKind::Result,
        Some(_) => NextKind::Step,
        None => NextKind::None,
    };

    html! {
        <>
            { draft_notices(lang, DraftNotices {
                startup: &props.startup,
                draft: &draft,
                save_error: autosave.error.clone(),
                tab_notice: *tab_notice,
                on_reopen: &props.on_reopen,
            }) }
            { step_progress(lang, StepProgress {
                set,
                steps: &q.steps,
                step: &q.step,
                profile_answered: q.content.profile.answered(),
                assessment: &assessment,
                on_select: on_action.reform(Action::GoTo),
            }) }
            <section class="step" aria-labelledby="step-heading">
                if let Some(kicker) = step_kicker(lang, set, &q.step) {
                    <p class="step-kicker">{ kicker }</p>
                }
                <h2 id="step-heading" class="step-heading" tabindex="-1" ref={heading}>
                    { step_title(lang, set, &q.step) }
                </h2>
                <StepBody
                    registry={props.startup.registry.clone()}
                    set={set.clone()}
                    content={q.content.clone()}
                    step={q.step.clone()}
                    {assessment}
                    {current_year}
                    on_action={on_action.clone()}
                />
            </section>
            <StepNav
                can_go_back={q.steps.position(&q.step).unwrap_or(0) > 0}
                {next}
                {on_back}
                on_next={on_action.reform(|()| Action::Next)}
            />
        </>
    }
}
