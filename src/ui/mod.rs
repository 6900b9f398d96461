//! Yew components: one per file, `XxxProps` for their properties, `Callback`s
//! for what they report. They render state and send messages; rules live in the
//! pure core and text in [`crate::i18n`].

mod app;

pub use app::App;
