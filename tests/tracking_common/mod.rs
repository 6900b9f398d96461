//! What the tracking tests share: results of many cells of a commune made from
//! the complete Bến Tre 2021 assessment, their links, and the chat block of 30
//! links (27 good, 3 broken) that a cadre pastes.
#![allow(dead_code)]

use crate::share_link_common::{BARE, FULL, ben_tre, registry};
use serde_json::Value;
use tsvmtd::domain::share_link::{LinkError, ShareDate, SharedResult, canonical, encode};

/// The conditions the complete assessment does not meet, which a variant can
/// fix: c2 (two households dissent), c4 (3 members without a task), c8 (the
/// women's union does not meet), c9 (no security model).
pub const FIXABLE: [&str; 4] = ["c2", "c4", "c8", "c9"];

/// The complete assessment with the names given, `fixed` of [`FIXABLE`] made
/// met, and the commune not recognised.
pub fn cell(
    hamlet: &str,
    commune: &str,
    year: u16,
    on: Option<(i32, u8, u8)>,
    fixed: &[&str],
) -> SharedResult {
    let mut json: Value = serde_json::from_str(crate::share_link_common::COMPLETE).unwrap();
    let answers = &mut json["answers"]["answers"];
    for id in fixed {
        match *id {
            "c2" => answers["c2"]["groups"]["households"]["counted"] = 0.into(),
            "c4" => answers["c4"]["groups"]["members"]["counted"] = 31.into(),
            "c8" => answers["c8"]["rows"]["women"]["meets"] = true.into(),
            "c9" => answers["c9"]["parts"]["security_model"] = true.into(),
            other => panic!("{other} is not fixable"),
        }
    }
    let mut result = crate::share_link_common::result_from_json(&json);
    let p = &mut result.profile;
    p.cell_name = format!("Chi bộ {hamlet}");
    p.hamlet = hamlet.to_owned();
    p.commune = commune.to_owned();
    p.year = Some(year);
    p.commune_recognised = Some(false);
    result.assessed_on = on.and_then(|(y, m, d)| ShareDate::new(y, m, d));
    result
}

/// The fragment `#k=…` of `result`, with names and notes when `full`.
pub fn fragment(result: &SharedResult, full: bool) -> String {
    encode(result, &registry(), if full { FULL } else { BARE }).unwrap()
}

/// What the link of `result` carries (names and notes only when `full`).
pub fn linked(result: &SharedResult, full: bool) -> SharedResult {
    canonical(result, &ben_tre(), if full { FULL } else { BARE })
}

/// Whether cell `i` of the block is sent with names and notes.
pub fn block_full(i: usize) -> bool {
    i.is_multiple_of(4)
}

/// Which of [`FIXABLE`] each cell of the block fixes, in a cycle of nine:
/// three cells meet every condition; c9 is missed four times, c2, c4 and c8
/// twice each.
pub const PATTERNS: [&[&str]; 9] = [
    &["c2", "c4", "c8", "c9"],
    &["c2", "c4", "c8"],
    &["c2", "c4", "c8", "c9"],
    &["c4", "c8", "c9"],
    &[],
    &["c2", "c8", "c9"],
    &["c2", "c4", "c8", "c9"],
    &["c2", "c4"],
    &["c2", "c4", "c8"],
];

/// The 27 hamlets of the block.
pub const HAMLETS: [&str; 27] = [
    "ấp Phú Hòa",
    "ấp Hòa Thạnh A",
    "ấp Thạnh Phước Đông",
    "ấp An Bình",
    "ấp Đông Hòa",
    "ấp Dừa",
    "ấp 1",
    "ấp 2",
    "ấp 10",
    "khu phố 5",
    "khu phố 3",
    "ấp Tân Lợi",
    "ấp Long Thạnh",
    "ấp Mỹ Hòa",
    "ấp Phước Hậu",
    "ấp Bình Thành",
    "ấp Cầu Mống",
    "ấp Giồng Keo",
    "ấp Hưng Nhơn",
    "ấp Khánh Hội",
    "ấp Lộc Hiệp",
    "ấp Nhơn Phú",
    "ấp Ô Môi",
    "ấp Quới Thạnh",
    "ấp Sơn Đông",
    "ấp Vĩnh Hưng",
    "ấp Xuân Thới",
];

