//! The commune's page's shell (`domain::shell::commune`) in a component: its
//! state to render, a way to send it events, the browser's moves (`popstate`,
//! `hashchange`) as events, and its effects run through the browser's
//! adapters; what an effect finds in storage goes back in as the next event.

use crate::browser::{collection_store, draft_store, location, preferences, screen_history};
use crate::domain::criteria::Registry;
use crate::domain::share_link;
use crate::domain::shell::Tracked;
use crate::domain::shell::commune::{self, AppVisit, Commune, Effect, Event};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

pub struct CommuneHandle {
    pub page: Commune,
    pub dispatch: Callback<Event>,
}

struct Runner {
    registry: Rc<Registry>,
    page: RefCell<Commune>,
}

impl Runner {
    fn dispatch(&self, event: Event) {
        let effects = {
            let mut page = self.page.borrow_mut();
            let (next, effects) = commune::transition(page.clone(), event);
            *page = next;
            effects
        };
        for effect in effects {
            if let Some(found) = self.run(effect) {
                self.dispatch(found);
            }
        }
    }

    fn run(&self, effect: Effect) -> Option<Event> {
        let registry = &self.registry;
        match effect {
            Effect::Mark(place) => screen_history::mark(&place),
            Effect::MarkDroppingFragment(place) => screen_history::mark_without_fragment(&place),
            Effect::Back => screen_history::back(),
            Effect::SetFragment(fragment) => location::set_fragment(&fragment),
            // Her new draft, made current: the app opens on it and gives it
            // a record of its own when it starts (`ui::startup`).
            Effect::KeepShared(fragment) => {
                let decoded = share_link::decode(&fragment, registry).ok()?;
                return Some(match draft_store::save_shared(&decoded.result) {
                    Ok(_) => Event::Kept,
                    Err(_) => Event::KeepFailed,
                });
            }
            Effect::Track(fragment) => {
                let (mut collection, _) = collection_store::load(registry);
                collection.import_text(&fragment, registry, &draft_store::now());
                return Some(Event::Tracked(match collection_store::save(&collection) {
                    Ok(()) => Tracked::Added,
                    Err(_) => Tracked::NotSaved,
                }));
            }
            Effect::OpenApp(visit) => {
                location::open(&commune::app_href(visit), visit == AppVisit::Kept)
            }
            // A preference that cannot be remembered still applies to this visit.
            Effect::RememberLang(lang) => {
                let _ = preferences::save_lang(lang);
            }
        }
        None
    }
}

#[hook]
pub fn use_commune(registry: Rc<Registry>) -> CommuneHandle {
    let runner = use_memo((), move |_| {
        let runner = Runner {
            registry,
            page: RefCell::new(Commune::new(preferences::load_lang())),
        };
        runner.dispatch(Event::Opened {
            entry: screen_history::read(),
            fragment: location::fragment(),
        });
        runner
    });
    let rerender = use_force_update();
    let dispatch = {
        let runner = runner.clone();
        Callback::from(move |event| {
            runner.dispatch(event);
            rerender.force_update();
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
            let fragments = {
                let dispatch = dispatch.clone();
                location::FragmentListener::new(move |fragment| {
                    dispatch.emit(Event::FragmentChanged(fragment));
                })
            };
            // Brought back whole from the back-forward cache (Back from the
            // app, after a result was kept in the result's place): the
            // address says whether a result is over the list.
            let shown = location::ShownListener::new(move |fragment| {
                dispatch.emit(Event::FragmentChanged(fragment));
            });
            move || drop((moves, fragments, shown))
        });
    }
    CommuneHandle {
        page: runner.page.borrow().clone(),
        dispatch,
    }
}
