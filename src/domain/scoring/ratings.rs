//! The cell's yearly quality ratings: met when the latest rated year and the
//! years just before it, `consecutive` in all, are each at the required level.
//! A year without a rating breaks the run.
//!
//! A year's level (see `docs/criteria-format.md`, "`yearly_ratings`"):
//! - from the first year of a score scale of the set (Quy định 366-QĐ/TW: the
//!   2025 ratings on), the level follows from the 100-point score: a score
//!   alone rates the year, and a chosen level the score contradicts is
//!   invalid;
//! - before every scale, no rule links a score to a level: the year needs its
//!   level chosen, and a score beside it is kept as entered, not compared.
//!
//! Time rules (same document, "Earliest year"):
//! - a rating for year Y is given at the year-end review of Y, and that review
//!   is when cells are proposed (ấp Hòa Thạnh A was recognised on 07/12/2023);
//!   so the cell can be proposed in the year its run completes, and never
//!   before the current year;
//! - the ratings must reach the year before the current one: a run that ends
//!   earlier is stale, and the criterion needs the recent years (not enough
//!   information) rather than passing on old news. The source does not say
//!   this; the input says so next to the ratings (`i18n::ratings_reach_last_year`);
//! - when the run is short, each year after the latest rated one is assumed to
//!   reach the level: the earliest year is `latest + consecutive − run`.

use super::reasons::{bi, text};
use super::{Outcome, YearRating};
use crate::domain::criteria::{Bilingual, MAX_SCORE_TENTHS, RatingLevel, ScoreScale};
use crate::domain::i18n::{Lang, Text, reasons};
use crate::domain::vec_map::VecMap;

/// The row "add a year" adds: the year before the earliest one entered, or
/// last year when none is, with no level and no score.
pub fn new_rating_row(years: &[YearRating], current_year: u16) -> YearRating {
    let year = years
        .iter()
        .map(|y| y.year)
        .min()
        .map_or(i64::from(current_year) - 1, |y| y - 1);
    YearRating {
        year,
        level: None,
        score_tenths: None,
    }
}

/// Ratings before this year are typing errors.
pub const MIN_RATING_YEAR: i64 = 2000;

/// How one year's row reads: the level it gives the year, and where from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearReading<'a> {
    /// Neither a level nor a score: the year is not rated.
    Unrated,
    /// A chosen level; the score, if any, is in a year no scale covers, so it
    /// is kept as entered and says nothing about the level.
    Chosen {
        level: RatingLevel,
        tenths: Option<i64>,
    },
    /// The score under the scale that covers the year gives `level`;
    /// `chosen` when she chose that same level too.
    Scored {
        tenths: i64,
        level: RatingLevel,
        chosen: bool,
        scale: &'a ScoreScale,
    },
    /// A chosen level that the score, under the year's scale, contradicts.
    Disagrees {
        tenths: i64,
        implied: RatingLevel,
        chosen: RatingLevel,
        scale: &'a ScoreScale,
    },
    /// A score outside 0–100 points.
    ScoreOutOfRange { tenths: i64 },
    /// A score alone in a year before every scale: the level is not known.
    ScoreWithoutLevel { tenths: i64 },
}

impl YearReading<'_> {
    /// The level the year counts with; `None` when it is not rated, not known
    /// or contradicts itself.
    pub fn level(&self) -> Option<RatingLevel> {
        match *self {
            YearReading::Chosen { level, .. } | YearReading::Scored { level, .. } => Some(level),
            _ => None,
        }
    }
}

/// How `row` reads under the set's `scales`.
pub fn read_year<'a>(scales: &'a [ScoreScale], row: &YearRating) -> YearReading<'a> {
    let Some(tenths) = row.score_tenths else {
        return match row.level {
            Some(level) => YearReading::Chosen {
                level,
                tenths: None,
            },
            None => YearReading::Unrated,
        };
    };
    if !(0..=MAX_SCORE_TENTHS).contains(&tenths) {
        return YearReading::ScoreOutOfRange { tenths };
    }
    match (ScoreScale::for_year(scales, row.year), row.level) {
        (Some(scale), chosen) => {
            let implied = scale.level_for(tenths);
            match chosen {
                Some(c) if c != implied => YearReading::Disagrees {
                    tenths,
                    implied,
                    chosen: c,
                    scale,
                },
                _ => YearReading::Scored {
                    tenths,
                    level: implied,
                    chosen: chosen.is_some(),
                    scale,
                },
            }
        }
        (None, Some(level)) => YearReading::Chosen {
            level,
            tenths: Some(tenths),
        },
        (None, None) => YearReading::ScoreWithoutLevel { tenths },
    }
}

