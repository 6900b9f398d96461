//! The collection of results, how a new result joins it, and the table's
//! rows: one line per cell, holding every check of that cell by date.

use super::extract::{self, FoundLink};
use super::names::{fold, order_key};
use super::summary::Target;
use crate::domain::criteria::{Bilingual, Registry};
use crate::domain::i18n::{self, Lang, SharedText, Text, TrackingText};
use crate::domain::scoring::{Assessment, Status, score};
use crate::domain::share_link::{self, LinkError, RecordStatus, SetRef, ShareDate, SharedResult};

/// One collected result: one check of one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The link's fragment as it will be re-encoded/opened: "#k=<payload>".
    pub fragment: String,
    pub result: SharedResult,
    /// The fingerprint of the set it was read with (`share_link::Decoded`).
    pub fingerprint: u32,
    /// When it was added to the collection (ISO 8601, from the caller; the
    /// core never reads the clock).
    pub added: String,
}

/// The results a cadre collected, in the order they were added. Several may
/// be checks of the same cell: [`Collection::rows`] groups them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    pub entries: Vec<Entry>,
}

/// What one import did. Every good link lands in exactly one of `added` or
/// `unchanged`: `added + unchanged + bad.len()` is the number of links found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New checks collected.
    pub added: usize,
    /// Of `added`, those of a cell not collected before (a new line).
    pub new_cells: usize,
    /// Links already collected (the same link twice is one check).
    pub unchanged: usize,
    /// Links that could not be read, in the order found, with why.
    pub bad: Vec<BadLink>,
}

impl ImportReport {
    /// No link at all was found (the interface says so).
    pub fn found_nothing(&self) -> bool {
        self.added == 0 && self.unchanged == 0 && self.bad.is_empty()
    }

    /// What the import did, in `lang`: "Đã thêm 27 kết quả (27 chi bộ mới);
    /// 3 liên kết không đọc được.", or that no link was found.
    pub fn message(&self, lang: Lang) -> String {
        if self.found_nothing() {
            return Text::TrackingNoLink.get(lang).to_owned();
        }
        i18n::tracking_checks_report(
            lang,
            self.added,
            self.new_cells,
            self.unchanged,
            self.bad.len(),
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

impl BadLink {
    /// Why it could not be read, in `lang`: the link's own explanation, and
    /// for a set this device lacks, or has with other content, that the link
    /// was not added and can be pasted again once the right set is here.
    pub fn message(&self, lang: Lang) -> String {
        let mut message = self.error.message(lang);
        if matches!(
            self.error,
            LinkError::UnknownSet { set: Some(_), .. } | LinkError::SetChanged { .. }
        ) {
            message.push(' ');
            message.push_str(TrackingText::TrackingPasteAgainWithSet.get(lang));
        }
        message
    }
}

/// One check of a cell: a collected result, scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// Into `entries`.
    pub index: usize,
    /// The profile's year.
    pub year: Option<u16>,
    pub assessor: String,
    /// The date the result was shared.
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
    /// The set as the link names it: id, version, fingerprint (for formats 1
    /// to 3, which name no fingerprint, the one of the set it was read with).
    pub set: SetRef,
    /// That set's title, from the registry (`None` when it has no longer the set).
    pub set_title: Option<Bilingual>,
    pub fragment: String,
    /// What the link says of the cell's record (format 3), if anything.
    pub record: Option<RecordStatus>,
}

impl Check {
    /// The set in the check's details: "Bộ tiêu chí: Bến Tre 2021: chi bộ ấp,
    /// khu phố …, phiên bản 1, mã kiểm tra bac783de" (its id when the
    /// registry lacks it).
    pub fn set_message(&self, lang: Lang) -> String {
        let title = self
            .set_title
            .as_ref()
            .map_or(&*self.set.id, |t| t.get(lang));
        i18n::tracking_check_set(lang, title, self.set.version, &self.set.fingerprint_text())
    }
}

/// A condition whose verdict changed from the previous check to the latest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub criterion_id: String,
    /// 1-based in the latest check's set.
    pub number: usize,
    pub title: Bilingual,
    pub from: Status,
    pub to: Status,
}

impl Change {
    /// "6. Tỷ lệ hộ nghèo, cận nghèo: Chưa đạt → Đạt".
    pub fn message(&self, lang: Lang) -> String {
        i18n::tracking_change(
            self.number,
            self.title.get(lang),
            self.from.label(lang),
            self.to.label(lang),
        )
    }
}

/// How the number of conditions met moved from the previous check to the latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

/// One line of the table: a cell and every check of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The names as the latest check gives them (trimmed).
    pub cell: String,
    pub hamlet: String,
    pub commune: String,
    pub province: String,
    /// Oldest first, by the date shared (a check without a date is older than
    /// any with one; on equal dates, in the order collected). Never empty.
    pub checks: Vec<Check>,
    /// The conditions whose verdict changed from the previous check to the
    /// latest, in the latest set's order (empty with a single check).
    pub changes: Vec<Change>,
    /// The latest thing a check of this cell said of its record.
    pub record: Option<RecordStatus>,
}

