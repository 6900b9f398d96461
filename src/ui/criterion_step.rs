//! One criterion: the plain question, the source wording (collapsed), help,
//! the inputs of its kind, the live status, notes and suggested evidence.

use super::inputs::{AnswerEdit, AnswerInput};
use super::{NotesField, StatusBox};
use crate::domain::criteria::{CriteriaSet, Criterion};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::questionnaire::{MAX_NOTE_CHARS, note_too_long};
use crate::domain::scoring::{Answer, CriterionResult, FieldTexts};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CriterionStepProps {
    pub set: Rc<CriteriaSet>,
    pub criterion: Criterion,
    pub answer: Option<Answer>,
    /// Texts typed in its number fields that are not values.
    pub typed: FieldTexts,
    pub result: CriterionResult,
    pub note: AttrValue,
    pub current_year: u16,
    pub on_answer: Callback<AnswerEdit>,
    pub on_note: Callback<String>,
}

#[component]
pub fn CriterionStep(props: &CriterionStepProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let c = &props.criterion;
    let source = &props.set.source;
    html! {
        <div class="step-body">
            <p class="question">{ c.question.get(lang) }</p>
            <details class="source-wording">
                <summary>{ Text::SourceWording.get(lang) }</summary>
                <blockquote lang="vi">{ c.source_text.clone() }</blockquote>
                <p class="field-hint">{ i18n::quoted_from(lang, &source.document, &source.published_in, &source.date) }</p>
            </details>
            <p class="help">{ c.help.get(lang) }</p>
            <AnswerInput
                criterion={c.clone()}
                answer={props.answer.clone()}
                typed={props.typed.clone()}
                current_year={props.current_year}
                on_change={props.on_answer.clone()}
            />
            <StatusBox result={props.result.clone()} heading={Text::StatusHeading.get(lang)} />
            <NotesField
                id={format!("notes-{}", c.id)}
                label={Text::NotesLabel.get(lang)}
                hint={AttrValue::from(Text::NotesHint.get(lang))}
                value={props.note.clone()}
                max_chars={Some(MAX_NOTE_CHARS)}
                error={note_too_long(&props.note).map(|chars| AttrValue::from(i18n::too_long(lang, chars, MAX_NOTE_CHARS)))}
                on_input={props.on_note.clone()}
            />
            if !c.evidence.is_empty() {
                <details class="evidence">
                    <summary>{ Text::EvidenceHeading.get(lang) }</summary>
                    <ul>
                        { for c.evidence.iter().map(|e| html! { <li>{ e.get(lang) }</li> }) }
                    </ul>
                </details>
            }
        </div>
    }
}
