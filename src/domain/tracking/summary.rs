//! The commune's numbers: how many cells meet the standard, against the
//! target, and which conditions are missed most often.

use super::collection::{Collection, Row};
use crate::domain::criteria::{Bilingual, Registry};
use crate::domain::i18n::{self, Lang};
use crate::domain::scoring::rate_bp;
use crate::domain::short_sort;

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

    /// Whether `meeting` of `cells` reach the minimum, exactly (no rounding);
    /// never with no cell.
    pub fn reached_by(self, meeting: usize, cells: usize) -> bool {
        let min = usize::from(self.min_percent.min(100));
        cells > 0 && meeting * 100 >= min * cells
    }

    /// The cells still needed among `cells` for `meeting` to reach the
    /// minimum (0 once reached).
    pub fn short_by(self, meeting: usize, cells: usize) -> usize {
        let min = usize::from(self.min_percent.min(100));
        (min * cells).div_ceil(100).saturating_sub(meeting)
    }
}

impl Default for Target {
    fn default() -> Self {
        Target::DEFAULT
    }
}

/// The commune's numbers, from each cell's latest check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Cells collected (one per line of the table).
    pub assessed: usize,
    /// Of them, cells whose latest check meets every condition.
    pub meeting: usize,
    /// Cells whose record, as their latest links say, is registered.
    pub registered: usize,
    /// Cells whose latest appraisal, as their links say, recognised them.
    pub recognised: usize,
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

    /// The cells registered and recognised, in `lang`: "Đã đăng ký: 20/30 chi
    /// bộ · được công nhận: 5/30 chi bộ".
    pub fn record_message(&self, lang: Lang) -> String {
        i18n::tracking_record_counts(lang, self.registered, self.recognised, self.assessed)
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
        summarise(&self.rows(registry, current_year), registry, target)
    }
}

/// The numbers of a table already made (see [`Collection::rows`]).
pub fn summarise(rows: &[Row], registry: &Registry, target: Target) -> Summary {
    let assessed = rows.len();
    let meeting = rows.iter().filter(|r| r.latest().can_propose).count();
    let registered = rows
        .iter()
        .filter(|r| {
            r.record
                .as_ref()
                .is_some_and(|s| s.registered_year.is_some())
        })
        .count();
    let recognised = rows
        .iter()
        .filter(|r| {
            r.record
                .as_ref()
                .and_then(|s| s.appraisal.as_ref())
                .is_some_and(|a| a.recognised)
        })
        .count();
    Summary {
        assessed,
        meeting,
        registered,
        recognised,
        share_bp: rate_bp(meeting as i64, assessed as i64),
        target,
        reaches_target: target.reached_by(meeting, assessed),
        cells_short: target.short_by(meeting, assessed),
        gaps: gap_counts(rows, registry),
    }
}

fn gap_counts(rows: &[Row], registry: &Registry) -> Vec<GapCount> {
    let mut counts: Vec<GapCount> = Vec::new();
    // Every criterion of each set used, from its latest version, in order.
    let latest: Vec<_> = rows.iter().map(Row::latest).collect();
    for row in &latest {
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
    for row in &latest {
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
    short_sort::by_key(&mut counts, |g| std::cmp::Reverse(g.missing));
    counts
}
