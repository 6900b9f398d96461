//! The questionnaire: progress, the list of steps, the current step, Back / Next.
//! Focus moves to the step's heading whenever the step changes.

use super::StorageNotice;
use super::app::Startup;
use super::inputs::AnswerEdit;
use super::state::QuestionnaireState;
use super::status_box::status_icon;
use super::step_list::{StepEntry, StepList};
use super::step_nav::{NextKind, StepNav};
use super::{
    CriterionStep, InAppNotice, PlanSection, PrintForm, ProfileStep, ResultStep, SharePanel,
};
use crate::browser::storage::StorageError;
use crate::browser::window_event::WindowListener;
use crate::browser::{clock, document, download, draft_store, screen_history};
use crate::domain::criteria::CriteriaSet;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::navigation::{self, BackButton};
use crate::domain::plan;
use crate::domain::profile::CellProfile;
use crate::domain::questionnaire::{Action, Step, StepMove};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireScreenProps {
    /// The draft to continue, as loaded at start-up.
    pub startup: Rc<Startup>,
    /// Asked to open the current draft again from storage (after it moved to
    /// a newer version of its criteria set).
    pub on_reopen: Callback<()>,
    /// Told the step shown, when the screen opens and after every change of
    /// step, so that the browser's history follows (`navigation`).
    pub on_step: Callback<StepShown>,
}

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

