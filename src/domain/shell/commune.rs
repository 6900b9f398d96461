//! The commune's page ("Theo dõi các chi bộ", `theo-doi.html`): its own small
//! shell, beside the app's. The page is the list of collected results; a row
//! opens its result over the list through the address's fragment, as any
//! result link opens, so that the browser's Back returns to the list. The
//! result can be kept as her draft, which opens the app on it; the page's
//! back button goes to the app.
//!
//! Its history entries are the list and a result over it ([`Place`]); they
//! are told apart from the app's by their marks, and a result's close button
//! goes back only over an entry it knows to be over the list. Pure, like
//! [`super::transition`]: the UI runs the [`Effect`]s.

use super::history::HistoryState;
use super::{KEPT_FRAGMENT, Tracked};
use crate::domain::i18n::Lang;
use crate::domain::share_link;

/// What one history entry of the commune's page stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The list (with or without a result she came in on).
    List,
    /// A result opened from the list, over it.
    Link,
}

const LIST_MARK: &str = "tsvmtd:commune:list";
const LINK_MARK: &str = "tsvmtd:commune:link";

impl Place {
    /// The text kept in the browser's history entry.
    pub fn to_state(self) -> String {
        match self {
            Place::List => LIST_MARK,
            Place::Link => LINK_MARK,
        }
        .to_owned()
    }

    /// The place a history entry's text names; `None` for text this page did
    /// not write.
    pub fn from_state(state: &str) -> Option<Place> {
        match state {
            LIST_MARK => Some(Place::List),
            LINK_MARK => Some(Place::Link),
            _ => None,
        }
    }
}

impl HistoryState for Place {
    fn to_state(&self) -> String {
        Place::to_state(*self)
    }

    fn from_state(state: &str) -> Option<Place> {
        Place::from_state(state)
    }
}

/// What the commune's page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commune {
    pub lang: Lang,
    /// The fragment of the result shown over the list, if any.
    pub link: Option<String>,
    /// Keeping the result as her draft failed; said until a result is kept.
    pub keep_failed: bool,
    /// What adding the open result to the list did.
    pub tracked: Option<Tracked>,
}

impl Commune {
    pub fn new(lang: Lang) -> Commune {
        Commune {
            lang,
            link: None,
            keep_failed: false,
            tracked: None,
        }
    }
}

/// What happened on the commune's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The page opened (or reloaded) on `entry`, the fragment being `fragment`.
    Opened {
        entry: Option<Place>,
        fragment: String,
    },
    /// The browser moved in its history; `entry` is the entry it came to.
    Popped {
        entry: Option<Place>,
        fragment: String,
    },
    /// The address's fragment changed.
    FragmentChanged(String),
    /// A row of the list: the fragment of its result link.
    OpenRow(String),
    /// The result's close button; `entry` is the current history entry.
    CloseLink { entry: Option<Place> },
    /// "Lưu thành bản nháp của tôi" on the open result.
    KeepLink,
    /// It was stored as her new draft, made the current one.
    Kept,
    /// It could not be stored.
    KeepFailed,
    /// "Thêm vào danh sách theo dõi" on the open result.
    TrackLink,
    /// What adding it did.
    Tracked(Tracked),
    /// The page's back button; `from_app` when the page was opened from the
    /// app's page ([`came_from_app`]).
    ToApp { from_app: bool },
    /// The language switch.
    SwitchLang,
}

/// How the app's page is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppVisit {
    /// In place of the current entry, with [`KEPT_FRAGMENT`]: she kept a
    /// result as her draft, and Back from the app returns to the list.
    Kept,
    /// As the next entry: the page was not opened from the app.
    Next,
}

/// What the UI does for the commune's page, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Writes this place over the current entry.
    Mark(Place),
    /// Writes this place over the current entry and drops the fragment.
    MarkDroppingFragment(Place),
    /// Goes one entry back, as the browser's Back does.
    Back,
    /// Follows this fragment: the browser adds an entry for it.
    SetFragment(String),
    /// Stores the result this fragment names as her new draft, made current;
    /// reports [`Event::Kept`] or [`Event::KeepFailed`].
    KeepShared(String),
    /// Adds the result this fragment names to the list; reports
    /// [`Event::Tracked`].
    Track(String),
    /// Opens the app's page.
    OpenApp(AppVisit),
    /// Remembers the interface language on this device.
    RememberLang(Lang),
}

/// The commune's page, beside the app's in the same folder: the app's button
/// "Theo dõi các chi bộ" links to it (relative, so that it works under any
/// sub-path and offline).
pub const PAGE: &str = "theo-doi.html";

