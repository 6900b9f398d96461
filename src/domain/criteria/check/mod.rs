//! Checking a set file as its author or a phone receives it: the file read
//! whole, every rule of [`super::validate`] applied, and each problem said in
//! Vietnamese (and English) with where it is: the line, the criterion's id,
//! the field. A set is taken whole or not at all.
//!
//! In order, each step only when the one before found nothing (a later step
//! cannot read what an earlier one refused): the file's size and encoding;
//! JSON's syntax (the first place it breaks, or where a file cut short
//! ends); a `format` newer than this app reads (said as such: the file may
//! well be right); the shape, field by field (wrong types, missing and
//! unknown fields, values outside a closed list: every one found); then
//! every rule of `validate`. Lines come from a small locator over the text
//! (`locate`), which follows a problem's path, criteria named by id, to the
//! element's position.
//!
//! Also the index of a `sets/` folder published beside the app
//! ([`super::PublishedIndex`]), checked the same way ([`check_index`]).
//!
//! Used by the sets page (its own wasm) and natively by `scripts/check-set`;
//! never by the app's first screen.

mod index;
mod locate;
mod shape;
mod syntax;

pub use index::*;

use super::{
    Bilingual, CriteriaSet, Difficulty, FORMAT_VERSION, ProblemKind, Step, fingerprint, validate,
};
use crate::domain::i18n::Lang;
use crate::domain::i18n::set_check::{
    self as words, EntryField, Expected, Found, Syntax, Unclosed, ValueOf,
};
use locate::{Locator, Seg, entries, line_of, offset, readable};
use serde_json::value::RawValue;
use shape::{FieldSpec, Shape, optional, required};

/// The largest set file (or index) the checker reads: a set of nine
/// criteria is about 35 KB, so this leaves room for long sets and stops a
/// wrong file (a photo, a document) before it is read.
pub const MAX_SET_BYTES: usize = 512 * 1024;

/// A set file that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedSet {
    pub set: CriteriaSet,
    pub fingerprint: u32,
}

/// One problem of a set file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetProblem {
    /// The line of the file (from 1), when known.
    pub line: Option<usize>,
    /// The column (from 1, in characters), for a file that is not JSON.
    pub column: Option<usize>,
    /// The criterion's id, when the problem is inside one.
    pub criterion: Option<String>,
    /// The criterion's position (from 1), when it is inside one that has no id.
    pub criterion_number: Option<usize>,
    /// The field, as a path into the file ("input.groups[members].min_total"),
    /// inside the criterion when there is one; list elements by their id,
    /// else by their position from 1.
    pub field: Option<String>,
    /// What is wrong.
    pub kind: SetProblemKind,
}

/// What is wrong with a set file (or an index), with the values its words need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetProblemKind {
    /// Nothing in the file.
    Empty,
    /// Over [`MAX_SET_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// Not UTF-8 text.
    NotUtf8,
    /// Not JSON: what its syntax wanted at the line and column.
    NotJson(Syntax),
    /// The file ends before what it opened is closed.
    CutOff(Unclosed),
    /// JSON, but not an object.
    NotAnObject,
    /// A `format` newer than this app reads.
    NewerFormat { found: u64, supported: u32 },
    /// A value of the wrong type.
    WrongType { expected: Expected, found: Found },
    /// A whole number too large for its field.
    NumberTooLarge { value: String },
    /// A required field is missing (the field is the object that lacks it).
    MissingField { name: String },
    /// A field the format does not have.
    UnknownField {
        name: String,
        /// The allowed name it is likely a typo of.
        closest: Option<String>,
        allowed: Vec<String>,
    },
    /// A field of another input kind.
    FieldNotForKind {
        name: String,
        kind: String,
        allowed: Vec<String>,
    },
    /// A field written twice in one object.
    DuplicateField { name: String },
    /// A value outside a closed list.
    UnknownValue {
        of: ValueOf,
        value: String,
        allowed: Vec<String>,
    },
    /// Any other shape problem (serde's words).
    Unreadable { detail: String },
    /// A rule of [`super::validate`].
    Rule(ProblemKind),
    /// An index's file name that is not a plain `.json` name.
    BadFileName { name: String },
    /// Two index entries for one file.
    DuplicateFile { file: String },
    /// Two index entries for one set and version.
    DuplicateEntry { id: String, version: u32 },
    /// An index entry and the set file it lists disagree.
    EntryMismatch {
        field: EntryField,
        in_index: String,
        in_file: String,
    },
}