/// Cell `i` of the block: the hamlet, its commune (even: xã Lương Hòa, odd:
/// xã Châu Hưng), its year (every fifth 2025), its date (every seventh none),
/// its pattern.
pub fn block_cell(i: usize) -> SharedResult {
    let commune = if i.is_multiple_of(2) {
        "xã Lương Hòa"
    } else {
        "xã Châu Hưng"
    };
    let year = if i % 5 == 4 { 2025 } else { 2026 };
    let on = (i % 7 != 6).then_some((i32::from(year), 5 + (i % 3) as u8, 1 + i as u8));
    let mut result = cell(HAMLETS[i], commune, year, on, PATTERNS[i % 9]);
    result.profile.assessor = format!("Bí thư {}", HAMLETS[i].trim_start_matches("ấp "));
    result
}

/// How a broken link of the block should read.
pub struct Broken {
    pub line: usize,
    pub error: LinkError,
    pub excerpt_starts: &'static str,
}

/// The chat block: 30 links (27 good, 3 broken) among greetings, in every form
/// a chat gives them; with the lines and errors of the broken ones.
pub fn chat_block() -> (String, Vec<Broken>) {
    let mut lines: Vec<String> = vec![
        "Kính gửi đồng chí phụ trách,".into(),
        "Các chi bộ gửi kết quả tự đánh giá năm nay như sau:".into(),
    ];
    let mut broken = Vec::new();
    for (i, hamlet) in HAMLETS.iter().enumerate() {
        let f = fragment(&block_cell(i), block_full(i));
        let payload = f.strip_prefix("#k=").unwrap().to_owned();
        let line = match i % 6 {
            0 => format!("{hamlet}: https://tsvmtd.example/app/#k={payload}"),
            1 => format!("https://tsvmtd.example/app/#k={payload}"),
            2 => format!("  #k={payload}  "),
            3 => payload.clone(),
            4 => format!("k={payload}"),
            _ => format!("Chi bộ gửi (https://tsvmtd.example/#lang=vi&k={payload}). Cảm ơn!"),
        };
        lines.push(line);
        if i == 8 {
            // Two links on one line, the second cut short by the chat app.
            let cut = fragment(&block_cell(0), false);
            let cut = &cut[..cut.len() / 2];
            lines.push(format!(
                "Ấp 1 gửi lại: https://tsvmtd.example/app/{cut}… xem giúp"
            ));
            broken.push(Broken {
                line: lines.len(),
                error: LinkError::Truncated,
                excerpt_starts: "https://tsvmtd.example/app/#k=",
            });
        }
        if i == 17 {
            lines.push("Dạ em nhận được rồi ạ.".into());
            // One character typed wrong.
            let f = fragment(&block_cell(1), false);
            let mut chars: Vec<char> = f.chars().collect();
            let mid = chars.len() / 2;
            chars[mid] = if chars[mid] == 'x' { 'y' } else { 'x' };
            lines.push(format!(
                "Ấp 2 (gõ lại): https://tsvmtd.example/app/{}",
                chars.into_iter().collect::<String>()
            ));
            broken.push(Broken {
                line: lines.len(),
                error: LinkError::Corrupted,
                excerpt_starts: "https://tsvmtd.example/app/#k=",
            });
        }
        if i == 22 {
            lines.push("k=Chào-các-đồng-chí".into());
            broken.push(Broken {
                line: lines.len(),
                error: LinkError::InvalidCharacters,
                excerpt_starts: "k=Chào",
            });
        }
    }
    lines.push("Trân trọng.".into());
    (lines.join("\n"), broken)
}

/// What a record says: registered in `year`, and, when `appraised` is given,
/// appraised on that day with the outcome `recognised`.
pub fn record(
    year: Option<u16>,
    appraised: Option<((i32, u8, u8), bool)>,
) -> tsvmtd::domain::share_link::RecordStatus {
    tsvmtd::domain::share_link::RecordStatus {
        registered_year: year,
        appraisal: appraised.map(|((y, m, d), recognised)| {
            tsvmtd::domain::share_link::AppraisalOutcome {
                appraised_on: ShareDate::new(y, m, d).unwrap(),
                recognised,
                decision_number: if recognised {
                    "125-QĐ/ĐU".into()
                } else {
                    String::new()
                },
                decision_date: recognised.then(|| ShareDate::new(y, m, d).unwrap()),
            }
        }),
    }
}

