//! "Các hồ sơ trên máy này": every cell record on this device, one card a
//! record; open its newest check or its record screen, start a record for
//! another cell, download or delete one (with undo), download everything,
//! import a record file or an older file of drafts.

mod card_actions;
mod record_card;
mod records_notices;
mod records_screen;
mod records_transfer;

use record_card::{CardAction, record_card};
use records_notices::records_notices;
use records_transfer::records_transfer;

pub use records_screen::RecordsScreen;
