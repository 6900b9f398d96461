//! Checks a set is sound before anyone scores against it: ids unique and stable
//! in shape, every text present in both languages, thresholds sane, dates real.
//! The registry refuses a set with problems; tests assert every bundled set has
//! none, so a bad data file fails the build's tests, never a phone.

use super::{
    Bilingual, COUNT_PLACEHOLDERS, CountRule, CriteriaSet, FORMAT_VERSION, Input, MAX_SCORE_TENTHS,
    ScoreScale,
};
use std::collections::HashSet;

/// Longest run of consecutive years a set may ask for.
pub const MAX_CONSECUTIVE_YEARS: u32 = 10;
/// Most named items a set may ask for.
pub const MAX_NAMED_ITEMS_MIN: u32 = 100;
/// The years a score scale may start in.
pub const SCALE_YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

/// One thing wrong with a set: where (a path into the file) and what.
/// For developers adding data, so in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem of `set`; empty when it is sound.
pub fn validate(set: &CriteriaSet) -> Vec<Problem> {
    let mut v = Checker::default();
    if set.format != FORMAT_VERSION {
        v.problem(
            "format",
            format!("format {} is not {FORMAT_VERSION}", set.format),
        );
    }
    v.slug("id", &set.id, '-');
    if set.version == 0 {
        v.problem("version", "versions start at 1");
    }
    v.text("title", &set.title);
    v.text("description", &set.description);
    v.plain("source.document", &set.source.document);
    v.plain("source.published_in", &set.source.published_in);
    v.date("source.date", &set.source.date);
    v.text("source.note", &set.source.note);
    v.date("effective.from", &set.effective.from);
    if let Some(until) = &set.effective.until {
        v.date("effective.until", until);
        if *until < set.effective.from {
            v.problem("effective.until", "ends before it starts");
        }
    }
    v.text("effective.note", &set.effective.note);
    if set.criteria.is_empty() {
        v.problem("criteria", "a set needs at least one criterion");
    }
    let mut ids = HashSet::new();
    for c in set.criteria.iter() {
        let at = format!("criteria[{}]", c.id);
        v.slug(&format!("{at}.id"), &c.id, '_');
        if !ids.insert(&*c.id) {
            v.problem(&at, "duplicate criterion id");
        }
        v.text(&format!("{at}.title"), &c.title);
        v.plain(&format!("{at}.source_text"), &c.source_text);
        v.text(&format!("{at}.question"), &c.question);
        v.text(&format!("{at}.help"), &c.help);
        if let Some(reading) = &c.reading {
            v.text(&format!("{at}.reading"), reading);
        }
        v.list(&format!("{at}.evidence"), &c.evidence);
        v.list(&format!("{at}.actions"), &c.actions);
        v.input(&format!("{at}.input"), &c.input);
    }
    v.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    /// A non-empty text without stray spaces.
    fn plain(&mut self, path: &str, s: &str) {
        if s.trim().is_empty() {
            self.problem(path, "empty");
        } else if s != s.trim() {
            self.problem(path, "leading or trailing spaces");
        }
    }

    fn text(&mut self, path: &str, t: &Bilingual) {
        self.plain(&format!("{path}.vi"), &t.vi);
        self.plain(&format!("{path}.en"), &t.en);
    }

    fn list(&mut self, path: &str, items: &[Bilingual]) {
        if items.is_empty() {
            self.problem(path, "needs at least one entry");
        }
        for (i, t) in items.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), t);
        }
    }

    /// Lowercase ASCII letters and digits, words joined by `joiner`.
    fn slug(&mut self, path: &str, s: &str, joiner: char) {
        let ok = !s.is_empty()
            && s.len() <= 40
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == joiner)
            && !s.starts_with(joiner)
            && !s.ends_with(joiner);
        if !ok {
            self.problem(
                path,
                format!("{s:?} is not a slug (a-z, 0-9, '{joiner}', at most 40)"),
            );
        }
    }

    fn date(&mut self, path: &str, s: &str) {
        if !is_date(s) {
            self.problem(path, format!("{s:?} is not a YYYY-MM-DD date"));
        }
    }

    /// Unique slugs, at least one.
    fn ids<'a>(&mut self, path: &str, joiner: char, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        let mut any = false;
        for id in ids {
            any = true;
            self.slug(&format!("{path}[{id}].id"), id, joiner);
            if !seen.insert(id) {
                self.problem(&format!("{path}[{id}]"), "duplicate id");
            }
        }
        if !any {
            self.problem(path, "needs at least one entry");
        }
    }

    fn template(&mut self, path: &str, t: &Bilingual) {
        self.text(path, t);
        for (lang, s) in [("vi", &t.vi), ("en", &t.en)] {
            for name in placeholders(s) {
                if !COUNT_PLACEHOLDERS.contains(&name) {
                    self.problem(
                        &format!("{path}.{lang}"),
                        format!("unknown placeholder {{{name}}}"),
                    );
                }
            }
        }
    }

    fn input(&mut self, at: &str, input: &Input) {
        match input {
            Input::YesNo => {}
            Input::Counts { rule, groups } => {
                self.ids(&format!("{at}.groups"), '_', groups.iter().map(|g| &*g.id));
                for g in groups.iter() {
                    let gp = format!("{at}.groups[{}]", g.id);
                    self.text(&format!("{gp}.total_label"), &g.total_label);
                    self.text(&format!("{gp}.counted_label"), &g.counted_label);
                    if let Some(label) = &g.exempt_label {
                        self.text(&format!("{gp}.exempt_label"), label);
                        if *rule == CountRule::All {
                            self.problem(&gp, "an exempt count only makes sense with rule none");
                        }
                    }
                    if g.min_total == 0 {
                        self.problem(&format!("{gp}.min_total"), "must be at least 1");
                    }
                    self.template(&format!("{gp}.met"), &g.met);
                    self.template(&format!("{gp}.unmet"), &g.unmet);
                }
            }
            Input::NamedItems { min, unit } => {
                if !(1..=MAX_NAMED_ITEMS_MIN).contains(min) {
                    self.problem(
                        &format!("{at}.min"),
                        format!("must be 1 to {MAX_NAMED_ITEMS_MIN}"),
                    );
                }
                self.text(&format!("{at}.unit"), unit);
            }
            Input::HouseholdRates { references } => {
                let path = format!("{at}.references");
                self.ids(&path, '-', references.iter().map(|r| &*r.id));
                for r in references.iter() {
                    let rp = format!("{path}[{}]", r.id);
                    self.text(&format!("{rp}.region"), &r.region);
                    self.date(&format!("{rp}.as_of"), &r.as_of);
                    for (name, bp) in [("poor_bp", r.poor_bp), ("near_poor_bp", r.near_poor_bp)] {
                        if bp == 0 || bp > 10_000 {
                            self.problem(
                                &format!("{rp}.{name}"),
                                "a rate is above 0 and at most 10000 (100%)",
                            );
                        }
                    }
                    self.plain(&format!("{rp}.source"), &r.source);
                    if let Some(p) = &r.published {
                        self.date(&format!("{rp}.published"), p);
                    }
                    if let Some(n) = &r.note {
                        self.text(&format!("{rp}.note"), n);
                    }
                }
            }
            Input::YearlyRatings {
                consecutive,
                score_scales,
                ..
            } => {
                if !(1..=MAX_CONSECUTIVE_YEARS).contains(consecutive) {
                    self.problem(
                        &format!("{at}.consecutive"),
                        format!("must be 1 to {MAX_CONSECUTIVE_YEARS}"),
                    );
                }
                self.score_scales(&format!("{at}.score_scales"), score_scales);
            }
            Input::Checklist { parts } => {
                self.ids(&format!("{at}.parts"), '_', parts.iter().map(|p| &*p.id));
                for p in parts.iter() {
                    let pp = format!("{at}.parts[{}]", p.id);
                    self.plain(&format!("{pp}.source_text"), &p.source_text);
                    self.text(&format!("{pp}.label"), &p.label);
                }
            }
            Input::Organisations { organisations } => {
                let path = format!("{at}.organisations");
                self.ids(&path, '_', organisations.iter().map(|o| &*o.id));
                for o in organisations.iter() {
                    self.text(&format!("{path}[{}].name", o.id), &o.name);
                }
            }
        }
    }
}