impl SetProblem {
    /// A problem with a line and column (or none), outside any field.
    fn at_place(kind: SetProblemKind, line: Option<usize>, column: Option<usize>) -> SetProblem {
        SetProblem {
            line,
            column,
            criterion: None,
            criterion_number: None,
            field: None,
            kind,
        }
    }

    /// A problem at `path` in the located text: its line, its criterion
    /// (for a set: a path into `criteria`) and its field.
    fn at_path(at: &Locator, path: &[Seg], by_id: bool, kind: SetProblemKind) -> SetProblem {
        let reached = at.follow(path);
        let line = at.line(reached.raw);
        let (mut criterion, mut criterion_number, mut rest) = (None, None, 0);
        if by_id
            && let [Seg::Key(k), Seg::Pos(i), ..] = path
            && k == "criteria"
        {
            match reached
                .ids
                .get(1)
                .cloned()
                .flatten()
                .filter(|id| !id.is_empty())
            {
                Some(id) => criterion = Some(id),
                None => criterion_number = Some(i + 1),
            }
            rest = 2;
        }
        let field = (path.len() > rest).then(|| {
            readable(
                &path[rest..],
                reached.ids.get(rest..).unwrap_or_default(),
                by_id,
            )
        });
        SetProblem {
            line,
            column: None,
            criterion,
            criterion_number,
            field,
            kind,
        }
    }

    /// The problem in a sentence, with where it is.
    pub fn message(&self, lang: Lang) -> String {
        words::located(
            lang,
            self.line,
            self.column,
            self.criterion.as_deref(),
            self.criterion_number,
            self.field.as_deref(),
            &self.detail(lang),
        )
    }

    /// What is wrong, without where.
    pub fn detail(&self, lang: Lang) -> String {
        use SetProblemKind as K;
        match &self.kind {
            K::Empty => words::empty_file(lang),
            K::TooLarge { bytes, max } => words::too_large(lang, *bytes, *max),
            K::NotUtf8 => words::not_utf8(lang),
            K::NotJson(syntax) => words::not_json(lang, *syntax),
            K::CutOff(unclosed) => words::cut_off(lang, *unclosed),
            K::NotAnObject => words::not_an_object(lang),
            K::NewerFormat { found, supported } => words::newer_format(lang, *found, *supported),
            K::WrongType { expected, found } => words::wrong_type(lang, expected, found),
            K::NumberTooLarge { value } => words::number_too_large(lang, value),
            K::MissingField { name } => words::missing_field(lang, name),
            K::UnknownField {
                name,
                closest,
                allowed,
            } => words::unknown_field(lang, name, closest.as_deref(), allowed),
            K::FieldNotForKind {
                name,
                kind,
                allowed,
            } => words::field_not_for_kind(lang, name, kind, allowed),
            K::DuplicateField { name } => words::duplicate_field(lang, name),
            K::UnknownValue { of, value, allowed } => {
                words::unknown_value(lang, *of, value, allowed)
            }
            K::Unreadable { detail } => words::unreadable(lang, detail),
            K::Rule(rule) => self.rule(lang, rule),
            K::BadFileName { name } => words::bad_file_name(lang, name),
            K::DuplicateFile { file } => words::duplicate_file(lang, file),
            K::DuplicateEntry { id, version } => words::duplicate_entry(lang, id, *version),
            K::EntryMismatch {
                field,
                in_index,
                in_file,
            } => words::entry_mismatch(lang, *field, in_index, in_file),
        }
    }

