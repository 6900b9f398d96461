//! The words of the set checker (`criteria::check`): each problem of a
//! criteria set file, or of a published index, said so that the staff who
//! write sets (not programmers) know what to change and where, and the
//! checker's own lines (`scripts/check-set`).
//!
//! Kept out of the catalogue on purpose: the catalogue is one string that
//! every page's wasm carries, and only the sets page and the native checker
//! say these sentences. Each function takes plain values; the small enums
//! here only pick words.

use super::{Lang, Text, numfmt};

/// What JSON's syntax wanted where a file stops being JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// A comma, or the `}` closing a group.
    CommaOrBrace,
    /// A comma, or the `]` closing a list.
    CommaOrBracket,
    /// The `:` after a field's name.
    Colon,
    /// A value.
    Value,
    /// A word without quotes other than `true`, `false`, `null`.
    Literal,
    /// A comma after the last item of a group or list.
    TrailingComma,
    /// A field's name without double quotes.
    KeyNotQuoted,
    /// Single quotes in place of double quotes.
    SingleQuotes,
    /// Curly quotes (“ ”) in place of straight ones.
    CurlyQuotes,
    /// More after the closing `}`.
    TrailingCharacters,
    /// A number written wrongly.
    Number,
    /// A number too large to read.
    NumberTooLarge,
    /// A line break (or another control character) inside a text.
    LineBreakInText,
    /// A backslash that starts no escape.
    Escape,
    /// Groups nested too deeply.
    TooDeep,
    /// Anything else.
    Other,
}

/// What a file cut short leaves open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unclosed {
    Group,
    List,
    Text,
    Value,
}

/// What a set's lists of allowed values are lists of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueOf {
    /// `input.kind`.
    InputKind,
    /// `difficulty`.
    Difficulty,
    /// `input.rule`.
    CountRule,
    /// `input.level`.
    RatingLevel,
    /// Any other closed list.
    Other,
}

/// What a field needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    YesNo,
    List,
    Group,
    /// `{ "vi": …, "en": … }`.
    Bilingual,
    /// One of a closed list of values.
    OneOf(ValueOf, Vec<String>),
    /// As serde names it (a type the checker does not know by name).
    Other(String),
}

/// What a field holds instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A text (its beginning).
    Text(String),
    /// A number, as written.
    Number(String),
    Bool(bool),
    Null,
    List,
    Group,
}

/// A field of an index entry that must say what the set file says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    Id,
    Version,
    Title,
    Issuer,
}

