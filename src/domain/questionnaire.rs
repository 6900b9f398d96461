//! The questionnaire's steps: the profile, one step per criterion of the set,
//! then the result. Steps name criteria by their stable id, so that a draft
//! saved on a step still lands on it after the set's order changes, and on the
//! profile when the criterion no longer exists.

use crate::domain::content::AssessmentContent;
use crate::domain::criteria::{CriteriaSet, Registry};
use crate::domain::json::{FromJson, Value, deserialize_through_reader, field};
use crate::domain::plan::{self, PlanEdit};
use crate::domain::profile::ProfileEdit;
use crate::domain::scoring::{self, Answer, Answers, Assessment, FieldTexts};
use serde::Serialize;
use std::rc::Rc;

/// The longest note (notes and evidence) of a condition, in characters: what
/// the box of a paper form holds and more. A longer note is kept as typed,
/// and the field says it is too long.
pub const MAX_NOTE_CHARS: usize = 2_000;

/// The length of `note` in characters when it is longer than
/// [`MAX_NOTE_CHARS`].
pub fn note_too_long(note: &str) -> Option<usize> {
    let chars = note.chars().count();
    (chars > MAX_NOTE_CHARS).then_some(chars)
}

/// One step of the questionnaire.
///
/// In JSON, adjacently tagged: `{"kind": "criterion", "id": "c3"}`,
/// `{"kind": "result"}`; read by hand ([`crate::domain::json`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Step {
    /// The first step, where a draft starts (and one whose step cannot be read).
    #[default]
    Profile,
    Criterion(String),
    Result,
}

/// A step's JSON shape: its kind, and its id (`null` as good as none); it
/// accepts and refuses what serde's derive for the enum does.
impl FromJson for Step {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        let kind: String = FromJson::from_json(o.get("kind")?)?;
        match (kind.as_str(), field::<Option<String>>(o, "id")?) {
            ("profile", None) => Some(Step::Profile),
            ("result", None) => Some(Step::Result),
            ("criterion", Some(id)) => Some(Step::Criterion(id)),
            _ => None,
        }
    }
}

deserialize_through_reader!(Step);

/// The ordered steps for one criteria set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Steps(Vec<Step>);

impl Steps {
    /// The profile, then a step for each criterion id in order, then the result.
    pub fn new<I, S>(criterion_ids: I) -> Steps
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut steps = vec![Step::Profile];
        steps.extend(
            criterion_ids
                .into_iter()
                .map(|id| Step::Criterion(id.into())),
        );
        steps.push(Step::Result);
        Steps(steps)
    }

    /// How many steps: one per criterion, plus the profile and the result.
    #[expect(
        clippy::len_without_is_empty,
        reason = "never empty: the profile and the result are always there"
    )]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Step> {
        self.0.iter()
    }

    /// The zero-based position of `step`, if it is one of these steps.
    pub fn position(&self, step: &Step) -> Option<usize> {
        self.0.iter().position(|s| s == step)
    }

    /// `step` if it is one of these steps, else the profile (a criterion that
    /// the set no longer has).
    pub fn resolve(&self, step: &Step) -> Step {
        if self.position(step).is_some() {
            step.clone()
        } else {
            Step::Profile
        }
    }

    /// The step after `step`; `None` on the result.
    pub fn next(&self, step: &Step) -> Option<&Step> {
        self.0.get(self.position(step)? + 1)
    }

    /// The step before `step`; `None` on the profile.
    pub fn previous(&self, step: &Step) -> Option<&Step> {
        self.0.get(self.position(step)?.checked_sub(1)?)
    }
}

/// The state of one assessment being filled in: what the questionnaire screen
/// shows. Changed only through [`Questionnaire::apply`].
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    /// The criteria set the answers are scored against.
    pub set: Rc<CriteriaSet>,
    /// What she entered: the profile, the answers (naming the set and version
    /// they were made for), the notes and the plan.
    pub content: AssessmentContent,
    pub steps: Steps,
    pub step: Step,
    /// How the step last changed, so that the browser's history follows her
    /// moves and not its own (`shell::history::record`).
    pub last_move: StepMove,
}

