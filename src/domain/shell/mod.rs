//! The app's shell as a state machine: what shows, and every move (Back,
//! Forward, a reload, a result link followed, kept as a draft or added to the
//! commune's list), as one pure function, [`transition`].
//!
//! The layers, from the bottom: her questionnaire (always mounted, so that
//! nothing typed is dropped on the way); a result opened from a link (the
//! address's fragment) over it. What the history entries stand for and the
//! rules for moving through them are in [`history`]. The commune's view
//! ("Theo dõi các chi bộ") and the record screens ("Hồ sơ chi bộ", "Các hồ sơ
//! trên máy này") are pages of their own, each with its own small shell:
//! [`commune`], [`record_page`].
//!
//! The shell never touches the browser: an [`Event`] carries what the browser
//! said (the current history entry, the fragment), and [`transition`] answers
//! with the new state and the [`Effect`]s to run, in order. The UI (`App`)
//! renders the state and runs the effects through the browser's adapters;
//! an effect that reads storage reports back with an event of its own.

pub mod commune;
pub mod history;
pub mod record_page;
pub mod result_page;

use crate::domain::i18n::Lang;
use crate::domain::questionnaire::{Step, StepMove};
use crate::domain::share_link;
use history::{Arrival, Came, Close, Entry, Shown, Write};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod walks;

/// The open draft and the step the questionnaire shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStep {
    pub draft: String,
    pub step: Step,
}

impl DraftStep {
    pub fn new(draft: &str, step: &Step) -> DraftStep {
        DraftStep {
            draft: draft.to_owned(),
            step: step.clone(),
        }
    }
}

/// The fragment the commune's page opens the app with after she kept a
/// result as her draft there: the app says so over it, and drops the
/// fragment.
pub const KEPT_FRAGMENT: &str = "#kept";

/// What adding the open result to the commune's list did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tracked {
    Added,
    /// The list could not be saved on this device.
    NotSaved,
}

/// What the shell shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shell {
    /// The interface language.
    pub lang: Lang,
    /// The fragment of the result link shown over everything, if any.
    pub link: Option<String>,
    /// The questionnaire's draft and step, as it last said.
    pub draft: Option<DraftStep>,
    /// She kept a result as a draft: said over her questionnaire.
    pub kept: bool,
    /// Keeping the result as a draft failed (storage full or blocked); said
    /// until a result is kept.
    pub keep_failed: bool,
}

/// What is in front, for the screen reader and the thumb alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Front {
    /// A result from a link (the questionnaire stays mounted, hidden, underneath).
    Link,
    /// The questionnaire, with the links to the other pages.
    Questionnaire,
}

impl Shell {
    /// The page before it has opened, in `lang`.
    pub fn new(lang: Lang) -> Shell {
        Shell {
            lang,
            link: None,
            draft: None,
            kept: false,
            keep_failed: false,
        }
    }

    pub fn front(&self) -> Front {
        match self.link {
            Some(_) => Front::Link,
            None => Front::Questionnaire,
        }
    }

    /// What is shown, as history entries name it (once the questionnaire has
    /// a draft).
    fn shown(&self) -> Option<Shown> {
        let draft = self.draft.as_ref()?;
        Some(Shown {
            draft: draft.draft.clone(),
            step: draft.step.clone(),
        })
    }
}