/// Where a problem is, and what: "Dòng 24, tiêu chí c4, trường
/// “input.min”: phải từ 1 đến 100, không phải 0." `detail` starts in lower
/// case; it is capitalised when nothing comes before it.
pub fn located(
    lang: Lang,
    line: Option<usize>,
    column: Option<usize>,
    criterion: Option<&str>,
    criterion_number: Option<usize>,
    field: Option<&str>,
    detail: &str,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    let words = match lang {
        Lang::Vi => ["Dòng", "cột", "tiêu chí", "tiêu chí thứ", "trường"],
        Lang::En => ["Line", "column", "criterion", "criterion no.", "field"],
    };
    if let Some(line) = line {
        parts.push(format!("{} {line}", words[0]));
    }
    if let Some(column) = column {
        parts.push(format!("{} {column}", words[1]));
    }
    match (criterion, criterion_number) {
        (Some(id), _) => parts.push(format!("{} {id}", words[2])),
        (None, Some(n)) => parts.push(format!("{} {n}", words[3])),
        (None, None) => {}
    }
    if let Some(field) = field {
        parts.push(format!("{} “{field}”", words[4]));
    }
    if parts.is_empty() {
        return capitalised(detail);
    }
    let mut out = capitalised(&parts.join(", "));
    out.push_str(": ");
    out.push_str(detail);
    out
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A list of names: "a, b, c".
fn names(list: &[String]) -> String {
    list.join(", ")
}

// --- The file as a whole ------------------------------------------------------

pub fn empty_file(lang: Lang) -> String {
    match lang {
        Lang::Vi => {
            "tệp trống, không có nội dung nào. Hãy chọn đúng tệp bộ tiêu chí (tệp .json).".into()
        }
        Lang::En => "the file is empty. Choose the criteria set's file (a .json file).".into(),
    }
}

/// `bytes` over `max` bytes.
pub fn too_large(lang: Lang, bytes: usize, max: usize) -> String {
    let kb = |n: usize| numfmt::int(lang, n.div_ceil(1024) as i64);
    match lang {
        Lang::Vi => format!(
            "tệp quá lớn ({} KB); tệp bộ tiêu chí chỉ được tối đa {} KB. Hãy kiểm tra đã chọn đúng tệp chưa.",
            kb(bytes),
            kb(max)
        ),
        Lang::En => format!(
            "the file is too large ({} KB); a criteria set file may be at most {} KB. Check that this is the right file.",
            kb(bytes),
            kb(max)
        ),
    }
}

pub fn not_utf8(lang: Lang) -> String {
    match lang {
        Lang::Vi => "tệp không được lưu theo bảng mã UTF-8 nên không đọc được chữ tiếng Việt. Hãy mở tệp bằng trình soạn thảo văn bản và lưu lại với bảng mã UTF-8.".into(),
        Lang::En => "the file is not saved in the UTF-8 encoding, so its Vietnamese letters cannot be read. Open it in a text editor and save it again as UTF-8.".into(),
    }
}

/// Not JSON: what the syntax wanted where it stops.
pub fn not_json(lang: Lang, syntax: Syntax) -> String {
    let what = match (lang, syntax) {
        (Lang::Vi, Syntax::CommaOrBrace) => {
            "thiếu dấu phẩy (,) trước trường tiếp theo, hoặc thiếu dấu “}” đóng nhóm"
        }
        (Lang::Vi, Syntax::CommaOrBracket) => {
            "thiếu dấu phẩy (,) trước mục tiếp theo, hoặc thiếu dấu “]” đóng danh sách"
        }
        (Lang::Vi, Syntax::Colon) => "thiếu dấu hai chấm (:) giữa tên trường và giá trị",
        (Lang::Vi, Syntax::Value) => {
            "cần một giá trị ở đây: văn bản trong dấu ngoặc kép \"…\", một số, true, false, một danh sách […] hoặc một nhóm {…}"
        }
        (Lang::Vi, Syntax::Literal) => {
            "chỉ true, false và null được viết không có dấu ngoặc kép (chữ thường); văn bản phải đặt trong dấu ngoặc kép \"…\""
        }
        (Lang::Vi, Syntax::TrailingComma) => {
            "thừa dấu phẩy (,) sau mục cuối cùng của nhóm hoặc danh sách; hãy xoá dấu phẩy này"
        }
        (Lang::Vi, Syntax::KeyNotQuoted) => {
            "tên trường phải đặt trong dấu ngoặc kép, ví dụ \"title\""
        }
        (Lang::Vi, Syntax::SingleQuotes) => {
            "dùng dấu ngoặc kép thẳng (\") thay cho dấu nháy đơn (')"
        }
        (Lang::Vi, Syntax::CurlyQuotes) => {
            "dùng dấu ngoặc kép thẳng (\") để bao tên trường và văn bản, không dùng dấu ngoặc kép cong (“ ”); các chương trình như Word thường tự đổi dấu này, hãy soạn tệp bằng trình soạn thảo văn bản thuần"
        }
        (Lang::Vi, Syntax::TrailingCharacters) => "còn nội dung thừa sau dấu “}” đóng toàn bộ tệp",
        (Lang::Vi, Syntax::Number) => {
            "số viết không đúng: chỉ dùng chữ số, không có số 0 ở đầu, không dùng dấu chấm hay dấu phẩy để tách hàng nghìn"
        }
        (Lang::Vi, Syntax::NumberTooLarge) => "số quá lớn",
        (Lang::Vi, Syntax::LineBreakInText) => {
            "văn bản bị xuống dòng hoặc thiếu dấu ngoặc kép đóng: mỗi đoạn văn bản phải nằm trọn trên một dòng, trong cặp dấu ngoặc kép \"…\""
        }
        (Lang::Vi, Syntax::Escape) => {
            "dấu gạch chéo ngược (\\) trong văn bản chỉ được đứng trước \", \\, /, b, f, n, r, t hoặc u; muốn viết chính dấu \\ thì viết \\\\"
        }
        (Lang::Vi, Syntax::TooDeep) => "các nhóm lồng nhau quá nhiều tầng",
        (Lang::Vi, Syntax::Other) => "không đọc được ở chỗ này",
        (Lang::En, Syntax::CommaOrBrace) => {
            "a comma (,) is missing before the next field, or a “}” closing the group"
        }
        (Lang::En, Syntax::CommaOrBracket) => {
            "a comma (,) is missing before the next item, or a “]” closing the list"
        }
        (Lang::En, Syntax::Colon) => {
            "a colon (:) is missing between the field's name and its value"
        }
        (Lang::En, Syntax::Value) => {
            "a value is needed here: text in double quotes \"…\", a number, true, false, a list […] or a group {…}"
        }
        (Lang::En, Syntax::Literal) => {
            "only true, false and null are written without quotes (in lower case); text goes in double quotes \"…\""
        }
        (Lang::En, Syntax::TrailingComma) => {
            "a comma (,) after the last item of a group or list; remove it"
        }
        (Lang::En, Syntax::KeyNotQuoted) => {
            "a field's name goes in double quotes, for example \"title\""
        }
        (Lang::En, Syntax::SingleQuotes) => {
            "use straight double quotes (\") instead of single quotes (')"
        }
        (Lang::En, Syntax::CurlyQuotes) => {
            "use straight double quotes (\") around names and texts, not curly quotes (“ ”); word processors such as Word change them on their own: edit the file in a plain text editor"
        }
        (Lang::En, Syntax::TrailingCharacters) => {
            "there is more after the “}” that closes the whole file"
        }
        (Lang::En, Syntax::Number) => {
            "a number is written wrongly: digits only, no leading 0, no point or comma between thousands"
        }
        (Lang::En, Syntax::NumberTooLarge) => "a number is too large",
        (Lang::En, Syntax::LineBreakInText) => {
            "a text breaks across lines or lacks its closing quote: each text stays on one line, between double quotes \"…\""
        }
        (Lang::En, Syntax::Escape) => {
            "a backslash (\\) inside a text may only come before \", \\, /, b, f, n, r, t or u; write \\\\ for a backslash itself"
        }
        (Lang::En, Syntax::TooDeep) => "groups are nested too deeply",
        (Lang::En, Syntax::Other) => "cannot be read here",
    };
    match lang {
        Lang::Vi => format!("lỗi cú pháp JSON: {what}."),
        Lang::En => format!("JSON syntax error: {what}."),
    }
}

/// The file ends before what it opened is closed.
pub fn cut_off(lang: Lang, unclosed: Unclosed) -> String {
    match lang {
        Lang::Vi => {
            let what = match unclosed {
                Unclosed::Group => "dấu “}” đóng một nhóm",
                Unclosed::List => "dấu “]” đóng một danh sách",
                Unclosed::Text => "dấu ngoặc kép (\") đóng một đoạn văn bản",
                Unclosed::Value => "một giá trị",
            };
            format!(
                "tệp kết thúc giữa chừng, còn thiếu {what}: có thể tệp bị cắt mất phần cuối khi sao chép hoặc tải về. Hãy lấy lại tệp đầy đủ."
            )
        }
        Lang::En => {
            let what = match unclosed {
                Unclosed::Group => "a “}” closing a group",
                Unclosed::List => "a “]” closing a list",
                Unclosed::Text => "a double quote (\") closing a text",
                Unclosed::Value => "a value",
            };
            format!(
                "the file ends too early, {what} is missing: it may have been cut off when copied or downloaded. Get the whole file again."
            )
        }
    }
}

pub fn not_an_object(lang: Lang) -> String {
    match lang {
        Lang::Vi => {
            "nội dung tệp phải là một nhóm trường, mở đầu bằng “{” và kết thúc bằng “}”.".into()
        }
        Lang::En => {
            "the file must hold one group of fields, starting with “{” and ending with “}”.".into()
        }
    }
}

/// A `format` newer than this app reads: the file may well be right.
pub fn newer_format(lang: Lang, found: u64, supported: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "tệp viết theo định dạng {found}, mới hơn định dạng mà ứng dụng này đọc được (định dạng {supported}). Tệp có thể không sai: hãy cập nhật ứng dụng lên phiên bản mới rồi thử lại."
        ),
        Lang::En => format!(
            "the file is written in format {found}, newer than this app reads (format {supported}). The file may well be right: update the app, then try again."
        ),
    }
}

