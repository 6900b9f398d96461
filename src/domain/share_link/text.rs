//! A compact, exact coding of Vietnamese text, so that the names of the cell,
//! the commune, the province and the assessor fit a short link.
//!
//! UTF-8 takes 2 or 3 bytes for each accented letter, and Vietnamese names are
//! mostly accented letters. Here a text is a stream of 5-bit symbols, the way
//! Telex typists think of it: the base letter, and after a vowel the mark and
//! tone it carries:
//!
//! | symbol | meaning |
//! |---|---|
//! | 0 | space |
//! | 1–26 | `a`–`z`; after `a e i o u y` comes a vowel field |
//! | 27 | `đ` |
//! | 28 | SHIFT: the next letter has the other case than the case mode gives it |
//! | 29 | a 4-bit code follows: `0`–`9`, then `,` `.` `-` `/` `(` `)` |
//! | 30 | ESCAPE: any other character follows, as the varint of its code point |
//! | 31 | END of the text |
//!
//! The vowel field is one bit, 0 for a plain vowel; 1 is followed by 5 bits,
//! `mark × 6 + tone`: marks 0 none, 1 breve (ă), 2 circumflex (â ê ô), 3 horn
//! (ơ ư); tones 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. "ễ" is `e`, 1,
//! `2 × 6 + 4`: 11 bits instead of 24.
//!
//! Each text starts with a 2-bit case mode giving the case every letter has
//! unless a SHIFT precedes it: 0 lower case; 1 the first letter of every word
//! upper case ("Nguyễn Thị Thu Hà"); 2 the same except the first word ("xã
//! Lương Hòa"); 3 upper case. A word starts the text or follows a space. The
//! encoder picks the mode that needs the fewest SHIFTs (the lowest on a tie).
//!
//! Only `a`–`z`, `đ` and the Vietnamese vowels, in both cases, use the letter
//! symbols; any other character, combining accents of decomposed text
//! included, is escaped, so every text round-trips exactly. Hand-written because no small crate does this: general-purpose
//! compressors need far more than a name's few bytes to learn anything.

use super::bits::{BitReader, BitWriter, Malformed, Read};

const SPACE: u64 = 0;
const D_STROKE: u64 = 27;
const SHIFT: u64 = 28;
const SMALL: u64 = 29;
const ESCAPE: u64 = 30;
const END: u64 = 31;

/// The characters of the 4-bit code after symbol 29.
const SMALL_CHARS: [char; 16] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '.', '-', '/', '(', ')',
];

/// Every Vietnamese vowel: base letter, mark, and its six tones (none, huyền,
/// sắc, hỏi, ngã, nặng) in lower and upper case. Written out rather than taken
/// from `char::to_uppercase`, whose Unicode tables would weigh on the wasm.
const VOWELS: [(char, u8, [char; 6], [char; 6]); 12] = [
    (
        'a',
        0,
        ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
        ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ),
    (
        'a',
        1,
        ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
        ['Ă', 'Ằ', 'Ắ', 'Ẳ', 'Ẵ', 'Ặ'],
    ),
    (
        'a',
        2,
        ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
        ['Â', 'Ầ', 'Ấ', 'Ẩ', 'Ẫ', 'Ậ'],
    ),
    (
        'e',
        0,
        ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
        ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ),
    (
        'e',
        2,
        ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
        ['Ê', 'Ề', 'Ế', 'Ể', 'Ễ', 'Ệ'],
    ),
    (
        'i',
        0,
        ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
        ['I', 'Ì', 'Í', 'Ỉ', 'Ĩ', 'Ị'],
    ),
    (
        'o',
        0,
        ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
        ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ),
    (
        'o',
        2,
        ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
        ['Ô', 'Ồ', 'Ố', 'Ổ', 'Ỗ', 'Ộ'],
    ),
    (
        'o',
        3,
        ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
        ['Ơ', 'Ờ', 'Ớ', 'Ở', 'Ỡ', 'Ợ'],
    ),
    (
        'u',
        0,
        ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
        ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ),
    (
        'u',
        3,
        ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
        ['Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự'],
    ),
    (
        'y',
        0,
        ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
        ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
    ),
];