/// What happened: her taps, the browser's moves, and what effects found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The page opened (or reloaded) on the history entry `entry`, the
    /// address's fragment being `fragment`; `draft` is the draft open last, as
    /// loaded (none when the criteria are missing). The fragment
    /// [`KEPT_FRAGMENT`] says that the commune's page just kept a result as
    /// her draft (the one open last).
    Opened {
        entry: Option<Entry>,
        fragment: String,
        draft: Option<DraftStep>,
    },
    /// The questionnaire shows `step` of `draft`, having come to it by `how`
    /// (said when it opens and at every change of step); `entry` is the
    /// current history entry.
    StepShown {
        draft: String,
        step: Step,
        how: StepMove,
        entry: Option<Entry>,
    },
    /// The browser moved in its history (Back, Forward, a fragment followed):
    /// `entry` is the entry it came to, `fragment` the address's.
    Popped {
        entry: Option<Entry>,
        fragment: String,
    },
    /// The address's fragment changed.
    FragmentChanged(String),
    /// The open result's close button; `entry` is the current history entry.
    CloseLink { entry: Option<Entry> },
    /// "Lưu thành bản nháp của tôi" on the open result.
    KeepLink,
    /// The open result was stored as a new draft, made the current one.
    Kept,
    /// It could not be stored.
    KeepFailed,
    /// The open draft changed in storage (renamed in the list, moved to a
    /// newer criteria set): read it again, on the same screen.
    DraftChanged,
    /// The current draft was read again for `then`: its id and step (none
    /// when no draft could be made).
    Reloaded {
        then: AfterReload,
        draft: Option<DraftStep>,
    },
    /// The draft [`Effect::OpenStored`] named is not on this device (deleted
    /// since, or never stored where storage is blocked).
    Missing { step: Step },
    /// The language switch.
    SwitchLang,
}

/// What follows reading the current draft again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterReload {
    /// Nothing: the same draft, changed in storage.
    Stay,
    /// The current entry (the link's) becomes the draft's and the link leaves
    /// the address, so that Back returns to where she opened the link.
    TakeLinkEntry,
}

/// What the UI does for the shell, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Adds this entry after the current one (same address).
    Push(Entry),
    /// Writes this entry over the current one.
    Replace(Entry),
    /// Writes this entry over the current one and drops the fragment.
    ReplaceDroppingFragment(Entry),
    /// Drops the fragment, the current entry naming nothing.
    ClearFragment,
    /// Goes one entry back, as the browser's Back does.
    Back,
    /// The open draft shows this step (a visit: focus goes to its heading).
    ShowStep(Step),
    /// Opens this draft from storage on `step`; `by_history` when Back or
    /// Forward brought it (its heading takes the focus), not the page's
    /// opening (which keeps what loading found). Reports
    /// [`Event::Missing`] when it is not there.
    OpenStored {
        draft: String,
        step: Step,
        by_history: bool,
    },
    /// Reads the current draft again from storage; reports
    /// [`Event::Reloaded`] with `then`.
    Reload(AfterReload),
    /// Stores the result this fragment names as a new draft, made current;
    /// reports [`Event::Kept`] or [`Event::KeepFailed`].
    KeepShared(String),
    /// Remembers the interface language on this device.
    RememberLang(Lang),
}

