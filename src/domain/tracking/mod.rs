//! The commune's view: a cadre collects the result links of many cells and
//! follows them against the commune's target.
//!
//! Pure and total, like the rest of the core: any pasted text gives an
//! [`ImportReport`] and never a panic (`tests/tracking_properties.rs`); the
//! caller gives the time (`now`) and the year, the core never reads the clock.
//!
//! One concept per file: [`extract`] (finding links in pasted text),
//! [`names`] (comparing and ordering names the Vietnamese way),
//! [`collection`] (the collection, each cell's checks, the table's rows),
//! [`summary`] (the target and the commune's numbers now), [`progress`] (the
//! numbers by quarter and by year), [`csv`] (the table and the progress for a
//! spreadsheet), [`format`] (the stored and exported JSON). Rules and
//! formats: `docs/tracking.md`.

pub mod collection;
pub mod csv;
pub mod extract;
pub mod format;
pub mod names;
pub mod progress;
pub mod summary;

pub use collection::{BadLink, Change, Check, Collection, Entry, ImportReport, Row, Trend};
pub use csv::{progress_csv, to_csv};
pub use format::{CollectionError, MAX_COLLECTION_BYTES, ReadCollection, read, write};
pub use progress::{Granularity, Period, PeriodCount, Progress, progress};
pub use summary::{GapCount, Summary, Target};
