//! The result page (`ket-qua.html`, its own wasm): a result from a link
//! (`#k=…`, the fragment), read-only, to keep as her draft or close; else
//! "Gửi và in kết quả", the open draft's result sent on as a link or a QR code
//! and printed as the self-assessment form. The app's result step links to
//! it, and the app's page sends it every result link (its head script before
//! the app starts, the app when one is followed in its tab). The open draft is
//! storage's current draft, the one the app opens on (the app saves every
//! change before she can follow the link). Its moves all lead to the app.

use super::KEPT_FRAGMENT;
use super::history::HistoryState;
use crate::domain::share_link;

/// The result page, beside the app's in the same folder (relative, so that it
/// works under any sub-path and offline).
pub const PAGE: &str = "ket-qua.html";

/// The app's page, from the result page (the same folder).
pub const APP_PAGE: &str = "./";

/// What the page shows, from the address's fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// A result from a link: the fragment (good or broken).
    Link(String),
    /// The open draft's result to send and print.
    Own,
}

impl View {
    pub fn of(fragment: &str) -> View {
        if share_link::names_a_result(fragment) {
            View::Link(fragment.to_owned())
        } else {
            View::Own
        }
    }
}

/// The mark on the entry of a link the app sent here, followed in its tab
/// (the app marks the link for the tab, the page its own entry): closing the
/// result then goes back to where she was, as Back does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FromApp;

const FROM_APP: &str = "tsvmtd:result-page:from-app";

impl HistoryState for FromApp {
    fn to_state(&self) -> String {
        FROM_APP.to_owned()
    }

    fn from_state(state: &str) -> Option<FromApp> {
        (state == FROM_APP).then_some(FromApp)
    }
}

/// How a result from a link leaves the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leave {
    /// One entry back, as the browser's Back does: the app, where she was.
    Back,
    /// The app's page in place of this entry, at this address (relative).
    Replace(String),
}

/// Closing the result from a link: back to the app's screens it was followed
/// from, else the app in its place (she came in on the link: Back then
/// leaves, as before she opened it).
pub fn close_link(from_app: Option<FromApp>) -> Leave {
    match from_app {
        Some(FromApp) => Leave::Back,
        None => Leave::Replace(APP_PAGE.to_owned()),
    }
}

/// The result kept as her draft: the app in this entry's place, saying so
/// (`KEPT_FRAGMENT`), so that Back returns to where she opened the link.
pub fn kept() -> Leave {
    Leave::Replace(format!("{APP_PAGE}{KEPT_FRAGMENT}"))
}

/// The app's address from the result page's own (`page`): its folder, the
/// base of the result links made here, as the app's page would make them
/// (without the page's file name, query and fragment).
pub fn app_address(page: &str) -> String {
    let end = page.find(['?', '#']).unwrap_or(page.len());
    let page = &page[..end];
    match page.rfind('/') {
        Some(slash) => page[..=slash].to_owned(),
        None => page.to_owned(),
    }
}

/// How the page's back button returns to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToApp {
    /// One entry back, as the browser's Back does: the app, on the step she
    /// left.
    Back,
    /// The app's page as the next entry: the page was not opened from the app
    /// (a bookmark, a reload of a page opened elsewhere).
    Open,
}

/// The back button's move; `from_app` when the page was opened from the app's
/// page (`commune::came_from_app`).
pub fn to_app(from_app: bool) -> ToApp {
    if from_app { ToApp::Back } else { ToApp::Open }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::shell::commune::came_from_app;

    #[test]
    fn links_made_here_point_at_the_app_s_folder() {
        for (page, app) in [
            ("https://example.org/ket-qua.html", "https://example.org/"),
            (
                "https://example.org/tsvmtd/ket-qua.html",
                "https://example.org/tsvmtd/",
            ),
            (
                "https://example.org/tsvmtd/ket-qua.html?x=1#gui",
                "https://example.org/tsvmtd/",
            ),
            (
                "http://127.0.0.1:4183/a/b/ket-qua.html#k=AbC/d",
                "http://127.0.0.1:4183/a/b/",
            ),
            // A folder already (served as the page by a host's rewrite).
            ("https://example.org/tsvmtd/", "https://example.org/tsvmtd/"),
            ("", ""),
        ] {
            assert_eq!(app_address(page), app, "{page:?}");
        }
    }

    #[test]
    fn the_fragment_says_what_shows() {
        for fragment in ["#k=AbC", "#k=", "#x=1&k=AbC", "#k=xin chào"] {
            assert_eq!(
                View::of(fragment),
                View::Link(fragment.into()),
                "{fragment}"
            );
        }
        for fragment in ["", "#", "#main", "#kept", "#kk=1"] {
            assert_eq!(View::of(fragment), View::Own, "{fragment}");
        }
    }

    #[test]
    fn a_link_closes_back_to_the_app_it_was_followed_from_else_in_place() {
        assert_eq!(close_link(Some(FromApp)), Leave::Back);
        assert_eq!(close_link(None), Leave::Replace("./".into()));
        // Kept: the app in its place, saying so.
        assert_eq!(kept(), Leave::Replace("./#kept".into()));
        // The mark reads back; nothing else is it.
        assert_eq!(FromApp::from_state(&FromApp.to_state()), Some(FromApp));
        for text in [
            "",
            "tsvmtd:step:result;;a",
            "tsvmtd:result-page:",
            "from-app",
        ] {
            assert_eq!(FromApp::from_state(text), None, "{text:?}");
        }
    }

    #[test]
    fn back_goes_back_only_to_the_app_it_came_from() {
        let page = "https://example.org/tsvmtd/ket-qua.html";
        for (referrer, expected) in [
            ("https://example.org/tsvmtd/", ToApp::Back),
            ("https://example.org/tsvmtd/index.html", ToApp::Back),
            ("https://example.org/tsvmtd/#buoc", ToApp::Back),
            // Another page of the app, another site, none: the app anew.
            ("https://example.org/tsvmtd/ho-so.html", ToApp::Open),
            ("https://example.org/other/", ToApp::Open),
            ("https://zalo.me/", ToApp::Open),
            ("", ToApp::Open),
        ] {
            assert_eq!(
                to_app(came_from_app(referrer, page)),
                expected,
                "{referrer:?}"
            );
        }
    }
}
