//! Shared by the record's tests: a cell of the bundled set "Bến Tre 2021" whose
//! checks meet every condition unless a test changes one, and checks built
//! from it.
#![allow(dead_code)]

use tsvmtd::domain::criteria::{CriteriaSet, RatingLevel, Registry};
use tsvmtd::domain::draft::Draft;
use tsvmtd::domain::record::{CellRecord, Check, CheckRef};
use tsvmtd::domain::scoring::{
    Answer, Answers, CountAnswer, OrgAnswer, RatesAnswer, ReferenceChoice, YearRating,
};
use tsvmtd::domain::vec_map::VecMap;

pub fn registry() -> Registry {
    Registry::bundled()
}

pub fn set() -> CriteriaSet {
    registry().latest("ben-tre-2021").unwrap().clone()
}

pub fn counts(groups: &[(&str, i64, i64)]) -> Answer {
    Answer::Counts {
        groups: groups
            .iter()
            .map(|(id, total, counted)| {
                (
                    id.to_string(),
                    CountAnswer {
                        total: Some(*total),
                        counted: Some(*counted),
                        exempt: None,
                    },
                )
            })
            .collect(),
    }
}

pub fn ratings(years: &[i64]) -> Vec<YearRating> {
    years
        .iter()
        .map(|&year| YearRating {
            year,
            level: Some(RatingLevel::Excellent),
            score_tenths: None,
        })
        .collect()
}

/// 998 households, 21 poor (2,10%) and 20 near-poor (2,00%), against Bến Tre's
/// end-of-2023 rates (2,63%, 2,59%): met.
pub fn rates(poor: i64) -> Answer {
    Answer::HouseholdRates(RatesAnswer {
        households: Some(998),
        poor: Some(poor),
        near_poor: Some(20),
        reference: Some(ReferenceChoice::Preset("ben-tre-2023".into())),
        ..RatesAnswer::default()
    })
}

/// Answers meeting every condition, rated excellent in `rated` years.
pub fn met_answers(rated: &[i64]) -> Answers {
    let set = set();
    let mut a = Answers::new(set.id.clone(), set.version);
    let mut put = |id: &str, answer: Answer| {
        a.answers.insert(id.into(), answer);
    };
    put(
        "c1",
        Answer::YearlyRatings {
            years: ratings(rated),
        },
    );
    put("c2", counts(&[("members", 25, 0), ("households", 998, 0)]));
    put(
        "c3",
        Answer::NamedItems {
            items: vec!["Tuyến đường hoa".into()],
        },
    );
    put("c4", counts(&[("members", 25, 25)]));
    put(
        "c5",
        Answer::NamedItems {
            items: vec!["Mô hình trồng dừa hữu cơ".into()],
        },
    );
    put("c6", rates(21));
    put("c7", counts(&[("members", 25, 0)]));
    let orgs = set
        .criteria
        .iter()
        .find_map(|c| match &c.input {
            tsvmtd::domain::criteria::Input::Organisations { organisations } => {
                Some(organisations.to_vec())
            }
            _ => None,
        })
        .unwrap();
    put(
        "c8",
        Answer::Organisations {
            rows: orgs
                .iter()
                .map(|o| {
                    (
                        o.id.to_string(),
                        OrgAnswer {
                            absent: false,
                            staffed: Some(true),
                            meets: Some(true),
                        },
                    )
                })
                .collect(),
            others: Vec::new(),
        },
    );
    let parts = set
        .criteria
        .iter()
        .find_map(|c| match &c.input {
            tsvmtd::domain::criteria::Input::Checklist { parts } => Some(parts.to_vec()),
            _ => None,
        })
        .unwrap();
    put(
        "c9",
        Answer::Checklist {
            parts: parts
                .iter()
                .map(|p| (p.id.to_string(), true))
                .collect::<VecMap<_, _>>(),
        },
    );
    a
}

/// A draft of "Chi bộ ấp Hòa Thạnh A", xã Lương Hòa, changed on `day`.
pub fn draft(id: &str, day: &str, answers: Answers) -> Draft {
    let set = set();
    let mut d = Draft::new(id.into(), format!("{day}T08:00:00Z"), &set);
    d.content.answers = answers;
    let p = &mut d.content.profile;
    p.cell_name = "Chi bộ ấp Hòa Thạnh A".into();
    p.hamlet = "Ấp Hòa Thạnh A".into();
    p.commune = "Lương Hòa".into();
    p.province = "Vĩnh Long".into();
    p.year = day.get(..4).and_then(|y| y.parse().ok());
    d
}

/// The checks of `record`, opened from `drafts` (by id).
pub fn open_checks(record: &CellRecord, drafts: &[Draft]) -> Vec<Check> {
    let registry = registry();
    record
        .checks
        .iter()
        .enumerate()
        .filter_map(|(position, reference)| {
            let draft = drafts.iter().find(|d| d.id == reference.draft)?.clone();
            Some(Check::open(position, reference.clone(), draft, &registry).unwrap())
        })
        .collect()
}

/// A record whose checks are `drafts` made on their own days.
pub fn record_of(drafts: &[Draft]) -> CellRecord {
    let mut record = tsvmtd::domain::record::records_from_drafts(drafts, || "r1".into(), "now")
        .pop()
        .unwrap();
    record.checks = drafts
        .iter()
        .map(|d| CheckRef {
            draft: d.id.clone(),
            date: d.changed[..10].to_owned(),
        })
        .collect();
    record
}
