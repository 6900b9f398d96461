//! The current step's content under its heading: the profile, a condition,
//! or the result with the plan for every gap and the link to the result page
//! (`ket-qua.html`: the result sent as a link or a QR code, the form printed).

use super::inputs::AnswerEdit;
use super::set_choice::set_choice;
use super::{CriterionStep, PlanSection, ProfileStep, ResultStep};
use crate::domain::content::AssessmentContent;
use crate::domain::criteria::CriteriaSet;
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, Text};
use crate::domain::plan;
use crate::domain::questionnaire::{Action, Step};
use crate::domain::scoring::Assessment;
use crate::domain::shell::result_page;
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
    pub registry: Rc<Registry>,
}

#[component]
pub fn StepBody(props: &StepBodyProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
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
                    <section class="print-offer" aria-labelledby="send-heading">
                        <h3 id="send-heading" class="visually-hidden">{ Text::SendAndPrint.get(lang) }</h3>
                        <p class="field-hint">{ Text::SendAndPrintHint.get(lang) }</p>
                        <a class="button-primary" href={result_page::PAGE}>{ Text::SendAndPrint.get(lang) }</a>
                    </section>
                </>
            }
        }
    }
}