// --- The shape of the fields ------------------------------------------------

fn expected(lang: Lang, expected: &Expected) -> String {
    match (lang, expected) {
        (Lang::Vi, Expected::Text) => "một đoạn văn bản trong dấu ngoặc kép \"…\"".into(),
        (Lang::Vi, Expected::WholeNumber) => {
            "một số nguyên từ 0 trở lên, viết không có dấu ngoặc kép (ví dụ 2)".into()
        }
        (Lang::Vi, Expected::YesNo) => {
            "true (có) hoặc false (không), viết không có dấu ngoặc kép".into()
        }
        (Lang::Vi, Expected::List) => "một danh sách trong dấu ngoặc vuông […]".into(),
        (Lang::Vi, Expected::Group) => "một nhóm trường trong dấu ngoặc nhọn {…}".into(),
        (Lang::Vi, Expected::Bilingual) => {
            "một nhóm hai bản {\"vi\": \"…\", \"en\": \"…\"} (tiếng Việt và tiếng Anh)".into()
        }
        (Lang::Vi, Expected::OneOf(of, allowed)) => {
            format!(
                "{} là một trong: {}",
                value_of(lang, *of),
                glossed(lang, *of, allowed)
            )
        }
        (Lang::En, Expected::Text) => "a text in double quotes \"…\"".into(),
        (Lang::En, Expected::WholeNumber) => {
            "a whole number of 0 or more, without quotes (for example 2)".into()
        }
        (Lang::En, Expected::YesNo) => "true (yes) or false (no), without quotes".into(),
        (Lang::En, Expected::List) => "a list in square brackets […]".into(),
        (Lang::En, Expected::Group) => "a group of fields in braces {…}".into(),
        (Lang::En, Expected::Bilingual) => {
            "a pair of texts {\"vi\": \"…\", \"en\": \"…\"} (Vietnamese and English)".into()
        }
        (Lang::En, Expected::OneOf(of, allowed)) => {
            format!("one of: {}", glossed(lang, *of, allowed))
        }
        (_, Expected::Other(name)) => name.clone(),
    }
}

