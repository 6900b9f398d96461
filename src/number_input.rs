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

/// Reads a number with up to `decimals` decimals as an exact integer scaled by
/// 10^decimals: with 2 decimals "2,63" (or "2.63", as an English keyboard types
/// it) is 263; "3" is 300. With 0 decimals it is [`parse_whole_number`].
/// `Ok(None)` for an empty field.
pub fn parse_scaled(text: &str, decimals: u32) -> Result<Option<i64>, NotAWholeNumber> {
    if decimals == 0 {
        return parse_whole_number(text).map(|n| n.map(i64::from));
    }
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return Ok(None);
    }
    let (whole, frac) = match text.find([',', '.']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text.as_str(), ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty())
        || !digits(whole)
        || !digits(frac)
        || frac.len() > decimals as usize
        || whole.len() > 9
    {
        return Err(NotAWholeNumber);
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| NotAWholeNumber)?
    };
    let frac_value: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| NotAWholeNumber)?
    };
    let unit = 10i64.pow(decimals);
    let frac_scaled = frac_value * 10i64.pow(decimals - frac.len() as u32);
    Ok(Some(whole * unit + frac_scaled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_decimals_with_a_comma_or_a_dot() {
        let bad = Err(NotAWholeNumber);
        let cases = [
            ("", 2, Ok(None)),
            ("2,63", 2, Ok(Some(263))),
            ("2.63", 2, Ok(Some(263))),
            ("3", 2, Ok(Some(300))),
            ("0,5", 2, Ok(Some(50))),
            (",5", 2, Ok(Some(50))),
            ("89,5", 1, Ok(Some(895))),
            ("90", 1, Ok(Some(900))),
            ("2,634", 2, bad),
            ("2,6,3", 2, bad),
            ("-1", 2, bad),
            (",", 2, bad),
            ("abc", 1, bad),
            ("1.234", 0, Ok(Some(1234))),
        ];
        for (text, decimals, want) in cases {
            assert_eq!(parse_scaled(text, decimals), want, "{text:?} {decimals}");
        }
    }

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
