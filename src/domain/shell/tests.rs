//! The shell, transition by transition: each row is the state before, the
//! event, the state after and the effects, in order.

use super::history::Entry;
use super::*;

const LINK: &str = "#k=AbCd";

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

/// Draft "a" open on c3, nothing over it.
fn on_c3() -> Shell {
    Shell {
        draft: Some(DraftStep::new("a", &c("c3"))),
        ..Shell::new(Lang::Vi)
    }
}

fn opened(entry: Option<Entry>, fragment: &str) -> Event {
    Event::Opened {
        entry,
        fragment: fragment.into(),
        draft: Some(DraftStep::new("a", &Step::Profile)),
        by_history: false,
    }
}

fn popped(entry: Option<Entry>, fragment: &str) -> Event {
    Event::Popped {
        entry,
        fragment: fragment.into(),
    }
}

fn shown(step: Step, how: StepMove, entry: Option<Entry>) -> Event {
    Event::StepShown {
        draft: "a".into(),
        step,
        how,
        entry,
    }
}

type Row = (&'static str, Shell, Event, Shell, Vec<Effect>);

fn check(rows: Vec<Row>) {
    for (what, before, event, after, effects) in rows {
        let (shell, done) = transition(before, event);
        assert_eq!(shell, after, "{what}: state");
        assert_eq!(done, effects, "{what}: effects");
    }
}

fn on_profile() -> Shell {
    Shell {
        draft: Some(DraftStep::new("a", &Step::Profile)),
        ..Shell::new(Lang::Vi)
    }
}

#[test]
fn the_page_opens_where_its_entry_says() {
    check(vec![
        (
            "came in: the entry is marked with the draft open last",
            Shell::new(Lang::Vi),
            opened(None, ""),
            on_profile(),
            vec![Effect::Replace(at("a", Step::Profile, None))],
        ),
        (
            "a reload stays on the step",
            Shell::new(Lang::Vi),
            opened(Some(at("a", c("c5"), Some(c("c4")))), ""),
            on_profile(),
            vec![Effect::ShowStep(c("c5"))],
        ),
        (
            "an entry of a screen of an earlier release (the record, the list of records): marked with the draft",
            Shell::new(Lang::Vi),
            opened(Entry::from_state("tsvmtd:screen:record"), ""),
            on_profile(),
            vec![Effect::Replace(at("a", Step::Profile, None))],
        ),
        (
            "come back to by Back from another page (the result page), on another draft's step: that draft, by history",
            Shell::new(Lang::Vi),
            Event::Opened {
                entry: Some(at("b", c("c2"), None)),
                fragment: String::new(),
                draft: Some(DraftStep::new("a", &Step::Profile)),
                by_history: true,
            },
            on_profile(),
            vec![Effect::OpenStored {
                draft: "b".into(),
                step: c("c2"),
                by_history: true,
            }],
        ),
        (
            "a reload on another draft's step opens that draft",
            Shell::new(Lang::Vi),
            opened(Some(at("b", c("c2"), None)), ""),
            on_profile(),
            vec![Effect::OpenStored {
                draft: "b".into(),
                step: c("c2"),
                by_history: false,
            }],
        ),
        (
            "came in on a result link (the head script did not send it on): the result page's, in this entry's place",
            Shell::new(Lang::Vi),
            opened(None, LINK),
            Shell::new(Lang::Vi),
            vec![Effect::OpenResultPage {
                fragment: LINK.into(),
                from_app: false,
            }],
        ),
        (
            "a reload of an earlier release's entry of a link over a step: the result page's",
            Shell::new(Lang::Vi),
            opened(Entry::from_state("tsvmtd:link:tsvmtd:step:c:c5;;a"), LINK),
            Shell::new(Lang::Vi),
            vec![Effect::OpenResultPage {
                fragment: LINK.into(),
                from_app: false,
            }],
        ),
        (
            "opened by the result page or the commune's after she kept a result there: said, the fragment dropped",
            Shell::new(Lang::Vi),
            opened(None, KEPT_FRAGMENT),
            Shell {
                kept: true,
                ..on_profile()
            },
            vec![Effect::ReplaceDroppingFragment(at(
                "a",
                Step::Profile,
                None,
            ))],
        ),
        (
            "the same on an entry of the app's: the entry kept, the fragment dropped",
            Shell::new(Lang::Vi),
            opened(Some(at("a", c("c5"), None)), KEPT_FRAGMENT),
            Shell {
                kept: true,
                ..on_profile()
            },
            vec![
                Effect::ReplaceDroppingFragment(at("a", c("c5"), None)),
                Effect::ShowStep(c("c5")),
            ],
        ),
        (
            "the same with no draft (the criteria are missing): the fragment dropped",
            Shell::new(Lang::Vi),
            Event::Opened {
                entry: None,
                fragment: KEPT_FRAGMENT.into(),
                draft: None,
                by_history: false,
            },
            Shell {
                kept: true,
                ..Shell::new(Lang::Vi)
            },
            vec![Effect::ClearFragment],
        ),
        (
            "a fragment that is no result link is no link",
            Shell::new(Lang::Vi),
            opened(None, "#main"),
            on_profile(),
            vec![Effect::Replace(at("a", Step::Profile, None))],
        ),
        (
            "no draft (the criteria are missing): a link is the result page's all the same",
            Shell::new(Lang::En),
            Event::Opened {
                entry: Some(at("a", c("c5"), None)),
                fragment: LINK.into(),
                draft: None,
                by_history: false,
            },
            Shell::new(Lang::En),
            vec![Effect::OpenResultPage {
                fragment: LINK.into(),
                from_app: false,
            }],
        ),
    ]);
}

#[test]
fn the_open_draft_changed_in_storage_is_read_again() {
    check(vec![(
        "read again, where she is",
        on_c3(),
        Event::DraftChanged,
        on_c3(),
        vec![Effect::Reload],
    )]);
}

#[test]
fn a_draft_read_again_is_the_one_shown() {
    let b = || Some(DraftStep::new("b", &Step::Result));
    // The shell names the draft read again at once, before the questionnaire
    // says it.
    check(vec![
        (
            "changed in storage",
            on_c3(),
            Event::Reloaded { draft: b() },
            Shell {
                draft: b(),
                ..Shell::new(Lang::Vi)
            },
            vec![],
        ),
        (
            "no draft could be read: the one shown stays",
            on_c3(),
            Event::Reloaded { draft: None },
            on_c3(),
            vec![],
        ),
    ]);
}

#[test]
fn her_own_moves_between_steps_are_recorded_the_history_s_are_not() {
    let here = at("a", c("c3"), Some(c("c2")));
    let on = |step: Step| Shell {
        draft: Some(DraftStep::new("a", &step)),
        ..Shell::new(Lang::Vi)
    };
    check(vec![
        (
            "Tiếp theo",
            on_c3(),
            shown(c("c4"), StepMove::Moved, Some(here.clone())),
            on(c("c4")),
            vec![Effect::Push(at("a", c("c4"), Some(c("c3"))))],
        ),
        (
            "Back brought it",
            on_c3(),
            shown(c("c2"), StepMove::Visited, Some(at("a", c("c2"), None))),
            on(c("c2")),
            vec![],
        ),
        (
            "opened on it",
            Shell::new(Lang::Vi),
            shown(c("c3"), StepMove::Opened, None),
            on_c3(),
            vec![],
        ),
        (
            "another tab's step replaces the entry",
            on_c3(),
            shown(c("c7"), StepMove::Taken, Some(here.clone())),
            on(c("c7")),
            vec![Effect::Replace(at("a", c("c7"), Some(c("c2"))))],
        ),
        (
            "another tab's step never writes over another draft's entry",
            on_c3(),
            shown(c("c7"), StepMove::Taken, Some(at("b", c("c3"), None))),
            on(c("c7")),
            vec![],
        ),
    ]);
}

#[test]
fn back_and_forward_show_what_the_entry_names() {
    check(vec![
        (
            "before the questionnaire has said anything: nothing",
            Shell::new(Lang::Vi),
            popped(Some(at("a", c("c3"), None)), ""),
            Shell::new(Lang::Vi),
            vec![],
        ),
        (
            "Back through her steps",
            on_c3(),
            popped(Some(at("a", c("c2"), Some(c("c1")))), ""),
            on_c3(),
            vec![Effect::ShowStep(c("c2"))],
        ),
        (
            "Back to the draft she had open before she chose another",
            on_c3(),
            popped(Some(at("b", c("c5"), None)), ""),
            on_c3(),
            vec![Effect::OpenStored {
                draft: "b".into(),
                step: c("c5"),
                by_history: true,
            }],
        ),
        (
            "an entry of a screen of an earlier release: marked with the step shown",
            on_c3(),
            popped(Entry::from_state("tsvmtd:screen:drafts"), ""),
            on_c3(),
            vec![Effect::Replace(at("a", c("c3"), None))],
        ),
        (
            "a link followed from a step: nothing yet, its `hashchange` opens the result page",
            on_c3(),
            popped(None, LINK),
            on_c3(),
            vec![],
        ),
        (
            "an earlier release's entry of a link over a step: the same",
            on_c3(),
            popped(Entry::from_state("tsvmtd:link:tsvmtd:step:c:c2;;a"), LINK),
            on_c3(),
            vec![],
        ),
    ]);
}

#[test]
fn a_draft_no_longer_here_shows_the_open_one_on_that_step() {
    check(vec![
        (
            "the entry is marked with the open draft",
            on_c3(),
            Event::Missing { step: c("c5") },
            on_c3(),
            vec![
                Effect::Replace(at("a", c("c5"), None)),
                Effect::ShowStep(c("c5")),
            ],
        ),
        (
            "no draft open",
            Shell::new(Lang::Vi),
            Event::Missing { step: c("c5") },
            Shell::new(Lang::Vi),
            vec![],
        ),
    ]);
}

#[test]
fn a_result_link_followed_in_the_app_s_tab_opens_on_the_result_page() {
    let to_page = |fragment: &str| {
        vec![Effect::OpenResultPage {
            fragment: fragment.into(),
            from_app: true,
        }]
    };
    check(vec![
        (
            "a link pasted into the address bar",
            on_c3(),
            Event::FragmentChanged(LINK.into()),
            on_c3(),
            to_page(LINK),
        ),
        (
            "a broken one too: the result page explains it",
            on_c3(),
            Event::FragmentChanged("#k=".into()),
            on_c3(),
            to_page("#k="),
        ),
        (
            "before the questionnaire has said anything",
            Shell::new(Lang::Vi),
            Event::FragmentChanged("#x=1&k=AbC".into()),
            Shell::new(Lang::Vi),
            to_page("#x=1&k=AbC"),
        ),
        (
            "a part of the page, or none: nothing",
            on_c3(),
            Event::FragmentChanged("#main".into()),
            on_c3(),
            vec![],
        ),
        (
            "no fragment",
            on_c3(),
            Event::FragmentChanged(String::new()),
            on_c3(),
            vec![],
        ),
    ]);
}

#[test]
fn the_language_switches_and_is_remembered() {
    let (en, effects) = transition(on_c3(), Event::SwitchLang);
    assert_eq!(en.lang, Lang::En);
    assert_eq!(effects, vec![Effect::RememberLang(Lang::En)]);
    let (vi, effects) = transition(en, Event::SwitchLang);
    assert_eq!(vi, on_c3());
    assert_eq!(effects, vec![Effect::RememberLang(Lang::Vi)]);
}

#[test]
fn a_step_shown_changes_nothing_but_the_questionnaire_s_step_and_the_history() {
    // `App` does not render again for it (`use_shell`).
    let states = [
        Shell::new(Lang::En),
        on_c3(),
        Shell {
            kept: true,
            ..on_c3()
        },
    ];
    let entries = [
        None,
        Some(at("a", c("c3"), Some(c("c2")))),
        Some(at("b", c("c3"), None)),
    ];
    let hows = [
        StepMove::Opened,
        StepMove::Moved,
        StepMove::Visited,
        StepMove::Taken,
    ];
    for before in states {
        for entry in &entries {
            for how in hows {
                let event = shown(c("c4"), how, entry.clone());
                let (after, effects) = transition(before.clone(), event);
                assert_eq!(
                    Shell {
                        draft: before.draft.clone(),
                        ..after
                    },
                    before
                );
                assert_eq!(after.draft, Some(DraftStep::new("a", &c("c4"))));
                assert!(
                    effects
                        .iter()
                        .all(|e| matches!(e, Effect::Push(_) | Effect::Replace(_))),
                    "{effects:?}"
                );
            }
        }
    }
}