fn found(lang: Lang, found: &Found) -> String {
    match (lang, found) {
        (Lang::Vi, Found::Text(s)) => format!("văn bản “{s}”"),
        (Lang::Vi, Found::Number(n)) => format!("số {n}"),
        (Lang::Vi, Found::Null) => "null (trống)".into(),
        (Lang::Vi, Found::List) => "một danh sách […]".into(),
        (Lang::Vi, Found::Group) => "một nhóm {…}".into(),
        (Lang::En, Found::Text(s)) => format!("the text “{s}”"),
        (Lang::En, Found::Number(n)) => format!("the number {n}"),
        (Lang::En, Found::Null) => "null (empty)".into(),
        (Lang::En, Found::List) => "a list […]".into(),
        (Lang::En, Found::Group) => "a group {…}".into(),
        (_, Found::Bool(b)) => b.to_string(),
    }
}

/// A field holds a value of the wrong type.
pub fn wrong_type(lang: Lang, want: &Expected, got: &Found) -> String {
    if let (Lang::En, Expected::OneOf(of, allowed)) = (lang, want) {
        return format!(
            "{} must be one of: {}, but this is {}.",
            value_of(lang, *of),
            glossed(lang, *of, allowed),
            found(lang, got)
        );
    }
    let (want, got) = (expected(lang, want), found(lang, got));
    match lang {
        Lang::Vi => format!("cần {want}, nhưng ở đây là {got}."),
        Lang::En => format!("{want} is needed, but this is {got}."),
    }
}

/// A whole number too large for its field.
pub fn number_too_large(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Vi => format!("số {value} quá lớn."),
        Lang::En => format!("{value} is too large."),
    }
}

/// A required field is missing (`vi` and `en`: one language of a text).
pub fn missing_field(lang: Lang, name: &str) -> String {
    match (lang, name) {
        (Lang::Vi, "vi") => "thiếu bản tiếng Việt (trường “vi”).".into(),
        (Lang::Vi, "en") => "thiếu bản tiếng Anh (trường “en”).".into(),
        (Lang::Vi, _) => format!("thiếu trường “{name}” (bắt buộc)."),
        (Lang::En, "vi") => "the Vietnamese text (field “vi”) is missing.".into(),
        (Lang::En, "en") => "the English text (field “en”) is missing.".into(),
        (Lang::En, _) => format!("the required field “{name}” is missing."),
    }
}

/// A field the format does not have: the closest allowed name (a likely
/// typo), or the allowed ones.
pub fn unknown_field(lang: Lang, name: &str, closest: Option<&str>, allowed: &[String]) -> String {
    match (lang, closest) {
        (Lang::Vi, Some(c)) => {
            format!("không có trường “{name}” trong định dạng tệp; có lẽ là “{c}” bị viết nhầm.")
        }
        (Lang::Vi, None) if allowed.is_empty() => {
            format!("không có trường “{name}” trong định dạng tệp; ở đây không có trường nào khác.")
        }
        (Lang::Vi, None) => format!(
            "không có trường “{name}” trong định dạng tệp; ở đây chỉ dùng các trường: {}.",
            names(allowed)
        ),
        (Lang::En, Some(c)) => {
            format!("the format has no field “{name}”; perhaps a typo for “{c}”.")
        }
        (Lang::En, None) if allowed.is_empty() => {
            format!("the format has no field “{name}”; no other field goes here.")
        }
        (Lang::En, None) => format!(
            "the format has no field “{name}”; the fields here are: {}.",
            names(allowed)
        ),
    }
}