/// The app's page, from the commune's (the same folder).
const APP_PAGE: &str = "./";

/// The part of a result link's fragment that asks the commune's page to add
/// the result to its list on arrival: the app's "Thêm vào danh sách theo dõi"
/// on a result opened there is a link to this page with it, so that the app's
/// first load carries none of the list's code.
pub const ADD_MARK: &str = "them";

/// The address, relative to the app's page, that opens the commune's page
/// on the result `fragment` names and adds it to the list.
pub fn add_href(fragment: &str) -> Option<String> {
    let payload = share_link::find_payload(fragment)?;
    Some(format!(
        "{PAGE}#{}={payload}&{ADD_MARK}",
        share_link::FRAGMENT_KEY
    ))
}

/// Whether `fragment` asks to add its result to the list ([`add_href`]).
pub fn asks_to_add(fragment: &str) -> bool {
    share_link::names_a_result(fragment)
        && fragment
            .trim()
            .trim_start_matches('#')
            .split('&')
            .any(|part| part == ADD_MARK)
}

/// The address, relative to the commune's page, that opens the app for
/// `visit`.
pub fn app_href(visit: AppVisit) -> String {
    match visit {
        AppVisit::Kept => format!("{APP_PAGE}{KEPT_FRAGMENT}"),
        AppVisit::Next => APP_PAGE.to_owned(),
    }
}

/// The commune's page after `event`, and what to do for it.
pub fn transition(mut page: Commune, event: Event) -> (Commune, Vec<Effect>) {
    let mut effects = Vec::new();
    match event {
        Event::Opened { entry, fragment } => {
            let add = asks_to_add(&fragment);
            page.link = share_link::names_a_result(&fragment).then_some(fragment);
            // A page she came in on, with or without a result: the list.
            if entry.is_none() {
                effects.push(Effect::Mark(Place::List));
            }
            // Sent from the app's result to add it: added on arrival (the
            // same link twice is one check, so a reload adds nothing new).
            if let (true, Some(fragment)) = (add, &page.link) {
                effects.push(Effect::Track(fragment.clone()));
            }
        }
        Event::Popped { entry, fragment } => {
            if entry.is_none() {
                // A result followed from the list is over it; one followed
                // from another result is just the next page.
                let over_list = share_link::names_a_result(&fragment) && page.link.is_none();
                effects.push(Effect::Mark(if over_list {
                    Place::Link
                } else {
                    Place::List
                }));
            }
        }
        Event::FragmentChanged(fragment) => {
            if share_link::names_a_result(&fragment) {
                page.tracked = None;
                if asks_to_add(&fragment) {
                    effects.push(Effect::Track(fragment.clone()));
                }
                page.link = Some(fragment);
            } else if fragment.trim_start_matches('#').is_empty() {
                page.link = None;
            }
        }
        Event::OpenRow(fragment) => effects.push(Effect::SetFragment(fragment)),
        Event::CloseLink { entry } => {
            if entry == Some(Place::Link) {
                effects.push(Effect::Back);
            } else {
                effects.push(Effect::MarkDroppingFragment(Place::List));
                page.link = None;
            }
        }
        Event::KeepLink => {
            if let Some(fragment) = &page.link {
                effects.push(Effect::KeepShared(fragment.clone()));
            }
        }
        Event::Kept => {
            page.keep_failed = false;
            effects.push(Effect::OpenApp(AppVisit::Kept));
        }
        Event::KeepFailed => page.keep_failed = true,
        Event::TrackLink => {
            if let Some(fragment) = &page.link {
                effects.push(Effect::Track(fragment.clone()));
            }
        }
        Event::Tracked(tracked) => page.tracked = Some(tracked),
        Event::ToApp { from_app: true } => effects.push(Effect::Back),
        Event::ToApp { from_app: false } => effects.push(Effect::OpenApp(AppVisit::Next)),
        Event::SwitchLang => {
            page.lang = page.lang.other();
            effects.push(Effect::RememberLang(page.lang));
        }
    }
    (page, effects)
}

