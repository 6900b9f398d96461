//! From gaps to a plan, the source's method "dễ làm trước, khó làm sau": for
//! each condition not met yet, what to do, who does it, by when, how hard it
//! is, and whether it is done. Kept in the draft beside the answers.
//!
//! What she has not edited comes from the criteria set: the suggested actions
//! and the difficulty. The plan shows only the conditions not met; an item of a
//! condition met since stays stored (it comes back if the condition does).

use crate::domain::criteria::{CriteriaSet, Criterion, Difficulty};
use crate::domain::i18n::Lang;
use crate::domain::json::{FromJson, Value, deserialize_through_reader, field};
use crate::domain::scoring::{Assessment, Status};
use crate::domain::short_sort;
use crate::domain::vec_map::VecMap;
use serde::Serialize;

/// Her plan: one item per criterion id.
pub type Plan = VecMap<String, PlanItem>;

/// What she entered for one condition. Empty fields are not stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PlanItem {
    /// What to do; `None` until she edits it (the set's suggestions are shown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Who does it: a person or a group.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// By when, `YYYY-MM-DD` (a date field); empty: not set.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// `None`: the set's difficulty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<Difficulty>,
    #[serde(skip_serializing_if = "is_false")]
    pub done: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Read whole: a field that cannot be read makes the item unreadable.
impl FromJson for PlanItem {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(PlanItem {
            action: field(o, "action")?,
            who: field(o, "who")?,
            due: field(o, "due")?,
            difficulty: field(o, "difficulty")?,
            done: field(o, "done")?,
        })
    }
}

deserialize_through_reader!(PlanItem);

/// One change she makes to an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    Action(String),
    Who(String),
    Due(String),
    Difficulty(Difficulty),
    Done(bool),
}

impl PlanItem {
    /// Applies one edit. A difficulty equal to the set's is not stored.
    pub fn apply(&mut self, edit: PlanEdit, set_difficulty: Difficulty) {
        match edit {
            PlanEdit::Action(text) => self.action = Some(text),
            PlanEdit::Who(text) => self.who = text,
            PlanEdit::Due(date) => self.due = date.trim().to_owned(),
            PlanEdit::Difficulty(d) => {
                self.difficulty = (d != set_difficulty).then_some(d);
            }
            PlanEdit::Done(done) => self.done = done,
        }
    }

    /// Whether nothing is entered (the item need not be stored).
    pub fn is_blank(&self) -> bool {
        *self == PlanItem::default()
    }
}

/// Applies `edit` to the item of `criterion` in `plan`, dropping the item when
/// it becomes blank.
pub fn edit(plan: &mut Plan, criterion: &Criterion, edit: PlanEdit) {
    let item = plan.entry(criterion.id.to_string()).or_default();
    item.apply(edit, criterion.difficulty);
    if item.is_blank() {
        plan.remove(&*criterion.id);
    }
}

