//! Checks a set is sound before anyone scores against it: ids unique and stable
//! in shape, every text present in both languages, thresholds sane, dates real.
//! The registry refuses a set with problems; tests assert every bundled set has
//! none, so a bad data file fails the build's tests, never a phone.

use super::{
    Bilingual, COUNT_PLACEHOLDERS, CountRule, CriteriaSet, FORMAT_VERSION, Input, MAX_SCORE_TENTHS,
    ScoreScale, same_province,
};
use crate::domain::i18n::Lang;
use std::collections::HashSet;

/// Longest run of consecutive years a set may ask for.
pub const MAX_CONSECUTIVE_YEARS: u32 = 10;
/// Most named items a set may ask for.
pub const MAX_NAMED_ITEMS_MIN: u32 = 100;
/// The years a score scale may start in.
pub const SCALE_YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

/// One step of a path into a set file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A field of an object: `title`.
    Field(&'static str),
    /// An element of a list whose elements have ids, named by its id (its
    /// position kept to find it in the file): `criteria[c4]`.
    Item { index: usize, id: String },
    /// An element of a list without ids, by position from 0: `evidence[0]`.
    Index(usize),
}

/// Where a problem is: a path into the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    fn with(&self, step: Step) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(step);
        FieldPath(steps)
    }

    /// The path one field further.
    pub fn field(&self, name: &'static str) -> FieldPath {
        self.with(Step::Field(name))
    }

    /// The path to an element with an id.
    pub fn item(&self, index: usize, id: &str) -> FieldPath {
        self.with(Step::Item {
            index,
            id: id.to_owned(),
        })
    }

    /// The path to an element without an id.
    pub fn index(&self, index: usize) -> FieldPath {
        self.with(Step::Index(index))
    }
}

impl std::fmt::Display for FieldPath {
    /// `criteria[c4].input.groups[members].min_total`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Field(name) if i == 0 => write!(f, "{name}")?,
                Step::Field(name) => write!(f, ".{name}")?,
                Step::Item { id, .. } => write!(f, "[{id}]")?,
                Step::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// What is wrong, with the values the words need ([`super::SetProblem`] says
/// it in Vietnamese and English; `Display` in English, for developers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The `format` is not the one this code reads (and not newer).
    Format { found: u32 },
    /// An id that is not a slug of lowercase letters and digits joined by `joiner`.
    NotSlug { value: String, joiner: char },
    /// `version` 0.
    VersionZero,
    /// A text left empty.
    Empty,
    /// One language of a two-language text left empty.
    EmptyLanguage { lang: Lang },
    /// Spaces at the start or the end of a text.
    Spaces,
    /// Not a real date written `YYYY-MM-DD`.
    NotDate { value: String },
    /// `effective.until` before `effective.from`.
    EndsBeforeStart { from: String, until: String },
    /// A set without criteria.
    NoCriteria,
    /// Two criteria with one id.
    DuplicateCriterion { id: String },
    /// A list that needs at least one entry is empty.
    NoEntries,
    /// Two entries of one list with the same id.
    DuplicateId { id: String },
    /// A reason template names a placeholder that does not exist.
    UnknownPlaceholder { name: String },
    /// An exempt count under rule `all`.
    ExemptNeedsRuleNone,
    /// A number below the least it may be.
    AtLeast { value: i64, min: i64 },
    /// A number outside the range it must lie in.
    Range { value: i64, min: i64, max: i64 },
    /// A score scale's first year not after the one before it.
    ScaleOrder { year: u16, previous: u16 },
    /// A score scale's lowest scores not rising within 0–100 points.
    ScaleThresholds {
        completed: u16,
        good: u16,
        excellent: u16,
        max: u16,
    },
    /// Two entries of `provinces` naming one province.
    DuplicateProvince { name: String, same_as: String },
}

