//! Where a path into a JSON text is: its line, and the ids of the list
//! elements it passes through (so that a criterion is named by its id, not
//! its position). The text is already known to be JSON; the locator reads
//! it with `serde_json`'s raw values, which are slices of the text itself,
//! so a value's position is where its slice starts.

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;

/// One step of a path into a JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Seg {
    /// A field of an object.
    Key(String),
    /// An element of a list, from 0.
    Pos(usize),
}

/// The fields of an object in the order written, each with its raw value.
pub(super) struct Entries<'t>(pub Vec<(String, &'t RawValue)>);

impl<'de: 't, 't> Deserialize<'de> for Entries<'t> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<'t>(std::marker::PhantomData<&'t ()>);
        impl<'de: 't, 't> Visitor<'de> for V<'t> {
            type Value = Entries<'t>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value: &'t RawValue = map.next_value()?;
                    out.push((key, value));
                }
                Ok(Entries(out))
            }
        }
        deserializer.deserialize_map(V(std::marker::PhantomData))
    }
}

/// The fields of `raw`, when it is an object.
pub(super) fn entries(raw: &RawValue) -> Option<Vec<(String, &RawValue)>> {
    if !raw.get().starts_with('{') {
        return None;
    }
    serde_json::from_str::<Entries>(raw.get()).ok().map(|e| e.0)
}

/// The elements of `raw`, when it is a list.
pub(super) fn elements(raw: &RawValue) -> Option<Vec<&RawValue>> {
    if !raw.get().starts_with('[') {
        return None;
    }
    serde_json::from_str(raw.get()).ok()
}

/// The `id` of an element, when it is an object with a text id.
pub(super) fn id_of(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct Peek<'a> {
        #[serde(borrow)]
        id: Option<Cow<'a, str>>,
    }
    if !raw.get().starts_with('{') {
        return None;
    }
    let peek: Peek = serde_json::from_str(raw.get()).ok()?;
    peek.id.map(Cow::into_owned)
}

/// How far a path was followed: the deepest value reached and, for each
/// step followed, the id of the element it went into (for `Pos` steps).
pub(super) struct Followed<'t> {
    pub raw: &'t RawValue,
    /// One per step followed.
    pub ids: Vec<Option<String>>,
}

impl Followed<'_> {
    /// Whether the whole path was followed.
    pub fn complete(&self, path: &[Seg]) -> bool {
        self.ids.len() == path.len()
    }
}

/// Follows `path` from `root` as far as the text goes.
pub(super) fn follow<'t>(root: &'t RawValue, path: &[Seg]) -> Followed<'t> {
    let mut raw = root;
    let mut ids = Vec::new();
    for seg in path {
        let next = match seg {
            Seg::Key(key) => entries(raw).and_then(|fields| {
                fields
                    .into_iter()
                    .rev()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| (v, None))
            }),
            Seg::Pos(i) => elements(raw)
                .and_then(|items| items.get(*i).copied())
                .map(|v| (v, id_of(v))),
        };
        match next {
            Some((v, id)) => {
                raw = v;
                ids.push(id);
            }
            None => break,
        }
    }
    Followed { raw, ids }
}