/// How the questionnaire came to be on its step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StepMove {
    /// Opened on it (a new or stored draft, a reload).
    #[default]
    Opened,
    /// Her own move: Next, Back, or a step chosen from a list.
    Moved,
    /// The browser's Back or Forward brought her to it.
    Visited,
    /// Taken with a newer copy saved by another tab.
    Taken,
}

/// Everything the secretary can do on the questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    EditProfile(ProfileEdit),
    /// The new answer to the criterion with this id, and the texts typed in
    /// its number fields that are not values (by field key; empty: none).
    Answer(String, Answer, FieldTexts),
    /// The new note of the criterion with this id.
    Note(String, String),
    /// A change to the plan item of the criterion with this id.
    Plan(String, PlanEdit),
    GoTo(Step),
    Next,
    Back,
    /// Show this step because the browser's history moved to it (Back, Forward):
    /// a change of step like the others, but not a move of her own to record.
    Visit(Step),
    /// Take a newer copy of the same draft (saved by another tab), whole, step
    /// included, so that the two tabs agree and neither saves again in reply.
    TakeNewer(Box<Questionnaire>),
    /// Assess with this criteria set (her choice on the profile step): the
    /// answers are kept, by criterion id, whatever the set.
    UseSet(Rc<CriteriaSet>),
}

impl Questionnaire {
    /// A fresh assessment of `set`, on the profile step.
    pub fn new(set: Rc<CriteriaSet>) -> Self {
        Questionnaire {
            steps: Steps::new(set.criterion_ids()),
            content: AssessmentContent::new(Answers::new(set.id.clone(), set.version)),
            set,
            step: Step::Profile,
            last_move: StepMove::Opened,
        }
    }

