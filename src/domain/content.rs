//! What one assessment holds: the cell's profile, the answers, the notes and
//! the plan. A [`Draft`](crate::domain::draft::Draft) stores it and a
//! [`Questionnaire`](crate::domain::questionnaire::Questionnaire) edits it,
//! so both hold this one type: a field added here is saved, read back,
//! opened, compared, copied for next year and moved to a newer set with no
//! other edit than its line in [`AssessmentContent::read`]. Its migration is
//! its default (a draft written before the field reads with it empty), plus
//! `skip_serializing_if` when an empty field should stay out of the stored
//! text. Reading is lenient field by field. `tests/draft_content.rs` checks
//! every field both ways, and fails for a field that is not read.

use crate::domain::json::{Object, field};
use crate::domain::plan::Plan;
use crate::domain::profile::CellProfile;
use crate::domain::scoring::Answers;
use crate::domain::vec_map::VecMap;
use serde::Serialize;

/// The content of one assessment, in the order a draft stores it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AssessmentContent {
    pub profile: CellProfile,
    /// Names the criteria set and version the answers were made for. Read
    /// apart, answer by answer (`draft::read`): a draft without them is not a
    /// draft, and an answer that cannot be read is dropped alone and named.
    pub answers: Answers,
    /// Notes and evidence (minh chứng), by criterion id. Kept beside the
    /// answers: they travel in a share link only when she chooses.
    pub notes: VecMap<String, String>,
    /// Her plan for the conditions not met yet (absent in drafts made before it).
    #[serde(skip_serializing_if = "VecMap::is_empty")]
    pub plan: Plan,
}

impl AssessmentContent {
    /// These answers and nothing else entered yet.
    pub fn new(answers: Answers) -> AssessmentContent {
        AssessmentContent {
            answers,
            ..AssessmentContent::default()
        }
    }

    /// The content of a stored object, without its answers: each field is
    /// read alone, and one that cannot be read is left empty rather than take
    /// the others down.
    pub fn read(object: &Object) -> AssessmentContent {
        AssessmentContent {
            profile: field(object, "profile").unwrap_or_default(),
            answers: Answers::default(),
            notes: field(object, "notes").unwrap_or_default(),
            plan: field(object, "plan").unwrap_or_default(),
        }
    }
}
