//! The shape of a file: every field of the right type, none missing, none
//! unknown. Objects whose fields the checker knows (the set, its source and
//! dates, each criterion, its input, an index and its entries) are walked
//! field by field, so that each problem of each field is reported; inside a
//! field, `serde`'s derived readers (through `serde_path_to_error`) find the
//! first problem of that field, and its category is said in words.

use super::locate::{Locator, Seg, elements, entries};
use super::syntax::bare_message;
use super::{SetProblem, SetProblemKind};
use crate::domain::criteria::{
    Bilingual, ChecklistPart, CountGroup, CountRule, Input, Organisation, RatingLevel,
    ReferenceRates, ScoreScale,
};
use crate::domain::i18n::set_check::{Expected, Found, ValueOf};
use serde::de::DeserializeOwned;
use serde_json::error::Category;
use serde_json::value::RawValue;

/// Checks one raw value at a path.
pub(super) type Check = fn(&mut Shape<'_>, &RawValue, &[Seg]);

/// A field of an object the checker walks.
pub(super) struct FieldSpec {
    pub name: &'static str,
    pub required: bool,
    pub check: Check,
}

/// A field the file must have.
pub(super) const fn required(name: &'static str, check: Check) -> FieldSpec {
    FieldSpec {
        name,
        required: true,
        check,
    }
}

/// A field the file may leave out.
pub(super) const fn optional(name: &'static str, check: Check) -> FieldSpec {
    FieldSpec {
        name,
        required: false,
        check,
    }
}

/// The shape problems found so far, in the file's order.
pub(super) struct Shape<'t> {
    at: Locator<'t>,
    /// Whether list elements are named by their id (a set) or by their
    /// position (an index).
    by_id: bool,
    pub problems: Vec<SetProblem>,
}

