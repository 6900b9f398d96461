//! A text that is not JSON: where it stops being JSON and what JSON wanted
//! there, or where a text cut short ends.

use super::locate::{line_and_column, offset_of};
use super::{SetProblem, SetProblemKind};
use crate::domain::i18n::set_check::{Syntax, Unclosed};
use serde_json::error::Category;

/// `serde_json`'s message without its " at line L column C".
pub(super) fn bare_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rfind(" at line ") {
        Some(i) if e.line() > 0 => message[..i].to_owned(),
        _ => message,
    }
}

/// The problem of a text that `serde_json` could not read as JSON at all
/// (`e` is a syntax or an end-of-file error).
pub(super) fn problem(text: &str, e: &serde_json::Error) -> SetProblem {
    let message = bare_message(e);
    let at = offset_of(text, e.line(), e.column().saturating_sub(1));
    if e.classify() == Category::Eof {
        let unclosed = if message.ends_with("an object") {
            Unclosed::Group
        } else if message.ends_with("a list") {
            Unclosed::List
        } else if message.ends_with("a string") {
            Unclosed::Text
        } else {
            Unclosed::Value
        };
        // The end of the file: after its last character.
        let (line, column) = line_and_column(text, text.trim_end().len());
        return SetProblem::at_place(SetProblemKind::CutOff(unclosed), Some(line), Some(column));
    }
    let here = text[floor(text, at)..].chars().next();
    let before = text[..floor(text, at)].trim_end();
    let previous = before.chars().next_back();
    let mut place = at;
    let syntax = match here {
        Some('“' | '”' | '‘' | '’') => Syntax::CurlyQuotes,
        Some('\'') => Syntax::SingleQuotes,
        Some('}' | ']') if previous == Some(',') => {
            place = before.len() - 1;
            Syntax::TrailingComma
        }
        _ => match message.as_str() {
            "expected `,` or `}`" | "expected `,` or `]`" => {
                // Where the comma goes: right after the value before.
                place = before.len();
                if message.contains("`}`") {
                    Syntax::CommaOrBrace
                } else {
                    Syntax::CommaOrBracket
                }
            }
            "expected `:`" => Syntax::Colon,
            "expected value" => Syntax::Value,
            "expected ident" => {
                // At the start of the bare word, not where it went wrong.
                let word = text[..floor(text, at)]
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
                place = word.len();
                Syntax::Literal
            }
            "key must be a string" => Syntax::KeyNotQuoted,
            "trailing characters" => Syntax::TrailingCharacters,
            "invalid number" => Syntax::Number,
            "number out of range" => Syntax::NumberTooLarge,
            "recursion limit exceeded" => Syntax::TooDeep,
            m if m.starts_with("control character") => {
                // At the line break itself.
                let from = floor(text, at);
                place = text[from..]
                    .find(char::is_control)
                    .map_or(from, |i| from + i);
                Syntax::LineBreakInText
            }
            m if m.contains("escape") || m.contains("unicode code point") => {
                // At the backslash that starts it.
                let from = floor(text, at);
                place = text[..from].rfind('\\').unwrap_or(from);
                Syntax::Escape
            }
            _ => Syntax::Other,
        },
    };
    let (line, column) = line_and_column(text, place);
    SetProblem::at_place(SetProblemKind::NotJson(syntax), Some(line), Some(column))
}

/// The character boundary at or before byte `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
