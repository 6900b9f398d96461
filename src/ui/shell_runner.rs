//! Runs the shell's state machine (`domain::shell`) in the page: keeps its
//! state, feeds it events, and carries out its effects through the browser's
//! adapters. What an effect finds in storage goes back in as the next event,
//! at once; the browser's own answers (`popstate`, `hashchange`) come later
//! through the listeners of `use_shell`. The effects themselves are in
//! `shell_effects`. At the page's start, before any draft is read, the drafts
//! of an earlier release are arranged into records (`record_store::migrate`).

use super::startup::Startup;
use crate::browser::record_store::{self, Migration};
use crate::browser::{location, preferences, screen_history};
use crate::domain::criteria::Registry;
use crate::domain::questionnaire::Step;
use crate::domain::shell::{self, Event, Shell};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

pub struct ShellRunner {
    pub(super) registry: Rc<Registry>,
    pub shell: RefCell<Shell>,
    /// The draft the questionnaire is (re)mounted with.
    pub startup: RefCell<Option<Rc<Startup>>>,
    /// How the questionnaire shows a step, once it has said one.
    pub visit: RefCell<Option<Callback<Step>>>,
    /// What arranging the drafts into records did at this start (the first
    /// start with records only), to be told once.
    pub migration: Option<Migration>,
}

impl ShellRunner {
    /// The page as it opens: the draft open last, then what the history
    /// entry and the address say.
    pub fn open(registry: Rc<Registry>) -> ShellRunner {
        // Before anything reads the drafts: the drafts of an earlier release
        // become records (once; nothing is deleted).
        // Storage that cannot be read at all is reported by the draft store.
        let migration = record_store::migrate().ok().flatten();
        // Come back to by Back or Forward from another page of the app: the
        // step's heading takes the focus, as on any move through the history.
        let by_history = location::came_by_history();
        let startup = Startup::current(&registry, by_history);
        let draft = startup.as_ref().map(|s| s.draft_step());
        let runner = ShellRunner {
            registry,
            shell: RefCell::new(Shell::new(preferences::load_lang())),
            startup: RefCell::new(startup),
            visit: RefCell::new(None),
            migration,
        };
        runner.dispatch(Event::Opened {
            entry: screen_history::current(),
            fragment: location::fragment(),
            draft,
            by_history,
        });
        runner
    }

    /// Moves the shell on by `event` and runs its effects, in order. No
    /// borrow is held while an effect runs: one may dispatch again.
    pub fn dispatch(&self, event: Event) {
        let effects = {
            let mut state = self.shell.borrow_mut();
            let (next, effects) = shell::transition(state.clone(), event);
            *state = next;
            effects
        };
        for effect in effects {
            if let Some(found) = self.run(effect) {
                self.dispatch(found);
            }
        }
    }
}
