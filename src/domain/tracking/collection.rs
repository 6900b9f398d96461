//! The collection of results, how a new result merges into it, and the table's
//! rows.

use super::extract::{self, FoundLink};
use super::names::{fold, order_key};
use super::summary::Target;
use crate::domain::criteria::{Bilingual, Registry};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::{Status, score};
use crate::domain::share_link::{self, LinkError, ShareDate, SharedResult};

/// One collected result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The link's fragment as it will be re-encoded/opened: "#k=<payload>".
    pub fragment: String,
    pub result: SharedResult,
    /// When it was added to the collection (ISO 8601, from the caller; the
    /// core never reads the clock).
    pub added: String,
}

/// The results a cadre collected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    pub entries: Vec<Entry>,
}

/// What one import did. Every good link lands in exactly one of `added`,
/// `replaced` with `took_new`, or `unchanged`; a link older than the stored
/// result of its cell and year is counted in `unchanged` and also listed in
/// `replaced` (with `took_new: false`) so that the reader is told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    /// Links whose cell and year were already collected: the newer result was
    /// kept (the older dropped); one per replacement.
    pub replaced: Vec<Replacement>,
    /// The same result (same fragment) was already there, or an older result
    /// of a cell and year already collected: nothing changed.
    pub unchanged: usize,
    /// Links that could not be read, in the order found, with why.
    pub bad: Vec<BadLink>,
}

impl ImportReport {
    /// Results that took the place of an older one.
    pub fn updated(&self) -> usize {
        self.replaced.iter().filter(|r| r.took_new).count()
    }

    /// No link at all was found (the interface says so).
    pub fn found_nothing(&self) -> bool {
        self.added == 0 && self.replaced.is_empty() && self.unchanged == 0 && self.bad.is_empty()
    }

    /// What the import did, in `lang`: "Đã thêm 27 kết quả; 3 liên kết không
    /// đọc được.", or that no link was found.
    pub fn message(&self, lang: Lang) -> String {
        if self.found_nothing() {
            return Text::TrackingNoLink.get(lang).to_owned();
        }
        i18n::tracking_import_report(
            lang,
            self.added,
            self.updated(),
            self.unchanged,
            self.bad.len(),
        )
    }
}

/// A cell and year met twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The cell's name as the kept result gives it (its hamlet when the cell
    /// name is blank).
    pub cell: String,
    pub year: Option<u16>,
    /// true: the imported one was newer and replaced the stored one; false:
    /// the stored one was newer and was kept.
    pub took_new: bool,
    /// The date of the result kept.
    pub kept_on: Option<ShareDate>,
}

impl Replacement {
    /// Which cell and year, and which result was kept, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        i18n::tracking_replacement(
            lang,
            &self.cell,
            self.year,
            self.took_new,
            self.kept_on.map(|d| (d.year(), d.month(), d.day())),
        )
    }
}

/// A link that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLink {
    /// 1-based line of the pasted text where it starts.
    pub line: usize,
    /// The link as found, shortened to at most 60 characters with "…" (for the list).
    pub excerpt: String,
    pub error: LinkError,
}

/// One line of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Into `entries`.
    pub index: usize,
    pub cell: String,
    pub hamlet: String,
    pub commune: String,
    pub year: Option<u16>,
    pub assessor: String,
    pub assessed_on: Option<ShareDate>,
    pub can_propose: bool,
    pub met: usize,
    pub answered: usize,
    pub total: usize,
    /// Criterion ids not met (status other than Met), in the set's order, with
    /// their titles.
    pub gaps: Vec<(String, Bilingual)>,
    /// The number (1-based, in its set) of each of `gaps`.
    pub gap_numbers: Vec<usize>,
    /// The set and version the result was scored with.
    pub set_id: String,
    pub set_version: u32,
    pub fragment: String,
}

/// What makes two results the same cell and year: the commune and the cell's
/// name (its hamlet when blank), folded, and the year. `None` for a result
/// with neither a cell name nor a hamlet: it is never merged with another.
type MergeKey = (String, String, Option<u16>);

fn merge_key(result: &SharedResult) -> Option<MergeKey> {
    let name = cell_name(result);
    (!name.is_empty()).then(|| {
        (
            fold(&result.profile.commune),
            fold(name),
            result.profile.year,
        )
    })
}

/// The cell's name, else its hamlet's, trimmed (may be empty).
pub fn cell_name(result: &SharedResult) -> &str {
    let p = &result.profile;
    match p.cell_name.trim() {
        "" => p.hamlet.trim(),
        name => name,
    }
}

impl Collection {
    /// Reads every result link in `text` (a chat block with links among other
    /// words: every `#k=` / `&k=`, plus a bare line that is only a payload or
    /// only "k=…", see [`extract::find_links`]), decodes each with
    /// `share_link::decode`, and merges (see [`Collection::merge`]). Text with
    /// no link at all gives a report with nothing.
    pub fn import_text(&mut self, text: &str, registry: &Registry, now: &str) -> ImportReport {
        let mut merger = Merger::new(self);
        for FoundLink {
            line,
            text,
            payload,
            excerpt,
        } in extract::find_links(text)
        {
            match share_link::decode(text, registry) {
                Ok(decoded) => merger.insert(
                    self,
                    Entry {
                        fragment: format!("#k={payload}"),
                        result: decoded.result,
                        added: now.to_owned(),
                    },
                ),
                Err(error) => merger.report.bad.push(BadLink {
                    line,
                    excerpt: extract::shorten(excerpt),
                    error,
                }),
            }
        }
        merger.report
    }