/// What to show beside a year's row about its score: the level it gives
/// ("89,5 điểm → Hoàn thành tốt nhiệm vụ (theo …)"), that it contradicts the
/// chosen level, or that the year is before the scale. `None` when there is
/// nothing to add (no score, or a score out of range: the status says so).
pub fn year_note(scales: &[ScoreScale], row: &YearRating) -> Option<Bilingual> {
    Some(match read_year(scales, row) {
        YearReading::Unrated
        | YearReading::ScoreOutOfRange { .. }
        | YearReading::Chosen { tenths: None, .. } => return None,
        YearReading::Scored {
            tenths,
            level,
            scale,
            ..
        } => score_gives(tenths, level, scale),
        YearReading::Disagrees {
            tenths,
            implied,
            chosen,
            scale,
        } => {
            let gives = score_gives(tenths, implied, scale);
            bi(|l| reasons::score_gives_other_level(l, gives.get(l), chosen.name(l)))
        }
        YearReading::Chosen {
            tenths: Some(_), ..
        } => score_kept(row.year, scales),
        YearReading::ScoreWithoutLevel { .. } => score_not_enough(row.year, scales),
    })
}

/// The earliest year in which a cell with these ratings can be proposed, as
/// far as the ratings criterion is concerned; `None` when it cannot tell
/// (no ratings, ratings that stop before last year, invalid ratings).
pub fn earliest_proposal_year(
    level: RatingLevel,
    consecutive: u32,
    scales: &[ScoreScale],
    years: &[YearRating],
    current_year: u16,
) -> Option<u16> {
    evaluate(level, consecutive, scales, years, current_year).earliest_year
}

pub(crate) fn evaluate(
    level: RatingLevel,
    consecutive: u32,
    scales: &[ScoreScale],
    years: &[YearRating],
    current_year: u16,
) -> Outcome {
    let mut out = Outcome::default();
    let now = i64::from(current_year);

    let mut rated: VecMap<i64, RatingLevel> = VecMap::new();
    // Years rated by their score alone, to say so in the reasons.
    let mut derived: VecMap<i64, Bilingual> = VecMap::new();
    let mut without_level: Vec<Bilingual> = Vec::new();
    let mut seen: VecMap<i64, usize> = VecMap::new();
    for r in years {
        *seen.entry(r.year).or_default() += 1;
        if r.year > now {
            out.invalid(future_year(r.year, now));
        } else if r.year < MIN_RATING_YEAR {
            out.invalid(too_early(r.year));
        }
        let reading = read_year(scales, r);
        match reading {
            YearReading::ScoreOutOfRange { tenths } => {
                out.invalid(score_out_of_range(r.year, tenths));
            }
            YearReading::Disagrees {
                tenths,
                implied,
                chosen,
                scale,
            } => out.invalid(score_disagrees(r.year, tenths, implied, chosen, scale)),
            YearReading::Scored {
                tenths,
                level,
                chosen: false,
                scale,
            } => {
                derived.insert(r.year, year_from_score(r.year, tenths, level, scale));
            }
            YearReading::ScoreWithoutLevel { .. } => {
                without_level.push(score_not_enough(r.year, scales));
            }
            _ => {}
        }
        if let Some(l) = reading.level() {
            rated.insert(r.year, l);
        }
    }
    for (year, n) in seen {
        if n > 1 {
            out.invalid(duplicate_year(year));
        }
    }
    if out.has_invalid() {
        return out;
    }
    // A score she gave for a year before the scale: the year's level is not
    // known, so the run cannot be judged until she chooses it.
    if !without_level.is_empty() {
        for reason in without_level {
            out.missing(reason);
        }
    } else {
        judge_run(&mut out, level, consecutive, &rated, &mut derived, now);
    }
    // The years the score rated and the verdict has not named yet.
    for (_, reason) in derived {
        out.met(reason);
    }
    out
}

