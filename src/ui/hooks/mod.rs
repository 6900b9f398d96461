//! Custom hooks: behaviour a component needs, each in its own file. They only
//! wire state and effects; the rules they follow live in the core (what to
//! save next is `Draft::next_save`, for instance). Window and storage events
//! are listened to with `gloo_events::EventListener`, removed when dropped.

mod use_autosave;
mod use_focus_on_change;
mod use_focus_on_mount;
mod use_follow_other_tabs;
mod use_page_lang;
mod use_persistence;
mod use_print;
mod use_second_tap;
mod use_shell;
mod use_tell_step;
mod use_update_ready;

pub use use_autosave::{SavedDraft, use_autosave};
pub use use_focus_on_change::use_focus_on_change;
pub use use_focus_on_mount::use_focus_on_mount;
pub use use_follow_other_tabs::use_follow_other_tabs;
pub use use_page_lang::{PageLang, use_page_lang};
pub use use_persistence::use_persistence;
pub use use_print::{Print, use_print};
pub use use_second_tap::use_second_tap;
pub use use_shell::{ShellHandle, use_shell};
pub use use_tell_step::{StepShown, use_back_button, use_tell_step};
pub use use_update_ready::use_update_ready;
