//! Browser adapters: the only code, with `ui`, that touches browser APIs.
//! Each wraps one API and reports failures as values; none holds product rules.
//!

pub mod clock;
pub mod collection_store;
pub mod commune_start;
pub mod document;
pub mod download;
pub mod draft_store;
pub mod file;
pub mod in_app;
pub mod location;
pub mod panic_screen;
pub mod persistence;
pub mod preferences;
pub mod promise;
pub mod record_store;
pub mod screen_history;
pub mod service_worker;
pub mod share;
pub mod startup;
pub mod storage;
