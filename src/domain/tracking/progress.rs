//! The commune's progress over time: for each quarter or year, where its
//! cells stood at the end of it (by the latest check of each cell dated on or
//! before that day) against the target.

use super::collection::{Check, Row};
use super::summary::Target;
use crate::domain::i18n::{self, Lang};
use crate::domain::scoring::rate_bp;
use crate::domain::share_link::ShareDate;

/// How the time is cut.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Granularity {
    #[default]
    Quarter,
    Year,
}

/// A quarter (1–4) of a year, or a whole year. Ordered by time (within one
/// granularity).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Quarter { year: i32, quarter: u8 },
    Year(i32),
}

impl Period {
    /// The period holding `date`.
    pub fn of(date: ShareDate, by: Granularity) -> Period {
        match by {
            Granularity::Quarter => Period::Quarter {
                year: date.year(),
                quarter: (date.month() - 1) / 3 + 1,
            },
            Granularity::Year => Period::Year(date.year()),
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Quarter { year, .. } | Period::Year(year) => year,
        }
    }

    /// The quarter, for a quarter.
    pub fn quarter(self) -> Option<u8> {
        match self {
            Period::Quarter { quarter, .. } => Some(quarter),
            Period::Year(_) => None,
        }
    }

    /// Its last day: (year, month, day).
    pub fn last_day(self) -> (i32, u8, u8) {
        match self {
            Period::Quarter { year, quarter } => {
                let month = quarter.clamp(1, 4) * 3;
                (year, month, if matches!(month, 6 | 9) { 30 } else { 31 })
            }
            Period::Year(year) => (year, 12, 31),
        }
    }

    /// Whether `date` is on or before its last day.
    pub fn ends_after(self, date: ShareDate) -> bool {
        (date.year(), date.month(), date.day()) <= self.last_day()
    }

    /// "Quý 2/2026", "Năm 2026" (vi); "Q2 2026", "2026" (en).
    pub fn label(self, lang: Lang) -> String {
        i18n::tracking_period(lang, self.year(), self.quarter())
    }
}

/// Where the cells stood at the end of one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodCount {
    pub period: Period,
    /// Cells with a check dated on or before the period's last day.
    pub cells: usize,
    /// Cells checked within the period.
    pub assessed: usize,
    /// Cells whose latest check by the period's end meets every condition.
    pub meeting: usize,
    /// Cells whose record, as their latest link by then says, registered in
    /// the period's year or before.
    pub registered: usize,
    /// Cells whose latest appraisal by then, appraised on or before the
    /// period's last day, recognised them.
    pub recognised: usize,
    /// meeting / cells and recognised / cells, in basis points.
    pub meeting_bp: i64,
    pub recognised_bp: i64,
    /// The self-checks reach the target's minimum (exactly).
    pub reaches_target: bool,
}

impl PeriodCount {
    /// The period's numbers in a sentence (the chart's text): "Quý 2/2026:
    /// đạt chuẩn 5/8 chi bộ (62,50%), đạt mục tiêu; được công nhận 2/8
    /// (25,00%); đã đăng ký 6/8; đánh giá trong kỳ: 4 chi bộ".
    pub fn message(&self, lang: Lang) -> String {
        i18n::tracking_period_counts(
            lang,
            &self.period.label(lang),
            [
                self.meeting,
                self.recognised,
                self.registered,
                self.assessed,
            ],
            self.cells,
            (self.meeting_bp, self.recognised_bp),
            self.reaches_target,
        )
    }
}

/// The commune's progress, one period after another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub by: Granularity,
    pub target: Target,
    /// Every period in which at least one check was made, oldest first.
    pub periods: Vec<PeriodCount>,
    /// Checks without a date: they are in no period.
    pub undated: usize,
}

/// The progress of the table's cells by quarter or by year, against `target`.
/// A period is listed when some check is dated in it; in between, nothing a
/// link says changes except the passing of a registration year or an
/// appraisal date, which shows in the next period listed.
pub fn progress(rows: &[Row], by: Granularity, target: Target) -> Progress {
    // In order, each once (kept sorted as they come: no sort in the wasm).
    let mut periods: Vec<Period> = Vec::new();
    let mut undated = 0;
    for check in rows.iter().flat_map(|r| &r.checks) {
        match check.assessed_on {
            Some(date) => {
                let period = Period::of(date, by);
                if let Err(at) = periods.binary_search(&period) {
                    periods.insert(at, period);
                }
            }
            None => undated += 1,
        }
    }
    let periods = periods
        .into_iter()
        .map(|period| count(rows, period, by, target))
        .collect();
    Progress {
        by,
        target,
        periods,
        undated,
    }
}

fn count(rows: &[Row], period: Period, by: Granularity, target: Target) -> PeriodCount {
    let mut n = PeriodCount {
        period,
        cells: 0,
        assessed: 0,
        meeting: 0,
        registered: 0,
        recognised: 0,
        meeting_bp: 0,
        recognised_bp: 0,
        reaches_target: false,
    };
    let by_then = |c: &&Check| c.assessed_on.is_some_and(|d| period.ends_after(d));
    for row in rows {
        // Checks are by date: the last one by then is the latest.
        let Some(latest) = row.checks.iter().rfind(by_then) else {
            continue;
        };
        n.cells += 1;
        n.meeting += usize::from(latest.can_propose);
        n.assessed += usize::from(
            row.checks
                .iter()
                .any(|c| c.assessed_on.is_some_and(|d| Period::of(d, by) == period)),
        );
        let record = row
            .checks
            .iter()
            .filter(by_then)
            .rev()
            .find_map(|c| c.record.as_ref());
        if let Some(record) = record {
            n.registered += usize::from(
                record
                    .registered_year
                    .is_some_and(|y| i32::from(y) <= period.year()),
            );
            n.recognised += usize::from(
                record
                    .appraisal
                    .as_ref()
                    .is_some_and(|a| a.recognised && period.ends_after(a.appraised_on)),
            );
        }
    }
    n.meeting_bp = rate_bp(n.meeting as i64, n.cells as i64);
    n.recognised_bp = rate_bp(n.recognised as i64, n.cells as i64);
    n.reaches_target = target.reached_by(n.meeting, n.cells);
    n
}
