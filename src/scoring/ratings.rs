//! The cell's yearly quality ratings: met when the latest rated year and the
//! years just before it, `consecutive` in all, are each at the required level.
//! A year without a rating breaks the run.
//!
//! Time rules (see `docs/criteria-format.md`, "Earliest year"):
//! - a rating for year Y is given at the year-end review of Y, and that review
//!   is when cells are proposed (ấp Hòa Thạnh A was recognised on 07/12/2023);
//!   so the cell can be proposed in the year its run completes, and never
//!   before the current year;
//! - the ratings must reach the year before the current one: a run that ends
//!   earlier is stale, and the criterion needs the recent years (not enough
//!   information) rather than passing on old news;
//! - when the run is short, each year after the latest rated one is assumed to
//!   reach the level: the earliest year is `latest + consecutive − run`.

use super::reasons::{bi, rating_level};
use super::{Outcome, YearRating};
use crate::criteria::{Bilingual, RatingLevel};
use crate::i18n::Lang;
use crate::numfmt;
use std::collections::BTreeMap;

/// Ratings before this year are typing errors.
pub const MIN_RATING_YEAR: i64 = 2000;

/// The earliest year in which a cell with these ratings can be proposed, as
/// far as the ratings criterion is concerned; `None` when it cannot tell
/// (no ratings, ratings that stop before last year, invalid ratings).
pub fn earliest_proposal_year(
    level: RatingLevel,
    consecutive: u32,
    years: &[YearRating],
    current_year: u16,
) -> Option<u16> {
    evaluate(level, consecutive, years, current_year).earliest_year
}

pub(crate) fn evaluate(
    level: RatingLevel,
    consecutive: u32,
    years: &[YearRating],
    current_year: u16,
) -> Outcome {
    let mut out = Outcome::default();
    let now = i64::from(current_year);
    let needed = i64::from(consecutive.max(1));

    let mut rated: BTreeMap<i64, RatingLevel> = BTreeMap::new();
    let mut seen: BTreeMap<i64, usize> = BTreeMap::new();
    for r in years {
        *seen.entry(r.year).or_default() += 1;
        if r.year > now {
            out.invalid(future_year(r.year, now));
        } else if r.year < MIN_RATING_YEAR {
            out.invalid(too_early(r.year));
        }
        if let Some(score) = r.score_tenths {
            if !(0..=1000).contains(&score) {
                out.invalid(score_out_of_range(r.year, score));
            } else if let Some(chosen) = r.level {
                let implied = RatingLevel::for_score_tenths(score);
                if implied != chosen {
                    out.invalid(score_disagrees(r.year, score, implied, chosen));
                }
            }
        }
        if let Some(l) = r.level {
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
    let Some((&latest, &latest_level)) = rated.last_key_value() else {
        out.missing(Bilingual::new(
            "Chưa nhập xếp loại chất lượng của năm nào.",
            "No yearly rating entered yet.",
        ));
        return out;
    };
    if latest < now - 1 {
        out.missing(rating_needed(now - 1));
        return out;
    }

    let mut run = 0;
    while run < needed && rated.get(&(latest - run)) == Some(&level) {
        run += 1;
    }
    if run >= needed {
        out.met(run_met(level, (latest - needed + 1..=latest).collect()));
        out.set_earliest_year(Some(current_year));
        return out;
    }
    let broken = latest - run;
    match rated.get(&broken) {
        Some(&l) => out.unmet(year_level(broken, l)),
        None => out.unmet(year_missing(broken)),
    }
    if latest_level == level {
        out.unmet(run_so_far(level, run, needed, latest));
    }
    let earliest = (latest + needed - run).max(now);
    out.unmet(earliest_if(
        level,
        earliest,
        (latest + 1..=earliest).collect(),
    ));
    out.set_earliest_year(u16::try_from(earliest).ok());
    out
}

fn join_years(years: &[i64], lang: Lang) -> String {
    let words: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let and = if lang == Lang::Vi { "và" } else { "and" };
            format!("{} {and} {last}", rest.join(", "))
        }
        _ => words.join(""),
    }
}

fn future_year(year: i64, now: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Năm {year} chưa đến (năm hiện tại là {now}), chưa thể có xếp loại."),
        Lang::En => format!("{year} has not come yet (this is {now}); it cannot be rated."),
    })
}

fn too_early(year: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => {
            format!("Năm {year} không hợp lệ: năm xếp loại phải từ {MIN_RATING_YEAR} trở đi.")
        }
        Lang::En => format!("{year} is not a valid year: ratings start from {MIN_RATING_YEAR}."),
    })
}

fn duplicate_year(year: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Năm {year} được nhập nhiều lần."),
        Lang::En => format!("{year} is entered more than once."),
    })
}

fn score_out_of_range(year: i64, tenths: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "Điểm năm {year} phải từ 0 đến 100, không thể là {}.",
            numfmt::score_tenths(l, tenths)
        ),
        Lang::En => format!(
            "The {year} score must be 0 to 100, not {}.",
            numfmt::score_tenths(l, tenths)
        ),
    })
}

fn score_disagrees(year: i64, tenths: i64, implied: RatingLevel, chosen: RatingLevel) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "Năm {year}: {} điểm ứng với mức “{}”, không khớp với mức “{}” đã chọn.",
            numfmt::score_tenths(l, tenths),
            implied.name(l),
            chosen.name(l)
        ),
        Lang::En => format!(
            "{year}: a score of {} means “{}”, which does not match the chosen “{}”.",
            numfmt::score_tenths(l, tenths),
            implied.name(l),
            chosen.name(l)
        ),
    })
}

fn rating_needed(year: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Chưa nhập xếp loại năm {year}: cần xếp loại của các năm gần nhất."),
        Lang::En => format!("The {year} rating is missing: the most recent years are needed."),
    })
}

fn run_met(level: RatingLevel, years: Vec<i64>) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "{} {} năm liên tục: {}.",
            level.name(l),
            years.len(),
            join_years(&years, l)
        ),
        Lang::En => format!(
            "{} {} years in a row: {}.",
            level.name(l),
            years.len(),
            join_years(&years, l)
        ),
    })
}

fn year_level(year: i64, level: RatingLevel) -> Bilingual {
    let name = rating_level(level);
    bi(|l| match l {
        Lang::Vi => format!("Năm {year}: {}.", name.get(l)),
        Lang::En => format!("{year}: {}.", name.get(l)),
    })
}

fn year_missing(year: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Năm {year} chưa có xếp loại: chuỗi năm liên tục bị ngắt."),
        Lang::En => format!("{year} has no rating: it breaks the run of years."),
    })
}

fn run_so_far(level: RatingLevel, run: i64, needed: i64, latest: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "Mới có {run}/{needed} năm liên tục được xếp loại “{}” (tính đến năm {latest}).",
            level.name(l)
        ),
        Lang::En => format!(
            "Only {run} of {needed} years in a row rated “{}” (up to {latest}).",
            level.name(l)
        ),
    })
}

fn earliest_if(level: RatingLevel, earliest: i64, years: Vec<i64>) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "Sớm nhất có thể đề nghị công nhận vào năm {earliest}, nếu năm {} được xếp loại “{}”.",
            join_years(&years, l),
            level.name(l)
        ),
        Lang::En => format!(
            "The earliest year the cell can be proposed is {earliest}, if {} is rated “{}”.",
            join_years(&years, l),
            level.name(l)
        ),
    })
}