impl Row {
    /// The latest check.
    pub fn latest(&self) -> &Check {
        // `rows` never makes a line without a check.
        &self.checks[self.checks.len() - 1]
    }

    /// The check before the latest, if any.
    pub fn previous(&self) -> Option<&Check> {
        self.checks.len().checked_sub(2).map(|i| &self.checks[i])
    }

    /// Whether the latest check meets more, fewer or as many conditions as
    /// the previous one (`None` with a single check).
    pub fn trend(&self) -> Option<Trend> {
        let (latest, previous) = (self.latest(), self.previous()?);
        Some(match latest.met.cmp(&previous.met) {
            std::cmp::Ordering::Greater => Trend::Up,
            std::cmp::Ordering::Less => Trend::Down,
            std::cmp::Ordering::Equal => Trend::Same,
        })
    }

    /// The entries of this line (to remove it).
    pub fn indices(&self) -> Vec<usize> {
        self.checks.iter().map(|c| c.index).collect()
    }

    /// The conditions met at each of the last `n` checks, oldest first, with
    /// the total of each: what the trend's small chart draws.
    pub fn met_counts(&self, n: usize) -> Vec<(usize, usize)> {
        let from = self.checks.len().saturating_sub(n);
        self.checks[from..]
            .iter()
            .map(|c| (c.met, c.total))
            .collect()
    }

    /// Where the cell stands on registration and appraisal, as the latest
    /// link that says so: "Đã đăng ký năm 2026 · Thẩm định: Công nhận — ngày
    /// 20/5/2026; …", "… · Chưa có kết quả thẩm định", or that no link says.
    pub fn standing_message(&self, lang: Lang) -> String {
        let Some(record) = &self.record else {
            return TrackingText::TrackingRecordUnknown.get(lang).to_owned();
        };
        let appraisal = match &record.appraisal {
            Some(a) => format!(
                "{}: {}",
                SharedText::SharedAppraisal.get(lang),
                a.message(lang)
            ),
            None => Text::NoAppraisal.get(lang).to_owned(),
        };
        format!("{} · {appraisal}", record.registration_message(lang))
    }

    /// The trend in words, for everyone and for screen readers: "Số điều kiện
    /// đạt qua 3 lần đánh giá: 5 → 7 → 9 (tăng)".
    pub fn trend_message(&self, lang: Lang, n: usize) -> String {
        let counts: Vec<usize> = self.met_counts(n).iter().map(|&(met, _)| met).collect();
        let direction = self.trend().map(|t| match t {
            Trend::Up => std::cmp::Ordering::Greater,
            Trend::Down => std::cmp::Ordering::Less,
            Trend::Same => std::cmp::Ordering::Equal,
        });
        i18n::tracking_trend(
            lang,
            &counts,
            self.checks.len(),
            self.latest().total,
            direction,
        )
    }
}

/// What makes two results the same cell: the commune and the cell's name (its
/// hamlet when blank), folded. `None` for a result with neither a cell name nor
/// a hamlet: it is never grouped with another.
type CellKey = (String, String);