/// A text's paths and lines, with what every problem needs read once: the
/// top-level fields, the elements of each top-level list (the criteria),
/// where each line starts. Following a path then reads only the element it
/// goes into, so that a file with many problems is checked in time.
pub(super) struct Locator<'t> {
    pub text: &'t str,
    pub root: &'t RawValue,
    top: Vec<(String, &'t RawValue)>,
    lists: Vec<(String, Vec<&'t RawValue>)>,
    line_starts: Vec<usize>,
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str, root: &'t RawValue) -> Locator<'t> {
        let top = entries(root).unwrap_or_default();
        let lists = top
            .iter()
            .filter_map(|(k, v)| elements(v).map(|items| (k.clone(), items)))
            .collect();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            root,
            top,
            lists,
            line_starts,
        }
    }

    /// Follows `path` as far as the text goes (as [`follow`]).
    pub fn follow(&self, path: &[Seg]) -> Followed<'t> {
        let Some(Seg::Key(key)) = path.first() else {
            return follow(self.root, path);
        };
        let Some((_, field)) = self.top.iter().rev().find(|(k, _)| k == key) else {
            return Followed {
                raw: self.root,
                ids: Vec::new(),
            };
        };
        let (raw, ids, rest) = match (path.get(1), self.lists.iter().find(|(k, _)| k == key)) {
            (Some(Seg::Pos(i)), Some((_, items))) => match items.get(*i) {
                Some(item) => (*item, vec![None, id_of(item)], &path[2..]),
                None => (*field, vec![None], &path[1..]),
            },
            _ => (*field, vec![None], &path[1..]),
        };
        if ids.len() == 1 && !rest.is_empty() && matches!(rest[0], Seg::Pos(_)) {
            // A position past the end of a top-level list.
            return Followed { raw, ids };
        }
        let mut inner = follow(raw, rest);
        let mut all = ids;
        all.append(&mut inner.ids);
        Followed {
            raw: inner.raw,
            ids: all,
        }
    }

    /// The line (from 1) where `raw` starts.
    pub fn line(&self, raw: &RawValue) -> Option<usize> {
        let at = offset(self.text, raw)?;
        Some(self.line_starts.partition_point(|&start| start <= at))
    }
}

/// The byte offset of `raw` in `text` (a raw value read from `text` is a
/// slice of it).
pub(super) fn offset(text: &str, raw: &RawValue) -> Option<usize> {
    let start = text.as_ptr() as usize;
    let at = raw.get().as_ptr() as usize;
    at.checked_sub(start).filter(|&o| o <= text.len())
}

/// The line (from 1) of byte `offset` in `text`.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line and column (both from 1, the column in characters) of byte
/// `offset` in `text`.
pub(super) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line_of(text, end), before[line_start..].chars().count() + 1)
}

/// The byte offset of a line and a byte column as `serde_json` counts them
/// (lines from 1; the column is the number of bytes of the line read so far).
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(text.len())
}

/// A path as people read it: `input.groups[members].min_total`; an element
/// is named by its id when `by_id` and it has one, else by its position from 1.
pub(super) fn readable(path: &[Seg], ids: &[Option<String>], by_id: bool) -> String {
    let mut out = String::new();
    for (i, seg) in path.iter().enumerate() {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Pos(n) => match ids
                .get(i)
                .cloned()
                .flatten()
                .filter(|id| by_id && !id.is_empty())
            {
                Some(id) => out.push_str(&format!("[{id}]")),
                None => out.push_str(&format!("[{}]", n + 1)),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": 1,\n  \"list\": [\n    { \"id\": \"x\", \"b\": true },\n    { \"id\": \"y\", \"b\": false }\n  ]\n}";

    fn root() -> &'static RawValue {
        serde_json::from_str(TEXT).unwrap()
    }

    #[test]
    fn a_path_is_followed_to_its_line_naming_elements_by_id() {
        let path = [Seg::Key("list".into()), Seg::Pos(1), Seg::Key("b".into())];
        let f = follow(root(), &path);
        assert!(f.complete(&path));
        assert_eq!(f.raw.get(), "false");
        assert_eq!(line_of(TEXT, offset(TEXT, f.raw).unwrap()), 5);
        assert_eq!(readable(&path, &f.ids, true), "list[y].b");
        assert_eq!(readable(&path, &f.ids, false), "list[2].b");
    }

    #[test]
    fn a_path_that_goes_nowhere_stops_at_the_deepest_value_found() {
        let path = [
            Seg::Key("list".into()),
            Seg::Pos(0),
            Seg::Key("nope".into()),
        ];
        let f = follow(root(), &path);
        assert!(!f.complete(&path));
        assert_eq!(line_of(TEXT, offset(TEXT, f.raw).unwrap()), 4);
        let f = follow(root(), &[Seg::Pos(3)]);
        assert_eq!(f.ids.len(), 0);
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"tên\": x}";
        let at = text.find('x').unwrap();
        assert_eq!(line_and_column(text, at), (1, 9));
        assert_eq!(offset_of("ab\ncd", 2, 1), 4);
        assert_eq!(offset_of("ab", 9, 1), 2);
    }
}
