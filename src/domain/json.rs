//! Stored JSON, read by hand: a stored text is parsed once into a generic
//! [`Value`], and each stored type reads its own fields from it with
//! [`FromJson`] and [`field`].
//!
//! Why not serde's derived `Deserialize`: each derived reader is a visitor of
//! its own, with its field matching and error texts, and the stored formats
//! (drafts, answers, records) have dozens of types. Measured in the app's wasm,
//! those readers weighed several times one generic value and the readers
//! written over it (BENCHMARKS.md). Writing stays derived (`Serialize`), which
//! is small.
//!
//! The rules are those the derived readers had:
//! - a missing field is its type's default;
//! - `null` is `None` for an optional field, and a mismatch for any other;
//! - a number must be a whole number within its type's range (`1.0` is not);
//! - unknown fields are ignored (an additive change of a newer release).
//!
//! A reader answers `None` on a mismatch: each format decides what a part that
//! cannot be read costs (the part alone, or the whole text).

use crate::domain::vec_map::VecMap;
pub use serde_json::Value;

/// A JSON object's fields.
pub type Object = serde_json::Map<String, Value>;

/// Parses a whole text; the error says where it stops being JSON (not
/// serde_json's own words: their formatting weighs kilobytes of wasm, and
/// no screen shows them).
pub fn parse(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => "cut short",
            _ => "not JSON",
        };
        format!("{what} at line {} column {}", e.line(), e.column())
    })
}

/// A type read from one JSON value.
pub trait FromJson: Sized {
    /// `None` when `value` is not of this type's shape.
    fn from_json(value: &Value) -> Option<Self>;
}

/// The field `key` of `object`: the type's default when missing, `None` when
/// it is there but cannot be read.
pub fn field<T: FromJson + Default>(object: &Object, key: &str) -> Option<T> {
    match object.get(key) {
        None => Some(T::default()),
        Some(value) => T::from_json(value),
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Option<Self> {
        value.as_str().map(str::to_owned)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Option<Self> {
        value.as_bool()
    }
}

impl FromJson for i64 {
    fn from_json(value: &Value) -> Option<Self> {
        value.as_i64()
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Value) -> Option<Self> {
                value.as_u64().and_then(|n| <$t>::try_from(n).ok())
            }
        }
    )*};
}
unsigned!(u16, u32, u64);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            value => T::from_json(value).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Option<Self> {
        value.as_array()?.iter().map(T::from_json).collect()
    }
}

impl<T: FromJson> FromJson for VecMap<String, T> {
    fn from_json(value: &Value) -> Option<Self> {
        value
            .as_object()?
            .iter()
            .map(|(key, value)| Some((key.clone(), T::from_json(value)?)))
            .collect()
    }
}

/// The name of a unit variant (`"easy"`) among `names`, as the variant at the
/// same place of `variants`.
pub fn variant<T: Copy>(value: &Value, names: &[&str], variants: &[T]) -> Option<T> {
    let name = value.as_str()?;
    names.iter().position(|n| *n == name).map(|i| variants[i])
}

/// A stored language, by its code (`"vi"`), as serde writes it (the i18n
/// module names nothing else of the crate, so its reader is here).
impl FromJson for crate::domain::i18n::Lang {
    fn from_json(value: &Value) -> Option<Self> {
        use crate::domain::i18n::Lang;
        variant(value, &["vi", "en"], Lang::ALL)
    }
}

/// Gives each type a serde `Deserialize` that goes through its [`FromJson`]
/// reader, for code that reads with `serde_json::from_str` (tests, the other
/// formats): one reader per type, whichever way it is called.
macro_rules! deserialize_through_reader {
    ($($t:ty),* $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <$crate::domain::json::Value as serde::Deserialize>::deserialize(deserializer)?;
                <$t as $crate::domain::json::FromJson>::from_json(&value).ok_or_else(|| {
                    <D::Error as serde::de::Error>::custom(concat!("not a valid ", stringify!($t)))
                })
            }
        }
    )*};
}
pub(crate) use deserialize_through_reader;

#[cfg(test)]
mod tests {
    use super::*;

    fn object(text: &str) -> Object {
        match parse(text).unwrap() {
            Value::Object(o) => o,
            other => panic!("{other}"),
        }
    }

    #[test]
    fn a_missing_field_is_its_default_and_a_mismatch_is_none() {
        let o = object(r#"{"n": 3, "s": "x", "nul": null, "f": 1.0, "neg": -1, "big": 70000}"#);
        assert_eq!(field::<u32>(&o, "absent"), Some(0));
        assert_eq!(field::<u32>(&o, "n"), Some(3));
        assert_eq!(field::<u32>(&o, "s"), None);
        assert_eq!(field::<u32>(&o, "f"), None, "1.0 is not a whole number");
        assert_eq!(field::<u32>(&o, "neg"), None);
        assert_eq!(field::<u16>(&o, "big"), None, "past u16");
        assert_eq!(field::<i64>(&o, "neg"), Some(-1));
        assert_eq!(field::<String>(&o, "nul"), None, "null is no string");
        assert_eq!(field::<Option<String>>(&o, "nul"), Some(None));
        assert_eq!(field::<Option<String>>(&o, "s"), Some(Some("x".into())));
        assert_eq!(field::<Option<bool>>(&o, "s"), None);
    }

    #[test]
    fn lists_and_maps_read_whole_or_not_at_all() {
        let o = object(r#"{"l": [1, 2], "bad": [1, "x"], "m": {"a": "1"}, "mbad": {"a": 1}}"#);
        assert_eq!(field::<Vec<u32>>(&o, "l"), Some(vec![1, 2]));
        assert_eq!(field::<Vec<u32>>(&o, "bad"), None);
        assert_eq!(field::<Vec<u32>>(&o, "m"), None);
        let m: VecMap<String, String> = field(&o, "m").unwrap();
        assert_eq!(m.get("a").map(String::as_str), Some("1"));
        assert_eq!(field::<VecMap<String, String>>(&o, "mbad"), None);
    }

    #[test]
    fn a_variant_is_read_by_its_name() {
        let names = ["easy", "hard"];
        assert_eq!(variant(&Value::from("hard"), &names, &[1, 2]), Some(2));
        assert_eq!(variant(&Value::from("Hard"), &names, &[1, 2]), None);
        assert_eq!(variant(&Value::from(1), &names, &[1, 2]), None);
    }

    #[test]
    fn a_stored_language_reads_back() {
        use crate::domain::i18n::Lang;
        for &lang in Lang::ALL {
            let text = serde_json::to_string(&lang).unwrap();
            assert_eq!(Lang::from_json(&parse(&text).unwrap()), Some(lang));
        }
        assert_eq!(Lang::from_json(&Value::from("fr")), None);
        assert_eq!(Lang::from_json(&Value::from("Vi")), None);
    }

    #[test]
    fn text_that_is_not_json_says_where() {
        assert_eq!(
            parse(r#"{"a": "#).unwrap_err(),
            "cut short at line 1 column 6"
        );
        assert_eq!(parse("{\n  x").unwrap_err(), "not JSON at line 2 column 3");
        assert_eq!(
            parse(&"[".repeat(200)).unwrap_err(),
            "not JSON at line 1 column 128"
        );
    }
}
