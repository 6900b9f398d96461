//! The pasted chat blocks the end-to-end tests and the bench use for the
//! commune's view ("Theo dõi"), made here from real links so that they follow
//! the link format: `tests/fixtures/tracking/chat-30.txt` (27 good links of
//! distinct cells and 3 broken ones among chat words), `links-500.txt` (500
//! good links), `newer-cell-0.txt` (a later check of one cell) and
//! `round-1.txt` … `round-3.txt` (three rounds of links of four cells, with
//! what their records say: `tracking_common::round`).
//! `the_committed_fixtures_are_current` fails when the format or the set
//! changes; then rewrite them with
//! `cargo test --test tracking_fixtures -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::*;
use tsvmtd::domain::scoring::{self, Answer, CountAnswer};
use tsvmtd::domain::share_link::{self, ShareDate, SharedResult};

const CHAT_30: &str = "tests/fixtures/tracking/chat-30.txt";
const LINKS_500: &str = "tests/fixtures/tracking/links-500.txt";
const NEWER: &str = "tests/fixtures/tracking/newer-cell-0.txt";
const BASE: &str = "https://tsvmtd.example.vn/app/";

const HAMLETS: [&str; 12] = [
    "Phú Hòa",
    "Hòa Thạnh A",
    "Thạnh Phước",
    "An Bình",
    "Long Hưng",
    "Tân Thành",
    "Phước Hậu",
    "Mỹ Lợi",
    "Bình Đông",
    "Đông Hậu",
    "Vĩnh Trung",
    "Cái Sơn",
];
const ASSESSORS: [&str; 5] = [
    "Nguyễn Thị Thu Hà",
    "Trần Văn Dũng",
    "Lê Thị Ngọc Hường",
    "Phạm Văn Tư",
    "Huỳnh Thanh Sơn",
];

/// Cell `i`: a complete assessment of 2026 that meets everything, then misses
/// condition 4 unless `i` is a multiple of 3, and condition 6 too when `i` is
/// even and not a multiple of 3. The chat block holds cells 0–28 but 4 and 11
/// (their links are the broken ones): 10 of its 27 cells meet the standard
/// (37,04%: one short of 40%), 17 miss condition 4 and 9 miss condition 6.
fn cell(i: usize) -> SharedResult {
    let mut r = complete();
    let hamlet = format!(
        "ấp {} {}",
        HAMLETS[i % HAMLETS.len()],
        i / HAMLETS.len() + 1
    );
    r.profile.cell_name = format!("Chi bộ {hamlet}");
    r.profile.hamlet = hamlet;
    r.profile.commune = "xã Lương Hòa".into();
    r.profile.province = "Vĩnh Long".into();
    r.profile.year = Some(2026);
    r.profile.commune_recognised = Some(false);
    r.profile.assessor = ASSESSORS[i % ASSESSORS.len()].into();
    r.notes.clear();
    r.assessed_on = ShareDate::new(2026, 6, 1 + (i % 28) as u8);
    let set_count = |r: &mut SharedResult, id: &str, total: i64, counted: i64| {
        r.answers.answers.insert(
            id.into(),
            Answer::Counts {
                groups: [(
                    "members".to_string(),
                    CountAnswer {
                        total: Some(total),
                        counted: Some(counted),
                        exempt: None,
                    },
                )]
                .into(),
            },
        );
    };
    // The base meets every condition: no dissent, every organisation and
    // security part in order.
    if let Some(Answer::Counts { groups }) = r.answers.answers.get_mut("c2") {
        for group in groups.values_mut() {
            group.counted = Some(0);
        }
    }
    if let Some(Answer::Organisations { rows, others }) = r.answers.answers.get_mut("c8") {
        for row in rows.values_mut() {
            (row.staffed, row.meets) = (Some(true), Some(true));
        }
        for other in others {
            (other.staffed, other.meets) = (Some(true), Some(true));
        }
    }
    if let Some(Answer::Checklist { parts }) = r.answers.answers.get_mut("c9") {
        for holds in parts.values_mut() {
            *holds = true;
        }
    }
    let members = 20 + (i % 15) as i64;
    set_count(&mut r, "c4", members, members);
    if !i.is_multiple_of(3) {
        set_count(&mut r, "c4", members, members - 1 - (i % 2) as i64);
        if i.is_multiple_of(2)
            && let Some(Answer::HouseholdRates(rates)) = r.answers.answers.get_mut("c6")
        {
            rates.poor = Some(40);
        }
    }
    r
}

fn link(r: &SharedResult) -> String {
    let fragment = share_link::encode(r, &registry(), BARE).unwrap();
    share_link::link(BASE, &fragment)
}

/// 30 lines as copied from a chat: 27 good links among words, 3 broken.
fn chat_30() -> String {
    let mut lines = Vec::new();
    for i in 0..27 {
        let r = cell(i);
        let l = link(&r);
        lines.push(match i {
            // Broken: cut short, one character changed, and a made-up one.
            4 => format!("Gửi lại nhé: {}", &l[..l.len() - 9]),
            11 => {
                let at = l.len() - 20;
                let c = if &l[at..at + 1] == "A" { "B" } else { "A" };
                format!("{}{c}{}", &l[..at], &l[at + 1..])
            }
            _ => format!("{}: {l} (đã họp chi bộ)", r.profile.cell_name),
        });
    }
    lines.insert(20, format!("{BASE}#k=AQxyz-khong-phai-lien-ket"));
    // Lines 4 and 11 above replaced cells 4 and 11: add them back, so that 27
    // distinct cells remain among 30 links.
    lines.push(link(&cell(27)));
    lines.push(format!("Chi bộ cuối cùng {}", link(&cell(28))));
    lines.join("\n") + "\n"
}