/// A field of another input kind.
pub fn field_not_for_kind(lang: Lang, name: &str, kind: &str, allowed: &[String]) -> String {
    match (lang, allowed.is_empty()) {
        (Lang::Vi, true) => format!(
            "trường “{name}” không dùng cho dạng câu hỏi “{kind}”; dạng này không có trường nào ngoài “kind”."
        ),
        (Lang::Vi, false) => format!(
            "trường “{name}” không dùng cho dạng câu hỏi “{kind}”; dạng này dùng các trường: {}.",
            names(allowed)
        ),
        (Lang::En, true) => format!(
            "the field “{name}” is not for the input kind “{kind}”, which has no field beside “kind”."
        ),
        (Lang::En, false) => format!(
            "the field “{name}” is not for the input kind “{kind}”, whose fields are: {}.",
            names(allowed)
        ),
    }
}

/// One name twice in one group.
pub fn duplicate_field(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("trường “{name}” được ghi hai lần trong cùng một nhóm; chỉ giữ lại một.")
        }
        Lang::En => format!("the field “{name}” is written twice in one group; keep one."),
    }
}

/// What a closed list is a list of.
fn value_of(lang: Lang, of: ValueOf) -> &'static str {
    match (lang, of) {
        (Lang::Vi, ValueOf::InputKind) => "dạng câu hỏi",
        (Lang::Vi, ValueOf::Difficulty) => "mức độ khó",
        (Lang::Vi, ValueOf::CountRule) => "quy tắc đếm",
        (Lang::Vi, ValueOf::RatingLevel) => "mức xếp loại",
        (Lang::Vi, ValueOf::Other) => "giá trị",
        (Lang::En, ValueOf::InputKind) => "the input kind",
        (Lang::En, ValueOf::Difficulty) => "the difficulty",
        (Lang::En, ValueOf::CountRule) => "the count rule",
        (Lang::En, ValueOf::RatingLevel) => "the rating level",
        (Lang::En, ValueOf::Other) => "the value",
    }
}

/// What a value of a closed list means, in `lang`.
fn gloss(lang: Lang, of: ValueOf, value: &str) -> Option<&'static str> {
    let vi = lang == Lang::Vi;
    let pick = |v: &'static str, e: &'static str| Some(if vi { v } else { e });
    match (of, value) {
        (ValueOf::InputKind, "yes_no") => pick("có / không", "yes / no"),
        (ValueOf::InputKind, "counts") => pick("đếm so với tổng số", "counts against a total"),
        (ValueOf::InputKind, "named_items") => pick("danh sách tên", "a list of names"),
        (ValueOf::InputKind, "household_rates") => {
            pick("tỷ lệ hộ nghèo, cận nghèo", "poor and near-poor rates")
        }
        (ValueOf::InputKind, "yearly_ratings") => {
            pick("xếp loại chất lượng từng năm", "the rating of each year")
        }
        (ValueOf::InputKind, "checklist") => {
            pick("từng ý, ý nào cũng phải đạt", "parts that must all hold")
        }
        (ValueOf::InputKind, "organisations") => {
            pick("bảng các tổ chức", "a table of organisations")
        }
        (ValueOf::Difficulty, "easy") => Some(Text::DifficultyEasy.get(lang)),
        (ValueOf::Difficulty, "medium") => Some(Text::DifficultyMedium.get(lang)),
        (ValueOf::Difficulty, "hard") => Some(Text::DifficultyHard.get(lang)),
        (ValueOf::CountRule, "all") => pick(
            "số đếm được phải bằng tổng số",
            "the count must equal the total",
        ),
        (ValueOf::CountRule, "none") => pick("số đếm được phải bằng 0", "the count must be 0"),
        (ValueOf::RatingLevel, "excellent") => Some(Text::RatingExcellent.get(lang)),
        (ValueOf::RatingLevel, "good") => Some(Text::RatingGood.get(lang)),
        (ValueOf::RatingLevel, "completed") => Some(Text::RatingCompleted.get(lang)),
        (ValueOf::RatingLevel, "not_completed") => Some(Text::RatingNotCompleted.get(lang)),
        _ => None,
    }
}