impl<'t> Shape<'t> {
    pub fn new(text: &'t str, root: &'t RawValue, by_id: bool) -> Shape<'t> {
        Shape {
            at: Locator::new(text, root),
            by_id,
            problems: Vec::new(),
        }
    }

    pub fn report(&mut self, kind: SetProblemKind, path: &[Seg]) {
        let problem = SetProblem::at_path(&self.at, path, self.by_id, kind);
        self.problems.push(problem);
    }

    /// Where paths are in the text.
    pub fn locator(&self) -> &Locator<'t> {
        &self.at
    }

    /// The fields of the object at `path`, each checked by its spec; unknown,
    /// doubled and missing fields reported.
    pub fn object(&mut self, raw: &RawValue, path: &[Seg], specs: &[FieldSpec]) {
        let Some(fields) = entries(raw) else {
            self.wrong_type(Expected::Group, raw, path);
            return;
        };
        let allowed: Vec<&str> = specs.iter().map(|s| s.name).collect();
        let typos = self.unknown_and_doubled(&fields, path, &allowed, |_| None);
        for spec in specs {
            match fields.iter().find(|(k, _)| k == spec.name) {
                Some((_, value)) => {
                    (spec.check)(self, value, &with(path, Seg::Key(spec.name.into())))
                }
                // A misspelt field is said once, as the typo it is.
                None if spec.required && !typos.contains(&spec.name) => self.report(
                    SetProblemKind::MissingField {
                        name: spec.name.to_owned(),
                    },
                    path,
                ),
                None => {}
            }
        }
    }

    /// Reports fields not in `allowed` (`other` may say a field belongs
    /// elsewhere) and fields written twice; the allowed names that unknown
    /// ones are likely typos of.
    fn unknown_and_doubled<'a>(
        &mut self,
        fields: &[(String, &RawValue)],
        path: &[Seg],
        allowed: &[&'a str],
        other: impl Fn(&str) -> Option<SetProblemKind>,
    ) -> Vec<&'a str> {
        let mut typos = Vec::new();
        for (i, (key, _)) in fields.iter().enumerate() {
            let at = with(path, Seg::Key(key.clone()));
            if fields[..i].iter().any(|(k, _)| k == key) {
                self.report(SetProblemKind::DuplicateField { name: key.clone() }, &at);
            } else if !allowed.contains(&key.as_str()) {
                let kind = other(key).unwrap_or_else(|| unknown_field(key, allowed));
                if let SetProblemKind::UnknownField {
                    closest: Some(c), ..
                } = &kind
                    && let Some(a) = allowed.iter().find(|a| **a == c.as_str())
                {
                    typos.push(*a);
                }
                self.report(kind, &at);
            }
        }
        typos
    }

    /// Reads the value as a `T`; the first problem inside it is reported.
    pub fn leaf<T: DeserializeOwned>(&mut self, raw: &RawValue, path: &[Seg]) {
        let de = &mut serde_json::Deserializer::from_str(raw.get());
        let read: Result<T, _> = serde_path_to_error::deserialize(de);
        if let Err(e) = read {
            let inner: Vec<Seg> = e
                .path()
                .iter()
                .filter_map(|s| match s {
                    serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
                    serde_path_to_error::Segment::Seq { index } => Some(Seg::Pos(*index)),
                    _ => None,
                })
                .collect();
            let full: Vec<Seg> = path.iter().cloned().chain(inner).collect();
            self.serde_error(e.inner(), &full);
        }
    }

    /// A list, each element read as a `T`.
    pub fn each<T: DeserializeOwned>(&mut self, raw: &RawValue, path: &[Seg]) {
        let Some(items) = elements(raw) else {
            self.wrong_type(Expected::List, raw, path);
            return;
        };
        for (i, item) in items.into_iter().enumerate() {
            self.leaf::<T>(item, &with(path, Seg::Pos(i)));
        }
    }

    /// A list, each element an object walked by `specs`.
    pub fn each_object(&mut self, raw: &RawValue, path: &[Seg], specs: &[FieldSpec]) {
        let Some(items) = elements(raw) else {
            self.wrong_type(Expected::List, raw, path);
            return;
        };
        for (i, item) in items.into_iter().enumerate() {
            self.object(item, &with(path, Seg::Pos(i)), specs);
        }
    }

    /// A criterion's input: its kind first, then the fields of that kind.
    pub fn input(&mut self, raw: &RawValue, path: &[Seg]) {
        let Some(fields) = entries(raw) else {
            self.wrong_type(Expected::Group, raw, path);
            return;
        };
        let kind_at = with(path, Seg::Key("kind".into()));
        let kind = match fields.iter().find(|(k, _)| k == "kind") {
            None => {
                self.report(
                    SetProblemKind::MissingField {
                        name: "kind".into(),
                    },
                    path,
                );
                None
            }
            Some((_, raw)) => match serde_json::from_str::<String>(raw.get()) {
                Err(_) => {
                    self.wrong_type(one_of(ValueOf::InputKind), raw, &kind_at);
                    None
                }
                Ok(kind) => match Input::fields_of(&kind) {
                    Some(own) => Some((kind, own)),
                    None => {
                        self.report(
                            SetProblemKind::UnknownValue {
                                of: ValueOf::InputKind,
                                value: kind,
                                allowed: owned(Input::KINDS),
                            },
                            &kind_at,
                        );
                        None
                    }
                },
            },
        };
        let any_kind: Vec<&str> = Input::KINDS
            .iter()
            .filter_map(|k| Input::fields_of(k))
            .flatten()
            .copied()
            .collect();
        let Some((kind, own)) = kind else {
            // Without a kind, only names no kind has are reported.
            let mut allowed = vec!["kind"];
            allowed.extend(any_kind.iter().copied());
            self.unknown_and_doubled(&fields, path, &allowed, |_| None);
            return;
        };
        let mut allowed = vec!["kind"];
        allowed.extend(own.iter().copied());
        let typos = self.unknown_and_doubled(&fields, path, &allowed, |name| {
            any_kind
                .contains(&name)
                .then(|| SetProblemKind::FieldNotForKind {
                    name: name.to_owned(),
                    kind: kind.clone(),
                    allowed: owned(own),
                })
        });
        for &name in own {
            let at = with(path, Seg::Key(name.into()));
            match fields.iter().find(|(k, _)| k == name) {
                None if !Input::OPTIONAL_FIELDS.contains(&name) && !typos.contains(&name) => self
                    .report(
                        SetProblemKind::MissingField {
                            name: name.to_owned(),
                        },
                        path,
                    ),
                None => {}
                Some((_, value)) => match name {
                    "rule" => self.leaf::<CountRule>(value, &at),
                    "groups" => self.each::<CountGroup>(value, &at),
                    "min" | "consecutive" => self.leaf::<u32>(value, &at),
                    "unit" => self.leaf::<Bilingual>(value, &at),
                    "references" => self.each::<ReferenceRates>(value, &at),
                    "level" => self.leaf::<RatingLevel>(value, &at),
                    "score_scales" => self.each::<ScoreScale>(value, &at),
                    "parts" => self.each::<ChecklistPart>(value, &at),
                    "organisations" => self.each::<Organisation>(value, &at),
                    // A field this walk does not know yet: the set read whole
                    // after the walk says its problem.
                    _ => {}
                },
            }
        }
    }

    /// A value of the wrong type at `path`.
    pub fn wrong_type(&mut self, expected: Expected, raw: &RawValue, path: &[Seg]) {
        let found = found(raw.get());
        self.report(SetProblemKind::WrongType { expected, found }, path);
    }

    /// Says a `serde` error met at `path` (the path inside the value included).
    pub fn serde_error(&mut self, e: &serde_json::Error, path: &[Seg]) {
        let message = bare_message(e);
        let reached = self.at.follow(path);
        let here = reached.complete(path).then_some(reached.raw);
        let found_here = || here.map_or(Found::Null, |raw| found(raw.get()));
        let kind = if e.classify() == Category::Syntax {
            // The text is JSON: a syntax error here is `serde_json` refusing a
            // value of another type for a closed list.
            SetProblemKind::WrongType {
                expected: expected_at(path, "").unwrap_or(Expected::Other(message)),
                found: found_here(),
            }
        } else if let Some(rest) = message.strip_prefix("invalid type: ") {
            let wanted = rest.rsplit_once(", expected ").map_or("", |(_, w)| w);
            SetProblemKind::WrongType {
                expected: expected_at(path, wanted).unwrap_or_else(|| expected_named(wanted)),
                found: found_here(),
            }
        } else if let Some(rest) = message.strip_prefix("invalid value: integer `") {
            let value = rest.split('`').next().unwrap_or_default().to_owned();
            if value.starts_with('-') {
                SetProblemKind::WrongType {
                    expected: Expected::WholeNumber,
                    found: Found::Number(value),
                }
            } else {
                SetProblemKind::NumberTooLarge { value }
            }
        } else if let Some(name) = quoted_after(&message, "missing field `") {
            SetProblemKind::MissingField { name }
        } else if let Some(name) = quoted_after(&message, "duplicate field `") {
            return self.report(
                SetProblemKind::DuplicateField { name: name.clone() },
                &with_key(path, &name),
            );
        } else if let Some(name) = quoted_after(&message, "unknown field `") {
            let allowed = listed(&message);
            let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
            return self.report(unknown_field(&name, &allowed), &with_key(path, &name));
        } else if let Some(value) = quoted_after(&message, "unknown variant `") {
            let allowed = listed(&message);
            SetProblemKind::UnknownValue {
                of: value_of(path),
                value,
                allowed,
            }
        } else {
            SetProblemKind::Unreadable { detail: message }
        };
        self.report(kind, path);
    }
}