/// The run of years at `level` ending at the latest rated year.
fn judge_run(
    out: &mut Outcome,
    level: RatingLevel,
    consecutive: u32,
    rated: &VecMap<i64, RatingLevel>,
    derived: &mut VecMap<i64, Bilingual>,
    now: i64,
) {
    let needed = i64::from(consecutive.max(1));
    let Some((&latest, &latest_level)) = rated.last_key_value() else {
        out.missing(text(Text::ReasonNoRatings));
        return;
    };
    if latest < now - 1 {
        out.missing(rating_needed(now - 1));
        return;
    }

    let mut run = 0;
    while run < needed && rated.get(&(latest - run)) == Some(&level) {
        run += 1;
    }
    if run >= needed {
        out.met(run_met(level, (latest - needed + 1..=latest).collect()));
        out.set_earliest_year(u16::try_from(now).ok());
        return;
    }
    let broken = latest - run;
    match (rated.get(&broken), derived.remove(&broken)) {
        (Some(_), Some(from_score)) => out.unmet(from_score),
        (Some(&l), None) => out.unmet(year_level(broken, l)),
        (None, _) => out.unmet(year_missing(broken)),
    }
    if latest_level == level {
        out.unmet(run_so_far(level, run, needed, latest));
    }
    let earliest = (latest + needed - run).max(now);
    out.unmet(earliest_if(
        level,
        needed,
        earliest,
        (latest + 1..=earliest).collect(),
    ));
    out.set_earliest_year(u16::try_from(earliest).ok());
}

/// "89,5 điểm → Hoàn thành tốt nhiệm vụ (theo Quy định 366-QĐ/TW ngày 30/8/2025)."
fn score_gives(tenths: i64, level: RatingLevel, scale: &ScoreScale) -> Bilingual {
    bi(|l| reasons::score_gives(l, tenths, level.name(l), scale.source.get(l)))
}

/// A year rated by its score alone, in the reasons.
fn year_from_score(year: i64, tenths: i64, level: RatingLevel, scale: &ScoreScale) -> Bilingual {
    let gives = score_gives(tenths, level, scale);
    bi(|l| reasons::year_from_score(l, year, gives.get(l)))
}

/// The set's first score scale, as a reason names it: its rule and first year.
fn first_scale(scales: &[ScoreScale], lang: Lang) -> Option<(&str, i64)> {
    scales
        .iter()
        .min_by_key(|s| s.from_year)
        .map(|first| (first.source.get(lang), i64::from(first.from_year)))
}

/// A score without a level, in a year before every scale.
fn score_not_enough(year: i64, scales: &[ScoreScale]) -> Bilingual {
    bi(|l| reasons::score_not_enough(l, year, first_scale(scales, l)))
}

/// A score beside a chosen level, in a year before every scale.
fn score_kept(year: i64, scales: &[ScoreScale]) -> Bilingual {
    bi(|l| reasons::score_kept(l, year, first_scale(scales, l)))
}

fn future_year(year: i64, now: i64) -> Bilingual {
    bi(|l| reasons::future_year(l, year, now))
}

fn too_early(year: i64) -> Bilingual {
    bi(|l| reasons::year_too_early(l, year, MIN_RATING_YEAR))
}

fn duplicate_year(year: i64) -> Bilingual {
    bi(|l| reasons::duplicate_year(l, year))
}

fn score_out_of_range(year: i64, tenths: i64) -> Bilingual {
    bi(|l| reasons::score_out_of_range(l, year, tenths))
}

fn score_disagrees(
    year: i64,
    tenths: i64,
    implied: RatingLevel,
    chosen: RatingLevel,
    scale: &ScoreScale,
) -> Bilingual {
    bi(|l| {
        reasons::score_disagrees(
            l,
            year,
            tenths,
            implied.name(l),
            scale.source.get(l),
            chosen.name(l),
        )
    })
}

fn rating_needed(year: i64) -> Bilingual {
    bi(|l| reasons::rating_needed(l, year))
}

fn run_met(level: RatingLevel, years: Vec<i64>) -> Bilingual {
    bi(|l| reasons::run_met(l, level.name(l), &years))
}

fn year_level(year: i64, level: RatingLevel) -> Bilingual {
    bi(|l| reasons::year_level(l, year, level.name(l)))
}

fn year_missing(year: i64) -> Bilingual {
    bi(|l| reasons::year_missing(l, year))
}

fn run_so_far(level: RatingLevel, run: i64, needed: i64, latest: i64) -> Bilingual {
    bi(|l| reasons::run_so_far(l, level.name(l), run, needed, latest))
}

fn earliest_if(level: RatingLevel, needed: i64, earliest: i64, years: Vec<i64>) -> Bilingual {
    bi(|l| reasons::earliest_if(l, level.name(l), needed, earliest, &years))
}
