//! Reading numbers as a secretary types them on a phone keyboard.

/// The text is not a whole number (letters, a sign, a decimal comma, too large).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAWholeNumber;

/// Reads a whole number: spaces and the Vietnamese thousands dot ("1.234") are
/// allowed; `Ok(None)` for an empty field.
pub fn parse_whole_number(text: &str) -> Result<Option<u32>, NotAWholeNumber> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NotAWholeNumber);
    }
    digits.parse().map(Some).map_err(|_| NotAWholeNumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_phone_keyboard_types() {
        let bad = Err(NotAWholeNumber);
        let cases = [
            ("", Ok(None)),
            (" ", Ok(None)),
            ("0", Ok(Some(0))),
            ("399", Ok(Some(399))),
            ("1.234", Ok(Some(1234))),
            ("1 234", Ok(Some(1234))),
            ("-3", bad),
            ("3,5", bad),
            ("abc", bad),
            ("٣", bad),
            ("99999999999", bad),
        ];
        for (text, want) in cases {
            assert_eq!(parse_whole_number(text), want, "{text:?}");
        }
    }
}
