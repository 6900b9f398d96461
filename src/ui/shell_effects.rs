//! The shell's effects (`domain::shell::Effect`) carried out through the
//! browser's adapters; an effect that reads or writes storage answers with
//! the event the shell needs next.

use super::shell_runner::ShellRunner;
use super::startup::Startup;
use crate::browser::{location, preferences, screen_history, tab_mark};
use crate::domain::shell::{Effect, Event, result_page};

impl ShellRunner {
    /// Runs `effect`; what it found, as the next event.
    pub(super) fn run(&self, effect: Effect) -> Option<Event> {
        let registry = &self.registry;
        match effect {
            Effect::Push(entry) => screen_history::push(&entry),
            Effect::Replace(entry) => screen_history::mark(&entry),
            Effect::ReplaceDroppingFragment(entry) => screen_history::mark_without_fragment(&entry),
            Effect::ClearFragment => location::clear_fragment(),
            Effect::Back => screen_history::back(),
            Effect::ShowStep(step) => {
                let visit = self.visit.borrow().clone();
                match visit {
                    Some(visit) => visit.emit(step),
                    // Not mounted yet: it mounts on that step.
                    None => {
                        let mut startup = self.startup.borrow_mut();
                        if let Some(on_step) = startup.as_ref().map(|s| s.on_step(&step)) {
                            *startup = Some(on_step);
                        }
                    }
                }
            }
            Effect::OpenStored {
                draft,
                step,
                by_history,
            } => {
                // What loading the page found goes with the draft it opens on
                // (the questionnaire has not shown a step yet).
                let opening = self.visit.borrow().is_none();
                let notices = match (opening, self.startup.borrow().as_ref()) {
                    (true, Some(startup)) => startup.notices.clone(),
                    _ => Vec::new(),
                };
                match Startup::stored(registry, &draft, &step, notices, by_history) {
                    Some(other) => *self.startup.borrow_mut() = Some(other),
                    None => return Some(Event::Missing { step }),
                }
            }
            Effect::Reload => {
                let next = Startup::current(registry, false);
                let draft = next.as_ref().map(|s| s.draft_step());
                *self.startup.borrow_mut() = next;
                return Some(Event::Reloaded { draft });
            }
            Effect::OpenResultPage { fragment, from_app } => {
                if from_app {
                    tab_mark::mark_link_from_app(&fragment);
                }
                location::open(&format!("{}{fragment}", result_page::PAGE), true);
            }
            // A preference that cannot be remembered still applies to this visit.
            Effect::RememberLang(lang) => {
                let _ = preferences::save_lang(lang);
            }
        }
        None
    }
}
