//! The app's shell as a state machine: what shows, and every move (Back,
//! Forward, a reload, a result link followed), as one pure function,
//! [`transition`].
//!
//! The app shows her questionnaire (always mounted, so that nothing typed is
//! dropped on the way). What the history entries stand for and the rules for
//! moving through them are in [`history`]. A result link (the address's
//! fragment) opens on the result page, in place of the app's entry. The
//! commune's view ("Theo dõi các chi bộ"), the record screens ("Hồ sơ chi
//! bộ", "Các hồ sơ trên máy này") and the result page ("Gửi và in kết quả",
//! a result from a link) are pages of their own, each with its own small
//! shell: [`commune`], [`record_page`], [`result_page`].
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
use history::{Arrival, Entry, Shown, Write};

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

/// The fragment the commune's page and the result page open the app with
/// after she kept a result as her draft there: the app says so over it, and
/// drops the fragment.
pub const KEPT_FRAGMENT: &str = "#kept";

/// What adding the open result to the commune's list did (on the commune's
/// page).
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
    /// The questionnaire's draft and step, as it last said.
    pub draft: Option<DraftStep>,
    /// She kept a result as a draft (on the result page or the commune's):
    /// said over her questionnaire.
    pub kept: bool,
}

impl Shell {
    /// The page before it has opened, in `lang`.
    pub fn new(lang: Lang) -> Shell {
        Shell {
            lang,
            draft: None,
            kept: false,
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
    /// [`KEPT_FRAGMENT`] says that the result page or the commune's page just
    /// kept a result as her draft (the one open last); a result link's, that
    /// it is the result page's to show (the page's head script sends it there
    /// before the app starts). `by_history` when the browser opened the page
    /// by its Back or Forward (come back to from another page).
    Opened {
        entry: Option<Entry>,
        fragment: String,
        draft: Option<DraftStep>,
        by_history: bool,
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
    /// The address's fragment changed (a result link pasted into the
    /// address bar of the app's tab).
    FragmentChanged(String),
    /// The open draft changed in storage (renamed in the list, moved to a
    /// newer criteria set): read it again, on the same screen.
    DraftChanged,
    /// The current draft was read again: its id and step (none when no draft
    /// could be made).
    Reloaded { draft: Option<DraftStep> },
    /// The draft [`Effect::OpenStored`] named is not on this device (deleted
    /// since, or never stored where storage is blocked).
    Missing { step: Step },
    /// The language switch.
    SwitchLang,
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
    /// [`Event::Reloaded`].
    Reload,
    /// Opens the result page on `fragment` (a result link), in place of the
    /// current entry; `from_app` when it was followed from the app's screens
    /// (the page's close button then goes back to them, as Back does), not
    /// the link she came in on.
    OpenResultPage { fragment: String, from_app: bool },
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
            by_history,
        } => {
            // A result link is the result page's (the page's head script
            // sends it there before the app starts; this is the rest).
            if share_link::names_a_result(&fragment) {
                effects.push(Effect::OpenResultPage {
                    fragment,
                    from_app: false,
                });
                return (shell, effects);
            }
            // Kept on the result page or the commune's: said over the draft,
            // and the fragment leaves the address, the entry kept.
            shell.kept = fragment == KEPT_FRAGMENT;
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
            match history::arrive(entry.as_ref(), &shown) {
                Arrival::Step(step) => effects.push(Effect::ShowStep(step)),
                Arrival::OpenDraft { draft, step } => effects.push(Effect::OpenStored {
                    draft,
                    step,
                    by_history,
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
        // A link followed in the app's tab (pasted into its address bar):
        // the browser says so twice, by `popstate`, then `hashchange`; the
        // result page opens once, on the second (a `popstate` onto a link's
        // fragment is always followed by it).
        Event::FragmentChanged(fragment) if share_link::names_a_result(&fragment) => {
            effects.push(Effect::OpenResultPage {
                fragment,
                from_app: true,
            });
        }
        Event::Popped { fragment, .. } if share_link::names_a_result(&fragment) => {}
        Event::Popped { entry, .. } => {
            let Some(shown) = shell.shown() else {
                return (shell, effects);
            };
            match history::arrive(entry.as_ref(), &shown) {
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
        Event::FragmentChanged(_) => {}
        Event::Missing { step } => {
            // Her open draft, on the step the entry names, and the entry
            // marked with it.
            if let Some(open) = &shell.draft {
                effects.push(Effect::Replace(Entry::step(&open.draft, &step)));
                effects.push(Effect::ShowStep(step));
            }
        }
        Event::DraftChanged => effects.push(Effect::Reload),
        Event::Reloaded { draft } => {
            // The questionnaire shows it from the next render on.
            if let Some(open) = draft {
                shell.draft = Some(open);
            }
        }
        Event::SwitchLang => {
            shell.lang = shell.lang.other();
            effects.push(Effect::RememberLang(shell.lang));
        }
    }
    (shell, effects)
}
