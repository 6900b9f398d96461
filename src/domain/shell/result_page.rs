//! The result page (`ket-qua.html`, its own wasm): "Gửi và in kết quả", the
//! open draft's result sent on as a link or a QR code and printed as the
//! self-assessment form. The app's result step links to it; its only move is
//! back to the app. The open draft is storage's current draft, the one the
//! app opens on (the app saves every change before she can follow the link).

/// The result page, beside the app's in the same folder (relative, so that it
/// works under any sub-path and offline).
pub const PAGE: &str = "ket-qua.html";

/// The app's page, from the result page (the same folder).
pub const APP_PAGE: &str = "./";

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
