//! Key figures: the few numbers that sum up a criterion's answer ("25/25",
//! "hộ nghèo 3,01%", "2 mô hình", "năm 2025: Hoàn thành xuất sắc nhiệm vụ",
//! "4/5", "6/7"), one list per input kind. The record's history compares them
//! between two checks ("hộ nghèo 3,01% → 2,10%") and the screens show them
//! beside a verdict. They never decide anything: the verdict stays
//! [`super::evaluate`]'s.
//!
//! A figure is given only when the numbers it needs are there and make sense
//! (a count larger than its total, a negative one, a text typed in the field
//! give none), so a figure never says more than the verdict does. Each figure
//! has a key, stable within its criterion, by which the same figure of two
//! checks is found.
//!
//! Per input kind:
//! - yes / no: none (the verdict is the answer);
//! - counts: per group, counted of total (`<group id>`): "25/25";
//! - named items: how many non-blank items (`items`): "2 mô hình";
//! - household rates: the poor and near-poor rates as scoring computes them
//!   (`poor`, `near_poor`), social-protection households left out when she
//!   chose so: "hộ nghèo 3,01%";
//! - yearly ratings: per year entered, its level (chosen, or given by its
//!   score) and score (`<year>`), latest year first;
//! - checklist: the parts that hold, of all parts (`parts`): "4/5";
//! - organisations: those passing both checks, of those assessed
//!   (`organisations`): "6/7", as the verdict counts them.

use super::rates::household_rates;
use super::ratings::{MIN_RATING_YEAR, read_year};
use super::{Answer, MAX_COUNT};
use crate::domain::criteria::{Bilingual, Criterion, Input, RatingLevel};
use crate::domain::i18n::{self, FigureLayout, Lang, Text, numfmt};
use crate::domain::short_sort;

/// What one key figure says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FigureValue {
    /// `part` of `whole`: "25/25".
    OfTotal { part: i64, whole: i64 },
    /// A rate in basis points: "3,01%".
    Rate { bp: i64 },
    /// How many items are listed; the figure's label is their unit: "2 mô hình".
    Items { count: i64 },
    /// A year's rating: the level it counts with (`None`: not known) and the
    /// score in tenths, when entered.
    Rating {
        level: Option<RatingLevel>,
        tenths: Option<i64>,
    },
}

impl FigureValue {
    /// The value alone, the language's way: "25/25", "3,01%", "2",
    /// "Hoàn thành tốt nhiệm vụ (89,5 điểm)".
    pub fn text(&self, lang: Lang) -> String {
        match *self {
            FigureValue::OfTotal { part, whole } => {
                format!("{}/{}", numfmt::int(lang, part), numfmt::int(lang, whole))
            }
            FigureValue::Rate { bp } => numfmt::percent_bp(lang, bp),
            FigureValue::Items { count } => numfmt::int(lang, count),
            FigureValue::Rating { level, tenths } => {
                let level = level.map_or(Text::FigureNotRated.get(lang), |l| l.name(lang));
                let score =
                    tenths.map(|t| i18n::score_points(lang, &numfmt::score_tenths(lang, t)));
                i18n::figure_rating(lang, level, score.as_deref())
            }
        }
    }

    fn layout(&self) -> FigureLayout {
        match self {
            FigureValue::Items { .. } => FigureLayout::CountThenUnit,
            FigureValue::Rating { .. } => FigureLayout::LabelColonValue,
            _ => FigureLayout::LabelThenValue,
        }
    }
}

/// One number that sums up part of a criterion's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFigure {
    /// Stable within the criterion ("members", "poor", "items", "2025"): the
    /// same figure of two checks has the same key.
    pub key: String,
    /// What it counts: the set's words (a count group's label, the items'
    /// unit) or the catalogue's ("hộ nghèo").
    pub label: Bilingual,
    pub value: FigureValue,
}

impl KeyFigure {
    /// The figure as shown: "hộ nghèo 3,01%", "2 mô hình …",
    /// "năm 2025: Hoàn thành xuất sắc nhiệm vụ".
    pub fn text(&self, lang: Lang) -> String {
        i18n::key_figure(
            lang,
            self.value.layout(),
            self.label.get(lang),
            &self.value.text(lang),
        )
    }
}

/// How a figure changed between two checks: `before` or `after` is `None`
/// where that check has no such figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureChange {
    pub key: String,
    pub label: Bilingual,
    pub before: Option<FigureValue>,
    pub after: Option<FigureValue>,
}

impl FigureChange {
    /// "hộ nghèo 3,01% → 2,10%", "1 → 2 mô hình …", "năm 2026: — → Hoàn thành
    /// xuất sắc nhiệm vụ".
    pub fn text(&self, lang: Lang) -> String {
        let layout = self
            .after
            .as_ref()
            .or(self.before.as_ref())
            .map_or(FigureLayout::LabelThenValue, FigureValue::layout);
        i18n::figure_change(
            lang,
            layout,
            self.label.get(lang),
            self.before.as_ref().map(|v| v.text(lang)).as_deref(),
            self.after.as_ref().map(|v| v.text(lang)).as_deref(),
        )
    }
}

