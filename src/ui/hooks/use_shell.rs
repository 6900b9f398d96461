//! The shell's state machine in a component: its state to render, a way to
//! send it events, the questionnaire's report of its steps, the browser's
//! moves (`popstate`, `hashchange`) as events.

use super::StepShown;
use crate::browser::record_store::Migration;
use crate::browser::{location, screen_history};
use crate::domain::criteria::Registry;
use crate::domain::shell::{Event, Shell};
use crate::ui::shell_runner::ShellRunner;
use crate::ui::startup::Startup;
use std::rc::Rc;
use yew::prelude::*;

pub struct ShellHandle {
    pub shell: Shell,
    /// The draft the questionnaire shows (none when the criteria are missing).
    pub startup: Option<Rc<Startup>>,
    pub dispatch: Callback<Event>,
    /// For the questionnaire: told every step it shows.
    pub on_step: Callback<StepShown>,
    /// What arranging the drafts into records did at this start, if anything.
    pub migration: Option<Migration>,
}

#[hook]
pub fn use_shell(registry: Rc<Registry>) -> ShellHandle {
    let runner = use_memo((), move |_| ShellRunner::open(registry));
    let rerender = use_force_update();
    let dispatch = {
        let runner = runner.clone();
        Callback::from(move |event| {
            runner.dispatch(event);
            rerender.force_update();
        })
    };
    // A step shown changes nothing the shell renders (`domain::shell`'s
    // tests hold it), so the questionnaire is not rendered twice for it.
    let on_step = {
        let runner = runner.clone();
        Callback::from(move |shown: StepShown| {
            *runner.visit.borrow_mut() = Some(shown.visit);
            runner.dispatch(Event::StepShown {
                draft: shown.draft,
                step: shown.step,
                how: shown.change,
                entry: screen_history::current(),
            });
        })
    };
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let moves = {
                let dispatch = dispatch.clone();
                screen_history::HistoryListener::new(move |entry| {
                    let fragment = location::fragment();
                    dispatch.emit(Event::Popped { entry, fragment });
                })
            };
            let fragments = location::FragmentListener::new(move |fragment| {
                dispatch.emit(Event::FragmentChanged(fragment));
            });
            move || drop((moves, fragments))
        });
    }
    ShellHandle {
        shell: runner.shell.borrow().clone(),
        startup: runner.startup.borrow().clone(),
        dispatch,
        on_step,
        migration: runner.migration.clone(),
    }
}
