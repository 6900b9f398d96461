//! The cell's quality rating, one row per year (`rating_row`), and above them
//! the app's reading that the ratings must reach last year.

use super::{AnswerEdit, rating_row};
use crate::domain::criteria::{RatingLevel, ScoreScale, SetList};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::{Answer, FieldTexts, YearRating, new_rating_row};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct YearlyRatingsInputProps {
    pub id: AttrValue,
    pub current_year: u16,
    /// The set's score scales (`Input::YearlyRatings::score_scales`).
    pub score_scales: SetList<ScoreScale>,
    pub answer: Option<Answer>,
    pub typed: FieldTexts,
    pub on_change: Callback<AnswerEdit>,
}

/// The edit that sets the rows to `years`, with the texts `typed`.
pub fn ratings_edit(years: Vec<YearRating>, typed: FieldTexts) -> AnswerEdit {
    AnswerEdit {
        answer: Answer::YearlyRatings { years },
        typed,
    }
}

#[component]
pub fn YearlyRatingsInput(props: &YearlyRatingsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let years: Vec<YearRating> = match &props.answer {
        Some(Answer::YearlyRatings { years }) => years.clone(),
        _ => Vec::new(),
    };
    let on_add = {
        let (years, typed, year) = (years.clone(), props.typed.clone(), props.current_year);
        props.on_change.reform(move |_: MouseEvent| {
            let mut next = years.clone();
            next.push(new_rating_row(&years, year));
            ratings_edit(next, typed.clone())
        })
    };
    let levels: Vec<AttrValue> = RatingLevel::ALL
        .iter()
        .map(|l| AttrValue::from(l.name(lang)))
        .collect();
    html! {
        <fieldset class="field field-list">
            <legend class="field-label">{ Text::RatingsLegend.get(lang) }</legend>
            <p class="field-hint">{ Text::RatingsHint.get(lang) }</p>
            <p class="field-hint reading-note">
                { i18n::ratings_reach_last_year(lang, i64::from(props.current_year) - 1) }
            </p>
            <ol class="item-list">
                { for (0..years.len()).map(|i| rating_row(lang, props, &years, i, &levels)) }
            </ol>
            <button type="button" class="button-secondary item-add" onclick={on_add}>
                <span aria-hidden="true">{ "+ " }</span>{ Text::AddYear.get(lang) }
            </button>
        </fieldset>
    }
}