impl std::fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProblemKind::Format { found } => write!(f, "format {found} is not {FORMAT_VERSION}"),
            ProblemKind::NotSlug { value, joiner } => write!(
                f,
                "{value:?} is not a slug (a-z, 0-9, '{joiner}', at most {MAX_SLUG})"
            ),
            ProblemKind::VersionZero => write!(f, "versions start at 1"),
            ProblemKind::Empty => write!(f, "empty"),
            ProblemKind::EmptyLanguage { lang } => write!(f, "empty ({})", lang.code()),
            ProblemKind::Spaces => write!(f, "leading or trailing spaces"),
            ProblemKind::NotDate { value } => write!(f, "{value:?} is not a YYYY-MM-DD date"),
            ProblemKind::EndsBeforeStart { .. } => write!(f, "ends before it starts"),
            ProblemKind::NoCriteria => write!(f, "a set needs at least one criterion"),
            ProblemKind::DuplicateCriterion { .. } => write!(f, "duplicate criterion id"),
            ProblemKind::NoEntries => write!(f, "needs at least one entry"),
            ProblemKind::DuplicateId { .. } => write!(f, "duplicate id"),
            ProblemKind::UnknownPlaceholder { name } => {
                write!(f, "unknown placeholder {{{name}}}")
            }
            ProblemKind::ExemptNeedsRuleNone => {
                write!(f, "an exempt count only makes sense with rule none")
            }
            ProblemKind::AtLeast { value, min } => write!(f, "must be at least {min}, not {value}"),
            ProblemKind::Range { value, min, max } => {
                write!(f, "must be {min} to {max}, not {value}")
            }
            ProblemKind::ScaleOrder { .. } => write!(
                f,
                "scales must be listed by their first year, each a later year"
            ),
            ProblemKind::ScaleThresholds { max, .. } => write!(
                f,
                "needs 0 < completed_tenths < good_tenths < excellent_tenths <= {max}"
            ),
            ProblemKind::DuplicateProvince { same_as, .. } => {
                write!(f, "the same province as {same_as:?}")
            }
        }
    }
}

/// One thing wrong with a set: where (a path into the file) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: FieldPath,
    pub kind: ProblemKind,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// The longest slug.
pub const MAX_SLUG: usize = 40;

