//! The root component: holds the interface language (remembered on the device)
//! and lays out the shell.

use super::questionnaire_screen::StepShown;
use super::{
    DraftsScreen, Header, QuestionnaireScreen, SharedResultScreen, TrackingScreen, UpdateBanner,
};
use crate::APP_VERSION;
use crate::browser::draft_store::{self, LoadNotice};
use crate::browser::persistence::{self, Persistence};
use crate::browser::{
    clock, collection_store, document, location, preferences, screen_history, service_worker,
};
use crate::domain::criteria::{CriteriaSet, DEFAULT_SET_ID, Registry};
use crate::domain::draft::Draft;
use crate::domain::i18n::{Lang, Text};
use crate::domain::navigation::{self, Arrival, Came, Close, Entry, Screen, Shown, Write};
use crate::domain::questionnaire::{Questionnaire, Step};
use crate::domain::share_link::{self, Decoded, LinkError};
use std::rc::Rc;
use yew::prelude::*;

/// What the questionnaire starts from: the draft open last (or a new one of
/// the bundled default set) and what loading it found.
#[derive(PartialEq)]
pub struct Startup {
    pub registry: Rc<Registry>,
    pub draft: Draft,
    pub questionnaire: Questionnaire,
    pub notices: Vec<LoadNotice>,
    /// Opened by the browser's Back or Forward: its step's heading takes the
    /// focus, as on any change of step.
    pub by_history: bool,
}

fn start(registry: &Rc<Registry>) -> Option<Rc<Startup>> {
    let default_set: CriteriaSet = registry.latest(DEFAULT_SET_ID)?.clone();
    let (draft, questionnaire, notices) = draft_store::load(registry, &default_set);
    Some(Rc::new(Startup {
        registry: registry.clone(),
        draft,
        questionnaire,
        notices,
        by_history: false,
    }))
}

/// `startup` on `step` rather than the step its draft was saved on (the step
/// the history entry names, after a reload).
fn on_step(startup: &Startup, step: &Step) -> Rc<Startup> {
    let mut questionnaire = startup.questionnaire.clone();
    questionnaire.step = questionnaire.steps.resolve(step);
    Rc::new(Startup {
        registry: startup.registry.clone(),
        draft: startup.draft.clone(),
        questionnaire,
        notices: startup.notices.clone(),
        by_history: false,
    })
}

/// Another draft stored on this device, opened on `step`, with `notices`
/// from loading the page; `by_history` when Back or Forward opened it.
fn open_stored(
    registry: &Rc<Registry>,
    id: &str,
    step: &Step,
    notices: Vec<LoadNotice>,
    by_history: bool,
) -> Option<Rc<Startup>> {
    let (draft, mut questionnaire) = draft_store::stored(id, registry)?;
    questionnaire.step = questionnaire.steps.resolve(step);
    Some(Rc::new(Startup {
        registry: registry.clone(),
        draft,
        questionnaire,
        notices,
        by_history,
    }))
}

/// What is on screen, as history entries name it: the screen over the
/// questionnaire, if any, and the questionnaire's draft and step.
fn shown(screen: Option<Screen>, questionnaire: &StepShown) -> Shown {
    Shown {
        screen,
        draft: questionnaire.draft.clone(),
        step: questionnaire.step.clone(),
    }
}

fn is_stored(registry: &Registry) -> impl Fn(&str) -> bool + '_ {
    move |id| draft_store::stored(id, registry).is_some()
}

/// The page as it opens: the draft open last, or the draft and step that the
/// history entry names (a reload keeps both), and the screen over it. An entry
/// the app did not make (she came in on it) is marked with what is shown.
fn open_page(registry: &Rc<Registry>) -> (Option<Rc<Startup>>, Option<Screen>) {
    let Some(loaded) = start(registry) else {
        return (None, None);
    };
    let shown = Shown {
        screen: None,
        draft: loaded.draft.id.clone(),
        step: loaded.questionnaire.step.clone(),
    };
    let entry = screen_history::current();
    match navigation::arrive(entry.as_ref(), Came::Opened, &shown, is_stored(registry)) {
        Arrival::Screen(screen) => (Some(loaded), Some(screen)),
        Arrival::Step(step) => (Some(on_step(&loaded, &step)), None),
        Arrival::OpenDraft { draft, step } => {
            let other = open_stored(registry, &draft, &step, loaded.notices.clone(), false);
            (Some(other.unwrap_or(loaded)), None)
        }
        Arrival::Mark(entry) => {
            screen_history::mark(&entry);
            (Some(loaded), None)
        }
        Arrival::Gone { step, mark } => {
            screen_history::mark(&mark);
            (Some(on_step(&loaded, &step)), None)
        }
    }
}