    fn rule(&self, lang: Lang, rule: &ProblemKind) -> String {
        use ProblemKind as P;
        match rule {
            P::Format { found } => words::format_not_supported(lang, *found, FORMAT_VERSION),
            P::NotSlug { value, joiner } => words::not_slug(lang, value, *joiner, super::MAX_SLUG),
            P::VersionZero => words::version_zero(lang),
            P::Empty => words::empty_text(lang),
            P::EmptyLanguage { lang: which } => words::empty_language(lang, *which),
            P::Spaces => words::spaces(lang),
            P::NotDate { value } => words::not_date(lang, value),
            P::EndsBeforeStart { from, until } => words::ends_before_start(lang, from, until),
            P::NoCriteria => words::no_criteria(lang),
            P::DuplicateCriterion { id } => words::duplicate_criterion(lang, id),
            P::NoEntries => words::no_entries(lang),
            P::DuplicateId { id } => words::duplicate_id(lang, id),
            P::UnknownPlaceholder { name } => words::unknown_placeholder(lang, name),
            P::ExemptNeedsRuleNone => words::exempt_needs_rule_none(lang),
            P::AtLeast { value, min } => words::at_least(lang, *value, *min),
            P::Range { value, .. } if self.field.as_deref().is_some_and(|f| f.ends_with("_bp")) => {
                words::rate_range(lang, *value)
            }
            P::Range { value, min, max } => words::range(lang, *value, *min, *max),
            P::ScaleOrder { year, previous } => words::scale_order(lang, *year, *previous),
            P::ScaleThresholds {
                completed,
                good,
                excellent,
                max,
            } => words::scale_thresholds(lang, *completed, *good, *excellent, *max),
            P::DuplicateProvince { name, same_as } => {
                words::duplicate_province(lang, name, same_as)
            }
        }
    }
}

/// A text read as a file: its size, its encoding, a byte-order mark.
fn read_text(bytes: &[u8]) -> Result<&str, Vec<SetProblem>> {
    if bytes.len() > MAX_SET_BYTES {
        return Err(vec![SetProblem::at_place(
            SetProblemKind::TooLarge {
                bytes: bytes.len(),
                max: MAX_SET_BYTES,
            },
            None,
            None,
        )]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(vec![SetProblem::at_place(
                SetProblemKind::NotUtf8,
                Some(line),
                None,
            )])
        }
    }
}

/// The steps every file goes through before its shape: size, emptiness,
/// syntax, an object, a `format` this app reads. The text without its
/// byte-order mark, and its JSON.
fn open(text: &str) -> Result<(&str, &RawValue), Vec<SetProblem>> {
    if text.len() > MAX_SET_BYTES {
        return Err(vec![SetProblem::at_place(
            SetProblemKind::TooLarge {
                bytes: text.len(),
                max: MAX_SET_BYTES,
            },
            None,
            None,
        )]);
    }
    // Notepad and others save UTF-8 with a byte-order mark: not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![SetProblem::at_place(
            SetProblemKind::Empty,
            None,
            None,
        )]);
    }
    let root: &RawValue = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(e) => return Err(vec![syntax::problem(text, &e)]),
    };
    let Some(fields) = entries(root) else {
        let line = offset(text, root).map(|o| line_of(text, o));
        return Err(vec![SetProblem::at_place(
            SetProblemKind::NotAnObject,
            line,
            None,
        )]);
    };
    if let Some((_, format)) = fields.iter().find(|(k, _)| k == "format")
        && let Ok(found) = format.get().parse::<u64>()
        && found > u64::from(FORMAT_VERSION)
    {
        let path = [Seg::Key("format".into())];
        return Err(vec![SetProblem::at_path(
            &Locator::new(text, root),
            &path,
            true,
            SetProblemKind::NewerFormat {
                found,
                supported: FORMAT_VERSION,
            },
        )]);
    }
    Ok((text, root))
}

/// Checks a set file's bytes as a file holds them: over [`MAX_SET_BYTES`] or
/// not UTF-8 is said as such; then as [`check_set_file`].
pub fn check_set_bytes(bytes: &[u8]) -> Result<CheckedSet, Vec<SetProblem>> {
    check_set_file(read_text(bytes)?)
}

