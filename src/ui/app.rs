//! The root component: holds the interface language (remembered on the device)
//! and lays out the shell.

use super::{
    DraftsScreen, Header, QuestionnaireScreen, SharedResultScreen, TrackingScreen, UpdateBanner,
};
use crate::APP_VERSION;
use crate::browser::draft_store::{self, LoadNotice};
use crate::browser::persistence::{self, Persistence};
use crate::browser::{
    clock, collection_store, document, location, preferences, screen_history, service_worker,
};
use crate::criteria::{CriteriaSet, DEFAULT_SET_ID, Registry};
use crate::draft::Draft;
use crate::i18n::{Lang, Text};
use crate::questionnaire::Questionnaire;
use crate::share_link::{self, Decoded, LinkError};
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
}

fn start(registry: &Rc<Registry>) -> Option<Rc<Startup>> {
    let default_set: CriteriaSet = registry.latest(DEFAULT_SET_ID)?.clone();
    let (draft, questionnaire, notices) = draft_store::load(registry, &default_set);
    Some(Rc::new(Startup {
        registry: registry.clone(),
        draft,
        questionnaire,
        notices,
    }))
}

/// A result link as read from the address's fragment; `None` when the
/// fragment holds no result link (none at all, or a link to a part of the page).
type SharedLink = Option<Rc<Result<Decoded, LinkError>>>;

fn read_link(registry: &Registry, fragment: &str) -> SharedLink {
    share_link::names_a_result(fragment).then(|| Rc::new(share_link::decode(fragment, registry)))
}

/// The names of the screens shown over the questionnaire, as the browser's
/// history entries remember them (`browser::screen_history`).
const DRAFTS_SCREEN: &str = "drafts";
const TRACKING_SCREEN: &str = "tracking";

fn history_is_at(screen: &str) -> bool {
    screen_history::current().as_deref() == Some(screen)
}

