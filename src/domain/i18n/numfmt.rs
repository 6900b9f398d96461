//! Writing numbers the way each interface language writes them: Vietnamese puts a
//! dot between thousands and a comma before decimals ("1.234", "3,01%"); English
//! the other way round ("1,234", "3.01%").
//!
//! Numbers arrive as exact integers (counts, basis points, tenths of a point), so
//! that what is shown is exactly what was compared: no float ever rounds here.

use super::Lang;

/// The separators of `lang`: (thousands, decimal).
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// A whole number with thousands separators: "400.496" (vi), "400,496" (en).
pub fn int(lang: Lang, n: i64) -> String {
    let (thousands, _) = separators(lang);
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    out
}

/// A fixed-point value `scaled / 10^decimals`, written with exactly `decimals`
/// decimals: `fixed(Vi, 301, 2)` is "3,01", `fixed(Vi, 895, 1)` is "89,5".
pub fn fixed(lang: Lang, scaled: i64, decimals: u32) -> String {
    let (_, decimal) = separators(lang);
    let unit = 10u64.pow(decimals.min(9));
    let magnitude = scaled.unsigned_abs();
    let sign = if scaled < 0 { "-" } else { "" };
    let whole = int(lang, (magnitude / unit).min(i64::MAX as u64) as i64);
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let frac = magnitude % unit;
    format!(
        "{sign}{whole}{decimal}{frac:0width$}",
        width = decimals as usize
    )
}

/// A rate in basis points (1/100 of a percent) as a percentage with two decimals:
/// 301 is "3,01%" (vi), "3.01%" (en).
pub fn percent_bp(lang: Lang, basis_points: i64) -> String {
    format!("{}%", fixed(lang, basis_points, 2))
}

/// A 100-point score kept in tenths: 895 is "89,5" (vi); a whole score drops the
/// decimal ("90", not "90,0"), as people write it.
pub fn score_tenths(lang: Lang, tenths: i64) -> String {
    if tenths % 10 == 0 {
        int(lang, tenths / 10)
    } else {
        fixed(lang, tenths, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped_per_language() {
        let cases = [
            (0, "0", "0"),
            (7, "7", "7"),
            (999, "999", "999"),
            (1_000, "1.000", "1,000"),
            (1_234, "1.234", "1,234"),
            (15_996, "15.996", "15,996"),
            (400_496, "400.496", "400,496"),
            (1_234_567, "1.234.567", "1,234,567"),
            (-3, "-3", "-3"),
            (-1_234, "-1.234", "-1,234"),
        ];
        for (n, vi, en) in cases {
            assert_eq!(int(Lang::Vi, n), vi, "{n}");
            assert_eq!(int(Lang::En, n), en, "{n}");
        }
        assert_eq!(int(Lang::Vi, i64::MIN), "-9.223.372.036.854.775.808");
    }

    #[test]
    fn percentages_have_two_decimals_and_the_languages_separator() {
        let cases = [
            (0, "0,00%", "0.00%"),
            (5, "0,05%", "0.05%"),
            (88, "0,88%", "0.88%"),
            (128, "1,28%", "1.28%"),
            (263, "2,63%", "2.63%"),
            (301, "3,01%", "3.01%"),
            (10_000, "100,00%", "100.00%"),
            (123_456, "1.234,56%", "1,234.56%"),
            (-5, "-0,05%", "-0.05%"),
        ];
        for (bp, vi, en) in cases {
            assert_eq!(percent_bp(Lang::Vi, bp), vi, "{bp}");
            assert_eq!(percent_bp(Lang::En, bp), en, "{bp}");
        }
    }

    #[test]
    fn scores_drop_a_zero_decimal() {
        assert_eq!(score_tenths(Lang::Vi, 900), "90");
        assert_eq!(score_tenths(Lang::Vi, 895), "89,5");
        assert_eq!(score_tenths(Lang::En, 895), "89.5");
        assert_eq!(score_tenths(Lang::Vi, 5), "0,5");
        assert_eq!(fixed(Lang::Vi, 12_345, 0), "12.345");
    }
}