/// `path` one step further.
pub(super) fn with(path: &[Seg], seg: Seg) -> Vec<Seg> {
    let mut out = path.to_vec();
    out.push(seg);
    out
}

/// `path` ending with the field `name` (added unless it is already there).
fn with_key(path: &[Seg], name: &str) -> Vec<Seg> {
    match path.last() {
        Some(Seg::Key(k)) if k == name => path.to_vec(),
        _ => with(path, Seg::Key(name.to_owned())),
    }
}

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The text between `prefix` and the next backquote.
fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    Some(rest.split('`').next().unwrap_or_default().to_owned())
}

/// The names serde lists after "expected": "expected one of `a`, `b`".
fn listed(message: &str) -> Vec<String> {
    let Some((_, list)) = message.split_once("expected") else {
        return Vec::new();
    };
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The closed lists of the model, by the field that holds them.
const DIFFICULTIES: &[&str] = &["easy", "medium", "hard"];
const COUNT_RULES: &[&str] = &["all", "none"];
const RATING_LEVELS: &[&str] = &["excellent", "good", "completed", "not_completed"];

fn value_of(path: &[Seg]) -> ValueOf {
    match path.last() {
        Some(Seg::Key(k)) => match k.as_str() {
            "kind" => ValueOf::InputKind,
            "difficulty" => ValueOf::Difficulty,
            "rule" => ValueOf::CountRule,
            "level" => ValueOf::RatingLevel,
            _ => ValueOf::Other,
        },
        _ => ValueOf::Other,
    }
}

fn one_of(of: ValueOf) -> Expected {
    let list = match of {
        ValueOf::InputKind => Input::KINDS,
        ValueOf::Difficulty => DIFFICULTIES,
        ValueOf::CountRule => COUNT_RULES,
        ValueOf::RatingLevel => RATING_LEVELS,
        ValueOf::Other => &[],
    };
    Expected::OneOf(of, owned(list))
}

/// What the field at `path` needs when it is one of the closed lists, or a
/// text of both languages.
fn expected_at(path: &[Seg], wanted: &str) -> Option<Expected> {
    match value_of(path) {
        ValueOf::Other if wanted == "struct Bilingual" => Some(Expected::Bilingual),
        ValueOf::Other => None,
        of => Some(one_of(of)),
    }
}

/// What serde's name of a type means.
fn expected_named(wanted: &str) -> Expected {
    match wanted {
        "u8" | "u16" | "u32" | "u64" => Expected::WholeNumber,
        "a string" | "a borrowed string" => Expected::Text,
        "a boolean" => Expected::YesNo,
        "a sequence" => Expected::List,
        "struct Bilingual" => Expected::Bilingual,
        w if w.starts_with("struct ") || w == "a map" || w == "an object" => Expected::Group,
        w => Expected::Other(w.to_owned()),
    }
}

/// What a raw JSON value is, as the words say it.
pub(super) fn found(raw: &str) -> Found {
    match raw.chars().next() {
        Some('"') => {
            let text: String = serde_json::from_str(raw).unwrap_or_default();
            let mut short: String = text.chars().take(40).collect();
            if short.len() < text.len() {
                short.push('…');
            }
            Found::Text(short)
        }
        Some('{') => Found::Group,
        Some('[') => Found::List,
        Some('t') => Found::Bool(true),
        Some('f') => Found::Bool(false),
        Some('n') | None => Found::Null,
        Some(_) => Found::Number(raw.to_owned()),
    }
}

/// A field not in `allowed`: the closest allowed name when it looks like a
/// typo of it.
pub(super) fn unknown_field(name: &str, allowed: &[&str]) -> SetProblemKind {
    let closest = allowed
        .iter()
        .map(|a| (distance(&name.to_lowercase(), a), *a))
        .min()
        .filter(|(d, a)| *d <= 2.max(a.chars().count() / 3))
        .map(|(_, a)| a.to_owned());
    SetProblemKind::UnknownField {
        name: name.to_owned(),
        closest,
        allowed: owned(allowed),
    }
}

/// The edit distance between two names (insert, delete, replace, swap two
/// neighbours: each one step).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_names_the_closest_field_and_a_stranger_names_none() {
        let allowed = ["title", "description", "source_text", "issuer"];
        let closest = |name| match unknown_field(name, &allowed) {
            SetProblemKind::UnknownField { closest, .. } => closest,
            other => panic!("{other:?}"),
        };
        assert_eq!(closest("titel").as_deref(), Some("title"));
        assert_eq!(closest("Title").as_deref(), Some("title"));
        assert_eq!(closest("sourcetext").as_deref(), Some("source_text"));
        assert_eq!(closest("isuer").as_deref(), Some("issuer"));
        assert_eq!(closest("colour"), None);
    }

    #[test]
    fn serde_lists_are_read() {
        assert_eq!(
            listed("unknown variant `x`, expected one of `a`, `b`"),
            ["a", "b"]
        );
        assert_eq!(
            listed("unknown field `x`, expected `vi` or `en`"),
            ["vi", "en"]
        );
        assert!(listed("unknown field `x`, there are no fields").is_empty());
    }
}
