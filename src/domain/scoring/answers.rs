//! What the secretary entered, as stored in drafts and share links.
//!
//! Answers name the set and version they were made for and are keyed by stable
//! criterion id, each shaped by its criterion's input kind. Every field may be
//! missing: an unfinished assessment is normal. Numbers are plain integers, and
//! signed on purpose: a negative count from a tampered link must reach scoring
//! and be reported as invalid, not make the whole draft unreadable.

use super::FieldTexts;
use crate::domain::criteria::RatingLevel;
use crate::domain::vec_map::VecMap;
use serde::{Deserialize, Serialize};

/// All answers of one assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// The criteria set these answers were made for.
    pub set_id: String,
    pub set_version: u32,
    /// By criterion id.
    #[serde(default)]
    pub answers: VecMap<String, Answer>,
    /// By criterion id: texts typed in its number fields that are not values,
    /// by field key, exactly as typed (see `typed.rs`). Absent in drafts and
    /// links made before it: none then.
    #[serde(default, skip_serializing_if = "VecMap::is_empty")]
    pub typed: VecMap<String, FieldTexts>,
}

/// The answer to one criterion; the variant matches the criterion's input kind.
///
/// In JSON, internally tagged: `{"kind": "yes_no", "value": true}`. It is read
/// through [`AnswerWire`] rather than serde's derive for tagged enums, which
/// buffers every value and costs tens of kilobytes of wasm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    YesNo {
        value: Option<bool>,
    },
    /// By count group id.
    Counts {
        #[serde(default)]
        groups: VecMap<String, CountAnswer>,
    },
    NamedItems {
        #[serde(default)]
        items: Vec<String>,
    },
    HouseholdRates(RatesAnswer),
    YearlyRatings {
        #[serde(default)]
        years: Vec<YearRating>,
    },
    /// By part id: true when the part holds.
    Checklist {
        #[serde(default)]
        parts: VecMap<String, bool>,
    },
    Organisations {
        /// By organisation id of the set.
        #[serde(default)]
        rows: VecMap<String, OrgAnswer>,
        /// Organisations the secretary added (each self-managed group, say).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        others: Vec<OtherOrg>,
    },
}

/// One count group's numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CountAnswer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<i64>,
    /// Of the counted, those the condition excuses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exempt: Option<i64>,
}

/// Household numbers for the poverty-rate criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RatesAnswer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub households: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poor: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near_poor: Option<i64>,
    /// Of the poor households, those receiving social protection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poor_protected: Option<i64>,
    /// Of the near-poor households, those receiving social protection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near_poor_protected: Option<i64>,
    /// Leave social-protection households out of the hamlet's rates (out of
    /// the count and of the total). Off by default: the stricter reading.
    #[serde(skip_serializing_if = "is_false")]
    pub exclude_protected: bool,
    /// The reference rates; `None`: the set's default for the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<ReferenceChoice>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Which reference rates to compare with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceChoice {
    /// A reference of the set, by id: `{"preset": "ben-tre-2023"}`.
    Preset(String),
    /// The secretary's own figures, in basis points (2,63% is 263).
    Custom { poor_bp: i64, near_poor_bp: i64 },
}

/// One year's rating of the cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct YearRating {
    pub year: i64,
    /// `None` while the secretary has not picked it: the year then takes the
    /// level its score gives where a score scale of the set covers it
    /// (`ScoreScale`), and counts as unrated otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<RatingLevel>,
    /// The 100-point score in tenths of a point (89,5 is 895), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_tenths: Option<i64>,
}

/// The two checks of one organisation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgAnswer {
    /// The hamlet has no such organisation (allowed unless it is required).
    #[serde(skip_serializing_if = "is_false")]
    pub absent: bool,
    /// Củng cố, kiện toàn kịp thời.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staffed: Option<bool>,
    /// Duy trì họp thường xuyên.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meets: Option<bool>,
}

/// An organisation the secretary added to the table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OtherOrg {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staffed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meets: Option<bool>,
}

