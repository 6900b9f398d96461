//! The draft format: one assessment in progress, as stored on the device
//! (localStorage) and in an export file. Versioned, and read leniently: a draft
//! is never lost because one part of it cannot be read, and text that is not a
//! draft at all is reported (the caller keeps it aside), never dropped.
//!
//! Format history (each has a sample in `tests/fixtures/drafts/`):
//! - 1 (this release): `{"format":1, "id", "created", "changed", "revision",
//!   "title", "profile", "answers", "notes", "plan", "step"}`; `title` and
//!   `plan` are optional (drafts saved before them read with none), and so are
//!   the texts typed in number fields that are not values (`answers.typed`,
//!   `profile.year_typed`): additions an older release ignores. `profile`,
//!   `answers`, `notes` and `plan` are the [`AssessmentContent`], stored flat
//!   beside the draft's own fields; a field added to it is added to the format.

use crate::domain::content::AssessmentContent;
use crate::domain::criteria::{CriteriaSet, Registry};
use crate::domain::json::{self, FromJson, Object, Value, field};
use crate::domain::questionnaire::{Questionnaire, Step, Steps};
use crate::domain::scoring::Answers;
use crate::domain::share_link::SharedResult;
use serde::Serialize;
use std::rc::Rc;

/// The format this code writes.
pub const DRAFT_FORMAT: u32 = 1;

/// The largest draft text accepted (a real one is a few kilobytes).
pub const MAX_DRAFT_BYTES: usize = 512 * 1024;

/// One stored assessment: the draft's own fields, what she entered, and the
/// step she was on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub format: u32,
    /// Stable id of the draft on this device.
    pub id: String,
    /// When it was created and last changed (ISO 8601, from the device clock).
    pub created: String,
    pub changed: String,
    /// Counts the saves; two tabs compare it to tell which copy is newer.
    pub revision: u64,
    /// A name she gave the draft in the list; empty: the cell's name is shown.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The profile, answers, notes and plan, stored beside the fields above
    /// (not nested: the stored text is the same as before the type existed).
    #[serde(flatten)]
    pub content: AssessmentContent,
    /// The step she was on.
    pub step: Step,
}

/// Why a stored text could not be read as a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// Not JSON, or not an object with the draft's fields.
    Unreadable(String),
    /// Written by a newer version of the app (a format this one does not know).
    NewerFormat(u32),
    /// Larger than any real draft.
    TooLarge(usize),
    /// Its criteria set is not one this app has.
    UnknownSet { id: String, version: u32 },
}

/// A draft read from storage, with what had to be left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadDraft {
    pub draft: Draft,
    /// Criterion ids whose answers could not be read.
    pub dropped_answers: Vec<String>,
}

/// One of the draft's own fields: its default when missing; a value of the
/// wrong kind makes the text no draft.
fn own<T: FromJson + Default>(object: &Object, key: &str) -> Result<T, DraftError> {
    field(object, key).ok_or_else(|| DraftError::Unreadable(format!("{key}: not readable")))
}

/// Reads a stored draft of any format this app knows, migrating it to the
/// current one.
pub fn read(text: &str) -> Result<ReadDraft, DraftError> {
    if text.len() > MAX_DRAFT_BYTES {
        return Err(DraftError::TooLarge(text.len()));
    }
    read_value(&json::parse(text).map_err(DraftError::Unreadable)?)
}

