//! Reading numbers as a secretary types them on a phone keyboard, the way the
//! interface language writes them: Vietnamese groups thousands with a dot and
//! writes decimals after a comma ("2.500", "2,63"); English the other way round
//! ("2,500", "2.63"). A space (also a no-break space) may group thousands in
//! either.
//!
//! No number is guessed. A thousands separator must be followed by exactly
//! three digits, so "2.5" members is refused in Vietnamese (it is neither
//! 2 500 nor a whole number), never read as 25. As a result, for the fields
//! of this app (at most two decimals) no text reads as one value in
//! Vietnamese and as another in English (`tests/number_input_properties.rs`).

use crate::domain::i18n::numfmt;
use crate::domain::i18n::{self, Lang};

/// The most digits before the decimal separator: far above any count, and
/// small enough that the scaled value never overflows.
pub const MAX_WHOLE_DIGITS: usize = 12;

/// Why a text is not a number the field can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Letters or signs that are not part of a number.
    NotANumber,
    /// A minus sign: counts, rates and scores are never negative.
    Negative,
    /// A thousands separator not followed by exactly three digits ("2.5" in
    /// Vietnamese), or separators in the wrong place.
    Grouping,
    /// Decimals in a field of whole numbers (people, households, years).
    NotWhole,
    /// More decimals than the field takes.
    TooManyDecimals { max: u32 },
    /// More digits than any real value has.
    TooLarge,
}

impl NumberError {
    /// What is wrong and how to write the number, in `lang`, for a field
    /// taking `decimals` decimals.
    pub fn message(self, lang: Lang, decimals: u32) -> String {
        match self {
            NumberError::NotANumber => i18n::number_not_a_number(lang, decimals),
            NumberError::Negative => i18n::number_negative(lang),
            NumberError::Grouping => i18n::number_grouping(lang, decimals),
            NumberError::NotWhole => i18n::number_not_whole(lang),
            NumberError::TooManyDecimals { max } => i18n::number_too_many_decimals(lang, max),
            NumberError::TooLarge => i18n::number_too_large(lang),
        }
    }
}

/// The separators of `lang`: (thousands, decimal).
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Spaces people put between thousands (a keyboard's space, a no-break
/// space, a narrow no-break space).
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Reads a number with up to `decimals` decimals, written the way `lang`
/// writes numbers, as an exact integer scaled by 10^decimals: with two
/// decimals "2,63" (Vietnamese) is 263 and "3" is 300. `Ok(None)` for an empty
/// field. Spaces around the number are ignored.
pub fn parse_number(text: &str, lang: Lang, decimals: u32) -> Result<Option<i64>, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (unsigned, negative) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (rest.trim_start(), true),
        None => (text, false),
    };
    let value = parse_unsigned(unsigned, lang, decimals)?;
    if negative {
        return Err(NumberError::Negative);
    }
    Ok(Some(value))
}

fn parse_unsigned(text: &str, lang: Lang, decimals: u32) -> Result<i64, NumberError> {
    let (thousands, decimal) = separators(lang);
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == thousands || c == decimal || is_group_space(c))
    {
        return Err(NumberError::NotANumber);
    }
    if !text.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    let (whole, fraction) = match text.split_once(decimal) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let whole_digits = grouped_digits(whole, thousands)?;
    let fraction_digits = match fraction {
        None => "",
        // Only digits after the decimal separator: no grouping, no second one.
        Some(f) if f.bytes().all(|b| b.is_ascii_digit()) => f,
        Some(_) => return Err(NumberError::Grouping),
    };
    if whole_digits.is_empty() && fraction_digits.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if !fraction_digits.is_empty() {
        if decimals == 0 {
            return Err(NumberError::NotWhole);
        }
        if fraction_digits.len() > decimals as usize {
            return Err(NumberError::TooManyDecimals { max: decimals });
        }
    }
    let significant = whole_digits.trim_start_matches('0');
    if significant.len() > MAX_WHOLE_DIGITS || decimals > 6 {
        return Err(NumberError::TooLarge);
    }
    let whole_value: i64 = significant.parse().unwrap_or(0);
    let fraction_value: i64 = fraction_digits.parse().unwrap_or(0);
    let unit = 10i64.pow(decimals);
    let fraction_scaled = fraction_value * 10i64.pow(decimals - fraction_digits.len() as u32);
    Ok(whole_value * unit + fraction_scaled)
}

