//! Custom hooks: behaviour components share or that keeps a component thin,
//! one hook a file.

mod use_focus_on_change;
mod use_focus_on_mount;
mod use_persistence;
mod use_shell;
mod use_update_ready;

pub use use_focus_on_change::use_focus_on_change;
pub use use_focus_on_mount::use_focus_on_mount;
pub use use_persistence::use_persistence;
pub use use_shell::{ShellHandle, use_shell};
pub use use_update_ready::use_update_ready;
