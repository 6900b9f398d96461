//! Texts typed into a number field that are not a value the field can take
//! ("2.5" members, "-3", "hai mươi"). They are kept exactly as typed, beside
//! the answers (by criterion id, then by field key), so that a reload shows
//! them again and a shared link carries them; while a criterion holds one,
//! scoring says it is invalid and names the field. The number the field held
//! before is dropped: the screen never shows a verdict on a number that is no
//! longer in the field.
//!
//! Field keys, by the criterion's input kind:
//! - counts: `<group id>.total`, `<group id>.counted`, `<group id>.exempt`;
//! - household rates: `households`, `poor`, `near_poor`, `poor_protected`,
//!   `near_poor_protected`, `reference.poor`, `reference.near_poor`;
//! - yearly ratings: `ratings.<row>.year`, `ratings.<row>.score` (rows from 0,
//!   in the order of the answer's years).
//!
//! A key this app does not know (written by a newer one) still makes the
//! criterion invalid, naming the field by its key.

use super::reasons::bi;
use super::{Answer, Outcome, RatesAnswer, ReferenceChoice};
use crate::domain::criteria::{Bilingual, Input};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::number_input::parse_number;
use crate::domain::vec_map::VecMap;

/// What she typed in a criterion's fields that is not a value, by field key.
pub type FieldTexts = VecMap<String, String>;

/// What a number field holds after an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberEntry {
    /// A value the field takes, or nothing (an empty field).
    Value(Option<i64>),
    /// Text that is not a value, exactly as typed.
    Text(String),
}

impl NumberEntry {
    /// The entry of a field that must hold something (a rating's year):
    /// emptied, it is kept as an empty text (the condition says so) rather
    /// than clearing the value.
    pub fn required(self) -> NumberEntry {
        match self {
            NumberEntry::Value(None) => NumberEntry::Text(String::new()),
            entry => entry,
        }
    }

    /// Records this entry of the field `key` in `texts` (the text kept, or a
    /// kept text removed) and returns the value to store in the answer.
    pub fn record(self, texts: &mut FieldTexts, key: &str) -> Option<i64> {
        match self {
            NumberEntry::Value(value) => {
                texts.remove(key);
                value
            }
            NumberEntry::Text(text) => {
                texts.insert(key.to_owned(), text);
                None
            }
        }
    }
}

/// The number fields of a count group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountSlot {
    Total,
    Counted,
    Exempt,
}

/// The key of a count group's field.
pub fn count_key(group: &str, slot: CountSlot) -> String {
    let slot = match slot {
        CountSlot::Total => "total",
        CountSlot::Counted => "counted",
        CountSlot::Exempt => "exempt",
    };
    format!("{group}.{slot}")
}

/// The keys of the household-rates fields.
pub mod rates_keys {
    pub const HOUSEHOLDS: &str = "households";
    pub const POOR: &str = "poor";
    pub const NEAR_POOR: &str = "near_poor";
    pub const POOR_PROTECTED: &str = "poor_protected";
    pub const NEAR_POOR_PROTECTED: &str = "near_poor_protected";
    pub const REFERENCE_POOR: &str = "reference.poor";
    pub const REFERENCE_NEAR_POOR: &str = "reference.near_poor";
}

/// The key of the year field of a row of yearly ratings (rows from 0).
pub fn rating_year_key(row: usize) -> String {
    format!("ratings.{row}.year")
}

/// The key of the score field of a row of yearly ratings (rows from 0).
pub fn rating_score_key(row: usize) -> String {
    format!("ratings.{row}.score")
}

/// The row and field ("year" or "score") of a yearly-ratings key.
fn rating_row(key: &str) -> Option<(usize, &str)> {
    let (row, field) = key.strip_prefix("ratings.")?.split_once('.')?;
    Some((row.parse().ok()?, field))
}

/// The texts after the row `removed` of yearly ratings is removed: its own
/// texts go with it, the rows after it move up one.
pub fn without_rating_row(texts: &FieldTexts, removed: usize) -> FieldTexts {
    let mut out = FieldTexts::new();
    for (key, text) in texts {
        match rating_row(key) {
            Some((row, _)) if row == removed => {}
            Some((row, field)) if row > removed => {
                out.insert(format!("ratings.{}.{field}", row - 1), text.clone());
            }
            _ => {
                out.insert(key.clone(), text.clone());
            }
        }
    }
    out
}

fn label(text: Text) -> Bilingual {
    Bilingual::new(text.get(Lang::Vi), text.get(Lang::En))
}