    /// Adds `entries` (another cadre's export, say), in order. A result
    /// already there (same fragment) changes nothing. Two results of the same
    /// cell and year (same commune and cell name, case and extra spaces
    /// ignored, and same profile year) keep the newer by `assessed_on`: a
    /// result without a date is older than any with one; on equal dates the
    /// one added later wins.
    pub fn merge(&mut self, entries: impl IntoIterator<Item = Entry>) -> ImportReport {
        let mut merger = Merger::new(self);
        for entry in entries {
            merger.insert(self, entry);
        }
        merger.report
    }

    /// Removes entry `index` (out of range: nothing).
    pub fn remove(&mut self, index: usize) {
        if index < self.entries.len() {
            self.entries.remove(index);
        }
    }

    /// The table, one row per entry, sorted by commune, then hamlet (the cell
    /// name when blank), then cell name, then year, names in Vietnamese order.
    pub fn rows(&self, registry: &Registry, current_year: u16) -> Vec<Row> {
        let mut rows = self.unsorted_rows(registry, current_year);
        rows.sort_by_cached_key(|r| {
            let place = if r.hamlet.trim().is_empty() {
                &r.cell
            } else {
                &r.hamlet
            };
            (
                order_key(&r.commune),
                order_key(place),
                order_key(&r.cell),
                r.year,
                r.index,
            )
        });
        rows
    }

    /// The rows in the order of `entries`.
    pub(crate) fn unsorted_rows(&self, registry: &Registry, current_year: u16) -> Vec<Row> {
        self.entries
            .iter()
            .enumerate()
            .map(|(index, entry)| row(index, entry, registry, current_year))
            .collect()
    }

    /// The default target: 100% when any collected profile says the commune is
    /// recognised (nông thôn mới / đô thị văn minh), else 40–50%.
    pub fn default_target(&self) -> Target {
        if self
            .entries
            .iter()
            .any(|e| e.result.profile.commune_recognised == Some(true))
        {
            Target::RECOGNISED
        } else {
            Target::DEFAULT
        }
    }
}

/// One import in progress: the merge keys of the entries, computed once.
struct Merger {
    keys: Vec<Option<MergeKey>>,
    report: ImportReport,
}

impl Merger {
    fn new(collection: &Collection) -> Merger {
        Merger {
            keys: collection
                .entries
                .iter()
                .map(|e| merge_key(&e.result))
                .collect(),
            report: ImportReport::default(),
        }
    }

    fn insert(&mut self, collection: &mut Collection, entry: Entry) {
        if collection
            .entries
            .iter()
            .any(|e| e.fragment == entry.fragment)
        {
            self.report.unchanged += 1;
            return;
        }
        let key = merge_key(&entry.result);
        let same = key
            .as_ref()
            .and_then(|k| self.keys.iter().position(|s| s.as_ref() == Some(k)));
        let Some(i) = same else {
            self.keys.push(key);
            collection.entries.push(entry);
            self.report.added += 1;
            return;
        };
        let stored = &collection.entries[i];
        // `None < Some(_)`: an undated result is older than any dated one.
        let took_new = entry.result.assessed_on >= stored.result.assessed_on;
        let kept = if took_new { &entry } else { stored };
        self.report.replaced.push(Replacement {
            cell: cell_name(&kept.result).to_owned(),
            year: kept.result.profile.year,
            took_new,
            kept_on: kept.result.assessed_on,
        });
        if took_new {
            collection.entries[i] = entry;
        } else {
            self.report.unchanged += 1;
        }
    }
}

/// The row of one entry, scored in `current_year` with the set its answers
/// name (a set the registry lacks gives no verdict: 0 of 0).
fn row(index: usize, entry: &Entry, registry: &Registry, current_year: u16) -> Row {
    let result = &entry.result;
    let p = &result.profile;
    let mut row = Row {
        index,
        cell: p.cell_name.trim().to_owned(),
        hamlet: p.hamlet.trim().to_owned(),
        commune: p.commune.trim().to_owned(),
        year: p.year,
        assessor: p.assessor.trim().to_owned(),
        assessed_on: result.assessed_on,
        can_propose: false,
        met: 0,
        answered: 0,
        total: 0,
        gaps: Vec::new(),
        gap_numbers: Vec::new(),
        set_id: result.answers.set_id.clone(),
        set_version: result.answers.set_version,
        fragment: entry.fragment.clone(),
    };
    let Some(found) = registry.for_answers(&result.answers.set_id, result.answers.set_version)
    else {
        return row;
    };
    let set = found.set();
    let verdict = score(set, &result.answers, current_year);
    for (number, (criterion, outcome)) in set.criteria.iter().zip(&verdict.criteria).enumerate() {
        if outcome.status != Status::Met {
            row.gaps
                .push((criterion.id.to_string(), criterion.title.clone()));
            row.gap_numbers.push(number + 1);
        }
    }
    row.can_propose = verdict.can_propose;
    row.met = verdict.met;
    row.answered = verdict.answered;
    row.total = verdict.total;
    row.set_version = set.version;
    row
}
