//! One content type, `AssessmentContent`, held by both the stored draft and
//! the questionnaire: every field of it is saved, read back, opened, saved
//! again and compared, and each is read leniently (one that cannot be read is
//! lost alone). A field added to the type without its reading fails here.
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::domain::content::AssessmentContent;
use tsvmtd::domain::criteria::{Difficulty, Registry};
use tsvmtd::domain::draft::{self, Draft};
use tsvmtd::domain::plan::PlanItem;
use tsvmtd::domain::profile::CellProfile;
use tsvmtd::domain::questionnaire::{Action, Step};
use tsvmtd::domain::scoring::{Answer, Answers};
use tsvmtd::domain::vec_map::VecMap;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/drafts")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// Content with every field filled in. Written as a whole literal on purpose:
/// a field added to the type does not compile here until it is given a value,
/// and then every test below checks it.
fn every_field() -> AssessmentContent {
    let mut answers = Answers::new("ben-tre-2021", 1);
    answers.answers.insert(
        "c3".into(),
        Answer::NamedItems {
            items: vec!["Tuyến đường hoa".into()],
        },
    );
    answers.typed.insert(
        "c4".into(),
        [("members.counted".to_owned(), "2,5".to_owned())].into(),
    );
    AssessmentContent {
        profile: CellProfile {
            cell_name: "Chi bộ ấp Hòa Thạnh A".into(),
            year: Some(2026),
            commune_recognised: Some(true),
            ..CellProfile::default()
        },
        answers,
        notes: VecMap::from([("c3".into(), "Biên bản họp chi bộ 05/2026".into())]),
        plan: VecMap::from([(
            "c4".into(),
            PlanItem {
                who: "Tổ đảng số 2".into(),
                difficulty: Some(Difficulty::Easy),
                ..PlanItem::default()
            },
        )]),
    }
}

/// The type's fields, as its `Debug` names them.
fn field_names(content: &AssessmentContent) -> Vec<&'static str> {
    let shown = format!("{content:#?}");
    let mut names: Vec<String> = shown
        .lines()
        .filter_map(|line| line.strip_prefix("    "))
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split_once(": ").map(|(name, _)| name.to_owned()))
        .collect();
    names.dedup();
    names.into_iter().map(|n| &*n.leak()).collect()
}

fn draft_of(content: AssessmentContent) -> Draft {
    let registry = Registry::bundled();
    let set = registry.latest("ben-tre-2021").unwrap();
    let mut d = Draft::new("d1".into(), "2026-06-15T09:00:00Z".into(), set);
    d.content = content;
    d.step = Step::Criterion("c3".into());
    d
}

#[test]
fn every_field_of_the_content_is_stored_read_opened_and_saved_again() {
    let content = every_field();
    // Every field is stored (none skipped, none left empty here).
    let stored = serde_json::to_value(&content).unwrap();
    let mut stored: Vec<&str> = stored
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    stored.sort_unstable();
    let mut fields = field_names(&content);
    fields.sort_unstable();
    assert_eq!(stored, fields, "stored keys (sorted) and the type's fields");
    for (key, value) in serde_json::to_value(&content).unwrap().as_object().unwrap() {
        let empty = match value {
            serde_json::Value::Object(map) => map.is_empty(),
            serde_json::Value::Array(items) => items.is_empty(),
            serde_json::Value::String(text) => text.is_empty(),
            serde_json::Value::Null => true,
            _ => false,
        };
        assert!(!empty, "every_field() leaves `{key}` empty");
    }
    let d = draft_of(content.clone());
    let read = draft::read(&draft::write(&d)).unwrap();
    assert_eq!(read.draft.content, content, "written then read");
    assert!(read.dropped_answers.is_empty());

    let q = read.draft.open(&Registry::bundled()).unwrap();
    assert_eq!(q.content, content, "opened");
    assert!(d.same_content(&q));
    let saved = d.updated(&q, "2026-06-15T10:00:00Z".into());
    assert_eq!(saved.content, content, "saved again");
    // And next year's copy keeps it all, the year moved on.
    let copy = d.duplicate("d2".into(), "2027-01-10T00:00:00Z".into());
    assert_eq!(copy.content.profile.year, Some(2027));
    let mut same_year = copy.content.clone();
    same_year.profile.year = content.profile.year;
    assert_eq!(same_year, content);
}

#[test]
fn a_change_to_any_field_is_a_change_to_save() {
    let d = draft_of(every_field());
    let mut q = d.open(&Registry::bundled()).unwrap();
    assert!(d.same_content(&q));
    q.apply(Action::Note("c3".into(), "Biên bản mới".into()));
    assert!(!d.same_content(&q));
    let mut q = d.open(&Registry::bundled()).unwrap();
    q.content.plan.clear();
    assert!(!d.same_content(&q));
    let mut q = d.open(&Registry::bundled()).unwrap();
    q.apply(Action::Next);
    assert!(!d.same_content(&q), "the step is saved too");
}

#[test]
fn each_field_that_cannot_be_read_is_lost_alone() {
    let content = every_field();
    let d = draft_of(content.clone());
    let stored = serde_json::to_value(&d).unwrap();
    let fields = serde_json::to_value(&content).unwrap();
    for key in fields.as_object().unwrap().keys() {
        // Without its answers a draft names no set: that is no draft (below).
        if key == "answers" {
            continue;
        }
        for bad in [
            serde_json::json!([[["?"]]]),
            serde_json::json!("?"),
            serde_json::json!(7),
        ] {
            let mut broken = stored.clone();
            broken[key.as_str()] = bad.clone();
            let read = draft::read(&broken.to_string())
                .unwrap_or_else(|e| panic!("`{key}` = {bad} took the draft down: {e:?}"));
            let kept = serde_json::to_value(&read.draft.content).unwrap();
            for (other, value) in fields.as_object().unwrap() {
                if other != key {
                    assert_eq!(
                        &kept[other.as_str()],
                        value,
                        "`{key}` = {bad} lost `{other}`"
                    );
                }
            }
            assert_eq!(read.draft.step, d.step);
            assert_eq!(read.draft.revision, d.revision);
        }
        // Missing (a draft written before the field existed): read as empty.
        let mut older = stored.clone();
        older.as_object_mut().unwrap().remove(key.as_str());
        assert!(draft::read(&older.to_string()).is_ok(), "without `{key}`");
    }
    let mut no_answers = stored.clone();
    no_answers["answers"] = serde_json::json!(7);
    assert!(draft::read(&no_answers.to_string()).is_err());
}

#[test]
fn the_stored_text_is_byte_for_byte_what_it_was() {
    // Samples written by the release before the content type existed.
    for name in ["format-1.json", "format-1-every-part.json"] {
        let text = fixture(name);
        let read = draft::read(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(read.dropped_answers.is_empty(), "{name}");
        assert_eq!(draft::write(&read.draft), text.trim_end(), "{name}");
    }
    let every = draft::read(&fixture("format-1-every-part.json"))
        .unwrap()
        .draft;
    assert_eq!(every.title, "Tự kiểm tra quý II");
    assert_eq!(every.content.profile.year_typed.as_deref(), Some("2O26"));
    assert_eq!(every.content.plan["c4"].who, "Tổ đảng số 2");
    assert_eq!(every.step, Step::Result);
}