    /// Applies one action. Moving between steps is never refused for missing or
    /// invalid answers: an unfinished assessment is normal.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::EditProfile(edit) => self.content.profile.apply(edit),
            Action::Answer(id, answer, typed) => {
                if self.set.criterion(&id).is_some() {
                    let answers = &mut self.content.answers;
                    if typed.is_empty() {
                        answers.typed.remove(&id);
                    } else {
                        answers.typed.insert(id.clone(), typed);
                    }
                    answers.answers.insert(id, answer);
                }
            }
            Action::Note(id, note) => {
                if note.is_empty() {
                    self.content.notes.remove(&id);
                } else {
                    self.content.notes.insert(id, note);
                }
            }
            Action::Plan(id, edit) => {
                if let Some(criterion) = self.set.criterion(&id) {
                    plan::edit(&mut self.content.plan, criterion, edit);
                }
            }
            Action::GoTo(step) => self.go_to(step, StepMove::Moved),
            Action::Next => {
                if let Some(next) = self.steps.next(&self.step).cloned() {
                    self.go_to(next, StepMove::Moved);
                }
            }
            Action::Back => {
                if let Some(previous) = self.steps.previous(&self.step).cloned() {
                    self.go_to(previous, StepMove::Moved);
                }
            }
            Action::Visit(step) => self.go_to(step, StepMove::Visited),
            Action::TakeNewer(newer) => {
                *self = *newer;
                self.last_move = StepMove::Taken;
            }
            Action::UseSet(set) => self.use_set(set),
        }
    }

    /// Assess with `set` from now on: the answers name it, the steps are its
    /// criteria (she stays on her step when the set has it), and nothing she
    /// entered is deleted: answers under ids the set does not have stay
    /// stored, unscored, and come back with a set that has them.
    pub fn use_set(&mut self, set: Rc<CriteriaSet>) {
        let answers = &mut self.content.answers;
        answers.set_id = set.id.to_string();
        answers.set_version = set.version;
        self.steps = Steps::new(set.criterion_ids());
        self.step = self.steps.resolve(&self.step);
        self.set = set;
    }

    /// While nothing is answered yet, the set follows the cell's province and
    /// year: the newest set in force there ([`Registry::default_for`]). Once
    /// she has answered, an assessment keeps the set it was made with.
    /// Whether the set changed.
    pub fn follow_place(&mut self, registry: &Registry) -> bool {
        let answers = &self.content.answers;
        if !answers.answers.is_empty() || !answers.typed.is_empty() {
            return false;
        }
        let profile = &self.content.profile;
        let set = registry.default_for(&profile.province, profile.year.map(i64::from));
        if set.id == self.set.id && set.version == self.set.version {
            return false;
        }
        self.use_set(Rc::new(set.clone()));
        true
    }

    /// The verdict on the answers so far, in `current_year`.
    pub fn score(&self, current_year: u16) -> Assessment {
        scoring::score(&self.set, &self.content.answers, current_year)
    }

    fn go_to(&mut self, step: Step, how: StepMove) {
        let step = self.steps.resolve(&step);
        if step != self.step {
            self.step = step;
            self.last_move = how;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// The step as serde's derive reads it, to compare with.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "kind", content = "id", rename_all = "snake_case")]
    enum DerivedStep {
        Profile,
        Criterion(String),
        Result,
    }

    #[test]
    fn a_step_reads_as_the_derive_reads_it() {
        let texts = [
            r#"{"kind":"profile"}"#,
            r#"{"kind":"profile","id":null}"#,
            r#"{"kind":"profile","id":"c3"}"#,
            r#"{"kind":"profile","id":7}"#,
            r#"{"kind":"result","other":[1]}"#,
            r#"{"kind":"result","id":{}}"#,
            r#"{"kind":"criterion","id":"c3"}"#,
            r#"{"id":"c3","kind":"criterion"}"#,
            r#"{"kind":"criterion","id":""}"#,
            r#"{"kind":"criterion"}"#,
            r#"{"kind":"criterion","id":null}"#,
            r#"{"kind":"criterion","id":3}"#,
            r#"{"kind":"teleport"}"#,
            r#"{"kind":7}"#,
            r#"{"id":"c3"}"#,
            r#"{}"#,
            r#""profile""#,
            "null",
            "[]",
            r#"{"kind":"criterion","id":"c3""#,
        ];
        for text in texts {
            let ours = serde_json::from_str::<Step>(text).ok();
            let derived = serde_json::from_str::<DerivedStep>(text).ok();
            let derived = derived.map(|d| match d {
                DerivedStep::Profile => Step::Profile,
                DerivedStep::Criterion(id) => Step::Criterion(id),
                DerivedStep::Result => Step::Result,
            });
            assert_eq!(ours, derived, "{text}");
        }
        // serde's derive also reads a list `[kind, id]`, which no release
        // ever wrote: ours refuses it.
        for text in [r#"["criterion","c3"]"#, r#"["result",null]"#] {
            assert!(serde_json::from_str::<DerivedStep>(text).is_ok(), "{text}");
            assert!(serde_json::from_str::<Step>(text).is_err(), "{text}");
        }
        for step in [Step::Profile, Step::Criterion("c3".into()), Step::Result] {
            let text = serde_json::to_string(&step).unwrap();
            assert_eq!(serde_json::from_str::<Step>(&text).unwrap(), step);
        }
    }

    fn bundled_set() -> Rc<CriteriaSet> {
        let registry = crate::domain::criteria::Registry::bundled();
        Rc::new(
            registry
                .latest(crate::domain::criteria::DEFAULT_SET_ID)
                .unwrap()
                .clone(),
        )
    }

    #[test]
    fn answers_and_notes_are_kept_by_criterion_id() {
        let mut q = Questionnaire::new(bundled_set());
        assert_eq!(q.steps.len(), q.set.criteria.len() + 2);
        q.apply(Action::Answer(
            "c3".into(),
            Answer::NamedItems {
                items: vec!["Tuyến đường hoa".into()],
            },
            FieldTexts::new(),
        ));
        q.apply(Action::Answer(
            "no-such".into(),
            Answer::YesNo { value: Some(true) },
            FieldTexts::from([("x".to_owned(), "?".to_owned())]),
        ));
        assert_eq!(
            q.content.answers.answers.len(),
            1,
            "answers to unknown criteria are not kept"
        );
        assert!(q.content.answers.typed.is_empty());
        q.apply(Action::Note(
            "c3".into(),
            "Biên bản họp chi bộ 05/2026".into(),
        ));
        assert_eq!(
            q.content.notes.get("c3").map(String::as_str),
            Some("Biên bản họp chi bộ 05/2026")
        );
        q.apply(Action::Note("c3".into(), String::new()));
        assert!(q.content.notes.is_empty());
        let verdict = q.score(2026);
        assert_eq!(verdict.total, q.set.criteria.len());
        assert!(!verdict.can_propose);
    }

    #[test]
    fn actions_move_between_steps() {
        let set = bundled_set();
        let mut q = Questionnaire::new(set.clone());
        q.steps = steps();
        q.apply(Action::Back);
        assert_eq!(
            (q.step.clone(), q.last_move),
            (Step::Profile, StepMove::Opened)
        );
        q.apply(Action::Next);
        assert_eq!(q.step, Step::Criterion("c1".into()));
        q.apply(Action::GoTo(Step::Result));
        q.apply(Action::Next);
        assert_eq!(q.step, Step::Result);
        q.apply(Action::GoTo(Step::Criterion("nope".into())));
        assert_eq!(q.step, Step::Profile);
        q.apply(Action::EditProfile(ProfileEdit::Year(
            scoring::NumberEntry::Value(Some(2026)),
        )));
        assert_eq!(q.content.profile.year, Some(2026));
    }

    #[test]
    fn each_change_of_step_says_how_it_came() {
        let mut q = Questionnaire::new(bundled_set());
        q.steps = steps();
        assert_eq!(q.last_move, StepMove::Opened);
        q.apply(Action::Next);
        assert_eq!(q.last_move, StepMove::Moved);
        q.apply(Action::Visit(Step::Profile));
        assert_eq!(q.step, Step::Profile);
        // A change of step like the others, but not her own move.
        assert_eq!(q.last_move, StepMove::Visited);
        q.apply(Action::GoTo(Step::Result));
        assert_eq!(q.last_move, StepMove::Moved);
        // Staying where she is changes nothing, however it is asked.
        q.apply(Action::Visit(Step::Result));
        q.apply(Action::Next);
        assert_eq!(q.last_move, StepMove::Moved);
        // A visit to a step the set no longer has lands on the profile.
        q.apply(Action::Visit(Step::Criterion("gone".into())));
        assert_eq!(
            (q.step.clone(), q.last_move),
            (Step::Profile, StepMove::Visited)
        );
        let mut newer = q.clone();
        newer.step = Step::Criterion("c2".into());
        q.apply(Action::TakeNewer(Box::new(newer)));
        assert_eq!(
            (q.step.clone(), q.last_move),
            (Step::Criterion("c2".into()), StepMove::Taken)
        );
    }

    fn steps() -> Steps {
        Steps::new(["c1", "c2"])
    }

    #[test]
    fn a_note_is_too_long_past_the_limit_counted_in_characters() {
        assert_eq!(note_too_long(&"ờ".repeat(MAX_NOTE_CHARS)), None);
        assert_eq!(
            note_too_long(&"ờ".repeat(MAX_NOTE_CHARS + 1)),
            Some(MAX_NOTE_CHARS + 1)
        );
    }

    #[test]
    fn profile_then_criteria_then_result() {
        let all: Vec<Step> = steps().iter().cloned().collect();
        assert_eq!(
            all,
            vec![
                Step::Profile,
                Step::Criterion("c1".into()),
                Step::Criterion("c2".into()),
                Step::Result
            ]
        );
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        let steps = steps();
        assert_eq!(steps.previous(&Step::Profile), None);
        assert_eq!(
            steps.next(&Step::Profile),
            Some(&Step::Criterion("c1".into()))
        );
        assert_eq!(
            steps.next(&Step::Criterion("c2".into())),
            Some(&Step::Result)
        );
        assert_eq!(
            steps.previous(&Step::Result),
            Some(&Step::Criterion("c2".into()))
        );
        assert_eq!(steps.next(&Step::Result), None);
        assert_eq!(steps.next(&Step::Criterion("gone".into())), None);
    }

    #[test]
    fn a_criterion_that_no_longer_exists_resolves_to_the_profile() {
        assert_eq!(
            steps().resolve(&Step::Criterion("c9".into())),
            Step::Profile
        );
        assert_eq!(steps().resolve(&Step::Result), Step::Result);
    }

    #[test]
    fn steps_serialise_with_their_criterion_id() {
        let json = serde_json::to_string(&Step::Criterion("c4".into())).unwrap();
        assert_eq!(json, r#"{"kind":"criterion","id":"c4"}"#);
        let back: Step = serde_json::from_str(r#"{"kind":"result"}"#).unwrap();
        assert_eq!(back, Step::Result);
    }
}