/// The least bits a text takes (an empty one: its mode and END).
pub(crate) const MIN_BITS: usize = 7;

/// One character as the coding sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sym {
    Space,
    /// Symbol 1–27, upper case or not, and for a vowel its field (mark × 6 + tone).
    Letter {
        symbol: u64,
        upper: bool,
        vowel: Option<u64>,
    },
    Small(u64),
    Escape(char),
}

fn is_vowel_symbol(symbol: u64) -> bool {
    matches!(symbol, 1 | 5 | 9 | 15 | 21 | 25)
}

/// A letter's symbol, case and vowel field: `a`–`z`, `đ`, the Vietnamese
/// vowels, in both cases.
fn letter_of(c: char) -> Option<(u64, bool, Option<u64>)> {
    if c.is_ascii_alphabetic() {
        let symbol = u64::from(c.to_ascii_lowercase() as u8 - b'a' + 1);
        let vowel = is_vowel_symbol(symbol).then_some(0);
        return Some((symbol, c.is_ascii_uppercase(), vowel));
    }
    match c {
        'đ' => return Some((D_STROKE, false, None)),
        'Đ' => return Some((D_STROKE, true, None)),
        _ => {}
    }
    VOWELS.iter().find_map(|&(base, mark, lower, upper)| {
        let (tone, is_upper) = match lower.iter().position(|&t| t == c) {
            Some(tone) => (tone, false),
            None => (upper.iter().position(|&t| t == c)?, true),
        };
        let symbol = u64::from(base as u8 - b'a' + 1);
        Some((symbol, is_upper, Some(u64::from(mark) * 6 + tone as u64)))
    })
}

/// A Vietnamese letter's parts, for comparing and ordering names without
/// `char::to_lowercase`: its base (`a`–`z` as 1–26, `đ` as 27), whether it is
/// upper case, and for a vowel `mark × 6 + tone` (as in the coding above).
/// `None` for any other character.
pub(crate) fn letter_parts(c: char) -> Option<(u8, bool, Option<u8>)> {
    letter_of(c).map(|(symbol, upper, vowel)| (symbol as u8, upper, vowel.map(|v| v as u8)))
}

/// `c` in lower case when it is `A`–`Z`, `Đ` or a Vietnamese vowel; any other
/// character unchanged (only the letters of Vietnamese are folded).
pub(crate) fn to_lower(c: char) -> char {
    match letter_of(c) {
        Some((symbol, true, vowel)) => letter(symbol, vowel.unwrap_or(0), false).unwrap_or(c),
        _ => c,
    }
}

fn classify(c: char) -> Sym {
    if c == ' ' {
        return Sym::Space;
    }
    if let Some(i) = SMALL_CHARS.iter().position(|&s| s == c) {
        return Sym::Small(i as u64);
    }
    match letter_of(c) {
        Some((symbol, upper, vowel)) => Sym::Letter {
            symbol,
            upper,
            vowel,
        },
        None => Sym::Escape(c),
    }
}

/// The case a letter has in `mode` when no SHIFT precedes it.
fn default_upper(mode: u64, word_start: bool, first_word: bool) -> bool {
    match mode {
        0 => false,
        1 => word_start,
        2 => word_start && !first_word,
        _ => true,
    }
}

/// The letters of `syms` with their place: (upper, word start, first word).
fn letter_cases(syms: &[Sym]) -> impl Iterator<Item = (bool, bool, bool)> + '_ {
    let mut word_start = true;
    let mut first_word = true;
    syms.iter().filter_map(move |s| {
        let out = match *s {
            Sym::Letter { upper, .. } => Some((upper, word_start, first_word)),
            _ => None,
        };
        if *s == Sym::Space {
            word_start = true;
            first_word = false;
        } else {
            word_start = false;
        }
        out
    })
}

