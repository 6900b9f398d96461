//! Criteria sets as versioned data: the conditions a cell must meet, with the
//! exact wording of their source, the plain questions and help the secretary
//! reads, and the kind of input each condition needs.
//!
//! A set lives in one JSON file under `src/domain/criteria/sets/` (format in
//! `docs/criteria-format.md`). Scoring (`crate::domain::scoring`) reads only this model,
//! so adding a set, or a new version of one, is adding a data file.
//!
//! A set is identified by `(id, version)`. Answers name the pair they were made
//! for; the registry keeps old versions so that an old result still reads with
//! the wording it was made with.

#[cfg(not(target_arch = "wasm32"))]
mod bake;
mod baked;
mod check;
mod compact;
mod fingerprint;
mod input;
mod published;
mod registry;
mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub use bake::*;
pub use check::*;
pub use compact::*;
pub use fingerprint::*;
pub use input::*;
pub use published::*;
pub use registry::*;
pub use validate::*;

use crate::domain::i18n::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A text of a criteria set: borrowed from the baked sets the app carries
/// ([`Registry::bundled`]), owned when a set is read from JSON.
pub type SetText = Cow<'static, str>;
/// A list of a criteria set, borrowed or owned like [`SetText`].
pub type SetList<T> = Cow<'static, [T]>;

/// The version of the file format that this code reads (the `format` field).
pub const FORMAT_VERSION: u32 = 1;

/// A text in both interface languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub vi: SetText,
    pub en: SetText,
}

impl Bilingual {
    pub fn new(vi: impl Into<SetText>, en: impl Into<SetText>) -> Self {
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
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct CriteriaSet {
    /// The file format version; must be [`FORMAT_VERSION`].
    pub format: u32,
    /// Stable across versions, a lowercase slug: "ben-tre-2021".
    pub id: SetText,
    /// Starts at 1; a new version whenever a wording, a rule or a figure changes.
    pub version: u32,
    pub title: Bilingual,
    /// What the set is and how it was put together (shown with the source).
    pub description: Bilingual,
    /// Who issued the set (a provincial Party committee, its organisation
    /// committee), in Vietnamese: "Tỉnh ủy Bến Tre".
    pub issuer: SetText,
    /// The provinces whose cells use the set, as the profile writes a province
    /// ("Vĩnh Long"); none: any province. A new assessment starts with the
    /// newest set in force for its year in its province ([`Registry::default_for`]).
    #[serde(default, skip_serializing_if = "no_provinces")]
    pub provinces: SetList<SetText>,
    pub source: Source,
    pub effective: Effective,
    /// In the order the questionnaire walks them.
    pub criteria: SetList<Criterion>,
}

fn no_provinces(provinces: &SetList<SetText>) -> bool {
    provinces.is_empty()
}

/// Where a set's conditions come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's title, in its own language.
    pub document: SetText,
    /// Who published it (a newspaper, a Party committee).
    pub published_in: SetText,
    /// Publication date, `YYYY-MM-DD`.
    pub date: SetText,
    /// The address, when known; never invented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SetText>,
    /// What a reader should know about the source (gaps, what it does not say).
    pub note: Bilingual,
}

/// The dates between which a set applies, `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct Effective {
    pub from: SetText,
    /// `None`: still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<SetText>,
    /// How the dates were established.
    pub note: Bilingual,
}

/// One condition of a set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable across versions (answers are keyed by it): "c1".."c9".
    pub id: SetText,
    /// A short name for lists and the step list.
    pub title: Bilingual,
    /// The condition exactly as the source words it (Vietnamese only).
    pub source_text: SetText,
    /// The plain question the secretary answers.
    pub question: Bilingual,
    /// What the question means in practice, and traps to avoid.
    pub help: Bilingual,
    /// Where the set reads into the source something it does not say (which
    /// organisations "các đoàn thể" are, for example): said in plain words and
    /// shown next to the inputs, so that the reading is never taken for the
    /// source's. Readings built into an input kind's rules are the app's, and
    /// the app states them itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Bilingual>,
    /// Suggested evidence (minh chứng) for the dossier.
    pub evidence: SetList<Bilingual>,
    /// Suggested actions when the condition is not met yet.
    pub actions: SetList<Bilingual>,
    /// For the plan: "dễ làm trước, khó làm sau".
    pub difficulty: Difficulty,
    pub input: Input,
}

/// How hard a condition is to reach, for ordering the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

/// A stored difficulty, by its name (`"easy"`), as serde writes it.
impl crate::domain::json::FromJson for Difficulty {
    fn from_json(value: &crate::domain::json::Value) -> Option<Self> {
        let all = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];
        crate::domain::json::variant(value, &["easy", "medium", "hard"], &all)
    }
}

impl Difficulty {
    /// The difficulty's name, in `lang` (from the catalogue).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Difficulty::Easy => Text::DifficultyEasy,
            Difficulty::Medium => Text::DifficultyMedium,
            Difficulty::Hard => Text::DifficultyHard,
        }
        .get(lang)
    }
}

impl CriteriaSet {
    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// Whether the set is in force at some time of `year` (any set when the
    /// year is not known): its first year at most `year`, its last at least.
    pub fn in_force(&self, year: Option<i64>) -> bool {
        let Some(year) = year else { return true };
        let year_of = |date: &str| date.get(..4).and_then(|y| y.parse::<i64>().ok());
        year_of(&self.effective.from).is_none_or(|from| from <= year)
            && self
                .effective
                .until
                .as_deref()
                .and_then(year_of)
                .is_none_or(|until| until >= year)
    }

    /// The criterion ids in order (for the questionnaire's steps).
    pub fn criterion_ids(&self) -> impl Iterator<Item = &str> {
        self.criteria.iter().map(|c| &*c.id)
    }
}