/// How the field `key` of a criterion is named on screen, and how many
/// decimals it takes.
fn describe(input: &Input, answer: Option<&Answer>, key: &str) -> (Bilingual, u32) {
    use rates_keys::*;
    let described = match input {
        Input::Counts { groups, .. } => key.split_once('.').and_then(|(group, slot)| {
            let g = groups.iter().find(|g| &*g.id == group)?;
            match slot {
                "total" => Some((g.total_label.clone(), 0)),
                "counted" => Some((g.counted_label.clone(), 0)),
                "exempt" => g.exempt_label.clone().map(|l| (l, 0)),
                _ => None,
            }
        }),
        Input::HouseholdRates { .. } => match key {
            HOUSEHOLDS => Some((label(Text::HouseholdsTotal), 0)),
            POOR => Some((label(Text::PoorHouseholds), 0)),
            NEAR_POOR => Some((label(Text::NearPoorHouseholds), 0)),
            POOR_PROTECTED => Some((label(Text::PoorProtected), 0)),
            NEAR_POOR_PROTECTED => Some((label(Text::NearPoorProtected), 0)),
            REFERENCE_POOR => Some((label(Text::ReferencePoor), 2)),
            REFERENCE_NEAR_POOR => Some((label(Text::ReferenceNearPoor), 2)),
            _ => None,
        },
        Input::YearlyRatings { .. } => rating_row(key).and_then(|(row, field)| {
            let year = match answer {
                Some(Answer::YearlyRatings { years }) => years.get(row).map(|r| r.year),
                _ => None,
            };
            match field {
                "year" => Some((bi(|l| i18n::rating_year_field(l, row + 1)), 0)),
                "score" => Some((bi(|l| i18n::rating_score_field(l, year, row + 1)), 1)),
                _ => None,
            }
        }),
        _ => None,
    };
    described.unwrap_or_else(|| (bi(|l| i18n::unknown_field(l, key)), 0))
}

/// Whether the field `key` is on screen with this answer: the province's
/// rates she types only while "other figures" is chosen, a row of ratings
/// only while it exists. A text kept for a field that is not shown is kept
/// (it comes back with its field) but does not count.
fn shown(input: &Input, answer: Option<&Answer>, key: &str) -> bool {
    match (input, answer) {
        (Input::HouseholdRates { .. }, _) if key.starts_with("reference.") => matches!(
            answer,
            Some(Answer::HouseholdRates(RatesAnswer {
                reference: Some(ReferenceChoice::Custom { .. }),
                ..
            }))
        ),
        (Input::YearlyRatings { .. }, _) => match (rating_row(key), answer) {
            (Some((row, _)), Some(Answer::YearlyRatings { years })) => row < years.len(),
            (Some(_), _) => false,
            (None, _) => true,
        },
        _ => true,
    }
}

/// Each text kept for a field on screen makes the criterion invalid: the
/// field's name, what she typed and how to write the number.
pub(crate) fn report(
    input: &Input,
    answer: Option<&Answer>,
    texts: &FieldTexts,
    out: &mut Outcome,
) {
    for (key, text) in texts.iter().filter(|(key, _)| shown(input, answer, key)) {
        let (name, decimals) = describe(input, answer, key);
        out.invalid(bi(|l| {
            if text.trim().is_empty() {
                return i18n::typed_empty(l, name.get(l));
            }
            let how = match parse_number(text, l, decimals) {
                Err(problem) => problem.message(l, decimals),
                // Typed while the interface was in the other language, where it
                // is not a number; here it would read as one.
                Ok(_) => i18n::retype_number(l),
            };
            i18n::typed_not_a_value(l, name.get(l), text, &how)
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_keeps_its_text_or_clears_it() {
        let mut texts = FieldTexts::new();
        let key = count_key("members", CountSlot::Counted);
        assert_eq!(key, "members.counted");
        assert_eq!(
            NumberEntry::Text("-3".into()).record(&mut texts, &key),
            None
        );
        assert_eq!(texts.get(&key).map(String::as_str), Some("-3"));
        assert_eq!(
            NumberEntry::Value(Some(25)).record(&mut texts, &key),
            Some(25)
        );
        assert!(texts.is_empty());
        NumberEntry::Text("x".into()).record(&mut texts, &key);
        assert_eq!(NumberEntry::Value(None).record(&mut texts, &key), None);
        assert!(texts.is_empty());
    }

    #[test]
    fn a_required_field_emptied_keeps_an_empty_text() {
        let cases = [
            (NumberEntry::Value(None), NumberEntry::Text(String::new())),
            (
                NumberEntry::Value(Some(2024)),
                NumberEntry::Value(Some(2024)),
            ),
            (
                NumberEntry::Text("20x4".into()),
                NumberEntry::Text("20x4".into()),
            ),
            (
                NumberEntry::Text(String::new()),
                NumberEntry::Text(String::new()),
            ),
        ];
        for (entry, required) in cases {
            assert_eq!(entry.clone().required(), required, "{entry:?}");
        }
        let mut texts = FieldTexts::new();
        let key = rating_year_key(0);
        assert_eq!(
            NumberEntry::Value(None).required().record(&mut texts, &key),
            None
        );
        assert_eq!(texts.get(&key).map(String::as_str), Some(""));
    }

    #[test]
    fn removing_a_row_moves_the_later_rows_texts_up() {
        let mut texts = FieldTexts::new();
        for (key, text) in [
            (rating_year_key(0), "20x4"),
            (rating_score_key(1), "89.5.1"),
            (rating_year_key(2), "hai"),
            (rating_score_key(12), "?"),
            ("other".to_owned(), "kept"),
        ] {
            texts.insert(key, text.to_owned());
        }
        let after = without_rating_row(&texts, 1);
        let want: Vec<(String, &str)> = vec![
            ("other".into(), "kept"),
            (rating_year_key(0), "20x4"),
            (rating_score_key(11), "?"),
            (rating_year_key(1), "hai"),
        ];
        let mut want: Vec<(String, String)> =
            want.into_iter().map(|(k, v)| (k, v.to_owned())).collect();
        want.sort();
        let got: Vec<(String, String)> = after.into_iter().collect();
        assert_eq!(got, want);
    }
}
