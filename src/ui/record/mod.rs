//! "Hồ sơ chi bộ": the record of the open check. Where the cell stands, its
//! checks with what changed each time, each condition's history, the
//! registrations with their roadmap's progress, the appraisals beside the
//! self-check, and what she can do: check again, register, record an
//! appraisal, download the record, see every record on this device. The
//! rules are `crate::domain::record`'s; storage is `browser::record_store`'s.

mod appraisal_form;
mod appraisals;
mod check_list;
mod condition_list;
mod finding_fields;
mod record_actions;
mod record_screen;
mod record_state;
mod record_view;
mod registration_form;
mod registrations;
mod standing;
mod task_fields;
mod texts;

use appraisal_form::AppraisalForm;
use appraisals::appraisals;
use check_list::check_list;
use condition_list::condition_list;
use finding_fields::finding_fields;
use record_actions::{recheck, record_actions};
use record_state::{Exits, Form, RecordAction, use_record_state};
use record_view::RecordView;
use registration_form::RegistrationForm;
use registrations::registrations;
use standing::standing;
use task_fields::task_fields;
use texts::{hint, para, sentences};

pub use record_screen::RecordScreen;