/// A result link as read from the address's fragment; `None` when the
/// fragment holds no result link (none at all, or a link to a part of the page).
type SharedLink = Option<Rc<Result<Decoded, LinkError>>>;

fn read_link(registry: &Registry, fragment: &str) -> SharedLink {
    share_link::names_a_result(fragment).then(|| Rc::new(share_link::decode(fragment, registry)))
}

/// The root component.
#[component]
pub fn App() -> Html {
    let registry = use_memo((), |_| Registry::bundled());
    let opening = {
        let registry = registry.clone();
        use_memo((), move |_| open_page(&registry))
    };
    let startup = {
        let opening = opening.clone();
        use_state(move || opening.0.clone())
    };
    // The screen shown over the questionnaire: the list of drafts or the
    // commune's view ("Theo dõi"). The questionnaire stays mounted, hidden, so
    // that nothing typed is dropped on the way. Each such screen has its own
    // history entry: Back closes it, a reload keeps it.
    let screen = use_state(|| opening.1);
    // The same, and the step the questionnaire shows, for the history listener.
    let screen_now = use_mut_ref(|| *screen);
    *screen_now.borrow_mut() = *screen;
    let step_shown = use_mut_ref(|| None::<StepShown>);
    // Whether a result from a link is on screen, likewise.
    let result_shown = use_mut_ref(|| false);
    // Said over her questionnaire after a shared result became a draft, until
    // she moves on to another screen.
    let saved_shared = use_state(|| false);
    let on_show_tracking = {
        let screen = screen.clone();
        let saved_shared = saved_shared.clone();
        Callback::from(move |_: MouseEvent| {
            screen_history::push(&Entry::Screen(Screen::Tracking));
            saved_shared.set(false);
            screen.set(Some(Screen::Tracking));
        })
    };
    let on_tracking_back = {
        let screen = screen.clone();
        Callback::from(move |()| {
            screen_history::leave();
            screen.set(None);
        })
    };
    // A collected result opens as any link does: through the fragment, so the
    // browser's Back button returns to the list.
    let on_tracking_open = Callback::from(|fragment: String| location::set_fragment(&fragment));
    let on_show_drafts = {
        let screen = screen.clone();
        let saved_shared = saved_shared.clone();
        Callback::from(move |_: MouseEvent| {
            screen_history::push(&Entry::Screen(Screen::Drafts));
            saved_shared.set(false);
            screen.set(Some(Screen::Drafts));
        })
    };
    // The open draft changed in storage (renamed in the list, or moved to a
    // newer criteria set from the questionnaire): read it again, on the same screen.
    let on_reopen = {
        let startup = startup.clone();
        let registry = registry.clone();
        Callback::from(move |()| startup.set(start(&registry)))
    };
    let on_back = {
        let screen = screen.clone();
        Callback::from(move |()| {
            screen_history::leave();
            screen.set(None);
        })
    };
    // Another draft was made current in the list: open it from storage. The
    // list's entry becomes the draft's, so that Back returns to the draft she
    // had open before the list.
    let on_open = {
        let screen = screen.clone();
        let startup = startup.clone();
        let registry = registry.clone();
        Callback::from(move |()| {
            let next = start(&registry);
            if let Some(next) = &next {
                screen_history::mark(&Entry::step(&next.draft.id, &next.questionnaire.step));
            }
            startup.set(next);
            screen.set(None);
        })
    };
    // The questionnaire's step changed (or it opened): the history records her
    // own moves, and remembers the step for the history listener.
    let on_step = {
        let step_shown = step_shown.clone();
        Callback::from(move |shown: StepShown| {
            let current = screen_history::current();
            match navigation::record(shown.change, current.as_ref(), &shown.draft, &shown.step) {
                Some(Write::Push(entry)) => screen_history::push(&entry),
                Some(Write::Replace(entry)) => screen_history::mark(&entry),
                None => {}
            }
            *step_shown.borrow_mut() = Some(shown);
        })
    };
    // When a screen over the questionnaire closes (its button, or Back), focus
    // returns to the button that opened it rather than to the page's start.
    let drafts_button = use_node_ref();
    let tracking_button = use_node_ref();
    {
        let previous = use_mut_ref(|| *screen);
        let drafts_button = drafts_button.clone();
        let tracking_button = tracking_button.clone();
        use_effect_with(*screen, move |&now| {
            let before = std::mem::replace(&mut *previous.borrow_mut(), now);
            let opener = match (before, now) {
                (Some(Screen::Drafts), None) => Some(drafts_button),
                (Some(Screen::Tracking), None) => Some(tracking_button),
                _ => None,
            };
            if let Some(button) = opener.and_then(|b| b.cast::<web_sys::HtmlElement>()) {
                let _ = button.focus();
            }
        });
    }
    // Back and Forward: the core says what the entry arrived at means. A
    // result link's entry is marked with what it was opened over, so that it
    // keeps that screen underneath.
    {
        let screen = screen.clone();
        let startup = startup.clone();
        let registry = registry.clone();
        let screen_now = screen_now.clone();
        let step_shown = step_shown.clone();
        let result_shown = result_shown.clone();
        use_effect_with((), move |_| {
            let listener = screen_history::HistoryListener::new(move |entry| {
                let Some(questionnaire) = step_shown.borrow().clone() else {
                    return;
                };
                let shown = shown(*screen_now.borrow(), &questionnaire);
                let came = Came::moving(
                    share_link::names_a_result(&location::fragment()),
                    *result_shown.borrow(),
                );
                match navigation::arrive(entry.as_ref(), came, &shown, is_stored(&registry)) {
                    Arrival::Screen(over) => screen.set(Some(over)),
                    Arrival::Step(step) => {
                        screen.set(None);
                        questionnaire.visit.emit(step);
                    }
                    Arrival::OpenDraft { draft, step } => {
                        screen.set(None);
                        if let Some(other) = open_stored(&registry, &draft, &step, Vec::new(), true)
                        {
                            startup.set(Some(other));
                        }
                    }
                    Arrival::Mark(entry) => screen_history::mark(&entry),
                    Arrival::Gone { step, mark } => {
                        screen.set(None);
                        screen_history::mark(&mark);
                        questionnaire.visit.emit(step);
                    }
                }
            });
            move || drop(listener)
        });
    }
    // A result link opened (or pasted into the address bar of an open tab):
    // shown read-only, over her own assessment, until she closes or keeps it.
    let shared = {
        let registry = registry.clone();
        use_state(move || read_link(&registry, &location::fragment()))
    };
    *result_shown.borrow_mut() = shared.is_some();
    let shared_tracked = use_state(|| None::<Text>);
    {
        let shared = shared.clone();
        let shared_tracked = shared_tracked.clone();
        let registry = registry.clone();
        use_effect_with((), move |_| {
            let listener = location::FragmentListener::new(move |fragment| {
                match read_link(&registry, &fragment) {
                    Some(link) => {
                        shared_tracked.set(None);
                        shared.set(Some(link));
                    }
                    // Back to the page without a link (the browser's Back button).
                    None if fragment.trim_start_matches('#').is_empty() => shared.set(None),
                    None => {}
                }
            });
            move || drop(listener)
        });
    }
    let shared_save_error = use_state(|| None::<AttrValue>);
    let current_year = *use_memo((), |_| clock::current_year());
    // A result link followed from the page closes back to where it was
    // opened from, as Back does, leaving no entry to reopen; one she came in
    // on closes where it is. Shown over a list, its close button says so.
    let over_screen = screen.is_some();
    let on_close_shared = {
        let shared = shared.clone();
        let step_shown = step_shown.clone();
        let screen_now = screen_now.clone();
        Callback::from(move |()| {
            let Some(questionnaire) = step_shown.borrow().clone() else {
                location::clear_fragment();
                shared.set(None);
                return;
            };
            let shown = shown(*screen_now.borrow(), &questionnaire);
            match navigation::close_link(screen_history::current().as_ref(), &shown) {
                Close::Back => screen_history::back(),
                Close::InPlace(entry) => {
                    screen_history::mark_without_fragment(&entry);
                    shared.set(None);
                }
            }
        })
    };
    let lang = use_state(preferences::load_lang);
    use_effect_with(*lang, |lang| document::apply_lang(*lang));
    let on_switch_lang = {
        let lang = lang.clone();
        Callback::from(move |()| {
            let next = lang.other();
            // A preference that cannot be remembered still applies to this visit.
            let _ = preferences::save_lang(next);
            lang.set(next);
        })
    };
    // Offline support; a newer release, once waiting, is offered in a banner.
    let update_ready = use_state(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            service_worker::register(move || update_ready.set(true));
        });
    }
    let on_apply_update = Callback::from(|()| service_worker::apply_update());
    // Ask the browser to keep the drafts for good, and say what it answered.
    let persistence = use_state(|| None::<Persistence>);
    {
        let persistence = persistence.clone();
        use_effect_with((), move |_| {
            persistence::request(move |answer| persistence.set(Some(answer)));
        });
    }
    let lang = *lang;
    let on_save_shared = {
        let saved_shared = saved_shared.clone();
        let shared = shared.clone();
        let startup = startup.clone();
        let registry = registry.clone();
        let screen = screen.clone();
        let shared_save_error = shared_save_error.clone();
        Callback::from(move |()| {
            let Some(Ok(decoded)) = shared.as_deref() else {
                return;
            };
            match draft_store::save_shared(&decoded.result) {
                Ok(()) => {
                    // She sees the draft she just made, whatever list it was
                    // opened from: the link's entry becomes the draft's, so
                    // that Back returns to where she opened the link.
                    let next = start(&registry);
                    match &next {
                        Some(next) => screen_history::mark_without_fragment(&Entry::step(
                            &next.draft.id,
                            &next.questionnaire.step,
                        )),
                        None => location::clear_fragment(),
                    }
                    shared.set(None);
                    shared_save_error.set(None);
                    saved_shared.set(true);
                    screen.set(None);
                    startup.set(next);
                }
                Err(_) => shared_save_error.set(Some(Text::StorageFailed.get(lang).into())),
            }
        })
    };
    // The open link added to the commune's list (kept on this device).
    let on_track_shared = {
        let registry = registry.clone();
        let shared_tracked = shared_tracked.clone();
        Callback::from(move |()| {
            let (mut collection, _) = collection_store::load(&registry);
            collection.import_text(&location::fragment(), &registry, &draft_store::now());
            shared_tracked.set(Some(match collection_store::save(&collection) {
                Ok(()) => Text::TrackingAddedShared,
                Err(_) => Text::StorageFailed,
            }));
        })
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="shell">
                <Header {on_switch_lang} />
                if *update_ready {
                    <UpdateBanner on_apply={on_apply_update} />
                }
                <main class="shell-main" id="main">
                    if let Some(link) = (*shared).clone() {
                        <SharedResultScreen
                            registry={registry.clone()}
                            {link}
                            {current_year}
                            on_save={on_save_shared}
                            on_close={on_close_shared}
                            closes_to_list={over_screen}
                            save_error={(*shared_save_error).clone()}
                            on_track={on_track_shared}
                            tracked={shared_tracked.map(|t| AttrValue::from(t.get(lang)))}
                        />
                    }
                    if let Some(startup) = (*startup).clone() {
                        if shared.is_some() {
                            // The shared result is shown above instead.
                        } else if *screen == Some(Screen::Drafts) {
                            <DraftsScreen
                                registry={registry.clone()}
                                current_id={AttrValue::from(startup.draft.id.clone())}
                                on_open={on_open.clone()}
                                {on_back}
                                on_reopen={on_reopen.clone()}
                            />
                        } else if *screen == Some(Screen::Tracking) {
                            <TrackingScreen
                                registry={registry.clone()}
                                {current_year}
                                on_open={on_tracking_open}
                                on_back={on_tracking_back}
                            />
                        } else {
                            <div class="screen-switch">
                                <button type="button" class="button-secondary" ref={tracking_button} onclick={on_show_tracking}>
                                    { Text::TrackingButton.get(lang) }
                                </button>
                                <button type="button" class="button-secondary" ref={drafts_button} onclick={on_show_drafts}>
                                    { Text::DraftsButton.get(lang) }
                                </button>
                            </div>
                        }
                        <div hidden={screen.is_some() || shared.is_some()}>
                            if *saved_shared {
                                <div class="notice" role="status"><p>{ Text::SharedSaved.get(lang) }</p></div>
                            }
                            <QuestionnaireScreen
                                key={format!("{}@{}", startup.draft.id, startup.draft.revision)}
                                startup={startup.clone()}
                                on_reopen={on_reopen.clone()}
                                {on_step}
                            />
                        </div>
                    } else {
                        <p role="alert">{ Text::CriteriaMissing.get(lang) }</p>
                    }
                </main>
                <footer class="shell-footer">
                    <p>{ Text::PrivacyNote.get(lang) }</p>
                    { match *persistence {
                        Some(Persistence::Granted) => html! { <p>{ Text::PersistGranted.get(lang) }</p> },
                        Some(Persistence::NotGranted) => html! { <p>{ Text::PersistNotGranted.get(lang) }</p> },
                        _ => html! {},
                    } }
                    <p>{ format!("{} {}", Text::VersionLabel.get(lang), APP_VERSION) }</p>
                </footer>
            </div>
        </ContextProvider<Lang>>
    }
}