/// Reads a draft already parsed (one of a file's). Each part is read alone,
/// so that one bad part does not take the others down.
pub fn read_value(value: &Value) -> Result<ReadDraft, DraftError> {
    let Some(object) = value.as_object() else {
        return Err(DraftError::Unreadable("not an object".into()));
    };
    let Some(format) = object.get("format") else {
        return Err(DraftError::Unreadable("missing field `format`".into()));
    };
    let format = u32::from_json(format)
        .ok_or_else(|| DraftError::Unreadable("format: not a whole number".into()))?;
    if format > DRAFT_FORMAT {
        return Err(DraftError::NewerFormat(format));
    }
    let id: String = own(object, "id")?;
    if format == 0 || id.is_empty() {
        return Err(DraftError::Unreadable("not a draft".into()));
    }
    // The answers name the set: without them there is no draft; an answer
    // that cannot be read is dropped alone, and named.
    let lenient_answers = Answers::read(object.get("answers").unwrap_or(&Value::Null))
        .ok_or_else(|| DraftError::Unreadable("answers: not an answers object".into()))?;
    let content = AssessmentContent {
        answers: lenient_answers.answers,
        ..AssessmentContent::read(object)
    };
    Ok(ReadDraft {
        draft: Draft {
            format: DRAFT_FORMAT,
            id,
            created: own(object, "created")?,
            changed: own(object, "changed")?,
            revision: own(object, "revision")?,
            title: field(object, "title").unwrap_or_default(),
            content,
            step: field(object, "step").unwrap_or_default(),
        },
        dropped_answers: lenient_answers.dropped,
    })
}

/// The stored text of a draft.
pub fn write(draft: &Draft) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(draft).unwrap_or_default()
}

/// A draft as a file she downloads (the app's "Tải bản nháp về máy"): the
/// stored text, naming also the fingerprint of its criteria set
/// (`set_fingerprint`, eight hexadecimal digits; `None`: the set is not on
/// this phone), as every export names its set. Reading a draft ignores it.
pub fn write_export(draft: &Draft, set_fingerprint: Option<u32>) -> String {
    let text = write(draft);
    match (set_fingerprint, text.strip_prefix('{')) {
        (Some(fingerprint), Some(rest)) => {
            let named = crate::domain::criteria::fingerprint_text(fingerprint);
            format!("{{\"set_fingerprint\":\"{named}\",{rest}")
        }
        _ => text,
    }
}

impl Draft {
    /// A draft started `now` holding `content`, on `step`.
    fn started(id: String, now: String, content: AssessmentContent, step: Step) -> Draft {
        Draft {
            format: DRAFT_FORMAT,
            id,
            created: now.clone(),
            changed: now,
            revision: 0,
            title: String::new(),
            content,
            step,
        }
    }

    /// A new, empty draft of `set`.
    pub fn new(id: String, now: String, set: &CriteriaSet) -> Draft {
        let answers = Answers::new(set.id.clone(), set.version);
        Draft::started(id, now, AssessmentContent::new(answers), Step::Profile)
    }

    /// A draft of her own made from a result she was sent in a link, opened
    /// on its result. Items sent without their names keep the placeholders.
    pub fn from_shared(id: String, now: String, shared: &SharedResult) -> Draft {
        let content = AssessmentContent {
            profile: shared.profile.clone(),
            notes: shared.notes.clone(),
            ..AssessmentContent::new(shared.answers.clone())
        };
        Draft::started(id, now, content, Step::Result)
    }

    /// The questionnaire for this draft, scored with the set its answers were
    /// made for (or the latest version of it, when that one is no longer bundled).
    pub fn open(&self, registry: &Registry) -> Result<Questionnaire, DraftError> {
        let answers = &self.content.answers;
        let set = registry
            .for_answers(&answers.set_id, answers.set_version)
            .ok_or_else(|| DraftError::UnknownSet {
                id: answers.set_id.clone(),
                version: answers.set_version,
            })?
            .set()
            .clone();
        let set = Rc::new(set);
        let steps = Steps::new(set.criterion_ids());
        let step = steps.resolve(&self.step);
        Ok(Questionnaire {
            steps,
            step,
            set,
            content: self.content.clone(),
            last_move: Default::default(),
        })
    }

    /// This draft with the questionnaire's current content and step, one
    /// revision on.
    pub fn updated(&self, q: &Questionnaire, now: String) -> Draft {
        Draft {
            format: DRAFT_FORMAT,
            id: self.id.clone(),
            created: self.created.clone(),
            changed: now,
            revision: self.revision + 1,
            title: self.title.clone(),
            content: q.content.clone(),
            step: q.step.clone(),
        }
    }

