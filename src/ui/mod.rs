//! Yew components: one per file, `XxxProps` for their properties, `Callback`s
//! for what they report. They render state and send messages; rules live in the
//! pure core and text in [`crate::i18n`]. The interface language reaches every
//! component as a `Lang` context.

mod app;
mod header;

pub use app::App;
pub use header::Header;
