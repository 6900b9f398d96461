//! The closed set of input kinds a criterion can ask for, with the parameters
//! each kind takes from the data file. Scoring has one rule per kind
//! (`crate::domain::scoring`); a new kind is a code change, a new criterion is not.

use super::{Bilingual, SetList, SetText};
use crate::domain::i18n::{Lang, Text};
use serde::{Deserialize, Serialize};

/// What the secretary enters for a criterion, and the kind's parameters.
///
/// In JSON, internally tagged: `{"kind": "named_items", "min": 3, "unit": …}`.
/// Read through [`InputWire`] rather than serde's derive for tagged enums,
/// which buffers every value and costs tens of kilobytes of wasm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Input {
    /// A plain yes / no; met on yes.
    YesNo,
    /// Counts against a total, for one or more groups (members, households).
    Counts {
        rule: CountRule,
        groups: SetList<CountGroup>,
    },
    /// A list of named items (works, products, models); met with at least `min`.
    NamedItems {
        min: u32,
        /// The plural noun of the items, used in reasons: "mô hình".
        unit: Bilingual,
    },
    /// Poor and near-poor household rates against a reference (provincial) rate.
    HouseholdRates {
        /// Reference figures the secretary can pick; she can also type her own.
        references: SetList<ReferenceRates>,
    },
    /// The cell's yearly quality ratings; met with `consecutive` years in a row at
    /// `level`, ending at the latest rated year.
    YearlyRatings {
        level: RatingLevel,
        consecutive: u32,
        /// The 100-point scales that give a year its level from its score, each
        /// from its first rating year on; a year before them (or a set without
        /// any) needs its level chosen.
        #[serde(default, skip_serializing_if = "no_scales")]
        score_scales: SetList<ScoreScale>,
    },
    /// Sub-parts answered one by one; met when every part holds.
    Checklist { parts: SetList<ChecklistPart> },
    /// A table of organisations, each with two checks (fully staffed, meets
    /// regularly); met when every organisation present passes both.
    Organisations {
        organisations: SetList<Organisation>,
    },
}

/// Every field any kind of [`Input`] may have, beside its kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InputWire {
    kind: String,
    rule: Option<CountRule>,
    groups: Option<Vec<CountGroup>>,
    min: Option<u32>,
    unit: Option<Bilingual>,
    references: Option<Vec<ReferenceRates>>,
    level: Option<RatingLevel>,
    consecutive: Option<u32>,
    score_scales: Option<Vec<ScoreScale>>,
    parts: Option<Vec<ChecklistPart>>,
    organisations: Option<Vec<Organisation>>,
}

impl InputWire {
    /// The names of the fields that are present, in declaration order.
    fn present(&self) -> Vec<&'static str> {
        [
            ("rule", self.rule.is_some()),
            ("groups", self.groups.is_some()),
            ("min", self.min.is_some()),
            ("unit", self.unit.is_some()),
            ("references", self.references.is_some()),
            ("level", self.level.is_some()),
            ("consecutive", self.consecutive.is_some()),
            ("score_scales", self.score_scales.is_some()),
            ("parts", self.parts.is_some()),
            ("organisations", self.organisations.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }
}

impl<'de> Deserialize<'de> for Input {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let w = InputWire::deserialize(deserializer)?;
        let Some(fields) = Input::fields_of(&w.kind) else {
            return Err(D::Error::unknown_variant(&w.kind, Input::KINDS));
        };
        if let Some(extra) = w.present().into_iter().find(|f| !fields.contains(f)) {
            return Err(D::Error::unknown_field(extra, fields));
        }
        let missing = |name: &'static str| D::Error::missing_field(name);
        Ok(match w.kind.as_str() {
            "yes_no" => Input::YesNo,
            "counts" => Input::Counts {
                rule: w.rule.ok_or_else(|| missing("rule"))?,
                groups: w.groups.ok_or_else(|| missing("groups"))?.into(),
            },
            "named_items" => Input::NamedItems {
                min: w.min.ok_or_else(|| missing("min"))?,
                unit: w.unit.ok_or_else(|| missing("unit"))?,
            },
            "household_rates" => Input::HouseholdRates {
                references: w.references.ok_or_else(|| missing("references"))?.into(),
            },
            "yearly_ratings" => Input::YearlyRatings {
                level: w.level.ok_or_else(|| missing("level"))?,
                consecutive: w.consecutive.ok_or_else(|| missing("consecutive"))?,
                score_scales: w.score_scales.unwrap_or_default().into(),
            },
            "checklist" => Input::Checklist {
                parts: w.parts.ok_or_else(|| missing("parts"))?.into(),
            },
            _ => Input::Organisations {
                organisations: w
                    .organisations
                    .ok_or_else(|| missing("organisations"))?
                    .into(),
            },
        })
    }
}