/// Whether the page at `page` (its address) was opened from the app's page,
/// `referrer` being the address it was opened from: the app is the page of
/// the same folder (the folder itself or its `index.html`, any query or
/// fragment). Then the browser's Back goes to the app, where she was.
pub fn came_from_app(referrer: &str, page: &str) -> bool {
    let without_rest = |url: &str| -> String {
        let end = url.find(['?', '#']).unwrap_or(url.len());
        url[..end].to_owned()
    };
    let page = without_rest(page);
    let Some(slash) = page.rfind('/') else {
        return false;
    };
    let folder = &page[..=slash];
    let referrer = without_rest(referrer);
    !referrer.is_empty()
        && referrer
            .strip_prefix(folder)
            .is_some_and(|rest| rest.is_empty() || rest == "index.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "#k=AbCd";

    fn list() -> Commune {
        Commune::new(Lang::Vi)
    }

    fn with_link(page: Commune) -> Commune {
        Commune {
            link: Some(LINK.into()),
            ..page
        }
    }

    type Row = (&'static str, Commune, Event, Commune, Vec<Effect>);

    fn check(rows: Vec<Row>) {
        for (what, before, event, after, effects) in rows {
            let (page, done) = transition(before, event);
            assert_eq!(page, after, "{what}: state");
            assert_eq!(done, effects, "{what}: effects");
        }
    }

    #[test]
    fn a_result_sent_from_the_app_to_be_added_is_added_on_arrival() {
        let href = add_href("#k=AbCd").unwrap();
        assert_eq!(href, "theo-doi.html#k=AbCd&them");
        assert_eq!(add_href("#main"), None);
        let fragment = "#k=AbCd&them";
        assert!(asks_to_add(fragment));
        for other in ["#k=AbCd", "#them", "#k=AbCd&them=1x", "#k=AbCd&thematic"] {
            assert!(!asks_to_add(other), "{other}");
        }
        check(vec![
            (
                "arriving",
                list(),
                Event::Opened {
                    entry: None,
                    fragment: fragment.into(),
                },
                Commune {
                    link: Some(fragment.into()),
                    ..list()
                },
                vec![Effect::Mark(Place::List), Effect::Track(fragment.into())],
            ),
            (
                "reloaded",
                list(),
                Event::Opened {
                    entry: Some(Place::List),
                    fragment: fragment.into(),
                },
                Commune {
                    link: Some(fragment.into()),
                    ..list()
                },
                vec![Effect::Track(fragment.into())],
            ),
            (
                "followed while the page is open",
                list(),
                Event::FragmentChanged(fragment.into()),
                Commune {
                    link: Some(fragment.into()),
                    ..list()
                },
                vec![Effect::Track(fragment.into())],
            ),
        ]);
    }

    #[test]
    fn entries_read_back_as_written_and_others_name_nothing() {
        for place in [Place::List, Place::Link] {
            assert_eq!(Place::from_state(&place.to_state()), Some(place));
        }
        for text in [
            "",
            "tsvmtd:screen:tracking",
            "tsvmtd:link:tsvmtd:screen:tracking",
            "tsvmtd:step:profile;;a",
            "tsvmtd:commune:",
            "another page's state",
        ] {
            assert_eq!(Place::from_state(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_page_opens_on_the_list_or_where_its_entry_says() {
        check(vec![
            (
                "came in: the entry is the list's",
                list(),
                Event::Opened {
                    entry: None,
                    fragment: String::new(),
                },
                list(),
                vec![Effect::Mark(Place::List)],
            ),
            (
                "came in on a result: over the list, closing where it is",
                list(),
                Event::Opened {
                    entry: None,
                    fragment: LINK.into(),
                },
                with_link(list()),
                vec![Effect::Mark(Place::List)],
            ),
            (
                "a reload of a row opened from the list",
                list(),
                Event::Opened {
                    entry: Some(Place::Link),
                    fragment: LINK.into(),
                },
                with_link(list()),
                vec![],
            ),
            (
                "a fragment that is no result link is no link",
                list(),
                Event::Opened {
                    entry: Some(Place::List),
                    fragment: "#main".into(),
                },
                list(),
                vec![],
            ),
        ]);
    }

    #[test]
    fn a_row_opens_over_the_list_and_closes_back_to_it() {
        check(vec![
            (
                "a row opens as any link, through the fragment",
                list(),
                Event::OpenRow(LINK.into()),
                list(),
                vec![Effect::SetFragment(LINK.into())],
            ),
            (
                "followed from the list: its entry is a result over the list",
                list(),
                Event::Popped {
                    entry: None,
                    fragment: LINK.into(),
                },
                list(),
                vec![Effect::Mark(Place::Link)],
            ),
            (
                "the fragment brings the result",
                Commune {
                    tracked: Some(Tracked::Added),
                    ..list()
                },
                Event::FragmentChanged(LINK.into()),
                with_link(list()),
                vec![],
            ),
            (
                "followed from another result: just the next page",
                with_link(list()),
                Event::Popped {
                    entry: None,
                    fragment: "#k=Other".into(),
                },
                with_link(list()),
                vec![Effect::Mark(Place::List)],
            ),
            (
                "Back onto an entry it wrote: nothing to mark",
                with_link(list()),
                Event::Popped {
                    entry: Some(Place::List),
                    fragment: String::new(),
                },
                with_link(list()),
                vec![],
            ),
            (
                "Back to the list: the fragment takes the result away",
                with_link(list()),
                Event::FragmentChanged(String::new()),
                list(),
                vec![],
            ),
            (
                "a part of the page: nothing changes",
                with_link(list()),
                Event::FragmentChanged("#main".into()),
                with_link(list()),
                vec![],
            ),
            (
                "its close button over the list: Back",
                with_link(list()),
                Event::CloseLink {
                    entry: Some(Place::Link),
                },
                with_link(list()),
                vec![Effect::Back],
            ),
            (
                "its close button on a result she came in on: closed where it is",
                with_link(list()),
                Event::CloseLink {
                    entry: Some(Place::List),
                },
                list(),
                vec![Effect::MarkDroppingFragment(Place::List)],
            ),
            (
                "on an entry the page did not write: the same",
                with_link(list()),
                Event::CloseLink { entry: None },
                list(),
                vec![Effect::MarkDroppingFragment(Place::List)],
            ),
        ]);
    }

    #[test]
    fn a_result_kept_as_her_draft_opens_the_app_on_it() {
        check(vec![
            (
                "her button",
                with_link(list()),
                Event::KeepLink,
                with_link(list()),
                vec![Effect::KeepShared(LINK.into())],
            ),
            (
                "no result open: nothing",
                list(),
                Event::KeepLink,
                list(),
                vec![],
            ),
            (
                "stored: the app opens in the result's place, saying so",
                Commune {
                    keep_failed: true,
                    ..with_link(list())
                },
                Event::Kept,
                with_link(list()),
                vec![Effect::OpenApp(AppVisit::Kept)],
            ),
            (
                "not stored: said, the result stays",
                with_link(list()),
                Event::KeepFailed,
                Commune {
                    keep_failed: true,
                    ..with_link(list())
                },
                vec![],
            ),
            (
                "added to the list",
                with_link(list()),
                Event::TrackLink,
                with_link(list()),
                vec![Effect::Track(LINK.into())],
            ),
            (
                "no result, nothing to add",
                list(),
                Event::TrackLink,
                list(),
                vec![],
            ),
            (
                "what adding did",
                with_link(list()),
                Event::Tracked(Tracked::NotSaved),
                Commune {
                    tracked: Some(Tracked::NotSaved),
                    ..with_link(list())
                },
                vec![],
            ),
        ]);
        assert_eq!(app_href(AppVisit::Kept), "./#kept");
        assert_eq!(app_href(AppVisit::Next), "./");
    }

    #[test]
    fn the_back_button_goes_to_the_app() {
        check(vec![
            (
                "opened from the app: back there, as the phone's Back",
                list(),
                Event::ToApp { from_app: true },
                list(),
                vec![Effect::Back],
            ),
            (
                "opened some other way: the app as the next page",
                list(),
                Event::ToApp { from_app: false },
                list(),
                vec![Effect::OpenApp(AppVisit::Next)],
            ),
        ]);
        let (en, effects) = transition(list(), Event::SwitchLang);
        assert_eq!(en.lang, Lang::En);
        assert_eq!(effects, vec![Effect::RememberLang(Lang::En)]);
    }

    #[test]
    fn the_app_is_the_page_of_the_same_folder() {
        let page = "https://example.org/tsvmtd/theo-doi.html";
        for (referrer, from_app) in [
            ("https://example.org/tsvmtd/", true),
            ("https://example.org/tsvmtd/index.html", true),
            ("https://example.org/tsvmtd/?x=1", true),
            ("https://example.org/tsvmtd/#k=AbCd", true),
            ("https://example.org/tsvmtd/index.html#kept", true),
            ("", false),
            ("https://example.org/", false),
            ("https://example.org/tsvmtd/theo-doi.html", false),
            ("https://example.org/tsvmtd/abc/", false),
            ("https://example.org/other/", false),
            ("https://zalo.me/tsvmtd/", false),
        ] {
            assert_eq!(came_from_app(referrer, page), from_app, "{referrer:?}");
        }
        // The page's own query and fragment do not count.
        assert!(came_from_app(
            "http://127.0.0.1:4173/",
            "http://127.0.0.1:4173/theo-doi.html#k=AbCd"
        ));
        assert!(!came_from_app("http://127.0.0.1:4173/", "no address"));
    }
}