    /// What to save after the questionnaire changed: the next revision of this
    /// draft, unless the stored copy (`stored_revision`, saved by another tab)
    /// is newer than this one; then the content goes to a separate copy under
    /// `fresh_id()` rather than overwrite it. The flag says a copy was made.
    pub fn next_save(
        &self,
        q: &Questionnaire,
        now: String,
        stored_revision: Option<u64>,
        fresh_id: impl FnOnce() -> String,
    ) -> (Draft, bool) {
        let mut next = self.updated(q, now);
        let overtaken = stored_revision.is_some_and(|stored| stored > self.revision);
        if overtaken {
            next.id = fresh_id();
            next.created = next.changed.clone();
            next.revision = 1;
        }
        (next, overtaken)
    }

    /// Next year's assessment, started from this one: a new id, the year moved
    /// on, everything else she entered kept to be reviewed, back on the
    /// profile step.
    pub fn duplicate(&self, id: String, now: String) -> Draft {
        let mut content = self.content.clone();
        content.profile.year = content.profile.year.map(|y| y.saturating_add(1));
        Draft::started(id, now, content, Step::Profile)
    }

    /// A new check of the same cell started from this one (the cell's
    /// record, `record::CellRecord::start_check`): a new id, the year of the
    /// day it is made, everything else she entered kept to be reviewed (the
    /// plan with its done marks too), no title of its own, on the profile step.
    pub fn recheck(&self, id: String, now: String, year: u16) -> Draft {
        let mut content = self.content.clone();
        content.profile.year = Some(year);
        content.profile.year_typed = None;
        Draft::started(id, now, content, Step::Profile)
    }

    /// A newer version of the set its answers were made for, if the registry
    /// has one: she is offered to move the draft to it.
    pub fn newer_set<'r>(&self, registry: &'r Registry) -> Option<&'r CriteriaSet> {
        let answers = &self.content.answers;
        registry
            .latest(&answers.set_id)
            .filter(|latest| latest.version > answers.set_version)
    }

    /// This draft moved to `set` (a newer version of its set): the answers are
    /// kept by criterion id; those that no longer fit count as unanswered when
    /// scored, and nothing is deleted.
    pub fn moved_to(&self, set: &CriteriaSet, now: String) -> Draft {
        let mut moved = self.clone();
        moved.content.answers.set_version = set.version;
        moved.changed = now;
        moved.revision += 1;
        moved
    }

    /// Whether the questionnaire holds the same content as this draft, on the
    /// same step (nothing to save).
    pub fn same_content(&self, q: &Questionnaire) -> bool {
        self.content == q.content && self.step == q.step
    }
}

/// The marker of a file holding every draft of a device.
pub const BUNDLE_KIND: &str = "tsvmtd-drafts";

/// Several drafts in one export file, as written.
#[derive(Serialize)]
struct BundleOut<'a> {
    kind: &'a str,
    drafts: &'a [Draft],
}

/// The text of an export file holding `drafts`.
pub fn write_bundle(drafts: &[Draft]) -> String {
    serde_json::to_string(&BundleOut {
        kind: BUNDLE_KIND,
        drafts,
    })
    .unwrap_or_default()
}

/// Why an imported file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than any real export.
    TooLarge(usize),
    /// Not JSON.
    NotJson(String),
    /// JSON, but neither a draft nor a bundle of drafts.
    NotDrafts,
    /// A bundle with no draft in it.
    Empty,
}

impl ImportError {
    /// Why the file was not imported, in `lang`.
    pub fn message(&self, lang: crate::domain::i18n::Lang) -> &'static str {
        use crate::domain::i18n::Text;
        match self {
            ImportError::TooLarge(_) => Text::ImportTooLarge,
            ImportError::NotJson(_) => Text::ImportNotJson,
            ImportError::NotDrafts => Text::ImportNotDrafts,
            ImportError::Empty => Text::ImportEmpty,
        }
        .get(lang)
    }
}