/// Every field any kind of [`Answer`] may have, beside its kind: the JSON
/// shape, read in one pass. Fields of another kind are ignored, as serde's
/// derive for tagged enums ignores unknown fields.
#[derive(Deserialize)]
struct AnswerWire {
    kind: String,
    value: Option<bool>,
    groups: Option<VecMap<String, CountAnswer>>,
    items: Option<Vec<String>>,
    households: Option<i64>,
    poor: Option<i64>,
    near_poor: Option<i64>,
    poor_protected: Option<i64>,
    near_poor_protected: Option<i64>,
    exclude_protected: Option<bool>,
    reference: Option<ReferenceChoice>,
    years: Option<Vec<YearRating>>,
    parts: Option<VecMap<String, bool>>,
    rows: Option<VecMap<String, OrgAnswer>>,
    others: Option<Vec<OtherOrg>>,
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let w = AnswerWire::deserialize(deserializer)?;
        Ok(match w.kind.as_str() {
            "yes_no" => Answer::YesNo { value: w.value },
            "counts" => Answer::Counts {
                groups: w.groups.unwrap_or_default(),
            },
            "named_items" => Answer::NamedItems {
                items: w.items.unwrap_or_default(),
            },
            "household_rates" => Answer::HouseholdRates(RatesAnswer {
                households: w.households,
                poor: w.poor,
                near_poor: w.near_poor,
                poor_protected: w.poor_protected,
                near_poor_protected: w.near_poor_protected,
                exclude_protected: w.exclude_protected.unwrap_or(false),
                reference: w.reference,
            }),
            "yearly_ratings" => Answer::YearlyRatings {
                years: w.years.unwrap_or_default(),
            },
            "checklist" => Answer::Checklist {
                parts: w.parts.unwrap_or_default(),
            },
            "organisations" => Answer::Organisations {
                rows: w.rows.unwrap_or_default(),
                others: w.others.unwrap_or_default(),
            },
            other => {
                return Err(serde::de::Error::unknown_variant(
                    other,
                    crate::domain::criteria::Input::KINDS,
                ));
            }
        })
    }
}

/// Answers read leniently, with what had to be dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LenientAnswers {
    pub answers: Answers,
    /// Criterion ids whose answer (or typed texts) could not be read (shape
    /// unknown to this app).
    pub dropped: Vec<String>,
}

/// The outer shape, with each answer kept raw so that one unreadable answer
/// does not take the others down with it.
#[derive(Deserialize)]
struct RawAnswers {
    #[serde(default)]
    set_id: String,
    #[serde(default)]
    set_version: u32,
    #[serde(default)]
    answers: VecMap<String, Box<serde_json::value::RawValue>>,
    /// Kept raw: typed texts that do not read never take the answers down.
    #[serde(default)]
    typed: Option<Box<serde_json::value::RawValue>>,
}

impl Answers {
    /// Empty answers for a set.
    pub fn new(set_id: impl Into<String>, set_version: u32) -> Self {
        Answers {
            set_id: set_id.into(),
            set_version,
            answers: VecMap::new(),
            typed: VecMap::new(),
        }
    }

    /// Reads answers from JSON, dropping (and naming) any single answer that
    /// does not parse, for instance one written by a newer app with a kind this
    /// one does not know. Errors only when the text is not an answers object.
    pub fn from_json_lenient(json: &str) -> Result<LenientAnswers, serde_json::Error> {
        let raw: RawAnswers = serde_json::from_str(json)?;
        let mut answers = Answers::new(raw.set_id, raw.set_version);
        let mut dropped = Vec::new();
        for (id, value) in raw.answers {
            match serde_json::from_str::<Answer>(value.get()) {
                Ok(answer) => {
                    answers.answers.insert(id, answer);
                }
                Err(_) => dropped.push(id),
            }
        }
        let typed: VecMap<String, Box<serde_json::value::RawValue>> = raw
            .typed
            .and_then(|t| serde_json::from_str(t.get()).ok())
            .unwrap_or_default();
        for (id, value) in typed {
            match serde_json::from_str::<FieldTexts>(value.get()) {
                Ok(texts) if !texts.is_empty() => {
                    answers.typed.insert(id, texts);
                }
                Ok(_) => {}
                Err(_) if dropped.contains(&id) => {}
                Err(_) => dropped.push(id),
            }
        }
        Ok(LenientAnswers { answers, dropped })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_through_json_compactly() {
        let mut a = Answers::new("ben-tre-2021", 1);
        a.answers.insert(
            "c6".into(),
            Answer::HouseholdRates(RatesAnswer {
                households: Some(399),
                poor: Some(12),
                reference: Some(ReferenceChoice::Preset("ben-tre-2023".into())),
                ..RatesAnswer::default()
            }),
        );
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"set_id":"ben-tre-2021","set_version":1,"answers":{"c6":{"kind":"household_rates","households":399,"poor":12,"reference":{"preset":"ben-tre-2023"}}}}"#
        );
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn lenient_reading_drops_only_the_unreadable_answer() {
        let json = r#"{"set_id":"x","set_version":2,"answers":{
            "c1":{"kind":"yes_no","value":true},
            "c2":{"kind":"from_the_future","stuff":1},
            "c3":{"kind":"counts","groups":{"m":{"total":"many"}}}}}"#;
        let read = Answers::from_json_lenient(json).unwrap();
        assert_eq!(read.dropped, vec!["c2".to_string(), "c3".to_string()]);
        assert_eq!(read.answers.set_version, 2);
        assert_eq!(
            read.answers.answers.get("c1"),
            Some(&Answer::YesNo { value: Some(true) })
        );
        assert!(Answers::from_json_lenient("[1,2]").is_err());
    }
}