/// The root component.
#[component]
pub fn App() -> Html {
    let registry = use_memo((), |_| Registry::bundled());
    let startup = {
        let registry = registry.clone();
        use_state(move || start(&registry))
    };
    // The list of drafts, shown instead of the questionnaire (which stays
    // mounted, hidden, so that nothing typed is dropped on the way). Each such
    // screen has its own history entry: Back closes it, a reload keeps it.
    let showing_drafts = use_state(|| history_is_at(DRAFTS_SCREEN));
    // Said over her questionnaire after a shared result became a draft, until
    // she moves on to another screen.
    let saved_shared = use_state(|| false);
    // The commune's view of many cells ("Theo dõi"), likewise over the questionnaire.
    let showing_tracking = use_state(|| history_is_at(TRACKING_SCREEN));
    let on_show_tracking = {
        let showing_tracking = showing_tracking.clone();
        let saved_shared = saved_shared.clone();
        Callback::from(move |_: MouseEvent| {
            screen_history::push(TRACKING_SCREEN);
            saved_shared.set(false);
            showing_tracking.set(true);
        })
    };
    let on_tracking_back = {
        let showing_tracking = showing_tracking.clone();
        Callback::from(move |()| {
            screen_history::leave();
            showing_tracking.set(false);
        })
    };
    // A collected result opens as any link does: through the fragment, so the
    // browser's Back button returns to the list.
    let on_tracking_open = Callback::from(|fragment: String| location::set_fragment(&fragment));
    let on_show_drafts = {
        let showing_drafts = showing_drafts.clone();
        let saved_shared = saved_shared.clone();
        Callback::from(move |_: MouseEvent| {
            screen_history::push(DRAFTS_SCREEN);
            saved_shared.set(false);
            showing_drafts.set(true);
        })
    };
    // The open draft changed in storage (renamed in the list, or moved to a
    // newer criteria set from the questionnaire): read it again, on the same screen.
    let on_refresh = {
        let startup = startup.clone();
        let registry = registry.clone();
        Callback::from(move |()| startup.set(start(&registry)))
    };
    let on_back = {
        let showing_drafts = showing_drafts.clone();
        Callback::from(move |()| {
            screen_history::leave();
            showing_drafts.set(false);
        })
    };
    // Another draft was made current: open it from storage.
    let on_open = {
        let showing_drafts = showing_drafts.clone();
        let startup = startup.clone();
        let registry = registry.clone();
        Callback::from(move |()| {
            screen_history::leave();
            startup.set(start(&registry));
            showing_drafts.set(false);
        })
    };
    // When a screen over the questionnaire closes (its button, or Back), focus
    // returns to the button that opened it rather than to the page's start.
    let drafts_button = use_node_ref();
    let tracking_button = use_node_ref();
    {
        let shown = (*showing_drafts, *showing_tracking);
        let previous = use_mut_ref(|| shown);
        let drafts_button = drafts_button.clone();
        let tracking_button = tracking_button.clone();
        use_effect_with(shown, move |&(drafts, tracking)| {
            let (had_drafts, had_tracking) =
                std::mem::replace(&mut *previous.borrow_mut(), (drafts, tracking));
            let opener = if had_drafts && !drafts {
                Some(drafts_button)
            } else if had_tracking && !tracking {
                Some(tracking_button)
            } else {
                None
            };
            if let Some(button) = opener.and_then(|b| b.cast::<web_sys::HtmlElement>()) {
                let _ = button.focus();
            }
        });
    }
    // Back and Forward: the entry says which screen to show. The entry of a
    // result link keeps the screen it was opened from underneath.
    {
        let showing_drafts = showing_drafts.clone();
        let showing_tracking = showing_tracking.clone();
        use_effect_with((), move |_| {
            let listener = screen_history::HistoryListener::new(move |screen| {
                if screen.is_none() && share_link::names_a_result(&location::fragment()) {
                    return;
                }
                showing_drafts.set(screen.as_deref() == Some(DRAFTS_SCREEN));
                showing_tracking.set(screen.as_deref() == Some(TRACKING_SCREEN));
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
    // A result shown over a screen's list was opened from it (or over it): the
    // list's entry is the one before, so closing goes back to it as Back does,
    // leaving no entry to reopen, and the close button says so.
    let over_screen = *showing_drafts || *showing_tracking;
    let on_close_shared = {
        let shared = shared.clone();
        Callback::from(move |()| {
            if over_screen {
                screen_history::back();
            } else {
                location::clear_fragment();
                shared.set(None);
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
        let showing_drafts = showing_drafts.clone();
        let showing_tracking = showing_tracking.clone();
        let shared_save_error = shared_save_error.clone();
        Callback::from(move |()| {
            let Some(Ok(decoded)) = shared.as_deref() else {
                return;
            };
            match draft_store::save_shared(&decoded.result) {
                Ok(()) => {
                    location::clear_fragment();
                    shared.set(None);
                    shared_save_error.set(None);
                    saved_shared.set(true);
                    // She sees the draft she just made, whatever list it was opened from.
                    showing_drafts.set(false);
                    showing_tracking.set(false);
                    startup.set(start(&registry));
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
                        } else if *showing_drafts {
                            <DraftsScreen
                                registry={registry.clone()}
                                current_id={AttrValue::from(startup.draft.id.clone())}
                                on_open={on_open.clone()}
                                {on_back}
                                on_refresh={on_refresh.clone()}
                            />
                        } else if *showing_tracking {
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
                        <div hidden={*showing_drafts || *showing_tracking || shared.is_some()}>
                            if *saved_shared {
                                <div class="notice" role="status"><p>{ Text::SharedSaved.get(lang) }</p></div>
                            }
                            <QuestionnaireScreen
                                key={format!("{}@{}", startup.draft.id, startup.draft.revision)}
                                startup={startup.clone()}
                                on_reopen={on_refresh.clone()}
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