/// The digits of a whole part written with thousands separators (one kind:
/// the language's separator or spaces): the first group has one to three
/// digits, every other exactly three.
fn grouped_digits(whole: &str, thousands: char) -> Result<String, NumberError> {
    let uses_separator = whole.contains(thousands);
    let uses_space = whole.chars().any(is_group_space);
    if uses_separator && uses_space {
        return Err(NumberError::Grouping);
    }
    if !uses_separator && !uses_space {
        return Ok(whole.to_owned());
    }
    let groups: Vec<&str> = whole
        .split(|c: char| c == thousands || is_group_space(c))
        .collect();
    let (first, rest) = groups.split_first().unwrap_or((&"", &[]));
    let first_ok = (1..=3).contains(&first.len()) && !(first.starts_with('0'));
    if !first_ok || rest.iter().any(|g| g.len() != 3) {
        return Err(NumberError::Grouping);
    }
    Ok(groups.concat())
}

/// How a field shows a value (scaled by 10^`decimals`): whole numbers as
/// plain digits ("2500", "2" for 2,00), which read back in both languages;
/// others with the language's decimal separator ("2,63").
pub fn display(lang: Lang, value: Option<i64>, decimals: u32) -> String {
    match value {
        None => String::new(),
        Some(v) if decimals == 0 => v.to_string(),
        Some(v) if v % 10i64.pow(decimals) == 0 => (v / 10i64.pow(decimals)).to_string(),
        Some(v) => numfmt::fixed(lang, v, decimals),
    }
}

/// What a number field does when the answer it shows changes from elsewhere
/// (a loaded draft, another tab, the language): see [`follow`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Follow {
    /// The text to show in place of the field's, when it must change.
    pub text: Option<String>,
    /// A value to report: a text kept from the other language, where it was
    /// no number, that reads as one in this language.
    pub value: Option<Option<i64>>,
}

