//! Custom hooks: behaviour components share or that keeps a component thin,
//! one hook a file.

mod use_persistence;
mod use_shell;
mod use_update_ready;

pub use use_persistence::use_persistence;
pub use use_shell::{ShellHandle, use_shell};
pub use use_update_ready::use_update_ready;
