//! The record's page (`ho-so.html`, its own wasm): "Hồ sơ chi bộ"
//! (`RecordScreen`) and "Các hồ sơ trên máy này" (`RecordsScreen`) in place
//! of each other, over storage's current draft, in the page's small shell
//! (`domain::shell::record_page`).

mod record_app;

pub use record_app::RecordApp;
