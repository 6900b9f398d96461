//! The interface languages.

use serde::{Deserialize, Serialize};

/// An interface language. Vietnamese is the default; English is the second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: &'static [Lang] = &[Lang::Vi, Lang::En];

    /// The BCP 47 code, as written in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The other language, for a two-language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// Reads a BCP 47 code such as `vi`, `vi-VN` or `en-GB`; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn other_switches_between_the_two() {
        assert_eq!(Lang::Vi.other(), Lang::En);
        assert_eq!(Lang::En.other(), Lang::Vi);
    }

    #[test]
    fn reads_region_subtags_and_rejects_others() {
        let cases = [
            ("vi-VN", Some(Lang::Vi)),
            ("EN_gb", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("-", None),
        ];
        for (code, want) in cases {
            assert_eq!(Lang::from_code(code), want, "{code:?}");
        }
    }
}
