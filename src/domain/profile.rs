//! The cell's profile: who and what an assessment is about. Pure data with its
//! own validation; the questionnaire's first step edits it, the result, the
//! printed form and the share link show it.

use crate::domain::i18n::{self, Lang, Text};
use crate::domain::json::{FromJson, Value, deserialize_through_reader, field};
use crate::domain::scoring::NumberEntry;
use serde::Serialize;

/// Earliest assessment year accepted (the programme dates from the 2015–2020 term).
pub const MIN_YEAR: u16 = 2015;

/// The profile of the cell being assessed. Every field may be empty while the
/// secretary is still filling it in: an unfinished profile is normal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CellProfile {
    /// Tên chi bộ, e.g. "Chi bộ ấp Hòa Thạnh A".
    pub cell_name: String,
    /// Ấp / khu phố (khóm, tổ dân phố).
    pub hamlet: String,
    /// Xã / phường / đặc khu.
    pub commune: String,
    /// Tỉnh / thành phố.
    pub province: String,
    /// Năm đánh giá.
    pub year: Option<u16>,
    /// The year field's text when it is not a number ("2O26"), exactly as
    /// typed, so that a reload shows it; `year` is then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year_typed: Option<String>,
    /// Người đánh giá (name, and role if she wishes).
    pub assessor: String,
    /// Whether the commune is recognised as nông thôn mới / đô thị văn minh
    /// (its target is then 100% of cells). `None`: not answered.
    pub commune_recognised: Option<bool>,
}

/// Read whole: a field that cannot be read makes the profile unreadable.
impl FromJson for CellProfile {
    fn from_json(value: &Value) -> Option<Self> {
        let o = value.as_object()?;
        Some(CellProfile {
            cell_name: field(o, "cell_name")?,
            hamlet: field(o, "hamlet")?,
            commune: field(o, "commune")?,
            province: field(o, "province")?,
            year: field(o, "year")?,
            year_typed: field(o, "year_typed")?,
            assessor: field(o, "assessor")?,
            commune_recognised: field(o, "commune_recognised")?,
        })
    }
}

deserialize_through_reader!(CellProfile);

/// The text fields of a profile, in the order the form shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    CellName,
    Hamlet,
    Commune,
    Province,
    Assessor,
}

impl TextField {
    pub const ALL: [TextField; 5] = [
        TextField::CellName,
        TextField::Hamlet,
        TextField::Commune,
        TextField::Province,
        TextField::Assessor,
    ];

    /// The field's label on the profile step.
    pub fn label(self) -> Text {
        match self {
            TextField::CellName => Text::ProfileCellName,
            TextField::Hamlet => Text::ProfileHamlet,
            TextField::Commune => Text::ProfileCommune,
            TextField::Province => Text::ProfileProvince,
            TextField::Assessor => Text::ProfileAssessor,
        }
    }

    /// The longest text the field takes, in characters: what the line of a
    /// paper form holds, generous for real names ("Chi bộ ấp Thạnh Phước
    /// Đông" is 26; "Huỳnh Nguyễn Phương Thảo, bí thư chi bộ" 39).
    pub fn max_chars(self) -> usize {
        match self {
            TextField::CellName | TextField::Assessor => 80,
            TextField::Hamlet | TextField::Commune => 60,
            TextField::Province => 40,
        }
    }
}

/// What is wrong with a profile field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    /// A text longer than its field takes ([`TextField::max_chars`]).
    TooLong {
        field: TextField,
        chars: usize,
        max: usize,
    },
    /// The year field holds text that is not a number.
    YearNotANumber,
    /// A year before [`MIN_YEAR`] or after next year.
    YearOutOfRange { year: u16, min: u16, max: u16 },
}

impl ProfileProblem {
    /// What is wrong, in `lang`, for beside the field. Empty for a year that
    /// is not a number: the number field itself says what is wrong with it.
    pub fn message(self, lang: Lang) -> String {
        match self {
            ProfileProblem::TooLong { chars, max, .. } => i18n::too_long(lang, chars, max),
            ProfileProblem::YearNotANumber => String::new(),
            ProfileProblem::YearOutOfRange { min, max, .. } => {
                i18n::year_out_of_range(lang, min, max)
            }
        }
    }
}

/// One edit the secretary makes to the profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileEdit {
    Text(TextField, String),
    Year(NumberEntry),
    CommuneRecognised(Option<bool>),
}

impl CellProfile {
    /// Applies one edit.
    pub fn apply(&mut self, edit: ProfileEdit) {
        match edit {
            ProfileEdit::Text(field, value) => self.set_text(field, value),
            ProfileEdit::Year(NumberEntry::Value(year)) => {
                // A number too large for a year is kept as an out-of-range
                // year, so that the field says why instead of dropping it.
                self.year = year.map(|y| u16::try_from(y.max(0)).unwrap_or(u16::MAX));
                self.year_typed = None;
            }
            ProfileEdit::Year(NumberEntry::Text(text)) => {
                self.year = None;
                self.year_typed = Some(text);
            }
            ProfileEdit::CommuneRecognised(value) => self.commune_recognised = value,
        }
    }