/// Every problem of `set`; empty when it is sound.
pub fn validate(set: &CriteriaSet) -> Vec<Problem> {
    let mut v = Checker::default();
    let root = FieldPath::default();
    if set.format != FORMAT_VERSION {
        v.problem(
            &root.field("format"),
            ProblemKind::Format { found: set.format },
        );
    }
    v.slug(&root.field("id"), &set.id, '-');
    if set.version == 0 {
        v.problem(&root.field("version"), ProblemKind::VersionZero);
    }
    v.text(&root.field("title"), &set.title);
    v.text(&root.field("description"), &set.description);
    v.plain(&root.field("issuer"), &set.issuer);
    let provinces = root.field("provinces");
    for (i, p) in set.provinces.iter().enumerate() {
        v.plain(&provinces.index(i), p);
        if let Some(earlier) = set.provinces[..i].iter().find(|e| same_province(e, p)) {
            v.problem(
                &provinces.index(i),
                ProblemKind::DuplicateProvince {
                    name: p.to_string(),
                    same_as: earlier.to_string(),
                },
            );
        }
    }
    let source = root.field("source");
    v.plain(&source.field("document"), &set.source.document);
    v.plain(&source.field("published_in"), &set.source.published_in);
    v.date(&source.field("date"), &set.source.date);
    if let Some(url) = &set.source.url {
        v.plain(&source.field("url"), url);
    }
    v.text(&source.field("note"), &set.source.note);
    let effective = root.field("effective");
    v.date(&effective.field("from"), &set.effective.from);
    if let Some(until) = &set.effective.until {
        v.date(&effective.field("until"), until);
        if *until < set.effective.from {
            v.problem(
                &effective.field("until"),
                ProblemKind::EndsBeforeStart {
                    from: set.effective.from.to_string(),
                    until: until.to_string(),
                },
            );
        }
    }
    v.text(&effective.field("note"), &set.effective.note);
    let criteria = root.field("criteria");
    if set.criteria.is_empty() {
        v.problem(&criteria, ProblemKind::NoCriteria);
    }
    let mut ids = HashSet::new();
    for (i, c) in set.criteria.iter().enumerate() {
        let at = criteria.item(i, &c.id);
        v.slug(&at.field("id"), &c.id, '_');
        if !ids.insert(&*c.id) {
            v.problem(
                &at.field("id"),
                ProblemKind::DuplicateCriterion {
                    id: c.id.to_string(),
                },
            );
        }
        v.text(&at.field("title"), &c.title);
        v.plain(&at.field("source_text"), &c.source_text);
        v.text(&at.field("question"), &c.question);
        v.text(&at.field("help"), &c.help);
        if let Some(reading) = &c.reading {
            v.text(&at.field("reading"), reading);
        }
        v.list(&at.field("evidence"), &c.evidence);
        v.list(&at.field("actions"), &c.actions);
        v.input(&at.field("input"), &c.input);
    }
    v.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: &FieldPath, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.clone(),
            kind,
        });
    }

    /// A non-empty text without stray spaces; `empty` says what an empty one is.
    fn plain_or(&mut self, path: &FieldPath, s: &str, empty: ProblemKind) {
        if s.trim().is_empty() {
            self.problem(path, empty);
        } else if s != s.trim() {
            self.problem(path, ProblemKind::Spaces);
        }
    }

    /// A non-empty text without stray spaces.
    fn plain(&mut self, path: &FieldPath, s: &str) {
        self.plain_or(path, s, ProblemKind::Empty);
    }

    fn text(&mut self, path: &FieldPath, t: &Bilingual) {
        for (name, lang, s) in [("vi", Lang::Vi, &t.vi), ("en", Lang::En, &t.en)] {
            self.plain_or(&path.field(name), s, ProblemKind::EmptyLanguage { lang });
        }
    }

    fn list(&mut self, path: &FieldPath, items: &[Bilingual]) {
        if items.is_empty() {
            self.problem(path, ProblemKind::NoEntries);
        }
        for (i, t) in items.iter().enumerate() {
            self.text(&path.index(i), t);
        }
    }

    /// Lowercase ASCII letters and digits, words joined by `joiner`.
    fn slug(&mut self, path: &FieldPath, s: &str, joiner: char) {
        if !is_slug(s, joiner) {
            self.problem(
                path,
                ProblemKind::NotSlug {
                    value: s.to_owned(),
                    joiner,
                },
            );
        }
    }

    fn date(&mut self, path: &FieldPath, s: &str) {
        if !is_date(s) {
            self.problem(
                path,
                ProblemKind::NotDate {
                    value: s.to_owned(),
                },
            );
        }
    }

    /// Unique slugs, at least one.
    fn ids<'a>(&mut self, path: &FieldPath, joiner: char, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        let mut any = false;
        for (i, id) in ids.into_iter().enumerate() {
            any = true;
            let at = path.item(i, id).field("id");
            self.slug(&at, id, joiner);
            if !seen.insert(id) {
                self.problem(&at, ProblemKind::DuplicateId { id: id.to_owned() });
            }
        }
        if !any {
            self.problem(path, ProblemKind::NoEntries);
        }
    }

    fn template(&mut self, path: &FieldPath, t: &Bilingual) {
        self.text(path, t);
        for (lang, s) in [("vi", &t.vi), ("en", &t.en)] {
            for name in placeholders(s) {
                if !COUNT_PLACEHOLDERS.contains(&name) {
                    self.problem(
                        &path.field(lang),
                        ProblemKind::UnknownPlaceholder {
                            name: name.to_owned(),
                        },
                    );
                }
            }
        }
    }

    fn range(&mut self, path: &FieldPath, value: i64, range: std::ops::RangeInclusive<i64>) {
        if !range.contains(&value) {
            self.problem(
                path,
                ProblemKind::Range {
                    value,
                    min: *range.start(),
                    max: *range.end(),
                },
            );
        }
    }

    fn input(&mut self, at: &FieldPath, input: &Input) {
        match input {
            Input::YesNo => {}
            Input::Counts { rule, groups } => {
                let path = at.field("groups");
                self.ids(&path, '_', groups.iter().map(|g| &*g.id));
                for (i, g) in groups.iter().enumerate() {
                    let gp = path.item(i, &g.id);
                    self.text(&gp.field("total_label"), &g.total_label);
                    self.text(&gp.field("counted_label"), &g.counted_label);
                    if let Some(label) = &g.exempt_label {
                        self.text(&gp.field("exempt_label"), label);
                        if *rule == CountRule::All {
                            self.problem(
                                &gp.field("exempt_label"),
                                ProblemKind::ExemptNeedsRuleNone,
                            );
                        }
                    }
                    if g.min_total == 0 {
                        self.problem(
                            &gp.field("min_total"),
                            ProblemKind::AtLeast { value: 0, min: 1 },
                        );
                    }
                    self.template(&gp.field("met"), &g.met);
                    self.template(&gp.field("unmet"), &g.unmet);
                }
            }
            Input::NamedItems { min, unit } => {
                self.range(
                    &at.field("min"),
                    i64::from(*min),
                    1..=i64::from(MAX_NAMED_ITEMS_MIN),
                );
                self.text(&at.field("unit"), unit);
            }
            Input::HouseholdRates { references } => {
                let path = at.field("references");
                self.ids(&path, '-', references.iter().map(|r| &*r.id));
                for (i, r) in references.iter().enumerate() {
                    let rp = path.item(i, &r.id);
                    self.text(&rp.field("region"), &r.region);
                    self.date(&rp.field("as_of"), &r.as_of);
                    for (name, bp) in [("poor_bp", r.poor_bp), ("near_poor_bp", r.near_poor_bp)] {
                        self.range(&rp.field(name), i64::from(bp), 1..=10_000);
                    }
                    self.plain(&rp.field("source"), &r.source);
                    if let Some(p) = &r.published {
                        self.date(&rp.field("published"), p);
                    }
                    if let Some(n) = &r.note {
                        self.text(&rp.field("note"), n);
                    }
                }
            }
            Input::YearlyRatings {
                consecutive,
                score_scales,
                ..
            } => {
                self.range(
                    &at.field("consecutive"),
                    i64::from(*consecutive),
                    1..=i64::from(MAX_CONSECUTIVE_YEARS),
                );
                self.score_scales(&at.field("score_scales"), score_scales);
            }
            Input::Checklist { parts } => {
                let path = at.field("parts");
                self.ids(&path, '_', parts.iter().map(|p| &*p.id));
                for (i, p) in parts.iter().enumerate() {
                    let pp = path.item(i, &p.id);
                    self.plain(&pp.field("source_text"), &p.source_text);
                    self.text(&pp.field("label"), &p.label);
                }
            }
            Input::Organisations { organisations } => {
                let path = at.field("organisations");
                self.ids(&path, '_', organisations.iter().map(|o| &*o.id));
                for (i, o) in organisations.iter().enumerate() {
                    self.text(&path.item(i, &o.id).field("name"), &o.name);
                }
            }
        }
    }
}