#[component]
pub fn QuestionnaireScreen(props: &QuestionnaireScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let state = {
        let startup = props.startup.clone();
        use_reducer(move || QuestionnaireState::new(startup.questionnaire.clone()))
    };
    // The draft as last saved (or kept in memory when saving failed).
    let draft = {
        let startup = props.startup.clone();
        use_mut_ref(move || startup.draft.clone())
    };
    let save_error = use_state(|| None::<StorageError>);
    let tab_notice = use_state(|| None::<Text>);
    // Save after every change: a new revision of the draft. If another tab has
    // saved a newer revision meanwhile, this tab's content goes to a copy of its
    // own instead of overwriting that one.
    {
        let draft = draft.clone();
        let save_error = save_error.clone();
        let tab_notice = tab_notice.clone();
        use_effect_with(state.questionnaire.clone(), move |q| {
            let mut draft = draft.borrow_mut();
            if !draft.same_content(q) {
                let (next, copied) = draft.next_save(
                    q,
                    draft_store::now(),
                    draft_store::stored_revision(&draft.id),
                    draft_store::new_id,
                );
                if copied {
                    tab_notice.set(Some(Text::ConflictCopy));
                }
                let result = draft_store::save(&next);
                *draft = next;
                if *save_error != result.clone().err() {
                    save_error.set(result.err());
                }
            }
        });
    }
    // Another tab saved this draft: take its newer copy.
    {
        let draft = draft.clone();
        let state = state.clone();
        let tab_notice = tab_notice.clone();
        let registry = props.startup.registry.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    let id = draft.borrow().id.clone();
                    if event.key() != Some(draft_store::draft_key(&id)) {
                        return;
                    }
                    if let Some((newer, questionnaire)) = draft_store::stored(&id, &registry)
                        && newer.revision > draft.borrow().revision
                    {
                        *draft.borrow_mut() = newer;
                        state.dispatch(Action::TakeNewer(Box::new(questionnaire)));
                        tab_notice.set(Some(Text::UpdatedFromOtherTab));
                    }
                },
            );
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let on_export = {
        let draft = draft.clone();
        Callback::from(move |()| {
            let draft = draft.borrow();
            let name = format!("tsvmtd-ban-nhap-{}.json", draft.id);
            download::offer(
                &name,
                "application/json",
                &crate::domain::draft::write(&draft),
            );
        })
    };
    // A newer version of the draft's criteria set: offer to move to it.
    let newer = props
        .startup
        .draft
        .newer_set(&props.startup.registry)
        .map(|set| (set.title.get(lang).to_owned(), set.version));
    let on_move_to_newer = {
        let draft = draft.clone();
        let registry = props.startup.registry.clone();
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
    let on_export_raw = Callback::from(|key: String| {
        if let Some(text) = draft_store::raw_text(&key) {
            download::offer(
                "tsvmtd-ban-nhap-khong-doc-duoc.json",
                "application/json",
                &text,
            );
        }
    });
    let current_year = *use_memo((), |_| clock::current_year());
    let assessment = {
        let state = state.clone();
        use_memo(
            (state.questionnaire.content.answers.clone(), current_year),
            move |_| state.questionnaire.score(current_year),
        )
    };
    let heading = use_node_ref();

    // Focus the new step's heading after a change of step (not on first load,
    // unless Back or Forward opened this draft).
    {
        let heading = heading.clone();
        let by_history = props.startup.by_history;
        use_effect_with(state.step_changes, move |changes| {
            if (*changes > 0 || by_history)
                && let Some(heading) = heading.cast::<HtmlElement>()
            {
                let _ = heading.focus();
            }
        });
    }

    // Every change of step is told to the shell, which keeps the browser's
    // history in step with it (after the save above, so the draft id is the
    // one saved).
    {
        let on_step = props.on_step.clone();
        let draft = draft.clone();
        let state = state.clone();
        use_effect_with(
            (state.questionnaire.step.clone(), state.step_changes),
            move |(step, _)| {
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
            },
        );
    }
    // Quay lại: the step before in the set's order; through the history when
    // the entry under this one is that step, so that it and Back agree.
    let on_back = {
        let state = state.clone();
        let draft = draft.clone();
        Callback::from(move |()| {
            let current = screen_history::current();
            let id = draft.borrow().id.clone();
            match navigation::back_button(
                current.as_ref(),
                &id,
                &state.questionnaire.steps,
                &state.questionnaire.step,
            ) {
                BackButton::History => screen_history::back(),
                BackButton::Previous => state.dispatch(Action::Back),
            }
        })
    };
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

    // The printed form is rendered while the browser prints: from "In phiếu"
    // (then the dialog opens once it is rendered) or from the browser's own
    // menu (`beforeprint` renders it before the page is laid out for paper).
    let printing = use_state(|| false);
    let print_requests = use_state(|| 0u32);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let before = {
                let printing = printing.clone();
                WindowListener::new("beforeprint", move || printing.set(true))
            };
            let after = WindowListener::new("afterprint", move || printing.set(false));
            move || drop((before, after))
        });
    }
    use_effect_with(*print_requests, |requests| {
        if *requests > 0 {
            document::print();
        }
    });
    let on_print = {
        let printing = printing.clone();
        let print_requests = print_requests.clone();
        Callback::from(move |_: MouseEvent| {
            printing.set(true);
            print_requests.set(*print_requests + 1);
        })
    };
    let on_plan_edit = {
        let state = state.clone();
        Callback::from(move |(id, edit)| state.dispatch(Action::Plan(id, edit)))
    };
    let plan_rows = plan::rows(
        &state.questionnaire.set,
        &assessment,
        &state.questionnaire.content.plan,
        lang,
    );
    let set = &state.questionnaire.set;
    let total = state.questionnaire.steps.len();
    let position = state
        .questionnaire
        .steps
        .position(&state.questionnaire.step)
        .unwrap_or(0);
    let entries: Vec<StepEntry> = state
        .questionnaire
        .steps
        .iter()
        .map(|step| StepEntry {
            step: step.clone(),
            label: step_title(lang, set, step),
            status: match step {
                Step::Profile => Some(
                    format!(
                        "{}/{}",
                        state.questionnaire.content.profile.answered(),
                        CellProfile::QUESTIONS
                    )
                    .into(),
                ),
                Step::Criterion(id) => assessment.result(id).map(|r| {
                    AttrValue::from(format!(
                        "{} {}",
                        status_icon(r.status),
                        r.status.label(lang)
                    ))
                }),
                Step::Result => None,
            },
        })
        .collect();
    let next = match state.questionnaire.steps.next(&state.questionnaire.step) {
        Some(Step::Result) => NextKind::Result,
        Some(_) => NextKind::Step,
        None => NextKind::None,
    };
    let body = match &state.questionnaire.step {
        Step::Profile => html! {
            <ProfileStep profile={state.questionnaire.content.profile.clone()} {current_year} on_edit={on_profile_edit} />
        },
        Step::Criterion(id) => match (set.criterion(id), assessment.result(id)) {
            (Some(criterion), Some(result)) => {
                let on_answer = {
                    let state = state.clone();
                    let id = id.clone();
                    Callback::from(move |edit: AnswerEdit| {
                        state.dispatch(Action::Answer(id.clone(), edit.answer, edit.typed))
                    })
                };
                let on_note = {
                    let state = state.clone();
                    let id = id.clone();
                    Callback::from(move |note| state.dispatch(Action::Note(id.clone(), note)))
                };
                html! {
                    <CriterionStep
                        set={set.clone()}
                        criterion={criterion.clone()}
                        answer={state.questionnaire.content.answers.answers.get(id).cloned()}
                        typed={state.questionnaire.content.answers.typed.get(id).cloned().unwrap_or_default()}
                        result={result.clone()}
                        note={AttrValue::from(state.questionnaire.content.notes.get(id).cloned().unwrap_or_default())}
                        {current_year}
                        {on_answer}
                        {on_note}
                    />
                }
            }
            _ => html! {},
        },
        Step::Result => html! {
            <>
                <ResultStep set={set.clone()} assessment={(*assessment).clone()} on_select={Some(on_select.clone())} />
                <PlanSection set={set.clone()} rows={plan_rows.clone()} on_edit={on_plan_edit} />
                <section class="print-offer" aria-labelledby="print-heading">
                    <h3 id="print-heading" class="visually-hidden">{ Text::PrintButton.get(lang) }</h3>
                    <p class="field-hint">{ Text::PrintHint.get(lang) }</p>
                    <button type="button" class="button-primary" onclick={on_print}>
                        { Text::PrintButton.get(lang) }
                    </button>
                </section>
                // Only while printing: hidden text would double every line of the screen.
                if *printing {
                    <PrintForm
                        set={set.clone()}
                        profile={state.questionnaire.content.profile.clone()}
                        answers={state.questionnaire.content.answers.clone()}
                        notes={state.questionnaire.content.notes.clone()}
                        assessment={(*assessment).clone()}
                        plan={plan_rows.clone()}
                        today={clock::today()}
                    />
                }
                <SharePanel
                    set={set.clone()}
                    profile={state.questionnaire.content.profile.clone()}
                    answers={state.questionnaire.content.answers.clone()}
                    notes={state.questionnaire.content.notes.clone()}
                />
            </>
        },
    };
    let kicker = match &state.questionnaire.step {
        Step::Criterion(id) => set
            .criteria
            .iter()
            .position(|c| &c.id == id)
            .map(|i| i18n::criterion_number(lang, i + 1, set.criteria.len())),
        _ => None,
    };
    // Width of the progress bar, in percent of the whole.
    let done = (position + 1) * 100 / total.max(1);

    html! {
        <>
            if let Some((title, version)) = newer {
                <div class="notice" role="status">
                    <p>{ i18n::newer_set_available(lang, &title, props.startup.draft.content.answers.set_version, version) }</p>
                    <button type="button" class="button-secondary" onclick={on_move_to_newer}>{ Text::MoveToNewerSet.get(lang) }</button>
                </div>
            }
            if let Some(notice) = *tab_notice {
                <div class="notice" role="status"><p>{ notice.get(lang) }</p></div>
            }
            <InAppNotice on_export={on_export.clone()} />
            <StorageNotice
                notices={props.startup.notices.clone()}
                save_error={(*save_error).clone()}
                {on_export}
                {on_export_raw}
            />
            <div class="progress">
                <p class="progress-text">{ i18n::step_progress(lang, position + 1, total) }</p>
                <div class="progress-bar" aria-hidden="true">
                    <div class="progress-bar-fill" style={format!("width: {done}%")}></div>
                </div>
                <StepList entries={entries} current={state.questionnaire.step.clone()} {on_select} />
            </div>
            <section class="step" aria-labelledby="step-heading">
                if let Some(kicker) = kicker {
                    <p class="step-kicker">{ kicker }</p>
                }
                <h2 id="step-heading" class="step-heading" tabindex="-1" ref={heading}>
                    { step_title(lang, set, &state.questionnaire.step) }
                </h2>
                { body }
            </section>
            <StepNav
                can_go_back={position > 0}
                {next}
                {on_back}
                on_next={dispatch(|| Action::Next)}
            />
        </>
    }
}

fn step_title(lang: Lang, set: &CriteriaSet, step: &Step) -> AttrValue {
    match step {
        Step::Profile => Text::ProfileHeading.get(lang).into(),
        Step::Criterion(id) => set
            .criterion(id)
            .map(|c| AttrValue::from(c.title.get(lang).to_owned()))
            .unwrap_or_else(|| AttrValue::from(id.clone())),
        Step::Result => Text::ResultHeading.get(lang).into(),
    }
}
