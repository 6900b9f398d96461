//! The set an assessment uses: chosen on the profile step, following the
//! cell's province and year until she answers, and never deleting an answer.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::rc::Rc;
use tsvmtd::domain::criteria::{
    AddedSet, CriteriaSet, DEFAULT_SET_ID, Registry, fingerprint, parse_set,
};
use tsvmtd::domain::profile::{ProfileEdit, TextField};
use tsvmtd::domain::questionnaire::{Action, Questionnaire, Step};
use tsvmtd::domain::scoring::{Answer, FieldTexts, NumberEntry};

fn vinh_long() -> AddedSet {
    let mut set = parse_set("every-kind.json", include_str!("fixtures/every-kind.json")).unwrap();
    set.id = Cow::Borrowed("kiem-thu-vinh-long");
    set.version = 1;
    set.effective.from = Cow::Borrowed("2026-01-01");
    set.effective.until = None;
    set.provinces = Cow::Owned(vec![Cow::Borrowed("Vĩnh Long")]);
    AddedSet {
        fingerprint: fingerprint(&set),
        set,
        origin: "tệp kiem-thu.json".into(),
        added_on: "2026-12-01".into(),
    }
}

fn registry() -> Registry {
    let (registry, conflicts) = Registry::with_added([&vinh_long()]);
    assert!(conflicts.is_empty());
    registry
}

fn fresh(registry: &Registry) -> Questionnaire {
    Questionnaire::new(Rc::new(registry.default_for("", None).clone()))
}

fn place(q: &mut Questionnaire, registry: &Registry, province: &str, year: i64) {
    q.apply(Action::EditProfile(ProfileEdit::Text(
        TextField::Province,
        province.into(),
    )));
    q.apply(Action::EditProfile(ProfileEdit::Year(NumberEntry::Value(
        Some(year),
    ))));
    q.follow_place(registry);
}

fn set_of(q: &Questionnaire) -> (String, u32) {
    (
        q.content.answers.set_id.clone(),
        q.content.answers.set_version,
    )
}

#[test]
fn the_set_follows_the_province_and_year_until_she_answers() {
    let registry = registry();
    let mut q = fresh(&registry);
    assert_eq!(q.set.id, DEFAULT_SET_ID);
    place(&mut q, &registry, "Tỉnh Vĩnh Long", 2026);
    assert_eq!(set_of(&q), ("kiem-thu-vinh-long".into(), 1));
    assert_eq!(q.set.id, "kiem-thu-vinh-long");
    assert_eq!(
        q.steps.resolve(&Step::Criterion("meeting".into())),
        Step::Criterion("meeting".into())
    );
    // Before the set was in force: the bundled set.
    place(&mut q, &registry, "Vĩnh Long", 2025);
    assert_eq!(q.set.id, DEFAULT_SET_ID);
    place(&mut q, &registry, "Vĩnh Long", 2027);
    assert_eq!(q.set.id, "kiem-thu-vinh-long");
    // Answered: the assessment keeps its set.
    q.apply(Action::Answer(
        "meeting".into(),
        Answer::YesNo { value: Some(true) },
        FieldTexts::default(),
    ));
    place(&mut q, &registry, "Bến Tre", 2025);
    assert_eq!(q.set.id, "kiem-thu-vinh-long");
    assert!(!q.follow_place(&registry));
}

#[test]
fn choosing_a_set_keeps_every_answer_and_her_step() {
    let registry = registry();
    let mut q = fresh(&registry);
    let ben_tre = Rc::new(registry.latest(DEFAULT_SET_ID).unwrap().clone());
    let other: Rc<CriteriaSet> = Rc::new(registry.latest("kiem-thu-vinh-long").unwrap().clone());
    q.apply(Action::Answer(
        "c2".into(),
        Answer::YesNo { value: Some(true) },
        FieldTexts::default(),
    ));
    q.apply(Action::UseSet(other.clone()));
    assert_eq!(set_of(&q), ("kiem-thu-vinh-long".into(), 1));
    // Still stored, unscored by the other set, back with its own.
    assert!(q.content.answers.answers.get("c2").is_some());
    assert_eq!(q.step, Step::Profile);
    q.apply(Action::GoTo(Step::Criterion("meeting".into())));
    q.apply(Action::UseSet(ben_tre));
    // "meeting" is not a criterion of Bến Tre 2021: back to the profile.
    assert_eq!(q.step, Step::Profile);
    assert!(q.content.answers.answers.get("c2").is_some());
    assert_eq!(q.set.id, DEFAULT_SET_ID);
    q.apply(Action::GoTo(Step::Criterion("c2".into())));
    q.apply(Action::UseSet(Rc::new(
        registry.latest(DEFAULT_SET_ID).unwrap().clone(),
    )));
    assert_eq!(q.step, Step::Criterion("c2".into()));
}
