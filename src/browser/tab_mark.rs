//! A mark this tab keeps for its next page (sessionStorage, which the tab's
//! pages share and no other tab sees): the result link the app sends to the
//! result page, followed in its tab, so that the page knows that its close
//! button goes back to the app (`domain::shell::result_page::FromApp`).
//! Where the page may not use storage, there is no mark: the result then
//! closes in its place, as a link she came in on does.

const LINK_FROM_APP: &str = "tsvmtd:link-from-app";

fn session() -> Option<web_sys::Storage> {
    super::window()?.session_storage().ok().flatten()
}

/// Marks `fragment` as the link the app is sending to the result page.
pub fn mark_link_from_app(fragment: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(LINK_FROM_APP, fragment);
    }
}

/// Whether the app sent `fragment` here, followed in this tab; the mark is
/// used up.
pub fn take_link_from_app(fragment: &str) -> bool {
    let Some(storage) = session() else {
        return false;
    };
    let marked = storage.get_item(LINK_FROM_APP).ok().flatten();
    let _ = storage.remove_item(LINK_FROM_APP);
    marked.as_deref() == Some(fragment)
}
