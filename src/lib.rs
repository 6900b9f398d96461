//! Tự đánh giá chi bộ TSVMTD: a self-assessment tool for hamlet Party cells.
//!
//! Layers (see `ARCHITECTURE.md`):
//! - pure core, plain Rust, compiled and tested natively: [`i18n`] (and, as they
//!   arrive, the criteria model, scoring, the draft format and the share-link codec);
//! - [`browser`]: thin adapters over browser APIs (panic screen, start-up; later
//!   storage, sharing, service worker);
//! - [`ui`]: Yew components that render state and send messages.
//!
//! The pure core never names `yew`, `web_sys`, `js_sys`, `wasm_bindgen` or `gloo`;
//! `tests/architecture.rs` enforces it.

pub mod answer_text;
pub mod browser;
pub mod criteria;
pub mod draft;
pub mod i18n;
pub mod in_app_browser;
pub mod navigation;
pub mod number_input;
pub mod numfmt;
pub mod plan;
pub mod profile;
pub mod qr;
pub mod questionnaire;
pub mod scoring;
pub mod share_link;
pub mod tracking;
pub mod ui;

/// The app's version, as shown in the footer and recorded with results.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
