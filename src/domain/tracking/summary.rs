//! The commune's numbers: how many cells meet the standard, against the
//! target, and which conditions are missed most often.

use super::collection::{Collection, Row};
use crate::domain::criteria::{Bilingual, Registry};
use crate::domain::i18n::{self, Lang};
use crate::domain::scoring::rate_bp;

/// The share of cells that should meet the standard, in whole percent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub min_percent: u8,
    pub max_percent: u8,
}

impl Target {
    /// The province's target for a commune (Nghị quyết Đại hội XI Đảng bộ tỉnh
    /// Bến Tre, 2020–2025): 40–50% of hamlet and neighbourhood cells.
    pub const DEFAULT: Target = Target {
        min_percent: 40,
        max_percent: 50,
    };
    /// In a commune recognised as nông thôn mới or đô thị văn minh: every cell.
    pub const RECOGNISED: Target = Target {
        min_percent: 100,
        max_percent: 100,
    };

    /// `None` unless `min <= max <= 100`.
    pub fn new(min_percent: u8, max_percent: u8) -> Option<Target> {
        (min_percent <= max_percent && max_percent <= 100).then_some(Target {
            min_percent,
            max_percent,
        })
    }

    /// The target with its minimum changed to `min` percent; a maximum below
    /// it rises to it. `None` above 100.
    pub fn with_min(self, min: u8) -> Option<Target> {
        Target::new(min, self.max_percent.max(min))
    }

    /// The target with its maximum changed to `max` percent; a minimum above
    /// it falls to it. `None` above 100.
    pub fn with_max(self, max: u8) -> Option<Target> {
        Target::new(self.min_percent.min(max), max)
    }
}

impl Default for Target {
    fn default() -> Self {
        Target::DEFAULT
    }
}

/// The commune's numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Cells collected (one per entry).
    pub assessed: usize,
    /// Of them, cells meeting every condition.
    pub meeting: usize,
    /// meeting / assessed in basis points (0 when none), rounded half up like
    /// scoring's rates.
    pub share_bp: i64,
    pub target: Target,
    /// The exact share reaches the target's minimum (false while no cell is
    /// collected).
    pub reaches_target: bool,
    /// Cells still needed to reach the target's minimum (0 when reached, and
    /// while no cell is collected).
    pub cells_short: usize,
    /// For each criterion (by set id + criterion id; titles from the
    /// registry), how many cells miss it; most missed first, then in the set's
    /// order; criteria no cell misses are included with 0 at the end.
    pub gaps: Vec<GapCount>,
}

impl Summary {
    /// The commune's share against its target, in `lang`: "Đạt chuẩn: 12/30
    /// chi bộ (40,00%) — mục tiêu 40–50%: đã đạt".
    pub fn message(&self, lang: Lang) -> String {
        i18n::tracking_share(
            lang,
            self.meeting,
            self.assessed,
            self.share_bp,
            (self.target.min_percent, self.target.max_percent),
            self.reaches_target,
            self.cells_short,
        )
    }
}

/// How many cells miss one criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapCount {
    pub set_id: String,
    pub criterion_id: String,
    /// 1-based in its set.
    pub number: usize,
    pub title: Bilingual,
    pub missing: usize,
}

impl Collection {
    /// The commune's numbers, each cell scored in `current_year`.
    pub fn summary(&self, registry: &Registry, current_year: u16, target: Target) -> Summary {
        summarise(
            &self.unsorted_rows(registry, current_year),
            registry,
            target,
        )
    }
}

/// The numbers of a table already made (see [`Collection::rows`]).
pub fn summarise(rows: &[Row], registry: &Registry, target: Target) -> Summary {
    let assessed = rows.len();
    let meeting = rows.iter().filter(|r| r.can_propose).count();
    let min = usize::from(target.min_percent.min(100));
    // Exact: meeting / assessed >= min / 100, without rounding.
    let reaches_target = assessed > 0 && meeting * 100 >= min * assessed;
    let needed = (min * assessed).div_ceil(100);
    Summary {
        assessed,
        meeting,
        share_bp: rate_bp(meeting as i64, assessed as i64),
        target,
        reaches_target,
        cells_short: needed.saturating_sub(meeting),
        gaps: gap_counts(rows, registry),
    }
}

fn gap_counts(rows: &[Row], registry: &Registry) -> Vec<GapCount> {
    let mut counts: Vec<GapCount> = Vec::new();
    // Every criterion of each set used, from its latest version, in order.
    for row in rows {
        if counts.iter().any(|g| g.set_id == row.set_id) {
            continue;
        }
        let Some(set) = registry.latest(&row.set_id) else {
            continue;
        };
        counts.extend(set.criteria.iter().enumerate().map(|(i, c)| GapCount {
            set_id: set.id.to_string(),
            criterion_id: c.id.to_string(),
            number: i + 1,
            title: c.title.clone(),
            missing: 0,
        }));
    }
    for row in rows {
        for ((id, title), &number) in row.gaps.iter().zip(&row.gap_numbers) {
            match counts
                .iter_mut()
                .find(|g| g.set_id == row.set_id && g.criterion_id == *id)
            {
                Some(count) => count.missing += 1,
                // Only in an older version of the set.
                None => counts.push(GapCount {
                    set_id: row.set_id.clone(),
                    criterion_id: id.clone(),
                    number,
                    title: title.clone(),
                    missing: 1,
                }),
            }
        }
    }
    // Stable: equal counts stay in the set's order.
    counts.sort_by_key(|g| std::cmp::Reverse(g.missing));
    counts
}