/// The shell after `event`, and what to do for it.
pub fn transition(mut shell: Shell, event: Event) -> (Shell, Vec<Effect>) {
    let mut effects = Vec::new();
    match event {
        Event::Opened {
            entry,
            fragment,
            draft,
        } => {
            // Kept on the commune's page: said over the draft, and the
            // fragment leaves the address, the entry kept.
            shell.kept = fragment == KEPT_FRAGMENT;
            shell.link = share_link::names_a_result(&fragment).then_some(fragment);
            let Some(draft) = draft else {
                if shell.kept {
                    effects.push(Effect::ClearFragment);
                }
                return (shell, effects);
            };
            let shown = Shown {
                draft: draft.draft.clone(),
                step: draft.step.clone(),
            };
            shell.draft = Some(draft);
            if let (true, Some(entry)) = (shell.kept, &entry) {
                effects.push(Effect::ReplaceDroppingFragment(entry.clone()));
            }
            match history::arrive(entry.as_ref(), Came::Opened, &shown) {
                Arrival::Step(step) => effects.push(Effect::ShowStep(step)),
                Arrival::OpenDraft { draft, step } => effects.push(Effect::OpenStored {
                    draft,
                    step,
                    by_history: false,
                }),
                Arrival::Mark(entry) if shell.kept => {
                    effects.push(Effect::ReplaceDroppingFragment(entry));
                }
                Arrival::Mark(entry) => effects.push(Effect::Replace(entry)),
            }
        }
        Event::StepShown {
            draft,
            step,
            how,
            entry,
        } => {
            match history::record(how, entry.as_ref(), &draft, &step) {
                Some(Write::Push(entry)) => effects.push(Effect::Push(entry)),
                Some(Write::Replace(entry)) => effects.push(Effect::Replace(entry)),
                None => {}
            }
            shell.draft = Some(DraftStep { draft, step });
        }
        Event::Popped { entry, fragment } => {
            let Some(shown) = shell.shown() else {
                return (shell, effects);
            };
            // A result link's entry is marked with what it was opened over,
            // so that it keeps that place underneath.
            let came = Came::moving(share_link::names_a_result(&fragment), shell.link.is_some());
            match history::arrive(entry.as_ref(), came, &shown) {
                Arrival::Step(step) => effects.push(Effect::ShowStep(step)),
                Arrival::OpenDraft { draft, step } => {
                    effects.push(Effect::OpenStored {
                        draft,
                        step,
                        by_history: true,
                    });
                }
                Arrival::Mark(entry) => effects.push(Effect::Replace(entry)),
            }
        }
        Event::Missing { step } => {
            // Her open draft, on the step the entry names, and the entry
            // marked with it.
            if let Some(open) = &shell.draft {
                effects.push(Effect::Replace(Entry::step(&open.draft, &step)));
                effects.push(Effect::ShowStep(step));
            }
        }
        Event::FragmentChanged(fragment) => {
            if share_link::names_a_result(&fragment) {
                shell.link = Some(fragment);
            } else if fragment.trim_start_matches('#').is_empty() {
                // Back to the page without a link.
                shell.link = None;
            }
        }
        Event::CloseLink { entry } => match shell.shown() {
            // Followed from the page: back to where it was opened from, as
            // Back does, leaving no entry to reopen; one she came in on
            // closes where it is.
            Some(shown) => match history::close_link(entry.as_ref(), &shown) {
                Close::Back => effects.push(Effect::Back),
                Close::InPlace(entry) => {
                    effects.push(Effect::ReplaceDroppingFragment(entry));
                    shell.link = None;
                }
            },
            None => {
                effects.push(Effect::ClearFragment);
                shell.link = None;
            }
        },
        Event::KeepLink => {
            if let Some(fragment) = &shell.link {
                effects.push(Effect::KeepShared(fragment.clone()));
            }
        }
        Event::Kept => {
            // She sees the draft she just made.
            shell.link = None;
            shell.keep_failed = false;
            shell.kept = true;
            effects.push(Effect::Reload(AfterReload::TakeLinkEntry));
        }
        Event::KeepFailed => shell.keep_failed = true,
        Event::DraftChanged => effects.push(Effect::Reload(AfterReload::Stay)),
        Event::Reloaded { then, draft } => {
            // The questionnaire shows it from the next render on.
            if let Some(open) = &draft {
                shell.draft = Some(open.clone());
            }
            reloaded(then, draft, &mut effects);
        }
        Event::SwitchLang => {
            shell.lang = shell.lang.other();
            effects.push(Effect::RememberLang(shell.lang));
        }
    }
    (shell, effects)
}

/// What the history does once the current draft was read again for `then`.
fn reloaded(then: AfterReload, draft: Option<DraftStep>, effects: &mut Vec<Effect>) {
    match (then, draft) {
        (AfterReload::Stay, _) => {}
        (AfterReload::TakeLinkEntry, Some(open)) => effects.push(Effect::ReplaceDroppingFragment(
            Entry::step(&open.draft, &open.step),
        )),
        (AfterReload::TakeLinkEntry, None) => effects.push(Effect::ClearFragment),
    }
}
