//! The browser's history, as the app uses it: what each of the page's history
//! entries stands for (a step of a draft), and the rules for moving through them,
//! so that the phone's Back button walks back through the places she was and
//! leaves the app only from the entry she came in on.
//!
//! Pure: the browser adapter (`browser::screen_history`) only writes and reads
//! the entries' text; the shell's state machine (`super::transition`) asks
//! these functions what a move means.
//!
//! The rules:
//! - Every move of her own between steps (Tiếp theo, Quay lại, the list of
//!   steps, a condition chosen on the result) adds an entry naming the draft
//!   and the step ([`record`]); a move made by the history itself adds none.
//! - Arriving at an entry (Back, Forward, a reload) shows what it names
//!   ([`arrive`]): a step of the open draft, or another draft on its step.
//!   An entry the app did not make (the one she came in on, an older
//!   release's) is marked with what is shown, so that coming back to it later
//!   shows the same.
//! - A result link is shown by the result page (`super::result_page`): the
//!   app opens it there in place of its entry.
//! - Quay lại goes to the step before in the set's order; when the entry under
//!   this one is that very step, it goes there through the history, so that
//!   Quay lại and Back never disagree ([`back_button`]).

use crate::domain::questionnaire::{Step, StepMove, Steps};

/// What a page's history entries stand for, as the text the browser keeps
/// in each (the app's [`Entry`], the commune's page's `commune::Place`).
pub trait HistoryState: Sized {
    /// The text kept in the browser's history entry.
    fn to_state(&self) -> String;
    /// What a history entry's text names; `None` for text the page did not
    /// write.
    fn from_state(state: &str) -> Option<Self>;
}

impl HistoryState for Entry {
    fn to_state(&self) -> String {
        Entry::to_state(self)
    }

    fn from_state(state: &str) -> Option<Entry> {
        Entry::from_state(state)
    }
}

/// What one history entry of the page stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A step of the draft with this id; `below` is the step of the entry
    /// under this one when that entry is a step of the same draft.
    Step {
        draft: String,
        step: Step,
        below: Option<Step>,
    },
}

/// The mark that starts an entry's text. Earlier releases also wrote
/// `tsvmtd:screen:…` for the screens shown over the questionnaire (the
/// commune's view, the record, the list of records) and `tsvmtd:link:…` for
/// a result link shown over a step, pages of their own now: those entries
/// name nothing, and show what is shown.
const STEP_MARK: &str = "tsvmtd:step:";

/// A step as an entry writes it: `profile`, `result`, `c:<criterion id>`
/// (a slug, `docs/criteria-format.md`), or nothing.
fn write_step(step: Option<&Step>) -> String {
    match step {
        None => String::new(),
        Some(Step::Profile) => "profile".into(),
        Some(Step::Result) => "result".into(),
        Some(Step::Criterion(id)) => format!("c:{id}"),
    }
}

/// A step as [`write_step`] writes it; `Some(None)` for nothing.
fn read_step(text: &str) -> Option<Option<Step>> {
    match text {
        "" => Some(None),
        "profile" => Some(Some(Step::Profile)),
        "result" => Some(Some(Step::Result)),
        _ => {
            let id = text.strip_prefix("c:")?;
            let slug = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            slug.then(|| Some(Step::Criterion(id.to_owned())))
        }
    }
}

impl Entry {
    /// A step of a draft, with nothing known under it.
    pub fn step(draft: &str, step: &Step) -> Entry {
        Entry::Step {
            draft: draft.to_owned(),
            step: step.clone(),
            below: None,
        }
    }

    /// The text kept in the browser's history entry.
    pub fn to_state(&self) -> String {
        match self {
            // The draft's id last: it may hold any character.
            Entry::Step { draft, step, below } => format!(
                "{STEP_MARK}{};{};{draft}",
                write_step(Some(step)),
                write_step(below.as_ref())
            ),
        }
    }