fn cell_key(result: &SharedResult) -> Option<CellKey> {
    let name = cell_name(result);
    (!name.is_empty()).then(|| (fold(&result.profile.commune), fold(name)))
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
    /// `share_link::decode`, and adds each as a check (see
    /// [`Collection::merge`]). Text with no link at all gives a report with
    /// nothing.
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
                        fingerprint: decoded.fingerprint,
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

    /// Adds `entries` (another cadre's export, say), in order: each is a check
    /// of its cell, kept beside the earlier ones; a link already collected
    /// (the same fragment) changes nothing.
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

    /// Removes the entries at `indices` (a whole line: [`Row::indices`]);
    /// those out of range are ignored.
    pub fn remove_all(&mut self, indices: &[usize]) {
        let mut i = 0;
        self.entries.retain(|_| {
            let keep = !indices.contains(&i);
            i += 1;
            keep
        });
    }

    /// The table: one line per cell (same commune and cell name, case and
    /// extra spaces ignored), its checks by date, sorted by commune, then
    /// hamlet (the cell name when blank), then cell name, names in Vietnamese
    /// order. Each check is scored in the year it was shared (the year her
    /// phone scored it in), `current_year` when it has no date.
    pub fn rows(&self, registry: &Registry, current_year: u16) -> Vec<Row> {
        // (the cell, the entries of its line); a plain list rather than a
        // map: another map's code would weigh on the wasm for a few hundred
        // cells at most.
        let mut lines: Vec<(Option<CellKey>, Vec<usize>)> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            let key = cell_key(&entry.result);
            let on = entry.result.assessed_on;
            match lines.iter_mut().find(|(k, _)| key.is_some() && *k == key) {
                // By date, in the order collected on equal dates (`None <
                // Some(_)`: an undated result is older than any dated one).
                // Inserted in place rather than sorted: lines are short, and
                // a sort of its own would weigh on the wasm.
                Some((_, line)) => {
                    let at = line
                        .iter()
                        .rposition(|&i| self.entries[i].result.assessed_on <= on)
                        .map_or(0, |i| i + 1);
                    line.insert(at, index);
                }
                None => lines.push((key, vec![index])),
            }
        }
        let mut rows: Vec<Row> = lines
            .into_iter()
            .map(|(_, line)| self.row(&line, registry, current_year))
            .collect();
        rows.sort_by_cached_key(|r| {
            let place = if r.hamlet.is_empty() {
                &r.cell
            } else {
                &r.hamlet
            };
            (
                order_key(&r.commune),
                order_key(place),
                order_key(&r.cell),
                r.checks[0].index,
            )
        });
        rows
    }

    /// The line of the entries `line` (by date), scored.
    fn row(&self, line: &[usize], registry: &Registry, current_year: u16) -> Row {
        let mut checks = Vec::with_capacity(line.len());
        let mut last_two: [Option<Assessment>; 2] = [None, None];
        for &index in line {
            let (check, assessment) = check(index, &self.entries[index], registry, current_year);
            checks.push(check);
            last_two = [last_two[1].take(), assessment];
        }
        let latest = &self.entries[line[line.len() - 1]].result.profile;
        let changes = match (&last_two, checks.len() > 1) {
            ([Some(previous), Some(latest)], true) => changes(previous, latest, registry),
            _ => Vec::new(),
        };
        let record = checks.iter().rev().find_map(|c| c.record.clone());
        Row {
            cell: latest.cell_name.trim().to_owned(),
            hamlet: latest.hamlet.trim().to_owned(),
            commune: latest.commune.trim().to_owned(),
            province: latest.province.trim().to_owned(),
            checks,
            changes,
            record,
        }
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

/// One import in progress: which cells are already collected.
struct Merger {
    cells: Vec<Option<CellKey>>,
    report: ImportReport,
}

impl Merger {
    fn new(collection: &Collection) -> Merger {
        Merger {
            cells: collection
                .entries
                .iter()
                .map(|e| cell_key(&e.result))
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
        let key = cell_key(&entry.result);
        let known = key.is_some() && self.cells.contains(&key);
        if !known {
            self.report.new_cells += 1;
        }
        self.cells.push(key);
        collection.entries.push(entry);
        self.report.added += 1;
    }
}

/// The check of one entry, scored with the set its answers name in the year
/// it was shared (a set the registry lacks gives no verdict: 0 of 0), and the
/// scoring itself (to compare with the next check).
fn check(
    index: usize,
    entry: &Entry,
    registry: &Registry,
    current_year: u16,
) -> (Check, Option<Assessment>) {
    let result = &entry.result;
    let p = &result.profile;
    let mut check = Check {
        index,
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
        set: SetRef {
            id: result.answers.set_id.clone(),
            version: result.answers.set_version,
            fingerprint: entry.fingerprint,
        },
        set_title: registry
            .get(&result.answers.set_id, result.answers.set_version)
            .map(|s| s.title.clone()),
        fragment: entry.fragment.clone(),
        record: result.record.clone(),
    };
    let Some(found) = registry.for_answers(&result.answers.set_id, result.answers.set_version)
    else {
        return (check, None);
    };
    let set = found.set();
    let year = result
        .assessed_on
        .and_then(|d| u16::try_from(d.year()).ok())
        .unwrap_or(current_year);
    let verdict = score(set, &result.answers, year);
    for (number, (criterion, outcome)) in set.criteria.iter().zip(&verdict.criteria).enumerate() {
        if outcome.status != Status::Met {
            check
                .gaps
                .push((criterion.id.to_string(), criterion.title.clone()));
            check.gap_numbers.push(number + 1);
        }
    }
    check.can_propose = verdict.can_propose;
    check.met = verdict.met;
    check.answered = verdict.answered;
    check.total = verdict.total;
    check.set_version = set.version;
    (check, Some(verdict))
}

/// The criteria of `latest`'s set whose status differs in `previous` (by id:
/// a criterion the previous set lacks is not a change).
fn changes(previous: &Assessment, latest: &Assessment, registry: &Registry) -> Vec<Change> {
    let Some(set) = registry.get(&latest.set_id, latest.set_version) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (number, (criterion, now)) in set.criteria.iter().zip(&latest.criteria).enumerate() {
        let before = previous
            .criteria
            .iter()
            .find(|c| c.criterion_id == now.criterion_id);
        if let Some(before) = before
            && before.status != now.status
        {
            out.push(Change {
                criterion_id: now.criterion_id.clone(),
                number: number + 1,
                title: criterion.title.clone(),
                from: before.status,
                to: now.status,
            });
        }
    }
    out
}
