//! One year's rating: the year, the level, the optional score; beside them,
//! the level the score gives (or why it gives none), and "remove".

use super::typed_text;
use super::yearly_ratings_input::{YearlyRatingsInputProps, ratings_edit};
use crate::domain::criteria::RatingLevel;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{
    NumberEntry, YearRating, rating_score_key, rating_year_key, without_rating_row, year_note,
};
use crate::ui::{NumberField, SelectField};
use yew::prelude::*;

/// The row `i` of `years`; `levels` are the names of `RatingLevel::ALL`.
pub fn rating_row(
    lang: Lang,
    props: &YearlyRatingsInputProps,
    years: &[YearRating],
    i: usize,
    levels: &[AttrValue],
) -> Html {
    let row = &years[i];
    // A row always has a year: an emptied year field is kept as typed (the
    // condition says so) until she types a year.
    let update = |key: String, required: bool, apply: fn(&mut YearRating, Option<i64>)| {
        let (years, typed) = (years.to_vec(), props.typed.clone());
        props.on_change.reform(move |entry: NumberEntry| {
            let entry = if required { entry.required() } else { entry };
            let mut typed = typed.clone();
            let value = entry.record(&mut typed, &key);
            let mut next = years.clone();
            apply(&mut next[i], value);
            ratings_edit(next, typed)
        })
    };
    let on_level = {
        let (years, typed) = (years.to_vec(), props.typed.clone());
        props.on_change.reform(move |index: Option<usize>| {
            let mut next = years.clone();
            next[i].level = index.and_then(|k| RatingLevel::ALL.get(k).copied());
            ratings_edit(next, typed.clone())
        })
    };
    let on_remove = {
        let (years, typed) = (years.to_vec(), props.typed.clone());
        props.on_change.reform(move |_: MouseEvent| {
            let mut next = years.clone();
            next.remove(i);
            ratings_edit(next, without_rating_row(&typed, i))
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
                typed={typed_text(&props.typed, &rating_year_key(i))}
                on_change={update(rating_year_key(i), true, |r, v| {
                    if let Some(year) = v {
                        r.year = year;
                    }
                })}
            />
            <SelectField
                id={format!("{row_id}-level")}
                label={format!("{} {}", Text::RatingLevelLabel.get(lang), row.year)}
                options={levels.to_vec()}
                value={row.level.and_then(|l| RatingLevel::ALL.iter().position(|x| *x == l))}
                empty_label={Text::NotChosen.get(lang)}
                on_change={on_level}
            />
            <NumberField
                id={format!("{row_id}-score")}
                label={format!("{} {}", Text::RatingScore.get(lang), row.year)}
                value={row.score_tenths}
                decimals={1}
                typed={typed_text(&props.typed, &rating_score_key(i))}
                on_change={update(rating_score_key(i), false, |r, v| r.score_tenths = v)}
            />
            // What the score means for the level (the status box, a live
            // region, announces it as well).
            if let Some(note) = note {
                <p class="field-hint rating-reading">{ note.get(lang).to_owned() }</p>
            }
            <button type="button" class="button-secondary" onclick={on_remove}>
                { format!("{} {}", Text::RemoveYear.get(lang), row.year) }
            </button>
        </li>
    }
}