/// Cell 0 assessed again later (1 July 2026), now missing condition 4.
fn newer_cell_0() -> String {
    let mut r = cell(1);
    let first = cell(0);
    r.profile = first.profile;
    r.assessed_on = ShareDate::new(2026, 7, 1);
    link(&r) + "\n"
}

/// Round `n` (0–2) as a chat message: a greeting, then one line a cell.
fn round_message(n: usize) -> String {
    let month = ["tháng 3", "tháng 6", "tháng 9"][n];
    let mut lines = vec![format!("Kết quả tự đánh giá {month} của các chi bộ:")];
    for r in tracking_common::round(n) {
        lines.push(format!("{}: {}", r.profile.cell_name, link(&r)));
    }
    lines.join("\n") + "\n"
}

fn round_file(n: usize) -> String {
    format!("tests/fixtures/tracking/round-{}.txt", n + 1)
}

fn links_500() -> String {
    (0..500).map(|i| link(&cell(i)) + "\n").collect()
}

#[test]
fn the_committed_fixtures_are_current() {
    let rounds = (0..3).map(|n| (round_file(n), round_message(n)));
    for (path, text) in [
        (CHAT_30.to_owned(), chat_30()),
        (LINKS_500.to_owned(), links_500()),
        (NEWER.to_owned(), newer_cell_0()),
    ]
    .into_iter()
    .chain(rounds)
    {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{path} is out of date: run `cargo test --test tracking_fixtures -- --ignored`"
        );
    }
}

#[test]
fn the_chat_block_holds_27_good_links_and_3_broken_ones() {
    let registry = registry();
    let text = chat_30();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 30);
    let mut good = Vec::new();
    let mut bad = 0;
    for line in &lines {
        match share_link::decode(share_link::find_payload(line).unwrap(), &registry) {
            Ok(d) => good.push(d.result),
            Err(_) => bad += 1,
        }
    }
    assert_eq!((good.len(), bad), (27, 3));
    let set = ben_tre();
    let scored: Vec<_> = good
        .iter()
        .map(|r| scoring::score(&set, &r.answers, 2026))
        .collect();
    assert_eq!(scored.iter().filter(|a| a.can_propose).count(), 10);
    let missing = |id: &str| {
        scored
            .iter()
            .filter(|a| a.result(id).unwrap().status != scoring::Status::Met)
            .count()
    };
    assert_eq!((missing("c4"), missing("c6")), (17, 9));
    for id in ["c1", "c2", "c3", "c5", "c7", "c8", "c9"] {
        assert_eq!(missing(id), 0, "{id}");
    }
    let mut names: Vec<&str> = good.iter().map(|r| r.profile.cell_name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 27);
}

#[test]
#[ignore = "rewrites the fixtures: run with --ignored after a change of the link format"]
fn write_fixtures() {
    std::fs::write(CHAT_30, chat_30()).unwrap();
    std::fs::write(LINKS_500, links_500()).unwrap();
    std::fs::write(NEWER, newer_cell_0()).unwrap();
    for n in 0..3 {
        std::fs::write(round_file(n), round_message(n)).unwrap();
    }
}

/// What the end-to-end test reads in the rounds (`e2e/tests/tracking-progress.spec.ts`).
#[test]
fn the_rounds_hold_four_cells_three_times_with_their_records() {
    use tsvmtd::domain::tracking::{Collection, Granularity, Target, progress};
    let registry = registry();
    let mut collection = Collection::default();
    for n in 0..3 {
        let report = collection.import_text(&round_message(n), &registry, "now");
        assert_eq!(
            (report.added, report.new_cells),
            (4, if n == 0 { 4 } else { 0 })
        );
        assert!(report.bad.is_empty());
    }
    let rows = collection.rows(&registry, 2026);
    let lines: Vec<(&str, Vec<usize>)> = rows
        .iter()
        .map(|r| (r.cell.as_str(), r.checks.iter().map(|c| c.met).collect()))
        .collect();
    assert_eq!(
        lines,
        [
            ("Chi bộ ấp An Bình", vec![5, 6, 8]),
            ("Chi bộ ấp Hòa Thạnh A", vec![8, 9, 9]),
            ("Chi bộ ấp Phú Hòa", vec![7, 8, 9]),
            ("Chi bộ khu phố 5", vec![9, 9, 8]),
        ]
    );
    let quarters = progress(&rows, Granularity::Quarter, Target::DEFAULT);
    let shares: Vec<(i64, i64)> = quarters
        .periods
        .iter()
        .map(|p| (p.meeting_bp, p.recognised_bp))
        .collect();
    assert_eq!(shares, [(2500, 0), (5000, 2500), (5000, 2500)]);
}