    /// The entry a history entry's text names; `None` for text the app did
    /// not write (or cannot read any more).
    pub fn from_state(state: &str) -> Option<Entry> {
        let (step, rest) = state.strip_prefix(STEP_MARK)?.split_once(';')?;
        let (below, draft) = rest.split_once(';')?;
        Some(Entry::Step {
            step: read_step(step)??,
            below: read_step(below)?,
            draft: draft.to_owned(),
        })
    }
}

/// What the app shows, as far as history entries name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The open draft's id and the questionnaire's step.
    pub draft: String,
    pub step: Step,
}

impl Shown {
    /// The entry that names what is shown.
    pub fn entry(&self) -> Entry {
        Entry::step(&self.draft, &self.step)
    }
}

/// What to show on arriving at a history entry (Back, Forward, a reload).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The open draft, on this step.
    Step(Step),
    /// Another draft, on this step (when it is no
    /// longer on this device, the shell shows the open draft on that step).
    OpenDraft { draft: String, step: Step },
    /// An entry the app did not make (the one she came in on, or an older
    /// release's): what is shown stays, and the entry is marked with it.
    Mark(Entry),
}

/// What arriving at `entry` (Back, Forward, a reload) means while `shown` is
/// on screen.
pub fn arrive(entry: Option<&Entry>, shown: &Shown) -> Arrival {
    match entry {
        Some(Entry::Step { draft, step, .. }) if *draft == shown.draft => {
            Arrival::Step(step.clone())
        }
        Some(Entry::Step { draft, step, .. }) => Arrival::OpenDraft {
            draft: draft.clone(),
            step: step.clone(),
        },
        None => Arrival::Mark(shown.entry()),
    }
}

/// What to do to the history after the questionnaire's step changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Add this entry after the current one.
    Push(Entry),
    /// Write this over the current entry.
    Replace(Entry),
}

/// What the history records when the open draft `draft` came to `step` by
/// `how`, the current entry being `current`.
pub fn record(how: StepMove, current: Option<&Entry>, draft: &str, step: &Step) -> Option<Write> {
    match how {
        // Opened on it, or brought to it by the history: the entry is right.
        StepMove::Opened | StepMove::Visited => None,
        StepMove::Moved => match current {
            Some(Entry::Step {
                draft: d, step: s, ..
            }) if d == draft && s == step => None,
            Some(Entry::Step {
                draft: d, step: s, ..
            }) if d == draft => Some(Write::Push(Entry::Step {
                draft: draft.to_owned(),
                step: step.clone(),
                below: Some(s.clone()),
            })),
            _ => Some(Write::Push(Entry::step(draft, step))),
        },
        // Another tab moved the draft: the entry follows, where it names this
        // draft.
        StepMove::Taken => match current {
            Some(Entry::Step {
                draft: d, below, ..
            }) if d == draft => Some(Write::Replace(Entry::Step {
                draft: draft.to_owned(),
                step: step.clone(),
                below: below.clone().filter(|b| b != step),
            })),
            _ => None,
        },
    }
}

/// What the questionnaire's own Quay lại button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackButton {
    /// Go back one entry in the history: it is the step before.
    History,
    /// Move to the step before in the set's order (a new entry, as any move).
    Previous,
}

