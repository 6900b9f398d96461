//! The record's history, condition by condition, from its checks (opened and
//! scored, oldest first):
//!
//! - **first met**: the first check where the condition is met;
//! - **lapsed**: a check where it is not met (chưa đạt, or không hợp lệ)
//!   while the last check that could tell said it was met. A check that
//!   cannot tell (chưa đủ thông tin: a rating of last year not entered yet)
//!   is no lapse, and does not end a run of met either;
//! - **what changed since the previous check**: every condition whose verdict
//!   or key figures differ, in numbers ("Điều kiện 6: chưa đạt → đạt; hộ
//!   nghèo 3,01% → 2,10%"), in the newer check's order.
//!
//! Conditions are those of the newest check's set, in its order, then any
//! that only older checks' sets have.

use super::check::Check;
use super::date::day_text;
use super::side_by_side::status_key;
use crate::domain::criteria::Bilingual;
use crate::domain::i18n::{self, Lang};
use crate::domain::scoring::{FigureChange, Status, figure_changes};

/// A check, where a history points at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckMoment {
    /// Its index in the checks the history was made from.
    pub index: usize,
    /// Its place among the record's checks.
    pub position: usize,
    /// Its stored day.
    pub date: String,
}

impl CheckMoment {
    fn of(index: usize, check: &Check) -> CheckMoment {
        CheckMoment {
            index,
            position: check.position,
            date: check.reference.date.clone(),
        }
    }

    /// Its day the language's way.
    pub fn date_text(&self, lang: Lang) -> String {
        day_text(lang, &self.date)
    }
}

/// One check in the history's overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckPoint {
    pub moment: CheckMoment,
    pub draft_id: String,
    pub met: usize,
    pub answered: usize,
    pub total: usize,
    /// Every condition met.
    pub can_propose: bool,
}

impl CheckPoint {
    /// "15/3/2026: đạt 7/9 điều kiện".
    pub fn text(&self, lang: Lang) -> String {
        i18n::record_check_point(lang, &self.moment.date_text(lang), self.met, self.total)
    }
}

/// One condition across the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionHistory {
    pub criterion_id: String,
    /// 1-based, in its set's order.
    pub number: usize,
    pub title: Bilingual,
    /// Its verdict at each check (`None`: that check's set has no such
    /// condition).
    pub statuses: Vec<Option<Status>>,
    pub first_met: Option<CheckMoment>,
    /// Every check where it lapsed, oldest first.
    pub lapses: Vec<CheckMoment>,
}

impl ConditionHistory {
    /// Met in the newest check.
    pub fn met_now(&self) -> bool {
        self.statuses.last() == Some(&Some(Status::Met))
    }

    /// It lapsed and has not been met since.
    pub fn lapsed_now(&self) -> bool {
        let Some(lapse) = self.lapses.last() else {
            return false;
        };
        !self.statuses[lapse.index..].contains(&Some(Status::Met))
    }

    /// "Đạt lần đầu ngày 15/3/2026; không còn đạt ngày 10/3/2027" / "Chưa lần
    /// nào đạt".
    pub fn text(&self, lang: Lang) -> String {
        let lapses: Vec<String> = self.lapses.iter().map(|m| m.date_text(lang)).collect();
        i18n::record_condition_history(
            lang,
            self.first_met
                .as_ref()
                .map(|m| m.date_text(lang))
                .as_deref(),
            &lapses,
            self.lapsed_now(),
        )
    }
}

/// What changed in one condition between two checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionChange {
    pub criterion_id: String,
    /// 1-based, in the newer check's set (else the older one's).
    pub number: usize,
    pub title: Bilingual,
    /// `None`: that check's set has no such condition.
    pub before: Option<Status>,
    pub after: Option<Status>,
    /// The key figures that changed.
    pub figures: Vec<FigureChange>,
}

impl ConditionChange {
    /// The verdict changed (not only a figure).
    pub fn status_changed(&self) -> bool {
        self.before != self.after
    }

