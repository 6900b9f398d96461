//! The questionnaire: progress, the list of steps, the current step, Back / Next.
//! Focus moves to the step's heading whenever the step changes.

use super::step_list::{StepEntry, StepList};
use super::step_nav::{NextKind, StepNav};
use super::{ProfileStep, ResultStep};
use crate::browser::clock;
use crate::i18n::{self, Lang, Text};
use crate::questionnaire::{Action, Questionnaire, Step, Steps};
use web_sys::HtmlElement;
use yew::prelude::*;

#[component]
pub fn QuestionnaireScreen() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let state = use_reducer(|| Questionnaire::new(Steps::new(Vec::<String>::new())));
    let current_year = *use_memo((), |_| clock::current_year());
    let heading = use_node_ref();

    // Focus the new step's heading after a change of step (not on first load).
    {
        let heading = heading.clone();
        use_effect_with(state.step_changes, move |changes| {
            if *changes > 0
                && let Some(heading) = heading.cast::<HtmlElement>()
            {
                let _ = heading.focus();
            }
        });
    }

    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |step| state.dispatch(Action::GoTo(step)))
    };
    let on_profile_edit = {
        let state = state.clone();
        Callback::from(move |edit| state.dispatch(Action::EditProfile(edit)))
    };

    let position = state.steps.position(&state.step).unwrap_or(0);
    let total = state.steps.len();
    let title = step_title(lang, &state.step);
    let entries: Vec<StepEntry> = state
        .steps
        .iter()
        .map(|step| StepEntry {
            step: step.clone(),
            label: step_title(lang, step),
            status: match step {
                Step::Profile => Some(
                    format!(
                        "{}/{}",
                        state.profile.answered(),
                        crate::profile::CellProfile::QUESTIONS
                    )
                    .into(),
                ),
                _ => None,
            },
        })
        .collect();
    let next = match state.steps.next(&state.step) {
        Some(Step::Result) => NextKind::Result,
        Some(_) => NextKind::Step,
        None => NextKind::None,
    };
    let body = match &state.step {
        Step::Profile => html! {
            <ProfileStep profile={state.profile.clone()} {current_year} on_edit={on_profile_edit} />
        },
        Step::Criterion(_) => html! {},
        Step::Result => html! { <ResultStep /> },
    };
    // Width of the progress bar, in percent of the whole.
    let done = (position + 1) * 100 / total.max(1);

    html! {
        <>
            <div class="progress">
                <p class="progress-text">{ i18n::step_progress(lang, position + 1, total) }</p>
                <div class="progress-bar" aria-hidden="true">
                    <div class="progress-bar-fill" style={format!("width: {done}%")}></div>
                </div>
                <StepList entries={entries} current={state.step.clone()} {on_select} />
            </div>
            <section class="step" aria-labelledby="step-heading">
                <h2 id="step-heading" class="step-heading" tabindex="-1" ref={heading}>{ title }</h2>
                { body }
            </section>
            <StepNav
                can_go_back={position > 0}
                {next}
                on_back={dispatch(|| Action::Back)}
                on_next={dispatch(|| Action::Next)}
            />
        </>
    }
}

fn step_title(lang: Lang, step: &Step) -> AttrValue {
    match step {
        Step::Profile => Text::ProfileHeading.get(lang).into(),
        Step::Criterion(id) => AttrValue::from(id.clone()),
        Step::Result => Text::ResultHeading.get(lang).into(),
    }
}
