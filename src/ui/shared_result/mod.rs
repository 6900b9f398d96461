//! A result opened from a link, read-only.

mod shared_profile;
mod shared_result_screen;

use shared_profile::shared_profile;

pub use shared_result_screen::SharedResultScreen;
