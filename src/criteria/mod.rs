//! Criteria sets as versioned data: the conditions a cell must meet, with the
//! exact wording of their source, the plain questions and help the secretary
//! reads, and the kind of input each condition needs.
//!
//! A set lives in one JSON file under `src/criteria/sets/` (format in
//! `docs/criteria-format.md`). Scoring (`crate::scoring`) reads only this model,
//! so adding a set, or a new version of one, is adding a data file.
//!
//! A set is identified by `(id, version)`. Answers name the pair they were made
//! for; the registry keeps old versions so that an old result still reads with
//! the wording it was made with.

mod input;
mod registry;
mod validate;

pub use input::*;
pub use registry::*;
pub use validate::*;

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The version of the file format that this code reads (the `format` field).
pub const FORMAT_VERSION: u32 = 1;

/// A text in both interface languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub vi: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// One version of a criteria set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaSet {
    /// The file format version; must be [`FORMAT_VERSION`].
    pub format: u32,
    /// Stable across versions, a lowercase slug: "ben-tre-2021".
    pub id: String,
    /// Starts at 1; a new version whenever a wording, a rule or a figure changes.
    pub version: u32,
    pub title: Bilingual,
    /// What the set is and how it was put together (shown with the source).
    pub description: Bilingual,
    pub source: Source,
    pub effective: Effective,
    /// In the order the questionnaire walks them.
    pub criteria: Vec<Criterion>,
}

/// Where a set's conditions come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's title, in its own language.
    pub document: String,
    /// Who published it (a newspaper, a Party committee).
    pub published_in: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// The address, when known; never invented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What a reader should know about the source (gaps, what it does not say).
    pub note: Bilingual,
}

/// The dates between which a set applies, `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effective {
    pub from: String,
    /// `None`: still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// How the dates were established.
    pub note: Bilingual,
}

/// One condition of a set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable across versions (answers are keyed by it): "c1".."c9".
    pub id: String,
    /// A short name for lists and the step list.
    pub title: Bilingual,
    /// The condition exactly as the source words it (Vietnamese only).
    pub source_text: String,
    /// The plain question the secretary answers.
    pub question: Bilingual,
    /// What the question means in practice, and traps to avoid.
    pub help: Bilingual,
    /// Suggested evidence (minh chứng) for the dossier.
    pub evidence: Vec<Bilingual>,
    /// Suggested actions when the condition is not met yet.
    pub actions: Vec<Bilingual>,
    /// For the plan: "dễ làm trước, khó làm sau".
    pub difficulty: Difficulty,
    pub input: Input,
}

/// How hard a condition is to reach, for ordering the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Difficulty::Easy, Lang::Vi) => "Dễ",
            (Difficulty::Easy, Lang::En) => "Easy",
            (Difficulty::Medium, Lang::Vi) => "Trung bình",
            (Difficulty::Medium, Lang::En) => "Medium",
            (Difficulty::Hard, Lang::Vi) => "Khó",
            (Difficulty::Hard, Lang::En) => "Hard",
        }
    }
}

impl CriteriaSet {
    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The criterion ids in order (for the questionnaire's steps).
    pub fn criterion_ids(&self) -> impl Iterator<Item = &str> {
        self.criteria.iter().map(|c| c.id.as_str())
    }
}
