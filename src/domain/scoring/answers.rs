//! What the secretary entered, as stored in drafts and share links.
//!
//! Answers name the set and version they were made for and are keyed by stable
//! criterion id, each shaped by its criterion's input kind. Every field may be
//! missing: an unfinished assessment is normal. Numbers are plain integers, and
//! signed on purpose: a negative count from a tampered link must reach scoring
//! and be reported as invalid, not make the whole draft unreadable.

use super::FieldTexts;
use crate::domain::criteria::RatingLevel;
use crate::domain::json::{self, FromJson, Object, Value, deserialize_through_reader, field};
use crate::domain::vec_map::VecMap;
use serde::Serialize;

/// All answers of one assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Answers {
    /// The criteria set these answers were made for.
    pub set_id: String,
    pub set_version: u32,
    /// By criterion id.
    pub answers: VecMap<String, Answer>,
    /// By criterion id: texts typed in its number fields that are not values,
    /// by field key, exactly as typed (see `typed.rs`). Absent in drafts and
    /// links made before it: none then.
    #[serde(skip_serializing_if = "VecMap::is_empty")]
    pub typed: VecMap<String, FieldTexts>,
}

/// The answer to one criterion; the variant matches the criterion's input kind.
///
/// In JSON, internally tagged: `{"kind": "yes_no", "value": true}`; read by
/// hand ([`crate::domain::json`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    YesNo {
        value: Option<bool>,
    },
    /// By count group id.
    Counts {
        groups: VecMap<String, CountAnswer>,
    },
    NamedItems {
        items: Vec<String>,
    },
    HouseholdRates(RatesAnswer),
    YearlyRatings {
        years: Vec<YearRating>,
    },
    /// By part id: true when the part holds.
    Checklist {
        parts: VecMap<String, bool>,
    },
    Organisations {
        /// By organisation id of the set.
        rows: VecMap<String, OrgAnswer>,
        /// Organisations the secretary added (each self-managed group, say).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        others: Vec<OtherOrg>,
    },
}

/// One count group's numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceChoice {
    /// A reference of the set, by id: `{"preset": "ben-tre-2023"}`.
    Preset(String),
    /// The secretary's own figures, in basis points (2,63% is 263).
    Custom { poor_bp: i64, near_poor_bp: i64 },
}

/// One year's rating of the cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OtherOrg {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staffed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meets: Option<bool>,
}

/// Answers read leniently, with what had to be dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LenientAnswers {
    pub answers: Answers,
    /// Criterion ids whose answer (or typed texts) could not be read (shape
    /// unknown to this app).
    pub dropped: Vec<String>,
}

/// An answer's fields, by its kind (`{"kind": "yes_no", "value": true}`).
/// Fields of another kind are ignored; a field of its kind that cannot be read
/// makes the answer unreadable.
impl FromJson for Answer {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(match o.get("kind")?.as_str()? {
            "yes_no" => Answer::YesNo {
                value: field(o, "value")?,
            },
            "counts" => Answer::Counts {
                groups: field(o, "groups")?,
            },
            "named_items" => Answer::NamedItems {
                items: field(o, "items")?,
            },
            "household_rates" => Answer::HouseholdRates(RatesAnswer::from_json(value)?),
            "yearly_ratings" => Answer::YearlyRatings {
                years: field(o, "years")?,
            },
            "checklist" => Answer::Checklist {
                parts: field(o, "parts")?,
            },
            "organisations" => Answer::Organisations {
                rows: field(o, "rows")?,
                others: field(o, "others")?,
            },
            _ => return None,
        })
    }
}

impl FromJson for CountAnswer {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(CountAnswer {
            total: field(o, "total")?,
            counted: field(o, "counted")?,
            exempt: field(o, "exempt")?,
        })
    }
}

impl FromJson for RatesAnswer {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(RatesAnswer {
            households: field(o, "households")?,
            poor: field(o, "poor")?,
            near_poor: field(o, "near_poor")?,
            poor_protected: field(o, "poor_protected")?,
            near_poor_protected: field(o, "near_poor_protected")?,
            exclude_protected: field(o, "exclude_protected")?,
            reference: field(o, "reference")?,
        })
    }
}

/// `{"preset": "ben-tre-2023"}` or `{"custom": {"poor_bp": 263, "near_poor_bp": 410}}`.
impl FromJson for ReferenceChoice {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        if o.len() != 1 {
            return None;
        }
        if let Some(preset) = o.get("preset") {
            return Some(ReferenceChoice::Preset(String::from_json(preset)?));
        }
        let custom = o.get("custom")?.as_object()?;
        Some(ReferenceChoice::Custom {
            poor_bp: i64::from_json(custom.get("poor_bp")?)?,
            near_poor_bp: i64::from_json(custom.get("near_poor_bp")?)?,
        })
    }
}

impl FromJson for YearRating {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(YearRating {
            year: field(o, "year")?,
            level: field(o, "level")?,
            score_tenths: field(o, "score_tenths")?,
        })
    }
}

impl FromJson for OrgAnswer {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(OrgAnswer {
            absent: field(o, "absent")?,
            staffed: field(o, "staffed")?,
            meets: field(o, "meets")?,
        })
    }
}

impl FromJson for OtherOrg {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(OtherOrg {
            name: field(o, "name")?,
            staffed: field(o, "staffed")?,
            meets: field(o, "meets")?,
        })
    }
}

/// Read whole: strict, as [`Answers::read`] is not.
impl FromJson for Answers {
    fn from_json(value: &Value) -> Option<Self> {
        let read = Answers::read(value)?;
        read.dropped.is_empty().then_some(read.answers)
    }
}

deserialize_through_reader!(Answers, Answer);

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
    /// does not read, for instance one written by a newer app with a kind this
    /// one does not know. `None` when the value is not an answers object.
    pub fn read(value: &Value) -> Option<LenientAnswers> {
        let o = value.as_object()?;
        let mut answers = Answers::new(field::<String>(o, "set_id")?, field(o, "set_version")?);
        let mut dropped = Vec::new();
        let no_entries = Object::new();
        let entries = |key: &str| match o.get(key) {
            None => Some(&no_entries),
            Some(entries) => entries.as_object(),
        };
        for (id, answer) in entries("answers")? {
            match Answer::from_json(answer) {
                Some(answer) => {
                    answers.answers.insert(id.clone(), answer);
                }
                None => dropped.push(id.clone()),
            }
        }
        // Typed texts that do not read never take the answers down.
        for (id, texts) in entries("typed").unwrap_or(&no_entries) {
            match FieldTexts::from_json(texts) {
                Some(texts) if !texts.is_empty() => {
                    answers.typed.insert(id.clone(), texts);
                }
                Some(_) => {}
                None if dropped.contains(id) => {}
                None => dropped.push(id.clone()),
            }
        }
        Some(LenientAnswers { answers, dropped })
    }

    /// [`Answers::read`] of a JSON text.
    pub fn from_json_lenient(json: &str) -> Result<LenientAnswers, String> {
        Answers::read(&json::parse(json)?).ok_or_else(|| "not an answers object".to_owned())
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
