//! The current step's content under its heading: the profile, a condition,
//! or the result with the plan for every gap, "In phiếu" (the form is
//! rendered only while the browser prints) and sharing the result.

use super::hooks::{Print, use_print};
use super::inputs::AnswerEdit;
use super::set_choice::set_choice;
use super::{CriterionStep, PlanSection, PrintForm, ProfileStep, ResultStep, SharePanel};
use crate::browser::{clock, record_store};
use crate::domain::content::AssessmentContent;
use crate::domain::criteria::CriteriaSet;
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, Text};
use crate::domain::plan;
use crate::domain::questionnaire::{Action, Step};
use crate::domain::scoring::Assessment;
use crate::domain::share_link::RecordStatus;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepBodyProps {
    pub set: Rc<CriteriaSet>,
    pub content: AssessmentContent,
    pub step: Step,
    pub assessment: Rc<Assessment>,
    pub current_year: u16,
    /// Every edit, and a condition chosen on the result, as the core's action.
    pub on_action: Callback<Action>,
    /// The open draft, a check of its cell's record.
    pub draft_id: AttrValue,
    pub registry: Rc<Registry>,
    /// Where the cell stands on its record (registered, appraised), sent with
    /// the result link when there is something to say.
    #[prop_or_default]
    pub record_status: Option<RecordStatus>,
}

#[component]
pub fn StepBody(props: &StepBodyProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let Print { printing, on_print } = use_print();
    // The record and its checks, read while printing only: its history is
    // printed after the form.
    let printed_record = {
        let (id, registry) = (props.draft_id.clone(), props.registry.clone());
        use_memo(printing, move |printing| {
            printing
                .then(|| record_store::loaded_of_draft(&id, &registry))
                .flatten()
                .map(Rc::new)
        })
    };
    let StepBodyProps {
        set,
        content,
        assessment,
        current_year,
        on_action,
        ..
    } = props;
    match &props.step {
        Step::Profile => html! {
            <ProfileStep
                profile={content.profile.clone()}
                current_year={*current_year}
                on_edit={on_action.reform(Action::EditProfile)}
            >
                { set_choice(lang, &props.registry, set, on_action) }
            </ProfileStep>
        },
        Step::Criterion(id) => match (set.criterion(id), assessment.result(id)) {
            (Some(criterion), Some(result)) => {
                let on_answer = {
                    let id = id.clone();
                    on_action.reform(move |edit: AnswerEdit| {
                        Action::Answer(id.clone(), edit.answer, edit.typed)
                    })
                };
                let on_note = {
                    let id = id.clone();
                    on_action.reform(move |note| Action::Note(id.clone(), note))
                };
                html! {
                    <CriterionStep
                        set={set.clone()}
                        criterion={criterion.clone()}
                        answer={content.answers.answers.get(id).cloned()}
                        typed={content.answers.typed.get(id).cloned().unwrap_or_default()}
                        result={result.clone()}
                        note={AttrValue::from(content.notes.get(id).cloned().unwrap_or_default())}
                        current_year={*current_year}
                        {on_answer}
                        {on_note}
                    />
                }
            }
            _ => html! {},
        },
        Step::Result => {
            let plan_rows = plan::rows(set, assessment, &content.plan, lang);
            html! {
                <>
                    <ResultStep set={set.clone()} assessment={(**assessment).clone()} on_select={Some(on_action.reform(Action::GoTo))} />
                    <PlanSection set={set.clone()} rows={plan_rows.clone()} on_edit={on_action.reform(|(id, edit)| Action::Plan(id, edit))} />
                    <section class="print-offer" aria-labelledby="print-heading">
                        <h3 id="print-heading" class="visually-hidden">{ Text::PrintButton.get(lang) }</h3>
                        <p class="field-hint">{ Text::PrintHint.get(lang) }</p>
                        <button type="button" class="button-primary" onclick={on_print}>
                            { Text::PrintButton.get(lang) }
                        </button>
                    </section>
                    // Only while printing: hidden text would double every line of the screen.
                    if printing {
                        <PrintForm
                            set={set.clone()}
                            profile={content.profile.clone()}
                            answers={content.answers.clone()}
                            notes={content.notes.clone()}
                            assessment={(**assessment).clone()}
                            plan={plan_rows}
                            today={clock::today()}
                            record={(*printed_record).clone()}
                            fingerprint={props.registry.fingerprint(&set.id, set.version)}
                        />
                    }
                    <SharePanel
                        set={set.clone()}
                        registry={props.registry.clone()}
                        profile={content.profile.clone()}
                        answers={content.answers.clone()}
                        notes={content.notes.clone()}
                        record={props.record_status.clone()}
                    />
                </>
            }
        }
    }
}
