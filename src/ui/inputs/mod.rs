//! One input component per input kind of the criteria model. Each shows the
//! fields its kind needs, prefilled from the answer, and reports a whole new
//! answer on every edit, with the texts typed in its number fields that are
//! not values; scoring (the core) decides what it means.

mod checklist_input;
mod counts_input;
mod household_rates_input;
mod named_items_input;
mod organisation_row;
mod organisations_input;
mod other_organisation;
mod rating_row;
mod reference_fields;
mod yearly_ratings_input;
mod yes_no_input;

use crate::domain::criteria::{Criterion, Input};
use crate::domain::i18n::Lang;
use crate::domain::scoring::{Answer, FieldTexts};
use yew::prelude::*;

pub use checklist_input::ChecklistInput;
pub use counts_input::CountsInput;
pub use household_rates_input::HouseholdRatesInput;
pub use named_items_input::NamedItemsInput;
pub use organisations_input::OrganisationsInput;
pub use yearly_ratings_input::YearlyRatingsInput;
pub use yes_no_input::YesNoInput;

use organisation_row::organisation_row;
use other_organisation::other_organisation;
use rating_row::rating_row;
use reference_fields::reference_fields;

#[derive(Properties, PartialEq)]
pub struct AnswerInputProps {
    pub criterion: Criterion,
    /// The stored answer; `None` (or one of another kind) shows empty fields.
    pub answer: Option<Answer>,
    /// Texts typed in its number fields that are not values, by field key.
    pub typed: FieldTexts,
    pub current_year: u16,
    pub on_change: Callback<AnswerEdit>,
}

/// An edit of a criterion's answer: the whole new answer, and the texts typed
/// in its number fields that are not values.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerEdit {
    pub answer: Answer,
    pub typed: FieldTexts,
}

/// The text typed in the number field `key` that is not a value, if any.
fn typed_text(typed: &FieldTexts, key: &str) -> Option<AttrValue> {
    typed.get(key).map(|t| AttrValue::from(t.clone()))
}

/// The input for a criterion, by its kind; above it, the set's reading of
/// the source where the source is silent (`Criterion::reading`).
#[component]
pub fn AnswerInput(props: &AnswerInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let id = AttrValue::from(format!("answer-{}", props.criterion.id));
    let answer = props.answer.clone();
    let typed = props.typed.clone();
    let on_edit = props.on_change.clone();
    // The kinds without number fields leave the typed texts as they are.
    let on_change = {
        let typed = typed.clone();
        props.on_change.reform(move |answer| AnswerEdit {
            answer,
            typed: typed.clone(),
        })
    };
    let reading = props.criterion.reading.as_ref().map(|r| {
        html! { <p class="field-hint reading-note">{ r.get(lang).to_owned() }</p> }
    });
    let input = match &props.criterion.input {
        Input::YesNo => {
            html! { <YesNoInput {id} question={props.criterion.question.clone()} {answer} {on_change} /> }
        }
        Input::Counts { groups, .. } => {
            html! { <CountsInput {id} groups={groups.clone()} {answer} {typed} on_change={on_edit} /> }
        }
        Input::NamedItems { min, unit } => {
            html! { <NamedItemsInput {id} min={*min} unit={unit.clone()} {answer} {on_change} /> }
        }
        Input::HouseholdRates { references } => html! {
            <HouseholdRatesInput {id} references={references.clone()} current_year={props.current_year} {answer} {typed} on_change={on_edit} />
        },
        Input::YearlyRatings { score_scales, .. } => html! {
            <YearlyRatingsInput {id} current_year={props.current_year} score_scales={score_scales.clone()} {answer} {typed} on_change={on_edit} />
        },
        Input::Checklist { parts } => {
            html! { <ChecklistInput {id} parts={parts.clone()} {answer} {on_change} /> }
        }
        Input::Organisations { organisations } => html! {
            <OrganisationsInput {id} organisations={organisations.clone()} {answer} {on_change} />
        },
    };
    html! { <>{ reading }{ input }</> }
}