    /// "Điều kiện 6: chưa đạt → đạt; hộ nghèo 3,01% → 2,10%", "Điều kiện 4:
    /// vẫn chưa đạt; Số đảng viên … 20/25 → 23/25".
    pub fn text(&self, lang: Lang) -> String {
        let word = |s: Option<Status>| s.map(|s| i18n::record_status_word(lang, status_key(s)));
        let figures: Vec<String> = self.figures.iter().map(|f| f.text(lang)).collect();
        i18n::record_condition_change(
            lang,
            self.number,
            word(self.before),
            word(self.after),
            &figures,
        )
    }
}

/// What changed from check `before` to check `after`, condition by condition.
pub fn changes(before: &Check, after: &Check) -> Vec<ConditionChange> {
    let mut out = Vec::new();
    let mut push = |id: &str, number: usize, title: &Bilingual| {
        let (was, is) = (before.status(id), after.status(id));
        let figures = figure_changes(&before.figures(id), &after.figures(id));
        if was != is || !figures.is_empty() {
            out.push(ConditionChange {
                criterion_id: id.to_owned(),
                number,
                title: title.clone(),
                before: was,
                after: is,
                figures,
            });
        }
    };
    for (i, c) in after.set.criteria.iter().enumerate() {
        push(&c.id, i + 1, &c.title);
    }
    for (i, c) in before.set.criteria.iter().enumerate() {
        if after.set.criterion(&c.id).is_none() {
            push(&c.id, i + 1, &c.title);
        }
    }
    out
}

/// The history of a record's checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// One per check, oldest first.
    pub points: Vec<CheckPoint>,
    pub conditions: Vec<ConditionHistory>,
    /// The newest check against the one before (empty with fewer than two).
    pub since_previous: Vec<ConditionChange>,
}

impl History {
    /// The history of `checks` (a record's checks, opened, oldest first).
    pub fn new(checks: &[Check]) -> History {
        let points = checks
            .iter()
            .enumerate()
            .map(|(i, c)| CheckPoint {
                moment: CheckMoment::of(i, c),
                draft_id: c.draft.id.clone(),
                met: c.assessment.met,
                answered: c.assessment.answered,
                total: c.assessment.total,
                can_propose: c.assessment.can_propose,
            })
            .collect();
        // The newest set's conditions in its order, then older sets' others.
        let mut ids: Vec<(String, usize, Bilingual)> = Vec::new();
        for check in checks.iter().rev() {
            for (i, c) in check.set.criteria.iter().enumerate() {
                if !ids.iter().any(|(id, _, _)| *id == c.id) {
                    ids.push((c.id.to_string(), i + 1, c.title.clone()));
                }
            }
        }
        let conditions = ids
            .into_iter()
            .map(|(id, number, title)| condition(checks, id, number, title))
            .collect();
        let since_previous = match checks {
            [.., before, after] => changes(before, after),
            _ => Vec::new(),
        };
        History {
            points,
            conditions,
            since_previous,
        }
    }

    /// The conditions that lapsed and are not met again, in order: what a
    /// cell most needs to see first.
    pub fn lapsed_now(&self) -> Vec<&ConditionHistory> {
        self.conditions.iter().filter(|c| c.lapsed_now()).collect()
    }
}

fn condition(
    checks: &[Check],
    criterion_id: String,
    number: usize,
    title: Bilingual,
) -> ConditionHistory {
    let statuses: Vec<Option<Status>> = checks.iter().map(|c| c.status(&criterion_id)).collect();
    let mut first_met = None;
    let mut lapses = Vec::new();
    let mut was_met = false;
    for (i, status) in statuses.iter().enumerate() {
        match status {
            Some(Status::Met) => {
                if first_met.is_none() {
                    first_met = Some(CheckMoment::of(i, &checks[i]));
                }
                was_met = true;
            }
            Some(Status::NotMet | Status::Invalid) => {
                if was_met {
                    lapses.push(CheckMoment::of(i, &checks[i]));
                }
                was_met = false;
            }
            Some(Status::Incomplete) | None => {}
        }
    }
    ConditionHistory {
        criterion_id,
        number,
        title,
        statuses,
        first_met,
        lapses,
    }
}
