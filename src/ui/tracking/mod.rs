//! "Theo dõi": the commune's collection of the cells' result links. The rules
//! (reading links, merging, the summary, CSV) live in `crate::domain::tracking`.

mod check_list;
mod exports;
mod gap_chart;
mod import_report;
mod load_notices;
mod paste_links;
mod progress_chart;
mod target_fields;
mod track_row;
mod tracking_screen;
mod tracking_summary;
mod trend_bars;

use check_list::check_list;
use exports::{export_buttons, offer_json};
use gap_chart::gap_chart;
use import_report::import_report;
use load_notices::load_notices;
use paste_links::paste_links;
use progress_chart::progress_chart;
use target_fields::target_fields;
use track_row::track_row;
use tracking_summary::{SummaryView, tracking_summary};
use trend_bars::trend_bars;

pub use tracking_screen::TrackingScreen;
