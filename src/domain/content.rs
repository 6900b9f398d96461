//! What one assessment holds: the cell's profile, the answers, the notes and
//! the plan. A [`Draft`](crate::domain::draft::Draft) stores it and a
//! [`Questionnaire`](crate::domain::questionnaire::Questionnaire) edits it,
//! so both hold this one type: a field added here is saved, read back,
//! opened, compared, copied for next year and moved to a newer set with no
//! other edit. Its migration is its default (`#[serde(default)]` on the type:
//! a draft written before the field reads with it empty), plus
//! `skip_serializing_if` when an empty field should stay out of the stored
//! text. Reading is lenient field by field ([`AssessmentContent::read_parts`]).
//! `tests/draft_content.rs` checks every field both ways.

use crate::domain::plan::Plan;
use crate::domain::profile::CellProfile;
use crate::domain::scoring::Answers;
use crate::domain::vec_map::VecMap;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The content of one assessment, in the order a draft stores it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessmentContent {
    pub profile: CellProfile,
    /// Names the criteria set and version the answers were made for. Read
    /// apart, answer by answer (`draft::read`): a draft without them is not a
    /// draft, and an answer that cannot be read is dropped alone and named.
    #[serde(skip_deserializing)]
    pub answers: Answers,
    /// Notes and evidence (minh chứng), by criterion id. Kept beside the
    /// answers: they travel in a share link only when she chooses.
    pub notes: VecMap<String, String>,
    /// Her plan for the conditions not met yet (absent in drafts made before it).
    #[serde(skip_serializing_if = "VecMap::is_empty")]
    pub plan: Plan,
}

/// The parts of a stored object (a draft), each kept as its JSON text.
pub type Parts = VecMap<String, Box<RawValue>>;

impl AssessmentContent {
    /// These answers and nothing else entered yet.
    pub fn new(answers: Answers) -> AssessmentContent {
        AssessmentContent {
            answers,
            ..AssessmentContent::default()
        }
    }

    /// The content of a stored object's `parts`, without its answers: each
    /// field is read alone first, and one that cannot be read is left empty
    /// rather than take the others down.
    pub fn read_parts(parts: &Parts) -> AssessmentContent {
        let read = |parts: &[(&String, &RawValue)]| {
            serde_json::from_str::<AssessmentContent>(&object(parts))
        };
        let mut readable = Vec::new();
        for (key, value) in parts {
            let part = (key, &**value);
            if read(&[part]).is_ok() {
                readable.push(part);
            }
        }
        read(&readable).unwrap_or_default()
    }
}

/// The JSON text of an object holding `parts`.
fn object(parts: &[(&String, &RawValue)]) -> String {
    let mut text = String::from("{");
    for (i, (key, value)) in parts.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&serde_json::to_string(key).unwrap_or_default());
        text.push(':');
        text.push_str(value.get());
    }
    text.push('}');
    text
}