/// Checks a set file's text: the set and its fingerprint, or every problem
/// found (in the file's order within each step).
pub fn check_set_file(text: &str) -> Result<CheckedSet, Vec<SetProblem>> {
    let (text, root) = open(text)?;
    let mut shape = Shape::new(text, root, true);
    shape.object(root, &[], SET_FIELDS);
    if !shape.problems.is_empty() {
        return Err(in_file_order(shape.problems));
    }
    // Every field read alone; the set read whole (a safety net: nothing the
    // walk accepted should fail here).
    let de = &mut serde_json::Deserializer::from_str(text);
    let set: CriteriaSet = match serde_path_to_error::deserialize(de) {
        Ok(set) => set,
        Err(_) => {
            shape.leaf::<CriteriaSet>(root, &[]);
            return Err(shape.problems);
        }
    };
    let problems: Vec<SetProblem> = validate(&set)
        .into_iter()
        .map(|p| {
            let path: Vec<Seg> = p
                .path
                .0
                .iter()
                .map(|s| match s {
                    Step::Field(name) => Seg::Key((*name).to_owned()),
                    Step::Item { index, .. } | Step::Index(index) => Seg::Pos(*index),
                })
                .collect();
            SetProblem::at_path(shape.locator(), &path, true, SetProblemKind::Rule(p.kind))
        })
        .collect();
    if problems.is_empty() {
        Ok(CheckedSet {
            fingerprint: fingerprint(&set),
            set,
        })
    } else {
        Err(in_file_order(problems))
    }
}

/// Problems as one reads the file: by line (those of the whole file first),
/// in the order found within a line.
fn in_file_order(mut problems: Vec<SetProblem>) -> Vec<SetProblem> {
    problems.sort_by_key(|p| p.line);
    problems
}

/// The fields of a set.
const SET_FIELDS: &[FieldSpec] = &[
    required("format", |s, r, p| s.leaf::<u32>(r, p)),
    required("id", |s, r, p| s.leaf::<String>(r, p)),
    required("version", |s, r, p| s.leaf::<u32>(r, p)),
    required("title", |s, r, p| s.leaf::<Bilingual>(r, p)),
    required("description", |s, r, p| s.leaf::<Bilingual>(r, p)),
    required("issuer", |s, r, p| s.leaf::<String>(r, p)),
    optional("provinces", |s, r, p| s.each::<String>(r, p)),
    required("source", |s, r, p| s.object(r, p, SOURCE_FIELDS)),
    required("effective", |s, r, p| s.object(r, p, EFFECTIVE_FIELDS)),
    required("criteria", |s, r, p| s.each_object(r, p, CRITERION_FIELDS)),
];

const SOURCE_FIELDS: &[FieldSpec] = &[
    required("document", |s, r, p| s.leaf::<String>(r, p)),
    required("published_in", |s, r, p| s.leaf::<String>(r, p)),
    required("date", |s, r, p| s.leaf::<String>(r, p)),
    optional("url", |s, r, p| s.leaf::<String>(r, p)),
    required("note", |s, r, p| s.leaf::<Bilingual>(r, p)),
];

const EFFECTIVE_FIELDS: &[FieldSpec] = &[
    required("from", |s, r, p| s.leaf::<String>(r, p)),
    optional("until", |s, r, p| s.leaf::<String>(r, p)),
    required("note", |s, r, p| s.leaf::<Bilingual>(r, p)),
];

const CRITERION_FIELDS: &[FieldSpec] = &[
    required("id", |s, r, p| s.leaf::<String>(r, p)),
    required("title", |s, r, p| s.leaf::<Bilingual>(r, p)),
    required("source_text", |s, r, p| s.leaf::<String>(r, p)),
    required("question", |s, r, p| s.leaf::<Bilingual>(r, p)),
    required("help", |s, r, p| s.leaf::<Bilingual>(r, p)),
    optional("reading", |s, r, p| s.leaf::<Bilingual>(r, p)),
    required("evidence", |s, r, p| s.each::<Bilingual>(r, p)),
    required("actions", |s, r, p| s.each::<Bilingual>(r, p)),
    required("difficulty", |s, r, p| s.leaf::<Difficulty>(r, p)),
    required("input", |s, r, p| s.input(r, p)),
];