    /// The problem of `field`, if any (for showing it beside the field).
    pub fn text_problem(&self, field: TextField) -> Option<ProfileProblem> {
        let chars = self.text(field).chars().count();
        let max = field.max_chars();
        (chars > max).then_some(ProfileProblem::TooLong { field, chars, max })
    }

    /// The problem of the year, if any, given the current calendar year.
    pub fn year_problem(&self, current_year: u16) -> Option<ProfileProblem> {
        if self.year_typed.is_some() {
            return Some(ProfileProblem::YearNotANumber);
        }
        let year = self.year?;
        let max = current_year.saturating_add(1);
        (!(MIN_YEAR..=max).contains(&year)).then_some(ProfileProblem::YearOutOfRange {
            year,
            min: MIN_YEAR,
            max,
        })
    }

    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::CellName => &self.cell_name,
            TextField::Hamlet => &self.hamlet,
            TextField::Commune => &self.commune,
            TextField::Province => &self.province,
            TextField::Assessor => &self.assessor,
        }
    }

    pub fn set_text(&mut self, field: TextField, value: String) {
        let slot = match field {
            TextField::CellName => &mut self.cell_name,
            TextField::Hamlet => &mut self.hamlet,
            TextField::Commune => &mut self.commune,
            TextField::Province => &mut self.province,
            TextField::Assessor => &mut self.assessor,
        };
        *slot = value;
    }

    /// The problems of this profile, given the current calendar year (the core
    /// never reads the clock). Empty fields are not problems: they are unanswered.
    pub fn problems(&self, current_year: u16) -> Vec<ProfileProblem> {
        TextField::ALL
            .into_iter()
            .filter_map(|field| self.text_problem(field))
            .chain(self.year_problem(current_year))
            .collect()
    }

    /// How many of the profile's seven answers are given (for progress).
    pub fn answered(&self) -> usize {
        TextField::ALL
            .into_iter()
            .filter(|&f| !self.text(f).trim().is_empty())
            .count()
            + usize::from(self.year.is_some())
            + usize::from(self.commune_recognised.is_some())
    }

    /// The number of answers a complete profile has.
    pub const QUESTIONS: usize = 7;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_profile_has_no_problems_and_nothing_answered() {
        let profile = CellProfile::default();
        assert!(profile.problems(2026).is_empty());
        assert_eq!(profile.answered(), 0);
    }

    #[test]
    fn years_are_checked_against_the_given_current_year() {
        let cases = [
            (2014, false),
            (2015, true),
            (2026, true),
            (2027, true),
            (2028, false),
        ];
        for (year, ok) in cases {
            let profile = CellProfile {
                year: Some(year),
                ..Default::default()
            };
            assert_eq!(profile.problems(2026).is_empty(), ok, "{year}");
        }
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        let mut profile = CellProfile::default();
        // 60 Vietnamese letters are 120+ bytes but still within the limit.
        let max = TextField::Commune.max_chars();
        profile.set_text(TextField::Commune, "ờ".repeat(max));
        assert!(profile.problems(2026).is_empty());
        profile.set_text(TextField::Commune, "ờ".repeat(max + 1));
        assert_eq!(
            profile.problems(2026),
            vec![ProfileProblem::TooLong {
                field: TextField::Commune,
                chars: max + 1,
                max
            }]
        );
    }

    #[test]
    fn answered_counts_each_question_once() {
        let profile = CellProfile {
            cell_name: "Chi bộ ấp Hòa Thạnh A".into(),
            hamlet: "  ".into(),
            year: Some(2023),
            commune_recognised: Some(false),
            ..Default::default()
        };
        assert_eq!(profile.answered(), 3);
    }

    #[test]
    fn edits_apply_to_their_field() {
        let mut profile = CellProfile::default();
        profile.apply(ProfileEdit::Text(TextField::Province, "Vĩnh Long".into()));
        profile.apply(ProfileEdit::Year(NumberEntry::Value(Some(2026))));
        profile.apply(ProfileEdit::CommuneRecognised(Some(true)));
        assert_eq!(profile.province, "Vĩnh Long");
        assert_eq!(profile.year, Some(2026));
        assert_eq!(profile.commune_recognised, Some(true));
        profile.apply(ProfileEdit::Year(NumberEntry::Value(None)));
        assert_eq!(profile.year, None);
        // Text that is not a year is kept as typed, and the year is then empty.
        profile.apply(ProfileEdit::Year(NumberEntry::Text("2O26".into())));
        assert_eq!(
            (profile.year, profile.year_typed.as_deref()),
            (None, Some("2O26"))
        );
        assert_eq!(
            profile.year_problem(2026),
            Some(ProfileProblem::YearNotANumber)
        );
        profile.apply(ProfileEdit::Year(NumberEntry::Value(Some(99_999))));
        assert_eq!(
            (profile.year, profile.year_typed.as_deref()),
            (Some(u16::MAX), None)
        );
    }

    #[test]
    fn old_profiles_without_new_fields_still_read() {
        let profile: CellProfile = serde_json::from_str(r#"{"cell_name":"Chi bộ ấp 1"}"#).unwrap();
        assert_eq!(profile.cell_name, "Chi bộ ấp 1");
        assert_eq!(profile.year, None);
    }
}