/// The allowed values, each with what it means: "easy (Dễ), medium (Trung bình)".
fn glossed(lang: Lang, of: ValueOf, allowed: &[String]) -> String {
    allowed
        .iter()
        .map(|v| match gloss(lang, of, v) {
            Some(g) if !g.eq_ignore_ascii_case(v) => format!("{v} ({g})"),
            _ => v.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value outside its closed list.
pub fn unknown_value(lang: Lang, of: ValueOf, value: &str, allowed: &[String]) -> String {
    let what = value_of(lang, of);
    let list = glossed(lang, of, allowed);
    match lang {
        Lang::Vi => format!("không có {what} “{value}”; hãy chọn một trong: {list}."),
        Lang::En => format!("{what} “{value}” does not exist; choose one of: {list}."),
    }
}

/// A shape problem the checker has no words of its own for (serde's, in English).
pub fn unreadable(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::Vi => format!("nội dung ở đây không đúng dạng ({detail})."),
        Lang::En => format!("this is not in the right shape ({detail})."),
    }
}

// --- The rules of a set (`criteria::validate`) ----------------------------

pub fn format_not_supported(lang: Lang, found: u32, supported: u32) -> String {
    match lang {
        Lang::Vi => format!("định dạng phải là {supported}, không phải {found}."),
        Lang::En => format!("the format must be {supported}, not {found}."),
    }
}

/// An id that is not a slug; `joiner` joins its words.
pub fn not_slug(lang: Lang, value: &str, joiner: char, max: usize) -> String {
    let example = if joiner == '-' {
        "vinh-long-2026"
    } else {
        "an_ninh"
    };
    match lang {
        Lang::Vi => {
            let what = if value.is_empty() {
                "chưa có mã".to_owned()
            } else {
                format!("mã “{value}” không hợp lệ")
            };
            format!(
                "{what}: mã chỉ gồm chữ thường không dấu (a–z), chữ số (0–9) và dấu “{joiner}” để nối các từ (không đứng đầu hay cuối), tối đa {max} ký tự, ví dụ “{example}”."
            )
        }
        Lang::En => {
            let what = if value.is_empty() {
                "the id is empty".to_owned()
            } else {
                format!("the id “{value}” is not valid")
            };
            format!(
                "{what}: an id has only lower-case letters without accents (a–z), digits (0–9) and “{joiner}” joining words (not first or last), at most {max} characters, for example “{example}”."
            )
        }
    }
}

pub fn version_zero(lang: Lang) -> String {
    match lang {
        Lang::Vi => "phiên bản bắt đầu từ 1, không phải 0.".into(),
        Lang::En => "versions start at 1, not 0.".into(),
    }
}

pub fn empty_text(lang: Lang) -> String {
    match lang {
        Lang::Vi => "đang để trống; hãy ghi nội dung.".into(),
        Lang::En => "empty: write something here.".into(),
    }
}

/// One language of a two-language text is empty.
pub fn empty_language(lang: Lang, which: Lang) -> String {
    match (lang, which) {
        (Lang::Vi, Lang::Vi) => "chưa có bản tiếng Việt.".into(),
        (Lang::Vi, Lang::En) => "chưa có bản tiếng Anh (giao diện tiếng Anh cần đến).".into(),
        (Lang::En, Lang::Vi) => "the Vietnamese text is empty.".into(),
        (Lang::En, Lang::En) => {
            "the English text is empty (the English interface needs it).".into()
        }
    }
}

pub fn spaces(lang: Lang) -> String {
    match lang {
        Lang::Vi => "có dấu cách thừa ở đầu hoặc ở cuối; hãy xoá.".into(),
        Lang::En => "spaces at the start or the end; remove them.".into(),
    }
}

pub fn not_date(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "“{value}” không phải một ngày có thật viết theo dạng năm-tháng-ngày (NNNN-TT-NN), ví dụ 2026-01-15."
        ),
        Lang::En => format!(
            "“{value}” is not a real date written year-month-day (YYYY-MM-DD), for example 2026-01-15."
        ),
    }
}

pub fn ends_before_start(lang: Lang, from: &str, until: &str) -> String {
    match lang {
        Lang::Vi => format!("ngày hết hiệu lực ({until}) sớm hơn ngày bắt đầu hiệu lực ({from})."),
        Lang::En => format!("the end date ({until}) is before the start date ({from})."),
    }
}

pub fn no_criteria(lang: Lang) -> String {
    match lang {
        Lang::Vi => "bộ tiêu chí cần ít nhất một tiêu chí.".into(),
        Lang::En => "a set needs at least one criterion.".into(),
    }
}

pub fn duplicate_criterion(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("mã “{id}” đã dùng cho một tiêu chí trước đó; mỗi tiêu chí cần một mã riêng.")
        }
        Lang::En => format!(
            "the id “{id}” is already used by an earlier criterion; each criterion needs its own."
        ),
    }
}

pub fn no_entries(lang: Lang) -> String {
    match lang {
        Lang::Vi => "cần ít nhất một mục.".into(),
        Lang::En => "needs at least one entry.".into(),
    }
}

pub fn duplicate_id(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Vi => format!("mã “{id}” đã dùng cho một mục trước đó trong cùng danh sách."),
        Lang::En => format!("the id “{id}” is already used by an earlier entry of this list."),
    }
}

/// A reason template names a placeholder that does not exist.
pub fn unknown_placeholder(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "chỗ điền số “{{{name}}}” không có; chỉ dùng {{total}} (tổng số), {{counted}} (số đếm được), {{exempt}} (số được trừ), {{gap}} (số chưa đạt)."
        ),
        Lang::En => format!(
            "there is no placeholder “{{{name}}}”; only {{total}} (the total), {{counted}} (the count), {{exempt}} (those excused), {{gap}} (the shortfall)."
        ),
    }
}