impl Input {
    /// The kinds' names as written in the data file.
    pub const KINDS: &'static [&'static str] = &[
        "yes_no",
        "counts",
        "named_items",
        "household_rates",
        "yearly_ratings",
        "checklist",
        "organisations",
    ];

    /// The fields a kind takes beside `kind`, as written in the data file;
    /// `None` for a kind that does not exist.
    pub fn fields_of(kind: &str) -> Option<&'static [&'static str]> {
        Some(match kind {
            "yes_no" => &[],
            "counts" => &["rule", "groups"],
            "named_items" => &["min", "unit"],
            "household_rates" => &["references"],
            "yearly_ratings" => &["level", "consecutive", "score_scales"],
            "checklist" => &["parts"],
            "organisations" => &["organisations"],
            _ => return None,
        })
    }

    /// The fields of a kind that may be left out.
    pub const OPTIONAL_FIELDS: &'static [&'static str] = &["score_scales"];

    /// The kind's name as written in the data file ("counts", …).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Input::YesNo => "yes_no",
            Input::Counts { .. } => "counts",
            Input::NamedItems { .. } => "named_items",
            Input::HouseholdRates { .. } => "household_rates",
            Input::YearlyRatings { .. } => "yearly_ratings",
            Input::Checklist { .. } => "checklist",
            Input::Organisations { .. } => "organisations",
        }
    }
}

/// How a count compares with its total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(rename_all = "snake_case")]
pub enum CountRule {
    /// "All of N": the counted number must equal the total (gap = total − counted).
    All,
    /// "None of N": the counted number, less the exempt ones, must be zero
    /// (gap = counted − exempt).
    None,
}

/// One group counted in a `counts` criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct CountGroup {
    pub id: SetText,
    /// Label of the total field: "Tổng số đảng viên của chi bộ".
    pub total_label: Bilingual,
    /// Label of the counted field.
    pub counted_label: Bilingual,
    /// Label of the exempt field (only for rule `none`): those of the counted
    /// that the condition excuses (social-protection households).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempt_label: Option<Bilingual>,
    /// The smallest sane total: a cell or a hamlet of 0 is a typing error.
    pub min_total: u32,
    /// Reason when met; placeholders `{total}`, `{counted}`, `{exempt}`, `{gap}`.
    pub met: Bilingual,
    /// Reason when not met; same placeholders.
    pub unmet: Bilingual,
}

/// The placeholders a count group's reason templates may use.
pub const COUNT_PLACEHOLDERS: &[&str] = &["total", "counted", "exempt", "gap"];

/// A reference rate pair, with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct ReferenceRates {
    /// Stable id, kept in answers that pick it: "ben-tre-2023".
    pub id: SetText,
    /// Whose average: "Bến Tre".
    pub region: Bilingual,
    /// The date the figures describe, `YYYY-MM-DD` (end of a year: `2023-12-31`).
    pub as_of: SetText,
    /// Poor households, in basis points (1/100 of a percent): 2,63% is 263.
    pub poor_bp: u32,
    /// Near-poor households, in basis points.
    pub near_poor_bp: u32,
    /// Who published the figures.
    pub source: SetText,
    /// Publication date when known, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<SetText>,
    /// Anything a careful reader must know (a figure that does not add up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
}

impl ReferenceRates {
    /// The year of `as_of` (its first four characters), if readable.
    pub fn as_of_year(&self) -> Option<i64> {
        self.as_of.get(..4)?.parse().ok()
    }
}

/// One sub-part of a checklist criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct ChecklistPart {
    pub id: SetText,
    /// The part exactly as the source words it.
    pub source_text: SetText,
    /// The part as a plain statement, true when the part holds:
    /// "Không xảy ra tội phạm nghiêm trọng trên địa bàn".
    pub label: Bilingual,
}

/// One row of an organisations criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: SetText,
    pub name: Bilingual,
    /// A required organisation cannot be marked as not existing in the hamlet.
    pub required: bool,
}

/// A cell's yearly quality rating (xếp loại chất lượng), the four levels of
/// Quy định 124-QĐ/TW (2023), best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(rename_all = "snake_case")]
pub enum RatingLevel {
    Excellent,
    Good,
    Completed,
    NotCompleted,
}

/// A stored level, by its name (`"not_completed"`), as serde writes it.
impl crate::domain::json::FromJson for RatingLevel {
    fn from_json(value: &crate::domain::json::Value) -> Option<Self> {
        let names = ["excellent", "good", "completed", "not_completed"];
        crate::domain::json::variant(value, &names, &RatingLevel::ALL)
    }
}

impl RatingLevel {
    pub const ALL: [RatingLevel; 4] = [
        RatingLevel::Excellent,
        RatingLevel::Good,
        RatingLevel::Completed,
        RatingLevel::NotCompleted,
    ];

    /// The level's official name, in `lang` (from the catalogue).
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            RatingLevel::Excellent => Text::RatingExcellent,
            RatingLevel::Good => Text::RatingGood,
            RatingLevel::Completed => Text::RatingCompleted,
            RatingLevel::NotCompleted => Text::RatingNotCompleted,
        }
        .get(lang)
    }
}

fn no_scales(scales: &SetList<ScoreScale>) -> bool {
    scales.is_empty()
}