/// The set's suggested actions for `criterion`, one a line.
pub fn suggested_action(criterion: &Criterion, lang: Lang) -> String {
    criterion
        .actions
        .iter()
        .map(|a| format!("- {}", a.get(lang)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One row of the plan as shown and printed: stored values, or the set's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub criterion_id: String,
    /// 1-based, in the set's order.
    pub number: usize,
    pub status: Status,
    pub action: String,
    pub who: String,
    pub due: String,
    pub difficulty: Difficulty,
    pub done: bool,
}

/// The rows of the plan: every condition not met in `assessment`, easy first,
/// then by deadline (those without one last), then in the set's order.
pub fn rows(set: &CriteriaSet, assessment: &Assessment, plan: &Plan, lang: Lang) -> Vec<PlanRow> {
    let mut rows: Vec<PlanRow> = set
        .criteria
        .iter()
        .enumerate()
        .filter_map(|(i, criterion)| {
            let status = assessment.result(&criterion.id)?.status;
            if status == Status::Met {
                return None;
            }
            let item = plan.get(&*criterion.id).cloned().unwrap_or_default();
            Some(PlanRow {
                criterion_id: criterion.id.to_string(),
                number: i + 1,
                status,
                action: item
                    .action
                    .unwrap_or_else(|| suggested_action(criterion, lang)),
                who: item.who,
                due: item.due,
                difficulty: item.difficulty.unwrap_or(criterion.difficulty),
                done: item.done,
            })
        })
        .collect();
    short_sort::by(&mut rows, |a, b| {
        a.difficulty
            .cmp(&b.difficulty)
            .then_with(|| match (a.due.is_empty(), b.due.is_empty()) {
                (false, false) => a.due.cmp(&b.due),
                (empty_a, empty_b) => empty_a.cmp(&empty_b),
            })
            .then_with(|| a.number.cmp(&b.number))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::Registry;
    use crate::domain::scoring::{self, Answer, Answers};

    fn set() -> CriteriaSet {
        Registry::bundled()
            .latest(crate::domain::criteria::DEFAULT_SET_ID)
            .unwrap()
            .clone()
    }

    fn unanswered(set: &CriteriaSet) -> Assessment {
        scoring::score(set, &Answers::new(set.id.clone(), set.version), 2026)
    }

    #[test]
    fn every_gap_gets_a_row_prefilled_from_the_set_easy_first() {
        let set = set();
        let rows = rows(&set, &unanswered(&set), &Plan::new(), Lang::Vi);
        assert_eq!(rows.len(), set.criteria.len());
        for row in &rows {
            let criterion = set.criterion(&row.criterion_id).unwrap();
            assert_eq!(row.difficulty, criterion.difficulty);
            assert_eq!(row.action, suggested_action(criterion, Lang::Vi));
            assert!(row.action.starts_with("- "), "{}", row.action);
        }
        let order: Vec<(Difficulty, usize)> =
            rows.iter().map(|r| (r.difficulty, r.number)).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn met_conditions_leave_the_plan_and_deadlines_order_within_a_difficulty() {
        let set = set();
        let mut answers = Answers::new(set.id.clone(), set.version);
        let yes_no: Vec<&Criterion> = set
            .criteria
            .iter()
            .filter(|c| matches!(c.input, crate::domain::criteria::Input::YesNo))
            .collect();
        for c in &yes_no {
            answers
                .answers
                .insert(c.id.to_string(), Answer::YesNo { value: Some(true) });
        }
        let assessment = scoring::score(&set, &answers, 2026);
        let mut plan = Plan::new();
        // Two conditions of the same difficulty: the one with a deadline first.
        let first_medium: Vec<&Criterion> = set
            .criteria
            .iter()
            .filter(|c| c.difficulty == Difficulty::Medium)
            .filter(|c| assessment.result(&c.id).unwrap().status != Status::Met)
            .collect();
        if let [a, b, ..] = first_medium.as_slice() {
            edit(&mut plan, b, PlanEdit::Due("2026-09-30".into()));
            edit(&mut plan, a, PlanEdit::Due("2026-12-31".into()));
            let rows = rows(&set, &assessment, &plan, Lang::Vi);
            let ids: Vec<&str> = rows
                .iter()
                .filter(|r| r.difficulty == Difficulty::Medium)
                .map(|r| r.criterion_id.as_str())
                .collect();
            assert_eq!(&ids[..2], &[&*b.id, &*a.id]);
        }
        let rows = rows(&set, &assessment, &plan, Lang::Vi);
        for c in yes_no {
            assert!(rows.iter().all(|r| r.criterion_id != c.id));
        }
    }

    #[test]
    fn edits_are_stored_and_a_blank_item_is_dropped() {
        let set = set();
        let c = &set.criteria[0];
        let mut plan = Plan::new();
        edit(&mut plan, c, PlanEdit::Who("Chi hội Phụ nữ".into()));
        edit(&mut plan, c, PlanEdit::Done(true));
        edit(&mut plan, c, PlanEdit::Action(String::new()));
        let harder = if c.difficulty == Difficulty::Hard {
            Difficulty::Easy
        } else {
            Difficulty::Hard
        };
        edit(&mut plan, c, PlanEdit::Difficulty(harder));
        let item = &plan[&*c.id];
        assert_eq!(item.who, "Chi hội Phụ nữ");
        assert!(item.done);
        // An emptied action stays empty: she deleted the suggestion.
        assert_eq!(item.action.as_deref(), Some(""));
        assert_eq!(item.difficulty, Some(harder));
        // Back to the set's difficulty: not stored.
        edit(&mut plan, c, PlanEdit::Difficulty(c.difficulty));
        assert_eq!(plan[&*c.id].difficulty, None);

        let mut plan = Plan::new();
        edit(&mut plan, c, PlanEdit::Who("x".into()));
        edit(&mut plan, c, PlanEdit::Who(String::new()));
        assert!(plan.is_empty());
    }

    #[test]
    fn items_store_compactly_in_json() {
        let item = PlanItem {
            who: "Tổ tự quản số 3".into(),
            due: "2026-09-30".into(),
            ..PlanItem::default()
        };
        let json = serde_json::to_string(&item).unwrap();
        assert_eq!(json, r#"{"who":"Tổ tự quản số 3","due":"2026-09-30"}"#);
        assert_eq!(serde_json::from_str::<PlanItem>(&json).unwrap(), item);
        assert_eq!(
            serde_json::from_str::<PlanItem>("{}").unwrap(),
            PlanItem::default()
        );
    }
}
