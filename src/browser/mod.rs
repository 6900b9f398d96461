//! Browser adapters: the only code, with `ui`, that touches browser APIs.
//! Each wraps one API and reports failures as values; none holds product rules.
//!

/// Whether this runs in a browser. Natively (`cargo run -- first-screen`) the
/// server renderer draws the first screen at build time with the same
/// components (`ui::first_screen`), and the adapters that the first render
/// reaches answer as a browser seen for the first time would: storage there
/// and empty (writes kept nowhere), no fragment, no history entry. A constant:
/// the wasm keeps none of those branches.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// The page's window; natively none, so that every adapter reached by the
/// server renderer answers "nothing there" instead of calling into a browser.
pub fn window() -> Option<web_sys::Window> {
    if IN_BROWSER { web_sys::window() } else { None }
}

pub mod clock;
pub mod collection_store;
pub mod document;
pub mod download;
pub mod draft_store;
pub mod file;
pub mod in_app;
pub mod location;
pub mod page_start;
pub mod panic_screen;
pub mod persistence;
pub mod preferences;
pub mod promise;
pub mod published_sets;
pub mod record_store;
pub mod screen_history;
pub mod service_worker;
pub mod set_store;
pub mod share;
pub mod startup;
pub mod storage;
pub mod tab_mark;