/// The largest import file accepted.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// Reads an export file: one draft, or a bundle of drafts. Drafts of a bundle
/// that cannot be read are counted in `.1`, the others are returned.
pub fn read_import(text: &str) -> Result<(Vec<ReadDraft>, usize), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value = json::parse(text).map_err(ImportError::NotJson)?;
    let bundle = value
        .as_object()
        .filter(|o| o.get("kind").and_then(Value::as_str) == Some(BUNDLE_KIND));
    if let Some(bundle) = bundle {
        // A bundle whose drafts are not a list holds none that can be read.
        let drafts = match bundle.get("drafts") {
            None => &[][..],
            Some(drafts) => drafts.as_array().ok_or(ImportError::NotDrafts)?,
        };
        let total = drafts.len();
        // A draft larger than any real one is refused, as it would be stored.
        let read: Vec<ReadDraft> = drafts
            .iter()
            .filter_map(|d| read_value(d).ok())
            .filter(|d| write(&d.draft).len() <= MAX_DRAFT_BYTES)
            .collect();
        if read.is_empty() {
            return Err(if total == 0 {
                ImportError::Empty
            } else {
                ImportError::NotDrafts
            });
        }
        let failed = total - read.len();
        return Ok((read, failed));
    }
    if text.len() > MAX_DRAFT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    match read_value(&value) {
        Ok(draft) => Ok((vec![draft], 0)),
        Err(_) => Err(ImportError::NotDrafts),
    }
}

/// What the list of drafts shows of one draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: String,
    /// The name the list shows: her title for the draft, else the cell's name.
    pub title: String,
    pub year: Option<u16>,
    /// Criteria answered, of the set's total (`None` for an unknown set).
    pub answered: Option<(usize, usize)>,
    pub changed: String,
}