impl Checker {
    /// Scales in order of their first year, each a real year, with the levels'
    /// lowest scores strictly rising within 0–100 points.
    fn score_scales(&mut self, path: &FieldPath, scales: &[ScoreScale]) {
        let mut previous: Option<u16> = None;
        for (i, s) in scales.iter().enumerate() {
            let sp = path.index(i);
            self.range(
                &sp.field("from_year"),
                i64::from(s.from_year),
                i64::from(*SCALE_YEARS.start())..=i64::from(*SCALE_YEARS.end()),
            );
            if let Some(p) = previous.filter(|&p| s.from_year <= p) {
                self.problem(
                    &sp.field("from_year"),
                    ProblemKind::ScaleOrder {
                        year: s.from_year,
                        previous: p,
                    },
                );
            }
            previous = Some(s.from_year);
            self.text(&sp.field("source"), &s.source);
            let max = u16::try_from(MAX_SCORE_TENTHS).unwrap_or(u16::MAX);
            if !(0 < s.completed_tenths
                && s.completed_tenths < s.good_tenths
                && s.good_tenths < s.excellent_tenths
                && s.excellent_tenths <= max)
            {
                self.problem(
                    &sp,
                    ProblemKind::ScaleThresholds {
                        completed: s.completed_tenths,
                        good: s.good_tenths,
                        excellent: s.excellent_tenths,
                        max,
                    },
                );
            }
        }
    }
}

/// Whether `s` is a slug: lowercase ASCII letters and digits, words joined by
/// `joiner` (not at either end), at most [`MAX_SLUG`] characters.
pub fn is_slug(s: &str, joiner: char) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == joiner)
        && !s.starts_with(joiner)
        && !s.ends_with(joiner)
}

/// The `{name}` placeholders of a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1900 && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real() {
        for ok in ["2021-05-12", "2024-02-29", "2000-02-29", "2023-12-31"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "",
            "2021-5-12",
            "2023-02-29",
            "1900-02-29",
            "2021-13-01",
            "2021-04-31",
            "2021-00-10",
            "12/05/2021",
            "2021-05-1x",
            "+021-05-12",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(
            placeholders("{gap}/{total} đảng viên {x"),
            vec!["gap", "total"]
        );
        assert!(placeholders("không có").is_empty());
    }
}
