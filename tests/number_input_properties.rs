//! Properties of the number reader (`src/domain/number_input.rs`): no number is
//! guessed. Every text it accepts reads back from the way the app writes that
//! value, in Vietnamese and in English; and no text reads as one value in one
//! language and as another in the other.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::i18n::numfmt;
use tsvmtd::domain::number_input::{MAX_WHOLE_DIGITS, NumberError, parse_number};

/// Texts that look like numbers typed on a phone: digits, both separators,
/// spaces, signs, a letter now and then.
fn number_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => "[0-9]",
            2 => Just(".".to_owned()),
            2 => Just(",".to_owned()),
            1 => Just(" ".to_owned()),
            1 => Just("\u{a0}".to_owned()),
            1 => Just("-".to_owned()),
            1 => "[a-zO]",
        ],
        0..16,
    )
    .prop_map(|parts| parts.concat())
}

/// How the app writes a value scaled by 10^decimals in `lang`: grouped
/// thousands, the language's decimal separator, every decimal.
fn written(lang: Lang, value: i64, decimals: u32) -> String {
    numfmt::fixed(lang, value, decimals)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// What is accepted reads back from the app's own writing of it, in both
    /// languages (so that a value shown in either language can be typed back).
    #[test]
    fn accepted_texts_round_trip_through_both_formats(text in number_like(), decimals in 0u32..=2) {
        for lang in [Lang::Vi, Lang::En] {
            if let Ok(Some(value)) = parse_number(&text, lang, decimals) {
                prop_assert!(value >= 0);
                for other in [Lang::Vi, Lang::En] {
                    let back = parse_number(&written(other, value, decimals), other, decimals);
                    prop_assert_eq!(back, Ok(Some(value)), "{:?} read in {:?}", text, lang);
                }
            }
        }
    }

    /// No text is accepted in both languages with two different values: a
    /// text either means one number or is refused.
    #[test]
    fn no_text_reads_as_two_numbers(text in number_like(), decimals in 0u32..=2) {
        let vi = parse_number(&text, Lang::Vi, decimals);
        let en = parse_number(&text, Lang::En, decimals);
        if let (Ok(Some(a)), Ok(Some(b))) = (vi, en) {
            prop_assert_eq!(a, b, "{:?} reads as {} in Vietnamese and {} in English", text, a, b);
        }
    }

    /// Every value the app writes is read back exactly, grouped or not.
    #[test]
    fn written_values_read_back(value in 0i64..1_000_000_000_000, decimals in 0u32..=2) {
        for lang in [Lang::Vi, Lang::En] {
            prop_assert_eq!(parse_number(&written(lang, value, decimals), lang, decimals), Ok(Some(value)));
            if decimals == 0 {
                prop_assert_eq!(parse_number(&value.to_string(), lang, 0), Ok(Some(value)));
            }
        }
    }

    /// Any text at all: a value, nothing, or a reason; never a panic.
    #[test]
    fn any_text_is_read_without_a_panic(text in "\\PC{0,40}", decimals in 0u32..=3) {
        for lang in [Lang::Vi, Lang::En] {
            let _ = parse_number(&text, lang, decimals);
        }
    }
}

#[test]
fn a_dot_between_digits_is_never_read_as_nothing() {
    // The defect this reader replaces: "2.5" members read as 25.
    assert_eq!(parse_number("2.5", Lang::Vi, 0), Err(NumberError::Grouping));
    assert_eq!(parse_number("2.5", Lang::En, 0), Err(NumberError::NotWhole));
    assert_eq!(parse_number("2.500", Lang::Vi, 0), Ok(Some(2500)));
    assert_eq!(parse_number("2,500", Lang::En, 0), Ok(Some(2500)));
}

#[test]
fn more_digits_than_any_count_are_refused_not_wrapped() {
    let many = "9".repeat(MAX_WHOLE_DIGITS + 1);
    assert_eq!(parse_number(&many, Lang::Vi, 2), Err(NumberError::TooLarge));
    let zeros = format!("{}1", "0".repeat(40));
    assert_eq!(parse_number(&zeros, Lang::Vi, 0), Ok(Some(1)));
}

#[test]
fn every_refusal_says_how_to_write_the_number() {
    let problems = [
        NumberError::NotANumber,
        NumberError::Negative,
        NumberError::Grouping,
        NumberError::NotWhole,
        NumberError::TooManyDecimals { max: 1 },
        NumberError::TooManyDecimals { max: 2 },
        NumberError::TooLarge,
    ];
    for problem in problems {
        for decimals in [0, 1, 2] {
            let vi = problem.message(Lang::Vi, decimals);
            let en = problem.message(Lang::En, decimals);
            assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{problem:?}");
        }
    }
    // The examples are written the language's way.
    let vi = NumberError::Grouping.message(Lang::Vi, 0);
    assert!(vi.contains("2.500"), "{vi}");
    let en = NumberError::Grouping.message(Lang::En, 0);
    assert!(en.contains("2,500"), "{en}");
    assert!(NumberError::Grouping.message(Lang::Vi, 2).contains("2,63"));
}
