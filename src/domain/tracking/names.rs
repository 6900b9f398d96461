//! Names compared and ordered the Vietnamese way, without `char::to_lowercase`
//! (its Unicode tables would weigh on the wasm): only the letters of
//! Vietnamese are folded, with `share_link`'s table of them.

use crate::domain::share_link::{letter_parts, to_lower};

/// `name` for comparing: Vietnamese letters in lower case, no spaces around,
/// every run of whitespace as one space. "  CHI BỘ  ấp Phú Hòa " and
/// "Chi bộ ấp phú hòa" fold to the same text.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(to_lower));
    }
    out
}

/// Separates the letters from the tones in an [`order_key`].
const LEVEL: u32 = 0;
const SPACE: u32 = 1;
/// Before a run of digits, which follows as its length and its digits, so that
/// "ấp 2" comes before "ấp 10".
const DIGITS: u32 = 2;
const LETTERS: u32 = 16;
const OTHER: u32 = 0x1000;

/// The weight of a letter in the Vietnamese alphabet (a ă â b c d đ e ê … y)
/// and its tone (0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng).
fn letter_weight(c: char) -> Option<(u32, u32)> {
    let (base, _, vowel) = letter_parts(c)?;
    let (mark, tone) = vowel.map_or((0, 0), |v| (u32::from(v / 6), u32::from(v % 6)));
    // `đ` (27) right after `d` (4); marks after their base letter.
    let primary = if base == 27 {
        4 * 4 + 1
    } else {
        u32::from(base) * 4 + mark
    };
    Some((LETTERS + primary, tone))
}

/// A key that orders names as a Vietnamese reader expects: case and extra
/// spaces ignored, letters in the Vietnamese alphabet, tones only between
/// names that are otherwise equal, numbers by value.
pub fn order_key(name: &str) -> Vec<u32> {
    let mut key = Vec::with_capacity(name.len() + 8);
    let mut tones = Vec::new();
    for (w, word) in name.split_whitespace().enumerate() {
        if w > 0 {
            key.push(SPACE);
        }
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit() {
                let mut run = vec![c];
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    run.push(d);
                    chars.next();
                }
                let start = run.iter().position(|&d| d != '0').unwrap_or(run.len());
                key.push(DIGITS);
                key.push((run.len() - start) as u32);
                key.extend(run[start..].iter().map(|&d| u32::from(d)));
            } else if let Some((weight, tone)) = letter_weight(c) {
                key.push(weight);
                tones.push(tone);
            } else {
                key.push(OTHER + u32::from(c));
            }
        }
    }
    key.push(LEVEL);
    key.extend(tones);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_case_and_spaces() {
        assert_eq!(fold("  CHI BỘ  ấp\tPhú Hòa "), "chi bộ ấp phú hòa");
        assert_eq!(fold("ĐỒNG Khởi"), fold("đồng khởi"));
        assert_ne!(fold("Hòa"), fold("Hoa"));
        assert_eq!(fold(""), "");
    }

    #[test]
    fn names_order_the_vietnamese_way() {
        let mut names = vec![
            "ấp Đông",
            "ấp 10",
            "Ấp Dừa",
            "ấp 2",
            "ấp Hòa A",
            "ấp Hoa B",
            "ấp An",
            "ấp Ân",
            "ấp Ăn",
            "ấp Bình",
            "ấp 02",
        ];
        names.sort_by_key(|n| order_key(n));
        assert_eq!(
            names,
            [
                "ấp 2",
                "ấp 02",
                "ấp 10",
                "ấp An",
                "ấp Ăn",
                "ấp Ân",
                "ấp Bình",
                "Ấp Dừa",
                "ấp Đông",
                "ấp Hòa A",
                "ấp Hoa B",
            ]
        );
        assert_eq!(order_key("Ấp  Phú Hòa"), order_key("ấp phú hòa"));
        assert!(order_key("ấp Hoa") < order_key("ấp Hòa"));
    }
}