/// A number field showing `shown` follows an answer holding `value`, or the
/// text `typed` kept in place of a value: a kept text is shown as it is (and
/// reported as the value when it now reads as one); otherwise the field keeps
/// its text while it reads as the value ("2.500" for 2500), and shows the
/// value written back ([`display`]) when it does not.
pub fn follow(
    shown: &str,
    value: Option<i64>,
    typed: Option<&str>,
    lang: Lang,
    decimals: u32,
) -> Follow {
    match typed {
        Some(typed) => Follow {
            text: (shown != typed).then(|| typed.to_owned()),
            value: parse_number(typed, lang, decimals).ok(),
        },
        None => Follow {
            text: (parse_number(shown, lang, decimals) != Ok(value))
                .then(|| display(lang, value, decimals)),
            value: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumberError::*;

    #[test]
    fn a_value_written_back_into_its_field() {
        let cases = [
            (Lang::Vi, None, 0, ""),
            (Lang::Vi, Some(2500), 0, "2500"),
            (Lang::En, Some(2500), 0, "2500"),
            (Lang::Vi, Some(0), 2, "0"),
            (Lang::Vi, Some(200), 2, "2"),
            (Lang::Vi, Some(263), 2, "2,63"),
            (Lang::En, Some(263), 2, "2.63"),
            (Lang::Vi, Some(260), 2, "2,60"),
            (Lang::Vi, Some(895), 1, "89,5"),
            (Lang::En, Some(900), 1, "90"),
        ];
        for (lang, value, decimals, text) in cases {
            assert_eq!(
                display(lang, value, decimals),
                text,
                "{lang:?} {value:?} {decimals}"
            );
            assert_eq!(
                parse_number(text, lang, decimals),
                Ok(value),
                "{text} reads back"
            );
        }
    }

    #[test]
    fn a_field_follows_the_answer_and_keeps_what_means_the_same() {
        let follow_vi = |shown, value, typed| follow(shown, value, typed, Lang::Vi, 0);
        let keep = Follow {
            text: None,
            value: None,
        };
        let show = |text: &str| Follow {
            text: Some(text.to_owned()),
            value: None,
        };
        // Her own way of writing the value stays.
        assert_eq!(follow_vi("2.500", Some(2500), None), keep);
        assert_eq!(follow_vi("007", Some(7), None), keep);
        assert_eq!(follow_vi("", None, None), keep);
        // Another value (a loaded draft, another tab) is shown.
        assert_eq!(follow_vi("2.500", Some(12), None), show("12"));
        assert_eq!(follow_vi("12", None, None), show(""));
        assert_eq!(follow_vi("", Some(12), None), show("12"));
        // A text that is no number gives way to the value.
        assert_eq!(follow_vi("2.5", Some(25), None), show("25"));
        // A kept text is shown as typed; it is no value here either.
        assert_eq!(follow_vi("25", None, Some("2.5")), show("2.5"));
        assert_eq!(follow_vi("2.5", None, Some("2.5")), keep);
        // Kept from English, where it was no number: in Vietnamese it is one.
        assert_eq!(
            follow("2,5", None, Some("2,5"), Lang::Vi, 2),
            Follow {
                text: None,
                value: Some(Some(250)),
            }
        );
        assert_eq!(
            follow("", None, Some("2,5"), Lang::Vi, 2),
            Follow {
                text: Some("2,5".into()),
                value: Some(Some(250)),
            }
        );
        // Decimals in the language's way: "2,63" stays, "2.63" is refused.
        assert_eq!(follow("2,63", Some(263), None, Lang::Vi, 2), keep);
        assert_eq!(follow("2.63", Some(263), None, Lang::Vi, 2), show("2,63"));
        // The language changed: the same value is written its way.
        assert_eq!(follow("2,63", Some(263), None, Lang::En, 2), show("2.63"));
    }

    #[test]
    fn whole_numbers_in_vietnamese() {
        let cases = [
            ("", Ok(None)),
            ("  ", Ok(None)),
            ("0", Ok(Some(0))),
            ("25", Ok(Some(25))),
            (" 399 ", Ok(Some(399))),
            ("007", Ok(Some(7))),
            ("2.500", Ok(Some(2500))),
            ("1.234.567", Ok(Some(1_234_567))),
            ("1 234", Ok(Some(1234))),
            ("1\u{a0}234", Ok(Some(1234))),
            ("25,", Ok(Some(25))),
            ("2.5", Err(Grouping)),
            ("2.50", Err(Grouping)),
            ("2.5000", Err(Grouping)),
            ("25.", Err(Grouping)),
            (".500", Err(Grouping)),
            ("0.500", Err(Grouping)),
            ("1.234 567", Err(Grouping)),
            ("12 34", Err(Grouping)),
            ("1,234,567", Err(Grouping)),
            ("2,5", Err(NotWhole)),
            ("2,500", Err(NotWhole)),
            ("-3", Err(Negative)),
            ("− 3", Err(Negative)),
            ("-", Err(NotANumber)),
            ("-abc", Err(NotANumber)),
            ("+3", Err(NotANumber)),
            ("abc", Err(NotANumber)),
            ("٣", Err(NotANumber)),
            ("25 người", Err(NotANumber)),
            ("1e3", Err(NotANumber)),
            (",", Err(NotANumber)),
            (".", Err(NotANumber)),
            ("9999999999999", Err(TooLarge)),
            ("999999999999", Ok(Some(999_999_999_999))),
        ];
        for (text, want) in cases {
            assert_eq!(parse_number(text, Lang::Vi, 0), want, "{text:?}");
        }
    }

    #[test]
    fn whole_numbers_in_english() {
        let cases = [
            ("2,500", Ok(Some(2500))),
            ("25", Ok(Some(25))),
            ("25.", Ok(Some(25))),
            ("2.5", Err(NotWhole)),
            ("2.500", Err(NotWhole)),
            ("2,5", Err(Grouping)),
            ("1.234.567", Err(Grouping)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_number(text, Lang::En, 0), want, "{text:?}");
        }
    }

    #[test]
    fn decimals_after_the_languages_separator() {
        let cases = [
            (Lang::Vi, "2,63", 2, Ok(Some(263))),
            (Lang::Vi, "3", 2, Ok(Some(300))),
            (Lang::Vi, "0,5", 2, Ok(Some(50))),
            (Lang::Vi, ",5", 2, Ok(Some(50))),
            (Lang::Vi, "89,5", 1, Ok(Some(895))),
            (Lang::Vi, "90", 1, Ok(Some(900))),
            (Lang::Vi, "1.234,56", 2, Ok(Some(123_456))),
            (Lang::Vi, "2.63", 2, Err(Grouping)),
            (Lang::Vi, "2,634", 2, Err(TooManyDecimals { max: 2 })),
            (Lang::Vi, "89,55", 1, Err(TooManyDecimals { max: 1 })),
            (Lang::Vi, "2,6,3", 2, Err(Grouping)),
            (Lang::Vi, "2,6.3", 2, Err(Grouping)),
            (Lang::En, "2.63", 2, Ok(Some(263))),
            (Lang::En, "1,234.56", 2, Ok(Some(123_456))),
            (Lang::En, "89.5", 1, Ok(Some(895))),
            (Lang::En, "2,63", 2, Err(Grouping)),
        ];
        for (lang, text, decimals, want) in cases {
            assert_eq!(
                parse_number(text, lang, decimals),
                want,
                "{lang:?} {text:?} {decimals}"
            );
        }
    }
}