/// Quay lại on `step` of draft `draft`, the current entry being `current`.
pub fn back_button(current: Option<&Entry>, draft: &str, steps: &Steps, step: &Step) -> BackButton {
    match current {
        Some(Entry::Step {
            draft: d,
            step: s,
            below: Some(below),
        }) if d == draft && s == step && steps.previous(step) == Some(below) => BackButton::History,
        _ => BackButton::Previous,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str) -> Step {
        Step::Criterion(id.into())
    }

    fn at(draft: &str, step: Step, below: Option<Step>) -> Entry {
        Entry::Step {
            draft: draft.into(),
            step,
            below,
        }
    }

    fn shown(step: Step) -> Shown {
        Shown {
            draft: "a".into(),
            step,
        }
    }

    #[test]
    fn entries_read_back_as_written() {
        for entry in [
            at("a", Step::Profile, None),
            at("18f-2a", c("c7"), Some(c("c6"))),
            at("b", Step::Result, Some(c("c9"))),
        ] {
            assert_eq!(Entry::from_state(&entry.to_state()), Some(entry.clone()));
        }
        assert_eq!(
            at("18f-2a", c("c3"), None).to_state(),
            "tsvmtd:step:c:c3;;18f-2a"
        );
        // A draft id from an imported file may hold anything, separators too.
        let odd = at("x;y:z/é", Step::Profile, None);
        assert_eq!(Entry::from_state(&odd.to_state()), Some(odd));
    }

    #[test]
    fn text_the_app_did_not_write_names_nothing() {
        for text in [
            "",
            "null",
            "tsvmtd:screen:",
            "tsvmtd:screen:settings",
            // The screens of earlier releases (the commune's view, the
            // record, the list of records, the list of drafts) are pages of
            // their own: their entries show what is shown.
            "tsvmtd:screen:tracking",
            "tsvmtd:screen:record",
            "tsvmtd:screen:drafts",
            "tsvmtd:step:",
            "tsvmtd:step:profile",
            "tsvmtd:step:profile;",
            "tsvmtd:step:;;a",
            "tsvmtd:step:teleport;;a",
            "tsvmtd:step:c:;;a",
            "tsvmtd:step:c:c 3;;a",
            "tsvmtd:step:profile;elsewhere;a",
            "profile;;a",
            // A result link over a step, of earlier releases: the result
            // page shows links now.
            "tsvmtd:link:",
            "tsvmtd:link:tsvmtd:step:result;c:security_model;a",
            "tsvmtd:link:tsvmtd:link:tsvmtd:screen:drafts",
            "another app's state",
        ] {
            assert_eq!(Entry::from_state(text), None, "{text:?}");
        }
    }

    #[test]
    fn arriving_shows_what_the_entry_names() {
        let on_c3 = shown(c("c3"));
        let table: Vec<(Option<Entry>, Shown, Arrival)> = vec![
            // Back through the steps she walked.
            (
                Some(at("a", c("c2"), Some(c("c1")))),
                on_c3.clone(),
                Arrival::Step(c("c2")),
            ),
            // Back to the draft she had open before she opened another.
            (
                Some(at("b", c("c5"), None)),
                on_c3.clone(),
                Arrival::OpenDraft {
                    draft: "b".into(),
                    step: c("c5"),
                },
            ),
            // Another draft (whether it is still on this device is the
            // shell's to find out: `Event::Missing`).
            (
                Some(at("deleted", c("c5"), Some(c("c4")))),
                on_c3.clone(),
                Arrival::OpenDraft {
                    draft: "deleted".into(),
                    step: c("c5"),
                },
            ),
            // The entry she came in on, or an older release's: marked with
            // what is shown.
            (None, on_c3.clone(), Arrival::Mark(at("a", c("c3"), None))),
        ];
        for (entry, shown, expected) in table {
            assert_eq!(
                arrive(entry.as_ref(), &shown),
                expected,
                "{entry:?} over {shown:?}"
            );
        }
    }

    #[test]
    fn her_own_moves_add_entries_the_history_s_do_not() {
        let here = at("a", c("c3"), Some(c("c2")));
        // Tiếp theo from c3 to c4: a new entry, remembering c3 under it.
        assert_eq!(
            record(StepMove::Moved, Some(&here), "a", &c("c4")),
            Some(Write::Push(at("a", c("c4"), Some(c("c3")))))
        );
        // Over an entry of another draft, or one the app did not make: nothing known under it.
        assert_eq!(
            record(
                StepMove::Moved,
                Some(&at("b", c("c3"), None)),
                "a",
                &c("c4")
            ),
            Some(Write::Push(at("a", c("c4"), None)))
        );
        assert_eq!(
            record(StepMove::Moved, None, "a", &Step::Result),
            Some(Write::Push(at("a", Step::Result, None)))
        );
        // Already on that entry.
        assert_eq!(record(StepMove::Moved, Some(&here), "a", &c("c3")), None);
        // Brought by Back or Forward, or just opened: the entry is right as it is.
        assert_eq!(record(StepMove::Visited, Some(&here), "a", &c("c2")), None);
        assert_eq!(record(StepMove::Opened, None, "a", &Step::Profile), None);
    }

    #[test]
    fn another_tab_s_step_replaces_this_draft_s_entry_only() {
        let here = at("a", c("c3"), Some(c("c2")));
        assert_eq!(
            record(StepMove::Taken, Some(&here), "a", &c("c5")),
            Some(Write::Replace(at("a", c("c5"), Some(c("c2")))))
        );
        // Moved onto the step under it: that one is no longer "the step before".
        assert_eq!(
            record(StepMove::Taken, Some(&here), "a", &c("c2")),
            Some(Write::Replace(at("a", c("c2"), None)))
        );
        // Never over another draft's entry.
        assert_eq!(
            record(
                StepMove::Taken,
                Some(&at("b", c("c3"), None)),
                "a",
                &c("c5")
            ),
            None
        );
        assert_eq!(record(StepMove::Taken, None, "a", &c("c5")), None);
    }

    #[test]
    fn quay_lai_goes_back_through_the_history_only_when_it_is_the_step_before() {
        let steps = Steps::new(["c1", "c2", "c3", "c4"]);
        let back = |entry: Entry, step: Step| back_button(Some(&entry), "a", &steps, &step);
        // She came to c3 from c2 with Tiếp theo: Quay lại is Back.
        assert_eq!(
            back(at("a", c("c3"), Some(c("c2"))), c("c3")),
            BackButton::History
        );
        assert_eq!(
            back(at("a", c("c1"), Some(Step::Profile)), c("c1")),
            BackButton::History
        );
        // She jumped to c4 from c1 through the list: Quay lại still goes to c3,
        // as a move of its own; Back would return to c1.
        assert_eq!(
            back(at("a", c("c4"), Some(c("c1"))), c("c4")),
            BackButton::Previous
        );
        // Nothing known under the entry, another draft's entry,
        // or an entry that no longer matches the step shown.
        assert_eq!(back(at("a", c("c3"), None), c("c3")), BackButton::Previous);
        assert_eq!(
            back(at("b", c("c3"), Some(c("c2"))), c("c3")),
            BackButton::Previous
        );
        assert_eq!(
            back(at("a", c("c2"), Some(c("c1"))), c("c3")),
            BackButton::Previous
        );
        assert_eq!(
            back_button(None, "a", &steps, &c("c3")),
            BackButton::Previous
        );
    }

    #[test]
    fn a_walk_forward_and_back_lands_where_she_was() {
        // The shell's loop, without a browser: a stack of entries and a cursor.
        let steps = Steps::new(["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"]);
        let mut history: Vec<Entry> = Vec::new();
        let mut cursor = 0usize;
        let mut step = Step::Profile;
        // She came in: the entry is marked with the profile.
        if let Arrival::Mark(entry) = arrive(None, &shown(step.clone())) {
            history.push(entry);
        }
        // Tiếp theo six times.
        for _ in 0..6 {
            let next = steps.next(&step).unwrap().clone();
            match record(StepMove::Moved, history.get(cursor), "a", &next) {
                Some(Write::Push(entry)) => {
                    history.truncate(cursor + 1);
                    history.push(entry);
                    cursor += 1;
                }
                other => panic!("{other:?}"),
            }
            step = next;
        }
        assert_eq!(step, c("c6"));
        // Back three times: c5, c4, c3.
        for expected in ["c5", "c4", "c3"] {
            cursor -= 1;
            match arrive(history.get(cursor), &shown(step.clone())) {
                Arrival::Step(s) => step = s,
                other => panic!("{other:?}"),
            }
            assert_eq!(step, c(expected));
        }
        // Quay lại on c3 agrees with Back: through the history.
        assert_eq!(
            back_button(history.get(cursor), "a", &steps, &step),
            BackButton::History
        );
        // Back to where she came in, and no further inside the app.
        while cursor > 0 {
            cursor -= 1;
            if let Arrival::Step(s) = arrive(history.get(cursor), &shown(step.clone())) {
                step = s;
            }
        }
        assert_eq!(step, Step::Profile);
        assert_eq!(history.len(), 7);
    }
}
