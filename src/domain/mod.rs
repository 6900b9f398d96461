//! The pure core: plain Rust, compiled and tested natively, the same on wasm32.
//! It never names a browser or UI crate (`tests/architecture.rs`) and never
//! reads the clock (dates are parameters). Everything the app decides lives
//! here; `crate::browser` and `crate::ui` only carry it to the page.
//!
//! - words: [`i18n`] (the catalogue, both languages, and numbers the
//!   language's way, `i18n::numfmt`), [`number_input`] (numbers as typed);
//! - the standard: [`criteria`] (versioned sets as data), [`scoring`] (answers
//!   to verdicts with reasons), [`answer_text`] (an answer in words);
//! - one assessment: [`content`] (what she entered: [`profile`], answers,
//!   notes, [`plan`]), [`questionnaire`] (steps and actions), [`draft`] (the
//!   stored format);
//! - over the years: [`record`] (the cell's record: its checks, registrations,
//!   appraisals, shared ratings, history and stored format);
//! - sharing and following: [`share_link`] (the result link), [`qr`],
//!   [`tracking`] (the commune's view);
//! - the sets page: [`sets_page`] (the sets on this phone, those published
//!   beside the app, a set file checked and added, the set a result needs);
//! - the shell: [`shell`] (the screens, what sits over what, and every move
//!   between them as a state machine; [`shell::history`]: history entries and
//!   what moving through them means), [`in_app_browser`] (chat apps' own
//!   browsers);
//! - small pieces for the wasm's size: [`short_sort`], [`vec_map`].

pub mod answer_text;
pub mod content;
pub mod criteria;
pub mod draft;
pub mod i18n;
pub mod in_app_browser;
pub mod json;
pub mod number_input;
pub mod plan;
pub mod profile;
pub mod qr;
pub mod questionnaire;
pub mod record;
pub mod scoring;
pub mod sets_page;
pub mod share_link;
pub mod shell;
pub mod short_sort;
pub mod tracking;
pub mod vec_map;
