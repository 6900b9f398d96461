//! The cell's quality rating, one row per year: year, level, optional score;
//! beside each row, the level its score gives (or why it gives none), and
//! above them the app's reading that the ratings must reach last year.

use super::AnswerEdit;
use crate::domain::criteria::{RatingLevel, ScoreScale, SetList};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::{
    Answer, FieldTexts, NumberEntry, YearRating, rating_score_key, rating_year_key,
    without_rating_row, year_note,
};
use crate::ui::{NumberField, SelectField};
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

#[component]
pub fn YearlyRatingsInput(props: &YearlyRatingsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let years: Vec<YearRating> = match &props.answer {
        Some(Answer::YearlyRatings { years }) => years.clone(),
        _ => Vec::new(),
    };
    let emit = {
        let on_change = props.on_change.clone();
        move |years: Vec<YearRating>, typed: FieldTexts| {
            on_change.emit(AnswerEdit {
                answer: Answer::YearlyRatings { years },
                typed,
            })
        }
    };
    let typed_text = |key: &str| props.typed.get(key).map(|t| AttrValue::from(t.clone()));
    // A new row is the year before the earliest one entered, or last year.
    let on_add = {
        let years = years.clone();
        let emit = emit.clone();
        let typed = props.typed.clone();
        let last_year = i64::from(props.current_year) - 1;
        Callback::from(move |_: MouseEvent| {
            let year = years
                .iter()
                .map(|y| y.year)
                .min()
                .map_or(last_year, |y| y - 1);
            let mut next = years.clone();
            next.push(YearRating {
                year,
                level: None,
                score_tenths: None,
            });
            emit(next, typed.clone());
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
                { for years.iter().enumerate().map(|(i, row)| {
                    // A row always has a year: an emptied year field is kept as
                    // typed (the condition says so) until she types a year.
                    let update = |key: String, required: bool, apply: fn(&mut YearRating, Option<i64>)| {
                        let years = years.clone();
                        let emit = emit.clone();
                        let typed = props.typed.clone();
                        Callback::from(move |entry: NumberEntry| {
                            let entry = match entry {
                                NumberEntry::Value(None) if required => NumberEntry::Text(String::new()),
                                entry => entry,
                            };
                            let mut typed = typed.clone();
                            let value = entry.record(&mut typed, &key);
                            let mut next = years.clone();
                            apply(&mut next[i], value);
                            emit(next, typed);
                        })
                    };
                    let on_level = {
                        let years = years.clone();
                        let emit = emit.clone();
                        let typed = props.typed.clone();
                        Callback::from(move |index: Option<usize>| {
                            let mut next = years.clone();
                            next[i].level = index.and_then(|k| RatingLevel::ALL.get(k).copied());
                            emit(next, typed.clone());
                        })
                    };
                    let on_remove = {
                        let years = years.clone();
                        let emit = emit.clone();
                        let typed = props.typed.clone();
                        Callback::from(move |_: MouseEvent| {
                            let mut next = years.clone();
                            next.remove(i);
                            emit(next, without_rating_row(&typed, i));
                        })
                    };
                    let row_id = format!("{}-{}", props.id, i + 1);
                    let note = year_note(&props.score_scales, row);
                    html! {
                        <li class="rating-row">
                            <NumberField
                                id={format!("{row_id}-year")}
                                label={Text::RatingYear.get(lang)}
                                value={Some(row.year)}
                                typed={typed_text(&rating_year_key(i))}
                                on_change={update(rating_year_key(i), true, |r, v| {
                                    if let Some(year) = v {
                                        r.year = year;
                                    }
                                })}
                            />
                            <SelectField
                                id={format!("{row_id}-level")}
                                label={format!("{} {}", Text::RatingLevelLabel.get(lang), row.year)}
                                options={levels.clone()}
                                value={row.level.and_then(|l| RatingLevel::ALL.iter().position(|x| *x == l))}
                                empty_label={Text::NotChosen.get(lang)}
                                on_change={on_level}
                            />
                            <NumberField
                                id={format!("{row_id}-score")}
                                label={format!("{} {}", Text::RatingScore.get(lang), row.year)}
                                value={row.score_tenths}
                                decimals={1}
                                typed={typed_text(&rating_score_key(i))}
                                on_change={update(rating_score_key(i), false, |r, v| r.score_tenths = v)}
                            />
                            // What the score means for the level (the status
                            // box, a live region, announces it as well).
                            if let Some(note) = note {
                                <p class="field-hint rating-reading">{ note.get(lang).to_owned() }</p>
                            }
                            <button
                                type="button"
                                class="button-secondary"
                                onclick={on_remove}
                            >
                                { format!("{} {}", Text::RemoveYear.get(lang), row.year) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button-secondary item-add" onclick={on_add}>
                <span aria-hidden="true">{ "+ " }</span>{ Text::AddYear.get(lang) }
            </button>
        </fieldset>
    }
}