/// A 100-point score scale that gives a year's rating level from its score,
/// as Quy định 366-QĐ/TW (30/8/2025) does from the 2025 ratings on. Scores are
/// in tenths of a point (89,5 is 895), as in the answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::criteria))]
#[serde(deny_unknown_fields)]
pub struct ScoreScale {
    /// The first rating year the scale applies to; it applies until the first
    /// year of the next scale in the list, or for ever.
    pub from_year: u16,
    /// The rule that sets the scale: "Quy định 366-QĐ/TW ngày 30/8/2025".
    pub source: Bilingual,
    /// The lowest score rated excellent (900: "từ 90 điểm").
    pub excellent_tenths: u16,
    /// The lowest score rated good (700).
    pub good_tenths: u16,
    /// The lowest score rated completed (500); below it, not completed.
    pub completed_tenths: u16,
}

/// The most a score can be: 100 points, in tenths.
pub const MAX_SCORE_TENTHS: i64 = 1000;

impl ScoreScale {
    /// The level `tenths` gives on this scale (the score is taken as it is:
    /// whether it lies within 0–100 is for scoring to say).
    pub fn level_for(&self, tenths: i64) -> RatingLevel {
        if tenths >= i64::from(self.excellent_tenths) {
            RatingLevel::Excellent
        } else if tenths >= i64::from(self.good_tenths) {
            RatingLevel::Good
        } else if tenths >= i64::from(self.completed_tenths) {
            RatingLevel::Completed
        } else {
            RatingLevel::NotCompleted
        }
    }

    /// The scale that applies to the rating of `year`: of those starting in or
    /// before it, the one starting last. `None` before every scale.
    pub fn for_year(scales: &[ScoreScale], year: i64) -> Option<&ScoreScale> {
        scales
            .iter()
            .filter(|s| i64::from(s.from_year) <= year)
            .max_by_key(|s| s.from_year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Input, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn each_kind_reads_its_own_fields_and_writes_them_back() {
        let samples = [
            r#"{"kind":"yes_no"}"#,
            r#"{"kind":"named_items","min":3,"unit":{"vi":"mô hình","en":"models"}}"#,
            r#"{"kind":"yearly_ratings","level":"excellent","consecutive":5}"#,
            r#"{"kind":"yearly_ratings","level":"excellent","consecutive":2,"score_scales":[{"from_year":2025,"source":{"vi":"Quy định 366-QĐ/TW","en":"Regulation 366-QĐ/TW"},"excellent_tenths":900,"good_tenths":700,"completed_tenths":500}]}"#,
            r#"{"kind":"checklist","parts":[]}"#,
            r#"{"kind":"counts","rule":"all","groups":[]}"#,
            r#"{"kind":"household_rates","references":[]}"#,
            r#"{"kind":"organisations","organisations":[]}"#,
        ];
        for json in samples {
            let input = read(json).unwrap();
            assert_eq!(serde_json::to_string(&input).unwrap(), json);
        }
    }

    #[test]
    fn a_field_of_another_kind_an_unknown_field_or_a_missing_one_is_refused() {
        let bad = [
            (r#"{"kind":"yes_no","min":3}"#, "unknown field `min`"),
            (
                r#"{"kind":"checklist","parts":[],"colour":1}"#,
                "unknown field `colour`",
            ),
            (r#"{"kind":"named_items","min":3}"#, "missing field `unit`"),
            (
                r#"{"kind":"yearly_ratings","level":"good"}"#,
                "missing field `consecutive`",
            ),
            (r#"{"kind":"essay"}"#, "unknown variant `essay`"),
            (r#"{"min":3}"#, "missing field `kind`"),
        ];
        for (json, message) in bad {
            let err = read(json).unwrap_err();
            assert!(err.contains(message), "{json}: {err}");
        }
    }

    fn scale(from_year: u16, excellent: u16, good: u16, completed: u16) -> ScoreScale {
        ScoreScale {
            from_year,
            source: Bilingual::new("Quy định", "Regulation"),
            excellent_tenths: excellent,
            good_tenths: good,
            completed_tenths: completed,
        }
    }

    #[test]
    fn a_scale_applies_from_its_first_year_until_the_next_one() {
        let scales = [scale(2025, 900, 700, 500), scale(2030, 850, 650, 450)];
        let from = |year| ScoreScale::for_year(&scales, year).map(|s| s.from_year);
        assert_eq!(from(2024), None);
        assert_eq!(from(i64::MIN), None);
        assert_eq!(from(2025), Some(2025));
        assert_eq!(from(2029), Some(2025));
        assert_eq!(from(2030), Some(2030));
        assert_eq!(from(i64::MAX), Some(2030));
        assert_eq!(ScoreScale::for_year(&[], 2026), None);
        let s = &scales[1];
        assert_eq!(s.level_for(850), RatingLevel::Excellent);
        assert_eq!(s.level_for(849), RatingLevel::Good);
        assert_eq!(s.level_for(449), RatingLevel::NotCompleted);
        assert_eq!(s.level_for(i64::MIN), RatingLevel::NotCompleted);
        assert_eq!(s.level_for(i64::MAX), RatingLevel::Excellent);
    }
}
