//! The shell's effects (`domain::shell::Effect`) carried out through the
//! browser's adapters; an effect that reads or writes storage answers with
//! the event the shell needs next.

use super::shell_runner::ShellRunner;
use super::startup::Startup;
use crate::browser::{draft_store, location, preferences, record_store, screen_history};
use crate::domain::share_link;
use crate::domain::shell::{Effect, Event};

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
                // What loading the page found goes with the draft it opens on.
                let notices = match (by_history, self.startup.borrow().as_ref()) {
                    (false, Some(startup)) => startup.notices.clone(),
                    _ => Vec::new(),
                };
                match Startup::stored(registry, &draft, &step, notices, by_history) {
                    Some(other) => *self.startup.borrow_mut() = Some(other),
                    None => return Some(Event::Missing { step }),
                }
            }
            Effect::Reload(then) => {
                let next = Startup::current(registry);
                let draft = next.as_ref().map(|s| s.draft_step());
                *self.startup.borrow_mut() = next;
                return Some(Event::Reloaded { then, draft });
            }
            Effect::KeepShared(fragment) => {
                let decoded = share_link::decode(&fragment, registry).ok()?;
                return Some(match draft_store::save_shared(&decoded.result) {
                    // On a record of its own (made again at the next start if
                    // this fails: the draft is kept either way).
                    Ok(id) => {
                        let _ = record_store::ensure_record(&id);
                        Event::Kept
                    }
                    Err(_) => Event::KeepFailed,
                });
            }
            // A preference that cannot be remembered still applies to this visit.
            Effect::RememberLang(lang) => {
                let _ = preferences::save_lang(lang);
            }
        }
        None
    }
}
