//! Interface messages that carry values (counts, years). Each takes the
//! language and the values and writes the sentence in that language.

use super::Lang;

/// A text field holds more characters than allowed.
pub fn too_long(lang: Lang, chars: usize, max: usize) -> String {
    match lang {
        Lang::Vi => format!("Quá dài: {chars} ký tự, tối đa {max} ký tự."),
        Lang::En => format!("Too long: {chars} characters, at most {max}."),
    }
}

/// A year outside the accepted range.
pub fn year_out_of_range(lang: Lang, min: u16, max: u16) -> String {
    match lang {
        Lang::Vi => format!("Năm phải từ {min} đến {max}."),
        Lang::En => format!("The year must be between {min} and {max}."),
    }
}

/// Where the secretary is in the questionnaire.
pub fn step_progress(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Bước {number}/{total}"),
        Lang::En => format!("Step {number} of {total}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_carry_their_numbers_in_both_languages() {
        for &lang in Lang::ALL {
            let long = too_long(lang, 130, 120);
            assert!(long.contains("130") && long.contains("120"), "{long}");
            let year = year_out_of_range(lang, 2015, 2027);
            assert!(year.contains("2015") && year.contains("2027"), "{year}");
        }
        assert_ne!(too_long(Lang::Vi, 1, 2), too_long(Lang::En, 1, 2));
    }
}
