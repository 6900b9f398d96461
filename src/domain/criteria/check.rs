//! Checking a set file as its author or a phone receives it: the file read
//! whole, every rule of [`super::validate`] applied, and each problem said in
//! Vietnamese (and English) with where it is: the line, the criterion's id,
//! the field. A set is taken whole or not at all.
//!
//! Also the index of a `sets/` folder published beside the app
//! ([`super::PublishedIndex`]), checked the same way.
//!
//! Used by the sets page (its own wasm) and natively by `scripts/check-set`;
//! never by the app's first screen.

use super::{CriteriaSet, fingerprint, parse_set};
use crate::domain::i18n::Lang;

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
    /// The criterion's id, when the problem is inside one.
    pub criterion: Option<String>,
    /// The field, as a path into the file ("input.groups[members].min_total").
    pub field: Option<String>,
    /// What is wrong (stub: English until the checker lands).
    detail: String,
}

impl SetProblem {
    /// The problem in a sentence, with where it is.
    pub fn message(&self, _lang: Lang) -> String {
        let mut out = String::new();
        if let Some(line) = self.line {
            out.push_str(&format!("line {line}: "));
        }
        if let Some(field) = &self.field {
            out.push_str(&format!("{field}: "));
        }
        out.push_str(&self.detail);
        out
    }
}

/// Checks a set file's text: the set and its fingerprint, or every problem.
pub fn check_set_file(text: &str) -> Result<CheckedSet, Vec<SetProblem>> {
    match parse_set("", text) {
        Ok(set) => Ok(CheckedSet {
            fingerprint: fingerprint(&set),
            set,
        }),
        Err(e) => Err(vec![SetProblem {
            line: None,
            criterion: None,
            field: None,
            detail: e.to_string(),
        }]),
    }
}