/// The figures that changed from `before` to `after` (each the key figures
/// of one criterion), in `after`'s order, then those only `before` has.
pub fn figure_changes(before: &[KeyFigure], after: &[KeyFigure]) -> Vec<FigureChange> {
    let mut changes = Vec::new();
    for figure in after {
        let old = before.iter().find(|b| b.key == figure.key);
        if old.map(|o| &o.value) != Some(&figure.value) {
            changes.push(FigureChange {
                key: figure.key.clone(),
                label: figure.label.clone(),
                before: old.map(|o| o.value.clone()),
                after: Some(figure.value.clone()),
            });
        }
    }
    for old in before {
        if !after.iter().any(|a| a.key == old.key) {
            changes.push(FigureChange {
                key: old.key.clone(),
                label: old.label.clone(),
                before: Some(old.value.clone()),
                after: None,
            });
        }
    }
    changes
}

fn catalogue(text: Text) -> Bilingual {
    Bilingual::new(text.get(Lang::Vi), text.get(Lang::En))
}

fn sane(value: Option<i64>) -> Option<i64> {
    value.filter(|v| (0..=MAX_COUNT).contains(v))
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The key figures of `criterion`'s `answer` (none without an answer, or with
/// an answer of another kind).
pub fn key_figures(criterion: &Criterion, answer: Option<&Answer>) -> Vec<KeyFigure> {
    let Some(answer) = answer else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut push = |key: &str, label: Bilingual, value: FigureValue| {
        out.push(KeyFigure {
            key: key.to_owned(),
            label,
            value,
        });
    };
    match (&criterion.input, answer) {
        (Input::Counts { groups, .. }, Answer::Counts { groups: given }) => {
            for group in groups.iter() {
                let Some(a) = given.get(&*group.id) else {
                    continue;
                };
                if let (Some(part), Some(whole)) = (sane(a.counted), sane(a.total))
                    && part <= whole
                {
                    push(
                        &group.id,
                        group.counted_label.clone(),
                        FigureValue::OfTotal { part, whole },
                    );
                }
            }
        }
        (Input::NamedItems { unit, .. }, Answer::NamedItems { items }) => {
            let n = items.iter().filter(|i| !i.trim().is_empty()).count();
            push(
                "items",
                unit.clone(),
                FigureValue::Items { count: count(n) },
            );
        }
        (Input::HouseholdRates { .. }, Answer::HouseholdRates(given)) => {
            let sane_counts = [given.households, given.poor, given.near_poor]
                .iter()
                .all(|v| v.is_none_or(|v| v <= MAX_COUNT));
            if let Some(rates) = household_rates(given).filter(|_| sane_counts) {
                push(
                    "poor",
                    catalogue(Text::FigurePoorRate),
                    FigureValue::Rate {
                        bp: rates.poor.bp(),
                    },
                );
                push(
                    "near_poor",
                    catalogue(Text::FigureNearPoorRate),
                    FigureValue::Rate {
                        bp: rates.near_poor.bp(),
                    },
                );
            }
        }
        (Input::YearlyRatings { score_scales, .. }, Answer::YearlyRatings { years }) => {
            let mut rows: Vec<_> = years
                .iter()
                .filter(|r| (MIN_RATING_YEAR..=9999).contains(&r.year))
                .collect();
            short_sort::by_key(&mut rows, |r| std::cmp::Reverse(r.year));
            rows.dedup_by_key(|r| r.year);
            for row in rows {
                let level = read_year(score_scales, row).level();
                if level.is_none() && row.score_tenths.is_none() && row.level.is_none() {
                    continue;
                }
                let year = row.year;
                push(
                    &year.to_string(),
                    Bilingual::new(
                        i18n::figure_year(Lang::Vi, year),
                        i18n::figure_year(Lang::En, year),
                    ),
                    FigureValue::Rating {
                        level,
                        tenths: row.score_tenths,
                    },
                );
            }
        }
        (Input::Checklist { parts }, Answer::Checklist { parts: given }) if !given.is_empty() => {
            let holding = parts
                .iter()
                .filter(|p| given.get(&*p.id) == Some(&true))
                .count();
            push(
                "parts",
                catalogue(Text::FigureParts),
                FigureValue::OfTotal {
                    part: count(holding),
                    whole: count(parts.len()),
                },
            );
        }
        (Input::Organisations { organisations }, Answer::Organisations { rows, others }) => {
            let mut assessed = 0;
            let mut passed = 0;
            let mut check = |staffed: Option<bool>, meets: Option<bool>| {
                assessed += 1;
                if staffed == Some(true) && meets == Some(true) {
                    passed += 1;
                }
            };
            for org in organisations.iter() {
                match rows.get(&*org.id) {
                    Some(row) if row.absent => {}
                    Some(row) => check(row.staffed, row.meets),
                    None => check(None, None),
                }
            }
            for other in others.iter().filter(|o| !o.name.trim().is_empty()) {
                check(other.staffed, other.meets);
            }
            if assessed > 0 {
                push(
                    "organisations",
                    catalogue(Text::FigureOrganisations),
                    FigureValue::OfTotal {
                        part: passed,
                        whole: assessed,
                    },
                );
            }
        }
        _ => {}
    }
    out
}
