//! Drafts into records on the first start: every draft on exactly one record,
//! drafts of one cell together in the order of their years, drafts that might
//! be two cells kept apart.
#![cfg(not(target_arch = "wasm32"))]

mod record_common;

use proptest::prelude::*;
use record_common::*;
use std::collections::BTreeMap;
use tsvmtd::domain::draft::Draft;
use tsvmtd::domain::record::{CellRecord, records_from_drafts};
use tsvmtd::domain::scoring::{Answer, Answers};
use tsvmtd::domain::tracking::names::fold;

fn arrange(drafts: &[Draft]) -> Vec<CellRecord> {
    let mut n = 0;
    records_from_drafts(
        drafts,
        || {
            n += 1;
            format!("r{n}")
        },
        "2026-12-01T00:00:00Z",
    )
}

fn ids(record: &CellRecord) -> Vec<&str> {
    record.checks.iter().map(|c| c.draft.as_str()).collect()
}

fn of_cell(id: &str, changed: &str, cell: &str, commune: &str) -> Draft {
    let mut d = draft(id, changed, Answers::new("ben-tre-2021", 1));
    d.content.profile.cell_name = cell.into();
    d.content.profile.commune = commune.into();
    d
}

#[test]
fn drafts_of_one_cell_become_one_record_in_the_order_of_their_years() {
    // The 2025 draft was corrected in 2026, after the 2026 one was made.
    let mut old = of_cell("d2025", "2026-04-01", "Chi bộ ấp Hòa Thạnh A", "Lương Hòa");
    old.content.profile.year = Some(2025);
    old.created = "2025-03-01T00:00:00Z".into();
    old.content.answers.answers.insert(
        "c1".into(),
        Answer::YearlyRatings {
            years: ratings(&[2023, 2024]),
        },
    );
    let mut new = of_cell(
        "d2026",
        "2026-03-01",
        "  chi bộ ẤP  hòa thạnh a ",
        "LƯƠNG HÒA",
    );
    new.content.answers.answers.insert(
        "c1".into(),
        Answer::YearlyRatings {
            years: ratings(&[2024, 2025]),
        },
    );
    let other = of_cell("x", "2026-02-01", "Chi bộ ấp Phú Hòa", "Lương Hòa");
    let records = arrange(&[new.clone(), other, old]);
    assert_eq!(records.len(), 2);
    let cell = &records[0];
    assert_eq!(ids(cell), ["d2025", "d2026"]);
    assert!(cell.is_newest("d2026"), "the 2026 check is the one edited");
    assert_eq!(cell.checks[0].date, "2026-04-01");
    assert_eq!(cell.checks[1].date, "2026-03-01");
    assert_eq!(cell.created, "2025-03-01T00:00:00Z");
    assert_eq!(cell.changed, "2026-12-01T00:00:00Z");
    assert_eq!(cell.ratings, ratings(&[2024, 2025]), "the newest check's");
    assert_eq!(ids(&records[1]), ["x"]);
    assert_eq!(records[1].id, "r2");
}

#[test]
fn when_unsure_drafts_are_kept_apart() {
    let base = of_cell("a", "2026-01-01", "Chi bộ ấp 1", "Phú Hòa");
    let mut cases: Vec<(&str, Draft)> = Vec::new();
    let mut d = base.clone();
    d.content.profile.commune = "Phú Hưng".into();
    cases.push(("another commune", d));
    let mut d = base.clone();
    d.content.profile.cell_name = "Chi bộ ấp 2".into();
    cases.push(("another cell", d));
    let mut d = base.clone();
    d.content.answers.set_id = "chi-bo-4-tot".into();
    cases.push(("another criteria set", d));
    let mut d = base.clone();
    d.content.profile.hamlet = "Ấp Bảy".into();
    cases.push(("another hamlet", d));
    let mut d = base.clone();
    d.content.profile.province = "Bến Tre".into();
    cases.push(("another province", d));
    for (why, mut other) in cases {
        other.id = "b".into();
        assert_eq!(arrange(&[base.clone(), other]).len(), 2, "{why}");
    }
    // Without a commune or a cell name, nothing says they are one cell.
    for (cell, commune) in [("", "Phú Hòa"), ("Chi bộ ấp 1", " "), ("", "")] {
        let a = of_cell("a", "2026-01-01", cell, commune);
        let b = of_cell("b", "2026-02-01", cell, commune);
        assert_eq!(arrange(&[a, b]).len(), 2, "{cell:?} {commune:?}");
    }
    // A blank hamlet or province contradicts nothing; versions of one set are
    // one set.
    let mut blank = base.clone();
    blank.id = "b".into();
    blank.content.profile.hamlet.clear();
    blank.content.profile.province.clear();
    blank.content.answers.set_version = 2;
    assert_eq!(arrange(&[base.clone(), blank]).len(), 1);
    // No drafts, no records.
    assert!(arrange(&[]).is_empty());
}

fn names() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Chi bộ ấp 1".to_owned()),
        Just("chi bộ ẤP 1".to_owned()),
        Just("Chi bộ ấp 2".to_owned()),
        Just("Chi bộ ấp Hòa".to_owned()),
        Just("Chi bộ ấp Hoa".to_owned()),
    ]
}

fn places() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Phú Hòa".to_owned()),
        Just("PHÚ HÒA".to_owned()),
        Just("Phú Hưng".to_owned()),
    ]
}

prop_compose! {
    fn drafts()(cells in prop::collection::vec(
        (names(), places(), places(), places(), 0u8..2, prop::option::of(2020u16..2030), 0u32..400),
        0..14,
    )) -> Vec<Draft> {
        cells
            .into_iter()
            .enumerate()
            .map(|(i, (cell, commune, hamlet, province, set, year, day))| {
                let changed = format!("2026-{:02}-{:02}", 1 + day % 12, 1 + day % 28);
                let mut d = draft(&format!("d{i}"), &changed, Answers::new(if set == 0 { "ben-tre-2021" } else { "other" }, 1));
                let p = &mut d.content.profile;
                p.cell_name = cell;
                p.commune = commune;
                p.hamlet = hamlet;
                p.province = province;
                p.year = year;
                d
            })
            .collect()
    }
}

proptest! {
    #[test]
    fn every_draft_is_on_exactly_one_record_and_no_record_mixes_cells(drafts in drafts()) {
        let records = arrange(&drafts);
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &records {
            prop_assert!(!r.checks.is_empty());
            for c in &r.checks {
                *seen.entry(c.draft.as_str()).or_default() += 1;
            }
            let members: Vec<&Draft> = r
                .checks
                .iter()
                .map(|c| drafts.iter().find(|d| d.id == c.draft).unwrap())
                .collect();
            let key = |d: &Draft| {
                let p = &d.content.profile;
                (fold(&p.commune), fold(&p.cell_name), d.content.answers.set_id.clone())
            };
            for d in &members {
                prop_assert_eq!(key(d), key(members[0]));
                if members.len() > 1 {
                    prop_assert!(!key(d).0.is_empty() && !key(d).1.is_empty());
                }
            }
            for field in [|d: &Draft| fold(&d.content.profile.hamlet), |d: &Draft| fold(&d.content.profile.province)] {
                let known: std::collections::BTreeSet<String> =
                    members.iter().map(|d| field(d)).filter(|v| !v.is_empty()).collect();
                prop_assert!(known.len() <= 1, "{:?}", known);
            }
        }
        prop_assert_eq!(seen.len(), drafts.len());
        prop_assert!(seen.values().all(|&n| n == 1));
    }
}
