//! The sets page (`bo-tieu-chi.html`, its own wasm): "Bộ tiêu chí", the
//! criteria sets on this phone, the sets published beside the app, and a
//! set file opened from the phone; with the set a result needs when the app
//! sends her here (`#can=…`). Its rules are `domain::sets_page`.

mod actions;
mod needed_notice;
mod outcome_notice;
mod published_list;
mod said;
mod set_card;
mod set_file;
mod sets_app;
mod sets_notices;
mod sets_screen;

use actions::Action;
use needed_notice::needed_notice;
use outcome_notice::outcome_notice;
use published_list::published_list;
use said::{Outcome, Section};
use set_card::set_card;
use set_file::set_file;
use sets_notices::sets_notices;
use sets_screen::SetsScreen;

pub use sets_app::SetsApp;