impl Checker {
    /// Scales in order of their first year, each a real year, with the levels'
    /// lowest scores strictly rising within 0–100 points.
    fn score_scales(&mut self, path: &str, scales: &[ScoreScale]) {
        let mut previous: Option<u16> = None;
        for (i, s) in scales.iter().enumerate() {
            let sp = format!("{path}[{i}]");
            if !SCALE_YEARS.contains(&s.from_year) {
                self.problem(
                    &format!("{sp}.from_year"),
                    format!(
                        "must be a year from {} to {}",
                        SCALE_YEARS.start(),
                        SCALE_YEARS.end()
                    ),
                );
            }
            if previous.is_some_and(|p| s.from_year <= p) {
                self.problem(
                    &format!("{sp}.from_year"),
                    "scales must be listed by their first year, each a later year",
                );
            }
            previous = Some(s.from_year);
            self.text(&format!("{sp}.source"), &s.source);
            let max = u16::try_from(MAX_SCORE_TENTHS).unwrap_or(u16::MAX);
            if !(0 < s.completed_tenths
                && s.completed_tenths < s.good_tenths
                && s.good_tenths < s.excellent_tenths
                && s.excellent_tenths <= max)
            {
                self.problem(
                    &sp,
                    format!("needs 0 < completed_tenths < good_tenths < excellent_tenths <= {max}"),
                );
            }
        }
    }
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
