//! The commune's page (`theo-doi.html`, its own wasm): the list of collected
//! results ("Theo dõi các chi bộ", `TrackingScreen`), a row's result over it
//! (`SharedLink`), in the page's small shell (`domain::shell::commune`).

mod commune_app;
mod use_commune;

pub use commune_app::CommuneApp;