pub fn exempt_needs_rule_none(lang: Lang) -> String {
    match lang {
        Lang::Vi => "số được trừ (exempt_label) chỉ dùng với quy tắc đếm “none”.".into(),
        Lang::En => "an exempt count (exempt_label) only goes with the count rule “none”.".into(),
    }
}

pub fn at_least(lang: Lang, value: i64, min: i64) -> String {
    let (value, min) = (numfmt::int(lang, value), numfmt::int(lang, min));
    match lang {
        Lang::Vi => format!("phải từ {min} trở lên, không phải {value}."),
        Lang::En => format!("must be at least {min}, not {value}."),
    }
}

pub fn range(lang: Lang, value: i64, min: i64, max: i64) -> String {
    let [value, min, max] = [value, min, max].map(|n| numfmt::int(lang, n));
    match lang {
        Lang::Vi => format!("phải từ {min} đến {max}, không phải {value}."),
        Lang::En => format!("must be {min} to {max}, not {value}."),
    }
}

/// A reference rate outside 1–10000 basis points.
pub fn rate_range(lang: Lang, value: i64) -> String {
    let (value, max) = (numfmt::int(lang, value), numfmt::int(lang, 10_000));
    match lang {
        Lang::Vi => format!(
            "tỷ lệ ghi bằng phần vạn (263 là 2,63%), phải lớn hơn 0 và không quá {max} (100%), không phải {value}."
        ),
        Lang::En => format!(
            "a rate is written in basis points (263 is 2.63%), above 0 and at most {max} (100%), not {value}."
        ),
    }
}

pub fn scale_order(lang: Lang, year: u16, previous: u16) -> String {
    match lang {
        Lang::Vi => format!(
            "các thang điểm xếp theo năm bắt đầu áp dụng, thang sau phải bắt đầu muộn hơn thang trước ({previous}), không phải {year}."
        ),
        Lang::En => format!(
            "score scales are listed by their first year, each later than the one before ({previous}), not {year}."
        ),
    }
}

pub fn scale_thresholds(lang: Lang, completed: u16, good: u16, excellent: u16, max: u16) -> String {
    let [c, g, e, m] = [completed, good, excellent, max].map(|n| numfmt::int(lang, i64::from(n)));
    match lang {
        Lang::Vi => format!(
            "điểm thấp nhất của các mức phải tăng dần, tính bằng phần mười điểm: 0 < completed_tenths ({c}) < good_tenths ({g}) < excellent_tenths ({e}) ≤ {m} (100 điểm)."
        ),
        Lang::En => format!(
            "the levels' lowest scores must rise, in tenths of a point: 0 < completed_tenths ({c}) < good_tenths ({g}) < excellent_tenths ({e}) ≤ {m} (100 points)."
        ),
    }
}

pub fn duplicate_province(lang: Lang, name: &str, same_as: &str) -> String {
    match lang {
        Lang::Vi => format!("“{name}” là cùng một tỉnh với “{same_as}” đã ghi trước đó."),
        Lang::En => format!("“{name}” is the same province as “{same_as}”, listed before."),
    }
}

// --- The index of a `sets/` folder --------------------------------------------

pub fn bad_file_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "tên tệp “{name}” không hợp lệ: chỉ ghi tên một tệp nằm cùng thư mục sets/, gồm chữ không dấu, chữ số, dấu “-”, “_” hoặc “.”, kết thúc bằng .json, không có “/” hay “..”, tối đa 120 ký tự, ví dụ vinh-long-2026.v1.json."
        ),
        Lang::En => format!(
            "the file name “{name}” is not valid: write only the name of a file in the same sets/ folder, with letters without accents, digits, “-”, “_” or “.”, ending in .json, without “/” or “..”, at most 120 characters, for example vinh-long-2026.v1.json."
        ),
    }
}

pub fn duplicate_file(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Vi => format!("tệp “{file}” đã có ở một mục trước đó."),
        Lang::En => format!("the file “{file}” is already listed by an earlier entry."),
    }
}

pub fn duplicate_entry(lang: Lang, id: &str, version: u32) -> String {
    match lang {
        Lang::Vi => format!("bộ tiêu chí “{id}” phiên bản {version} đã có ở một mục trước đó."),
        Lang::En => {
            format!("the set “{id}” version {version} is already listed by an earlier entry.")
        }
    }
}

