//! What the sets page says after an action, and where: a set added (or
//! already here), or why not, in the page's language at each render.

use crate::browser::storage::StorageError;
use crate::domain::i18n::{Lang, SetsText};
use crate::domain::sets_page::{Admission, Refusal, RemoveRefusal};

/// Where on the page an outcome is said: beside what she did.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Shelf,
    Published,
    File,
}

/// What the page says after an action.
pub enum Said {
    Admitted(Admission),
    Refused { name: String, refusal: Refusal },
    NotKept(StorageError),
    NotRemoved(RemoveRefusal),
    FileUnreadable,
}

/// An action's outcome, where it is said.
pub struct Outcome {
    pub section: Section,
    pub said: Said,
}

impl Said {
    pub fn ok(&self) -> bool {
        matches!(self, Said::Admitted(_))
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            Said::Admitted(admission) => admission.message(lang),
            Said::Refused { name, refusal } => refusal.message(lang, name),
            Said::NotKept(error) => match error {
                StorageError::QuotaExceeded => SetsText::SetNotKeptFull,
                StorageError::Unavailable(_) => SetsText::SetNotKeptBlocked,
                _ => SetsText::SetNotKept,
            }
            .get(lang)
            .to_owned(),
            Said::NotRemoved(refusal) => refusal.message(lang),
            Said::FileUnreadable => SetsText::SetsFileUnreadable.get(lang).to_owned(),
        }
    }

    /// The file's problems, each in `lang`.
    pub fn problems(&self, lang: Lang) -> Vec<String> {
        match self {
            Said::Refused { refusal, .. } => {
                refusal.problems().iter().map(|p| p.message(lang)).collect()
            }
            _ => Vec::new(),
        }
    }
}