/// A later check of cell `i` of the block (0–3), in the third quarter of
/// 2026: it now meets every condition but c9; what its record says differs:
/// 0 registered in 2026, 1 registered and recognised, 2 a record with nothing
/// on it, 3 nothing (made before records).
pub fn recheck(i: usize) -> SharedResult {
    let first = block_cell(i);
    let mut r = cell(
        &first.profile.hamlet,
        &first.profile.commune,
        2026,
        Some((2026, 7 + i as u8, 10)),
        &["c2", "c4", "c8"],
    );
    r.profile.assessor = first.profile.assessor;
    r.record = match i % 4 {
        0 => Some(record(Some(2026), None)),
        1 => Some(record(Some(2026), Some(((2026, 8, 1), true)))),
        2 => Some(record(None, None)),
        _ => None,
    };
    r
}

/// The four cells of the rounds, with their assessors.
pub const ROUND_CELLS: [(&str, &str); 4] = [
    ("ấp Phú Hòa", "Nguyễn Thị Thu Hà"),
    ("ấp Hòa Thạnh A", "Trần Văn Dũng"),
    ("ấp An Bình", "Lê Thị Ngọc Hường"),
    ("khu phố 5", "Phạm Văn Tư"),
];

/// Three rounds of links of four cells of xã Lương Hòa (the end-to-end test
/// pastes them, `tests/fixtures/tracking/round-N.txt`): round 0 in March
/// 2026, round 1 in June, round 2 in September. Conditions met (of 9) and
/// what each record says:
///
/// | cell | March | June | September |
/// |---|---|---|---|
/// | ấp Phú Hòa | 7, registered 2026 | 8, registered 2026 | 9, registered 2026 |
/// | ấp Hòa Thạnh A | 8, registered 2026 | 9, registered 2026 | 9, appraised 15/8: not recognised |
/// | ấp An Bình | 5, nothing said | 6, not registered | 8, registered 2026 |
/// | khu phố 5 | 9, registered 2025 | 9, recognised 20/5 (125-QĐ/ĐU) | 8 (c8 lapsed), recognised |
pub fn round(n: usize) -> Vec<SharedResult> {
    const ALL: &[&str] = &["c2", "c4", "c8", "c9"];
    let (month, fixed, records): (u8, [&[&str]; 4], [Option<_>; 4]) = match n {
        0 => (
            3,
            [&["c2", "c4"], &["c4", "c8", "c9"], &[], ALL],
            [
                Some(record(Some(2026), None)),
                Some(record(Some(2026), None)),
                None,
                Some(record(Some(2025), None)),
            ],
        ),
        1 => (
            6,
            [&["c2", "c4", "c8"], ALL, &["c9"], ALL],
            [
                Some(record(Some(2026), None)),
                Some(record(Some(2026), None)),
                Some(record(None, None)),
                Some(record(Some(2025), Some(((2026, 5, 20), true)))),
            ],
        ),
        _ => (
            9,
            [ALL, ALL, &["c2", "c8", "c9"], &["c2", "c4", "c9"]],
            [
                Some(record(Some(2026), None)),
                Some(record(Some(2026), Some(((2026, 8, 15), false)))),
                Some(record(Some(2026), None)),
                Some(record(Some(2025), Some(((2026, 5, 20), true)))),
            ],
        ),
    };
    ROUND_CELLS
        .iter()
        .zip(fixed)
        .zip(records)
        .enumerate()
        .map(|(i, (((hamlet, assessor), fixed), record))| {
            let mut r = cell(
                hamlet,
                "xã Lương Hòa",
                2026,
                Some((2026, month, 10 + i as u8)),
                fixed,
            );
            r.profile.assessor = (*assessor).to_owned();
            r.record = record;
            r
        })
        .collect()
}