/// An index entry says another thing than the set file it lists.
pub fn entry_mismatch(lang: Lang, field: EntryField, in_index: &str, in_file: &str) -> String {
    let what = match (lang, field) {
        (Lang::Vi, EntryField::Id) => "mã bộ tiêu chí (id)",
        (Lang::Vi, EntryField::Version) => "phiên bản (version)",
        (Lang::Vi, EntryField::Title) => "tên (title, bản tiếng Việt)",
        (Lang::Vi, EntryField::Issuer) => "cơ quan ban hành (issuer)",
        (Lang::En, EntryField::Id) => "the set's id",
        (Lang::En, EntryField::Version) => "the version",
        (Lang::En, EntryField::Title) => "the title (in Vietnamese)",
        (Lang::En, EntryField::Issuer) => "the issuer",
    };
    match lang {
        Lang::Vi => format!(
            "index.json ghi {what} là “{in_index}”, nhưng tệp bộ tiêu chí ghi “{in_file}”; hai nơi phải ghi giống nhau."
        ),
        Lang::En => format!(
            "index.json gives {what} as “{in_index}”, but the set file says “{in_file}”; both must say the same."
        ),
    }
}

// --- The checker's own lines (`scripts/check-set`) ----------------------------

/// A set file that passed, with what names it.
pub fn passed_set(lang: Lang, file: &str, title: &str, version: u32, fingerprint: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("Đạt: {file} — {title}, phiên bản {version}, mã kiểm tra {fingerprint}")
        }
        Lang::En => {
            format!("Passed: {file} — {title}, version {version}, check code {fingerprint}")
        }
    }
}

/// An index that passed.
pub fn passed_index(lang: Lang, file: &str, sets: usize) -> String {
    match lang {
        Lang::Vi => format!("Đạt: {file} — danh mục {sets} bộ tiêu chí"),
        Lang::En => format!("Passed: {file} — an index of {sets} criteria sets"),
    }
}

/// A file that could not be read; `listed_in`: the index that names it.
pub fn file_not_found(lang: Lang, listed_in: Option<&str>) -> String {
    match (lang, listed_in) {
        (Lang::Vi, None) => "không tìm thấy tệp.".into(),
        (Lang::Vi, Some(index)) => {
            format!("không tìm thấy tệp mà {index} ghi; hãy đặt tệp cùng thư mục với {index}.")
        }
        (Lang::En, None) => "file not found.".into(),
        (Lang::En, Some(index)) => {
            format!(
                "file not found, though {index} lists it; put it in the same folder as {index}."
            )
        }
    }
}

/// A file that exists but could not be read (`reason` from the system).
pub fn file_not_read(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Vi => format!("không đọc được tệp ({reason})."),
        Lang::En => format!("the file cannot be read ({reason})."),
    }
}

/// The last line: how many of the files checked have problems.
pub fn summary(lang: Lang, failed: usize, total: usize) -> String {
    match (lang, failed) {
        (Lang::Vi, 0) => format!("Tất cả {total} tệp đều đạt."),
        (Lang::Vi, _) => {
            format!("{failed}/{total} tệp có lỗi; hãy sửa theo các dòng trên rồi kiểm tra lại.")
        }
        (Lang::En, 0) => format!("All {total} files passed."),
        (Lang::En, _) => format!(
            "{failed}/{total} files have problems; fix them as the lines above say, then check again."
        ),
    }
}

pub fn usage(lang: Lang) -> String {
    match lang {
        Lang::Vi => "Cách dùng: scripts/check-set [--en] TỆP.json… (tệp tên index.json được kiểm tra như danh mục sets/, cùng mọi tệp mà nó ghi).".into(),
        Lang::En => "Usage: scripts/check-set [--en] FILE.json… (a file named index.json is checked as the index of a sets/ folder, with every file it lists).".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_comes_before_the_detail_and_a_lone_detail_is_capitalised() {
        assert_eq!(
            located(
                Lang::Vi,
                Some(24),
                None,
                Some("c4"),
                None,
                Some("input.min"),
                "phải từ 1."
            ),
            "Dòng 24, tiêu chí c4, trường “input.min”: phải từ 1."
        );
        assert_eq!(
            located(Lang::Vi, None, None, None, Some(3), None, "x."),
            "Tiêu chí thứ 3: x."
        );
        assert_eq!(
            located(
                Lang::En,
                None,
                None,
                None,
                None,
                None,
                &empty_file(Lang::En)
            ),
            "The file is empty. Choose the criteria set's file (a .json file)."
        );
        assert_eq!(
            located(Lang::Vi, None, None, None, None, None, "đạt"),
            "Đạt"
        );
    }

    #[test]
    fn values_of_closed_lists_are_glossed() {
        let all = ["easy".to_owned(), "hard".to_owned(), "x".to_owned()];
        assert_eq!(
            glossed(Lang::Vi, ValueOf::Difficulty, &all),
            "easy (Dễ), hard (Khó), x"
        );
    }
}
