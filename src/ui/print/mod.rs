//! "In phiếu": the self-assessment form as printed for the appraisal.

mod criteria_table;
mod plan_table;
mod print_form;
mod record_history;

use criteria_table::criteria_table;
use plan_table::plan_table;
use record_history::record_history;

pub use print_form::PrintForm;