pub(crate) fn write(w: &mut BitWriter, text: &str) {
    let syms: Vec<Sym> = text.chars().map(classify).collect();
    let shifts = |mode| {
        letter_cases(&syms)
            .filter(|&(upper, start, first)| upper != default_upper(mode, start, first))
            .count()
    };
    let mode = (0..4).min_by_key(|&m| shifts(m)).unwrap_or(0);
    w.bits(mode, 2);
    let mut cases = letter_cases(&syms);
    for s in &syms {
        match *s {
            Sym::Space => w.bits(SPACE, 5),
            Sym::Letter {
                symbol,
                upper,
                vowel,
            } => {
                if let Some((_, start, first)) = cases.next()
                    && upper != default_upper(mode, start, first)
                {
                    w.bits(SHIFT, 5);
                }
                w.bits(symbol, 5);
                match vowel {
                    Some(0) => w.flag(false),
                    Some(field) => {
                        w.flag(true);
                        w.bits(field, 5);
                    }
                    None => {}
                }
            }
            Sym::Small(i) => {
                w.bits(SMALL, 5);
                w.bits(i, 4);
            }
            Sym::Escape(c) => {
                w.bits(ESCAPE, 5);
                w.varint(u64::from(c));
            }
        }
    }
    w.bits(END, 5);
}

/// The character for a letter symbol read back.
fn letter(symbol: u64, field: u64, upper: bool) -> Read<char> {
    if symbol == D_STROKE {
        return Ok(if upper { 'Đ' } else { 'đ' });
    }
    let base = (b'a' + symbol as u8 - 1) as char;
    if field == 0 {
        return Ok(if upper {
            base.to_ascii_uppercase()
        } else {
            base
        });
    }
    let (mark, tone) = (field / 6, (field % 6) as usize);
    VOWELS
        .iter()
        .find(|&&(b, m, _, _)| b == base && u64::from(m) == mark)
        .map(|(_, _, lower, upper_case)| if upper { upper_case[tone] } else { lower[tone] })
        .ok_or(Malformed)
}

