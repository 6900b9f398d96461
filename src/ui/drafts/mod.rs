//! "Các bản đánh giá": the assessments stored on this device.

mod draft_item;
mod draft_transfer;
mod drafts_notices;
mod drafts_screen;

use draft_item::{ItemAction, draft_item};
use draft_transfer::draft_transfer;
use drafts_notices::drafts_notices;

pub use drafts_screen::DraftsScreen;
