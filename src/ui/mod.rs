//! Yew components: one per file, `XxxProps` for their properties, `Callback`s
//! for what they report. They render state and send messages; rules live in the
//! pure core and text in [`crate::domain::i18n`]. The interface language reaches every
//! component as a `Lang` context.

mod app;
mod commune;
mod criterion_step;
mod draft_notices;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_screen;
mod header;
pub mod hooks;
mod in_app_notice;
pub mod inputs;
mod item_list_field;
mod notes_field;
mod number_field;
mod page_frame;
mod plan_section;
mod print;
mod profile_step;
mod questionnaire_screen;
mod record;
mod record_page;
mod records;
mod result_step;
mod screen_switch;
mod select_field;
mod set_choice;
mod sets_page;
mod share;
mod shared_link;
mod shared_result;
mod shell_effects;
mod shell_footer;
mod shell_runner;
mod startup;
mod state;
mod status_box;
mod step_body;
mod step_list;
mod step_nav;
mod step_progress;
mod storage_notice;
mod text_field;
mod tracking;
mod update_banner;
mod yes_no_field;

pub use app::App;
pub use commune::CommuneApp;
pub use criterion_step::CriterionStep;
pub use header::Header;
pub use in_app_notice::InAppNotice;
pub use item_list_field::ItemListField;
pub use notes_field::NotesField;
pub use number_field::NumberField;
pub use plan_section::PlanSection;
pub use print::PrintForm;
pub use profile_step::ProfileStep;
pub use questionnaire_screen::QuestionnaireScreen;
pub use record::RecordScreen;
pub use record_page::RecordApp;
pub use records::RecordsScreen;
pub use result_step::ResultStep;
pub use select_field::SelectField;
pub use sets_page::SetsApp;
pub use share::SharePanel;
pub use shared_link::SharedLink;
pub use shared_result::SharedResultScreen;
pub use status_box::StatusBox;
pub use step_body::StepBody;
pub use storage_notice::StorageNotice;
pub use text_field::TextField;
pub use tracking::TrackingScreen;
pub use update_banner::UpdateBanner;
pub use yes_no_field::YesNoField;