pub(crate) fn read(r: &mut BitReader) -> Read<String> {
    let mode = r.bits(2)?;
    let mut out = String::new();
    let (mut word_start, mut first_word, mut shift) = (true, true, false);
    loop {
        let symbol = r.bits(5)?;
        match symbol {
            END if shift => return Err(Malformed),
            END => return Ok(out),
            SHIFT if shift => return Err(Malformed),
            SHIFT => {
                shift = true;
                continue;
            }
            SPACE => out.push(' '),
            1..=27 => {
                let field = if is_vowel_symbol(symbol) && r.flag()? {
                    match r.bits(5)? {
                        0 => return Err(Malformed),
                        f => f,
                    }
                } else {
                    0
                };
                let upper = default_upper(mode, word_start, first_word) != shift;
                out.push(letter(symbol, field, upper)?);
            }
            SMALL => out.push(SMALL_CHARS[r.bits(4)? as usize]),
            _ => {
                let code = u32::try_from(r.varint()?).map_err(|_| Malformed)?;
                out.push(char::from_u32(code).ok_or(Malformed)?);
            }
        }
        if shift && !(1..=27).contains(&symbol) {
            // A SHIFT applies to a letter only.
            return Err(Malformed);
        }
        shift = false;
        first_word &= symbol != SPACE;
        word_start = symbol == SPACE;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits_of(text: &str) -> usize {
        let mut w = BitWriter::default();
        w.bits(0, 3); // not byte-aligned on purpose
        write(&mut w, text);
        let bytes = w.finish();
        let mut r = BitReader::new(&bytes);
        r.bits(3).unwrap();
        assert_eq!(read(&mut r).as_deref(), Ok(text));
        bytes.len() * 8 - r.remaining() - 3
    }

    #[test]
    fn vietnamese_names_round_trip_in_few_bits() {
        // Far below UTF-8's 8 bits a byte.
        for text in [
            "Nguyễn Thị Thu Hà",
            "ấp Phú Hòa",
            "xã Lương Hòa",
            "Vĩnh Long",
            "Bến Tre",
            "Tổ nhân dân tự quản số 3",
        ] {
            let bits = bits_of(text);
            assert!(bits * 4 < text.len() * 8 * 3, "{text}: {bits} bits");
        }
        assert_eq!(bits_of(""), 7);
        // Mode 1 (no SHIFT), 17 symbols, 6 vowel flags, 3 × 5 field bits (ễ ị à), END:
        // 113 bits against 176 in UTF-8.
        assert_eq!(bits_of("Nguyễn Thị Thu Hà"), 2 + 17 * 5 + 6 + 3 * 5 + 5);
    }

    #[test]
    fn every_vietnamese_letter_in_both_cases_round_trips() {
        let mut all = String::from("đĐ abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ ");
        for (_, _, lower, upper) in VOWELS {
            for (l, u) in lower.into_iter().zip(upper) {
                assert_eq!(l.to_uppercase().collect::<String>(), u.to_string());
                all.push(l);
                all.push(u);
            }
        }
        bits_of(&all);
        for c in all.chars() {
            assert!(!matches!(classify(c), Sym::Escape(_)), "{c} is escaped");
        }
    }

    #[test]
    fn anything_else_round_trips_through_escapes() {
        for text in [
            "Chi bộ khu phố 5 (phường 7)",
            "NGUYỄN VĂN AN",
            "nguyễn văn an",
            "Hoa\u{300} decomposed",
            "K\u{212A}İı ß ﬁ 😀 ; % \" ' \n\t",
            "  two  spaces ",
            "ĐẶNG",
        ] {
            bits_of(text);
        }
    }

    #[test]
    fn the_case_mode_saves_shifts() {
        // All capitals: mode 3, no SHIFT at all.
        let ha = 2 + 5 + 5 + 1 + 5 + 5;
        assert_eq!(bits_of("HÀ"), ha);
        assert_eq!(bits_of("hà"), ha);
        assert_eq!(bits_of("Hà"), ha);
        // One SHIFT for the odd letter out.
        assert_eq!(bits_of("hÀ"), ha + 5);
    }

    #[test]
    fn vietnamese_letters_fold_to_lower_case() {
        let folded: String = "ĐẶNG Văn ẤT, Khu Phố 5 – Ω".chars().map(to_lower).collect();
        assert_eq!(folded, "đặng văn ất, khu phố 5 – Ω");
        assert_eq!(letter_parts('Ầ'), Some((1, true, Some(2 * 6 + 1))));
        assert_eq!(letter_parts('đ'), Some((27, false, None)));
        assert_eq!(letter_parts('b'), Some((2, false, None)));
        assert_eq!(letter_parts('-'), None);
    }

    #[test]
    fn bad_codes_are_malformed() {
        let read_bits = |fill: &dyn Fn(&mut BitWriter)| {
            let mut w = BitWriter::default();
            fill(&mut w);
            let bytes = w.finish();
            read(&mut BitReader::new(&bytes))
        };
        // A vowel field of 0 after the "marked" bit.
        assert!(
            read_bits(&|w| {
                w.bits(0, 2);
                w.bits(1, 5);
                w.flag(true);
                w.bits(0, 5);
                w.bits(END, 5);
            })
            .is_err()
        );
        // A horn on an i.
        assert!(
            read_bits(&|w| {
                w.bits(0, 2);
                w.bits(9, 5);
                w.flag(true);
                w.bits(18, 5);
                w.bits(END, 5);
            })
            .is_err()
        );
        // A SHIFT before a space, two SHIFTs, a SHIFT at the end.
        for second in [SPACE, SHIFT, END] {
            assert!(
                read_bits(&|w| {
                    w.bits(0, 2);
                    w.bits(SHIFT, 5);
                    w.bits(second, 5);
                    w.bits(END, 5);
                })
                .is_err()
            );
        }
        // A surrogate code point, and no END.
        assert!(
            read_bits(&|w| {
                w.bits(0, 2);
                w.bits(ESCAPE, 5);
                w.varint(0xD800);
                w.bits(END, 5);
            })
            .is_err()
        );
        assert!(read_bits(&|w| w.bits(0, 2)).is_err());
    }
}
