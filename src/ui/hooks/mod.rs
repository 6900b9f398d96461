mod use_focus_on_change;
mod use_focus_on_mount;

pub use use_focus_on_change::use_focus_on_change;
pub use use_focus_on_mount::use_focus_on_mount;