impl Draft {
    /// The summary of this draft for the list, scored in `current_year`.
    pub fn summary(&self, registry: &Registry, current_year: u16) -> DraftSummary {
        let profile = &self.content.profile;
        let answered = self.open(registry).ok().map(|q| {
            let verdict = q.score(current_year);
            (verdict.answered, verdict.total)
        });
        DraftSummary {
            id: self.id.clone(),
            title: if self.title.trim().is_empty() {
                profile.cell_name.clone()
            } else {
                self.title.clone()
            },
            year: profile.year,
            answered,
            changed: self.changed.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::Answer;

    fn registry() -> Registry {
        Registry::bundled()
    }

    fn sample() -> Draft {
        let registry = registry();
        let set = registry
            .latest(crate::domain::criteria::DEFAULT_SET_ID)
            .unwrap();
        let mut d = Draft::new("d1".into(), "2026-06-15T09:00:00Z".into(), set);
        d.content.profile.cell_name = "Chi bộ ấp Hòa Thạnh A".into();
        d.content.answers.answers.insert(
            "c3".into(),
            Answer::NamedItems {
                items: vec!["Đường hoa".into()],
            },
        );
        d.content
            .notes
            .insert("c3".into(), "Biên bản 05/2026".into());
        d.step = Step::Criterion("c3".into());
        d
    }

    #[test]
    fn the_plan_is_saved_with_the_draft_and_travels_in_the_export() {
        let mut d = sample();
        d.content.plan.insert(
            "c4".into(),
            crate::domain::plan::PlanItem {
                who: "Tổ đảng số 2".into(),
                due: "2026-09-30".into(),
                ..Default::default()
            },
        );
        let read = read(&write(&d)).unwrap().draft;
        assert_eq!(read, d);
        let bundle = write_bundle(std::slice::from_ref(&d));
        assert!(bundle.contains(r#""plan":{"c4":{"who":"Tổ đảng số 2","due":"2026-09-30"}}"#));
        let (imported, _) = read_import(&bundle).unwrap();
        assert_eq!(imported[0].draft.content.plan, d.content.plan);
        // A plan that cannot be read loses only the plan.
        let broken = write(&d).replace(r#""plan":{"c4":"#, r#""plan":{"c4":7,"x":"#);
        let read = self::read(&broken).unwrap().draft;
        assert!(read.content.plan.is_empty());
        assert_eq!(read.content.answers, d.content.answers);
    }

    #[test]
    fn texts_typed_in_number_fields_are_saved_exactly_as_typed() {
        let mut d = sample();
        d.content.profile.year_typed = Some("2O26".into());
        d.content.answers.typed.insert(
            "c4".into(),
            [("members.counted".to_owned(), " -3 ".to_owned())].into(),
        );
        let text = write(&d);
        assert!(
            text.contains(r#""typed":{"c4":{"members.counted":" -3 "}}"#),
            "{text}"
        );
        let read = read(&text).unwrap();
        assert_eq!(read.draft, d);
        assert!(read.dropped_answers.is_empty());
        let q = read.draft.open(&registry()).unwrap();
        assert_eq!(
            q.score(2026).result("c4").map(|r| r.status),
            Some(crate::domain::scoring::Status::Invalid)
        );
        // Typed texts that cannot be read lose only themselves, and say so.
        let broken = text.replace(r#"{"members.counted":" -3 "}"#, "[1]");
        let read = self::read(&broken).unwrap();
        assert_eq!(read.dropped_answers, vec!["c4".to_owned()]);
        assert_eq!(
            read.draft.content.answers.answers,
            d.content.answers.answers
        );
    }

    #[test]
    fn a_result_she_was_sent_becomes_a_draft_of_her_own_on_its_result() {
        let d = sample();
        let shared = SharedResult {
            profile: d.content.profile.clone(),
            answers: d.content.answers.clone(),
            notes: d.content.notes.clone(),
            assessed_on: None,
            record: None,
        };
        let mine = Draft::from_shared("d2".into(), "2026-07-01T08:00:00Z".into(), &shared);
        assert_eq!((mine.id.as_str(), mine.revision), ("d2", 0));
        assert_eq!(mine.created, "2026-07-01T08:00:00Z");
        assert_eq!(
            (
                &mine.content.profile,
                &mine.content.answers,
                &mine.content.notes
            ),
            (&d.content.profile, &d.content.answers, &d.content.notes)
        );
        let q = mine.open(&registry()).unwrap();
        assert_eq!(q.step, Step::Result);
        assert!(mine.same_content(&q));
    }

    #[test]
    fn a_draft_round_trips_and_reopens_on_its_step() {
        let d = sample();
        let back = read(&write(&d)).unwrap();
        assert_eq!(back.draft, d);
        assert!(back.dropped_answers.is_empty());
        let q = d.open(&registry()).unwrap();
        assert_eq!(q.step, Step::Criterion("c3".into()));
        assert!(d.same_content(&q));
        let next = d.updated(&q, "2026-06-15T10:00:00Z".into());
        assert_eq!(next.revision, d.revision + 1);
        assert_eq!(next.created, d.created);
    }

    #[test]
    fn bad_texts_are_reported_not_panicked() {
        type Check = fn(&DraftError) -> bool;
        let cases: Vec<(String, Check)> = vec![
            ("".into(), |e| matches!(e, DraftError::Unreadable(_))),
            ("{not json".into(), |e| {
                matches!(e, DraftError::Unreadable(_))
            }),
            ("[1,2,3]".into(), |e| matches!(e, DraftError::Unreadable(_))),
            (r#"{"format":0,"id":"x"}"#.into(), |e| {
                matches!(e, DraftError::Unreadable(_))
            }),
            (r#"{"format":1}"#.into(), |e| {
                matches!(e, DraftError::Unreadable(_))
            }),
            (r#"{"format":7,"id":"x"}"#.into(), |e| {
                *e == DraftError::NewerFormat(7)
            }),
            ("x".repeat(MAX_DRAFT_BYTES + 1), |e| {
                matches!(e, DraftError::TooLarge(_))
            }),
        ];
        for (text, check) in cases {
            let err = read(&text).unwrap_err();
            assert!(check(&err), "{err:?} for {:?}", &text[..text.len().min(40)]);
        }
        // Truncations of a real draft never panic, and never read as the whole.
        let full = write(&sample());
        for cut in (0..full.len()).filter(|&i| full.is_char_boundary(i)) {
            if let Ok(read) = read(&full[..cut]) {
                panic!("a truncated draft read back: {:?}", read.draft.id);
            }
        }
    }

    #[test]
    fn one_unreadable_part_does_not_lose_the_rest() {
        let text = r#"{"format":1,"id":"d9","created":"c","changed":"c","revision":4,
            "profile":{"cell_name":"Chi bộ ấp 3","year":"two thousand"},
            "answers":{"set_id":"ben-tre-2021","set_version":1,"answers":{
                "c3":{"kind":"named_items","items":["Đường hoa"]},
                "c5":{"kind":"from_a_newer_app"}}},
            "notes":{"c3":"ok"},"step":{"kind":"teleport"}}"#;
        let read = read(text).unwrap();
        assert_eq!(read.dropped_answers, vec!["c5".to_string()]);
        assert!(read.draft.content.answers.answers.contains_key("c3"));
        assert_eq!(
            read.draft.content.notes.get("c3").map(String::as_str),
            Some("ok")
        );
        assert_eq!(read.draft.step, Step::Profile);
        assert_eq!(read.draft.revision, 4);
    }

    #[test]
    fn duplicating_starts_next_years_assessment_from_this_one() {
        let mut d = sample();
        d.content.profile.year = Some(2026);
        d.revision = 12;
        let copy = d.duplicate("d2".into(), "2027-01-10T00:00:00Z".into());
        assert_eq!(copy.id, "d2");
        assert_eq!(copy.content.profile.year, Some(2027));
        assert_eq!(copy.content.profile.cell_name, d.content.profile.cell_name);
        assert_eq!(copy.content.answers, d.content.answers);
        assert_eq!((copy.revision, copy.step.clone()), (0, Step::Profile));
        let summary = copy.summary(&registry(), 2027);
        assert_eq!(summary.answered.map(|(_, total)| total), Some(9));
    }

    #[test]
    fn exports_import_back_and_bad_files_are_refused() {
        let one = sample();
        let mut two = sample();
        two.id = "d2".into();
        let (read, failed) = read_import(&write_bundle(&[one.clone(), two.clone()])).unwrap();
        assert_eq!(failed, 0);
        assert_eq!(
            read.iter().map(|r| r.draft.clone()).collect::<Vec<_>>(),
            vec![one.clone(), two]
        );
        let (single, _) = read_import(&write(&one)).unwrap();
        assert_eq!(single[0].draft, one);
        // A bundle with one broken draft keeps the good one and counts the other.
        let text = format!(
            r#"{{"kind":"{BUNDLE_KIND}","drafts":[{},{{"format":1}}]}}"#,
            write(&one)
        );
        assert_eq!(read_import(&text).unwrap().1, 1);
        let bad = [
            ("", ImportError::NotJson(String::new())),
            ("{\"a\":1}", ImportError::NotDrafts),
            ("[1,2]", ImportError::NotDrafts),
            (
                r#"{"kind":"tsvmtd-drafts","drafts":[]}"#,
                ImportError::Empty,
            ),
            (
                r#"{"kind":"tsvmtd-drafts","drafts":[{"x":1}]}"#,
                ImportError::NotDrafts,
            ),
            (
                r#"{"kind":"tsvmtd-drafts","drafts":{"d1":{}}}"#,
                ImportError::NotDrafts,
            ),
        ];
        for (text, want) in bad {
            let got = read_import(text).unwrap_err();
            assert_eq!(
                std::mem::discriminant(&got),
                std::mem::discriminant(&want),
                "{text}"
            );
        }
        assert!(matches!(
            read_import(&" ".repeat(MAX_IMPORT_BYTES + 1)),
            Err(ImportError::TooLarge(_))
        ));
        // A draft larger than any real one, alone or in a bundle, is refused
        // as storage would refuse it; the others of the bundle are kept.
        let mut huge = sample();
        huge.id = "huge".into();
        huge.title = "x".repeat(MAX_DRAFT_BYTES);
        assert!(matches!(
            read_import(&write(&huge)),
            Err(ImportError::TooLarge(_))
        ));
        let (read, failed) = read_import(&write_bundle(&[huge, one.clone()])).unwrap();
        assert_eq!((read.len(), failed), (1, 1));
        assert_eq!(read[0].draft, one);
    }

    #[test]
    fn an_old_draft_is_offered_the_newer_version_and_keeps_its_answers() {
        let bundled = registry();
        let v1 = bundled
            .latest(crate::domain::criteria::DEFAULT_SET_ID)
            .unwrap();
        let mut v2 = v1.clone();
        v2.version = v1.version + 1;
        v2.criteria.to_mut().retain(|c| c.id != "c5");
        let v1_json = serde_json::to_string(v1).unwrap();
        let v2_json = serde_json::to_string(&v2).unwrap();
        let (two_versions, errors) =
            Registry::from_files([("v1.json", v1_json.as_str()), ("v2.json", v2_json.as_str())]);
        assert!(errors.is_empty(), "{errors:?}");

        let d = sample();
        // Scored by the version it was made for, which is still there.
        assert_eq!(d.open(&two_versions).unwrap().set.version, v1.version);
        let newer = d
            .newer_set(&two_versions)
            .expect("offered the newer version");
        let moved = d.moved_to(newer, "2027-01-01T00:00:00Z".into());
        assert_eq!(moved.content.answers.set_version, v2.version);
        assert_eq!(moved.content.answers.answers, d.content.answers.answers);
        let q = moved.open(&two_versions).unwrap();
        assert_eq!(q.set.version, v2.version);
        assert!(moved.newer_set(&two_versions).is_none());
        assert!(d.newer_set(&bundled).is_none());
    }

    #[test]
    fn a_save_never_overwrites_a_newer_stored_copy() {
        let d = sample();
        let q = d.open(&registry()).unwrap();
        let now = || "2026-06-15T11:00:00Z".to_string();
        for stored in [None, Some(d.revision)] {
            let (next, copied) = d.next_save(&q, now(), stored, || unreachable!());
            assert!(!copied);
            assert_eq!((next.id.as_str(), next.revision), ("d1", d.revision + 1));
        }
        let (copy, copied) = d.next_save(&q, now(), Some(d.revision + 1), || "d9".into());
        assert!(copied);
        assert_eq!((copy.id.as_str(), copy.revision), ("d9", 1));
        assert_eq!(copy.created, copy.changed);
        assert!(copy.same_content(&q));
    }

    #[test]
    fn a_downloaded_draft_names_its_set_s_fingerprint_and_reads_back() {
        let d = sample();
        let text = write_export(&d, Some(0x00ab_cdef));
        assert!(
            text.starts_with(r#"{"set_fingerprint":"00abcdef","format":"#),
            "{text:.60}"
        );
        assert_eq!(read(&text).unwrap().draft, d);
        // Not on this phone: the draft as stored.
        assert_eq!(write_export(&d, None), write(&d));
    }

    #[test]
    fn a_draft_of_an_unknown_set_cannot_open_but_is_not_lost() {
        let mut d = sample();
        d.content.answers.set_id = "chi-bo-4-tot".into();
        assert_eq!(
            d.open(&registry()).unwrap_err(),
            DraftError::UnknownSet {
                id: "chi-bo-4-tot".into(),
                version: 1
            }
        );
        // An old version of a known set opens with the latest one.
        let mut old = sample();
        old.content.answers.set_version = 0;
        assert!(old.open(&registry()).is_ok());
    }
}
