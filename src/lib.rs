//! Tự đánh giá chi bộ TSVMTD: a self-assessment tool for hamlet Party cells.
//!
//! Three layers, one folder each (see `ARCHITECTURE.md`):
//! - [`domain`]: the pure core, plain Rust, compiled and tested natively: the
//!   criteria, scoring, the draft format, the link codec, the words;
//! - [`browser`]: thin adapters over browser APIs that turn failures into values;
//! - [`ui`]: Yew components that render state and send messages.
//!
//! The core never names `yew`, `web_sys`, `js_sys`, `wasm_bindgen` or `gloo`;
//! `tests/architecture.rs` enforces it.

pub mod browser;
pub mod domain;
pub mod ui;

/// The app's version, as shown in the footer and recorded with results.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
