//! Properties of the collection over generated input: importing any text never
//! panics and accounts for every link found; every check lands on exactly one
//! line, by date; the progress over time never counts more than the cells;
//! write → read round-trips any collection built from valid links; reading any
//! text never panics.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use proptest::prelude::*;
use share_link_common::registry;
use std::sync::OnceLock;
use tracking_common::*;
use tsvmtd::domain::criteria::Registry;
use tsvmtd::domain::share_link::decode;
use tsvmtd::domain::tracking::extract::find_links;
use tsvmtd::domain::tracking::{Collection, Entry, Granularity, progress, read, write};

/// Links of 12 cells of the block, then later checks of four of them (with
/// what their record says, or nothing).
fn shared() -> &'static (Registry, Vec<String>) {
    static SHARED: OnceLock<(Registry, Vec<String>)> = OnceLock::new();
    SHARED.get_or_init(|| {
        let links = (0..12)
            .map(|i| fragment(&block_cell(i), block_full(i)))
            .chain((0..4).map(|i| fragment(&recheck(i), false)))
            .collect();
        (registry(), links)
    })
}

const LINKS: usize = 16;

/// Pieces of a pasted text: good links in every form, cut and altered ones,
/// markers with nothing after, words, spaces and line ends.
fn piece() -> impl Strategy<Value = String> {
    let link = (0..LINKS).prop_map(|i| shared().1[i].clone());
    prop_oneof![
        3 => link.clone(),
        1 => link.clone().prop_map(|l| format!("https://tsvmtd.example/app/{l}")),
        1 => link.clone().prop_map(|l| l.trim_start_matches('#').to_owned()),
        1 => link.clone().prop_map(|l| l[3..].to_owned()),
        1 => (link.clone(), any::<prop::sample::Index>())
            .prop_map(|(l, at)| l[..at.index(l.len() + 1)].to_owned()),
        1 => (link, any::<prop::sample::Index>(), "[A-Za-z0-9_!ấ -]")
            .prop_map(|(l, at, c)| {
                let i = 3 + at.index(l.len() - 3);
                format!("{}{c}{}", &l[..i], &l[i + 1..])
            }),
        1 => prop::sample::select(vec![
            "#k=", "&k=", "k=", "#", "&", "k", "\n", "\r\n", " ", "…", "(", ").",
            "Chi bộ ấp Phú Hòa gửi:", "https://tsvmtd.example/#lang=vi",
        ]).prop_map(String::from),
        1 => any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        3 => prop::collection::vec(piece(), 0..24).prop_map(|p| p.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn importing_any_text_never_panics_and_accounts_for_every_link(
        first in text(),
        second in text(),
    ) {
        let (registry, _) = shared();
        let mut collection = Collection::default();
        for t in [&first, &second] {
            let before = collection.entries.len();
            let report = collection.import_text(t, registry, "now");
            let found = find_links(t).len();
            prop_assert_eq!(report.added + report.unchanged + report.bad.len(), found);
            prop_assert!(report.new_cells <= report.added);
            prop_assert_eq!(collection.entries.len(), before + report.added);
            for bad in &report.bad {
                prop_assert!(bad.line >= 1 && bad.line <= t.split('\n').count());
                prop_assert!(bad.excerpt.chars().count() <= 60);
            }
            // No result twice.
            for (i, e) in collection.entries.iter().enumerate() {
                prop_assert!(collection.entries[i + 1..].iter().all(|o| o.fragment != e.fragment));
            }
        }
        // The table: every check on exactly one line, each line by date.
        let rows = collection.rows(registry, 2026);
        let mut seen: Vec<usize> = rows.iter().flat_map(|r| r.indices()).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..collection.entries.len()).collect::<Vec<_>>());
        for row in &rows {
            prop_assert!(!row.checks.is_empty());
            for pair in row.checks.windows(2) {
                prop_assert!((pair[0].assessed_on, pair[0].index) < (pair[1].assessed_on, pair[1].index));
            }
            prop_assert!(row.changes.is_empty() || row.checks.len() > 1);
        }
        let summary = collection.summary(registry, 2026, collection.default_target());
        prop_assert!(summary.meeting <= summary.assessed);
        prop_assert!(summary.registered <= summary.assessed && summary.recognised <= summary.assessed);
        prop_assert_eq!(summary.assessed, rows.len());
        // The progress: never more than the cells, which only grow.
        for by in [Granularity::Quarter, Granularity::Year] {
            let p = progress(&rows, by, collection.default_target());
            let mut cells = 0;
            for period in &p.periods {
                prop_assert!(period.cells >= cells.max(1));
                cells = period.cells;
                for n in [period.meeting, period.assessed, period.registered, period.recognised] {
                    prop_assert!(n <= period.cells);
                }
                prop_assert!(period.assessed >= 1);
            }
            let undated = rows.iter().flat_map(|r| &r.checks).filter(|c| c.assessed_on.is_none()).count();
            prop_assert_eq!(p.undated, undated);
            let dated_cells = rows.iter().filter(|r| r.checks.iter().any(|c| c.assessed_on.is_some())).count();
            prop_assert_eq!(cells, dated_cells);
        }
    }

    #[test]
    fn write_then_read_round_trips(
        picks in prop::collection::vec((0..LINKS, any::<String>()), 0..20),
    ) {
        let (registry, links) = shared();
        let collection = Collection {
            entries: picks
                .into_iter()
                .map(|(i, added)| {
                    let decoded = decode(&links[i], registry).unwrap();
                    Entry {
                        fragment: links[i].clone(),
                        result: decoded.result,
                        fingerprint: decoded.fingerprint,
                        added,
                    }
                })
                .collect(),
        };
        let back = read(&write(&collection), registry).unwrap();
        prop_assert_eq!(back.collection, collection);
        prop_assert!(back.unreadable.is_empty());
    }

    #[test]
    fn reading_any_text_never_panics(text in text()) {
        let (registry, _) = shared();
        let _ = read(&text, registry);
        let wrapped = format!(r#"{{"kind":"tsvmtd-collection","format":1,"entries":[{text:?}]}}"#);
        let _ = read(&wrapped, registry);
    }
}
