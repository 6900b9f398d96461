//! Scoring rules, table-driven, at every boundary: each row is an answer as it
//! is stored (JSON), the year, the expected status, and pieces of the reasons
//! that must appear (Vietnamese; English where the row says so).
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::domain::criteria::{CriteriaSet, Input, Registry, parse_set};
use tsvmtd::domain::scoring::{
    Answer, CriterionResult, RatesAnswer, ReferenceChoice, Status, YearRating, evaluate,
    new_rating_row,
};

use Status::{Incomplete, Invalid, Met, NotMet};

fn ben_tre() -> CriteriaSet {
    Registry::bundled().latest("ben-tre-2021").unwrap().clone()
}

fn every_kind() -> CriteriaSet {
    parse_set("every-kind.json", include_str!("fixtures/every-kind.json")).unwrap()
}

fn score_one(set: &CriteriaSet, id: &str, answer_json: &str, year: u16) -> CriterionResult {
    let answer: Answer = serde_json::from_str(answer_json)
        .unwrap_or_else(|e| panic!("bad test row {answer_json}: {e}"));
    evaluate(set.criterion(id).unwrap(), Some(&answer), None, year)
}

struct Row<'a> {
    answer: &'a str,
    status: Status,
    vi: &'a [&'a str],
}

fn check(set: &CriteriaSet, id: &str, year: u16, rows: &[Row]) {
    for row in rows {
        let r = score_one(set, id, row.answer, year);
        let vi: Vec<&str> = r.reasons.iter().map(|t| &*t.vi).collect();
        assert_eq!(r.status, row.status, "{id} {}: {vi:#?}", row.answer);
        for piece in row.vi {
            assert!(
                vi.iter().any(|v| v.contains(piece)),
                "{id} {}: {piece:?} not in {vi:#?}",
                row.answer
            );
        }
        assert!(!r.reasons.is_empty());
        for t in &r.reasons {
            assert!(
                !t.vi.is_empty() && !t.en.is_empty() && t.vi != t.en,
                "{t:?}"
            );
        }
    }
}

fn row<'a>(answer: &'a str, status: Status, vi: &'a [&'a str]) -> Row<'a> {
    Row { answer, status, vi }
}

fn members(total: &str, counted: &str) -> String {
    let mut fields = Vec::new();
    if !total.is_empty() {
        fields.push(format!(r#""total":{total}"#));
    }
    if !counted.is_empty() {
        fields.push(format!(r#""counted":{counted}"#));
    }
    format!(
        r#"{{"kind":"counts","groups":{{"members":{{{}}}}}}}"#,
        fields.join(",")
    )
}

#[test]
fn all_of_n_every_member_has_a_task() {
    let set = ben_tre();
    let cases: Vec<(String, Status, Vec<&str>)> = vec![
        (
            members("25", "25"),
            Met,
            vec!["25/25 đảng viên đã được phân công nhiệm vụ"],
        ),
        (
            members("25", "22"),
            NotMet,
            vec!["3/25 đảng viên chưa được phân công nhiệm vụ và có việc làm cụ thể"],
        ),
        (
            members("25", "0"),
            NotMet,
            vec!["25/25 đảng viên chưa được phân công"],
        ),
        (members("1", "1"), Met, vec!["1/1"]),
        (
            members("1000000", "999999"),
            NotMet,
            vec!["1/1.000.000 đảng viên"],
        ),
        (
            members("1000000", "1000000"),
            Met,
            vec!["1.000.000/1.000.000"],
        ),
        // Zero members: a cell has members; "all of 0" would be an empty pass.
        (
            members("0", "0"),
            Invalid,
            vec!["“Tổng số đảng viên của chi bộ” phải từ 1 trở lên, không thể là 0."],
        ),
        // Assigned more than the total.
        (
            members("25", "26"),
            Invalid,
            vec!["(26) lớn hơn “Tổng số đảng viên của chi bộ” (25)"],
        ),
        // Negative counts.
        (members("-1", "0"), Invalid, vec!["không thể là số âm (-1)"]),
        (
            members("25", "-3"),
            Invalid,
            vec!["không thể là số âm (-3)"],
        ),
        (
            members("1000001", "1"),
            Invalid,
            vec!["quá lớn: 1.000.001 (tối đa 1.000.000)"],
        ),
        (
            members("", "3"),
            Incomplete,
            vec!["Chưa nhập: Tổng số đảng viên của chi bộ."],
        ),
        (
            members("25", ""),
            Incomplete,
            vec!["Chưa nhập: Số đảng viên đã được phân công"],
        ),
        (
            r#"{"kind":"counts"}"#.into(),
            Incomplete,
            vec!["Chưa nhập: Tổng số đảng viên"],
        ),
    ];
    for (answer, status, vi) in &cases {
        check(&set, "c4", 2026, &[row(answer, *status, vi)]);
    }
    let r = score_one(&set, "c4", &members("25", "22"), 2026);
    assert_eq!(
        r.reasons[0].en,
        "3/25 members do not yet have an assigned task and concrete work"
    );
}

#[test]
fn none_of_n_nobody_dissents_in_either_group() {
    let set = ben_tre();
    let two = |m: &str, h: &str| {
        format!(r#"{{"kind":"counts","groups":{{"members":{m},"households":{h}}}}}"#)
    };
    let ok_m = r#"{"total":20,"counted":0}"#;
    let ok_h = r#"{"total":399,"counted":0}"#;
    let cases = [
        (
            two(ok_m, ok_h),
            Met,
            vec![
                "20/20 cán bộ, đảng viên đồng thuận",
                "399/399 hộ dân đồng thuận",
            ],
        ),
        (
            two(ok_m, r#"{"total":399,"counted":2}"#),
            NotMet,
            vec!["2/399 hộ dân chưa đồng thuận, thống nhất"],
        ),
        (
            two(r#"{"total":20,"counted":20}"#, ok_h),
            NotMet,
            vec!["20/20 cán bộ, đảng viên chưa đồng thuận"],
        ),
        // A known failure outranks a missing answer, and both are reported.
        (
            two(r#"{"total":20,"counted":1}"#, "{}"),
            NotMet,
            vec!["1/20", "Chưa nhập: Tổng số hộ dân"],
        ),
        (
            two(ok_m, "{}"),
            Incomplete,
            vec!["Chưa nhập: Tổng số hộ dân trong ấp, khu phố.", "20/20"],
        ),
        (
            two(ok_m, r#"{"total":399,"counted":400}"#),
            Invalid,
            vec!["(400) lớn hơn"],
        ),
        (
            two(ok_m, r#"{"total":0,"counted":0}"#),
            Invalid,
            vec!["phải từ 1 trở lên"],
        ),
        // An exempt count where the group has none is ignored.
        (
            two(ok_m, r#"{"total":399,"counted":0,"exempt":5}"#),
            Met,
            vec![],
        ),
    ];
    for (answer, status, vi) in &cases {
        check(&set, "c2", 2026, &[row(answer, *status, vi)]);
    }
}

/// Criterion 7: members heading poor households, social-protection ones excused.
#[test]
fn the_exemption_of_criterion_7() {
    let set = ben_tre();
    let heads = |total: i64, counted: i64, exempt: Option<i64>| match exempt {
        Some(e) => format!(
            r#"{{"kind":"counts","groups":{{"members":{{"total":{total},"counted":{counted},"exempt":{e}}}}}}}"#
        ),
        None => format!(
            r#"{{"kind":"counts","groups":{{"members":{{"total":{total},"counted":{counted}}}}}}}"#
        ),
    };
    let cases = [
        // Nobody counted: the exempt number is not needed.
        (
            heads(25, 0, None),
            Met,
            vec![
                "0/25 đảng viên là chủ hộ nghèo, cận nghèo, trừ các hộ thuộc diện đang hưởng chính sách bảo trợ xã hội (0 đảng viên là chủ hộ",
            ],
        ),
        (
            heads(25, 2, Some(2)),
            Met,
            vec![
                "0/25",
                "(2 đảng viên là chủ hộ nghèo, cận nghèo, trong đó 2 hộ thuộc diện này)",
            ],
        ),
        (
            heads(25, 2, Some(1)),
            NotMet,
            vec![
                "1/25 đảng viên là chủ hộ nghèo, cận nghèo, trừ các hộ thuộc diện đang hưởng chính sách bảo trợ xã hội",
            ],
        ),
        (heads(25, 2, Some(0)), NotMet, vec!["2/25"]),
        (
            heads(25, 2, None),
            Incomplete,
            vec!["Chưa nhập: Trong đó, số hộ đang hưởng chính sách bảo trợ xã hội."],
        ),
        (
            heads(25, 2, Some(3)),
            Invalid,
            vec!["(3) lớn hơn “Số đảng viên là chủ hộ nghèo, cận nghèo” (2)"],
        ),
        (heads(25, 26, Some(0)), Invalid, vec!["(26) lớn hơn"]),
        (heads(25, 2, Some(-1)), Invalid, vec!["số âm"]),
        (heads(0, 0, None), Invalid, vec!["phải từ 1 trở lên"]),
    ];
    for (answer, status, vi) in &cases {
        check(&set, "c7", 2026, &[row(answer, *status, vi)]);
    }
}

#[test]
fn named_items_need_at_least_the_minimum_and_blank_rows_do_not_count() {
    let set = ben_tre();
    check(
        &set,
        "c3",
        2026,
        &[
            row(
                r#"{"kind":"named_items","items":[]}"#,
                NotMet,
                &[
                    "Cần ít nhất 1 việc làm, sản phẩm cụ thể trong thực hiện phong trào thi đua “Đồng khởi mới”; mới có 0/1.",
                ],
            ),
            row(r#"{"kind":"named_items"}"#, NotMet, &["0/1"]),
            row(
                r#"{"kind":"named_items","items":["  ",""]}"#,
                NotMet,
                &["0/1"],
            ),
            row(
                r#"{"kind":"named_items","items":[" Tuyến đường hoa ấp Linh Lân "]}"#,
                Met,
                &[
                    "Có 1 việc làm, sản phẩm cụ thể trong thực hiện phong trào thi đua “Đồng khởi mới” (cần ít nhất 1): Tuyến đường hoa ấp Linh Lân.",
                ],
            ),
        ],
    );
    check(
        &set,
        "c5",
        2026,
        &[row(
            r#"{"kind":"named_items","items":["Tổ hợp tác trồng bưởi","Nuôi dê"]}"#,
            Met,
            &["Có 2 mô hình phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững"],
        )],
    );
    let sample = every_kind();
    check(
        &sample,
        "models",
        2026,
        &[
            row(
                r#"{"kind":"named_items","items":["A"]}"#,
                NotMet,
                &["Cần ít nhất 2 mô hình kinh tế; mới có 1/2."],
            ),
            row(
                r#"{"kind":"named_items","items":["A","B"]}"#,
                Met,
                &["Có 2 mô hình kinh tế (cần ít nhất 2): A; B."],
            ),
        ],
    );
}

fn rates(fields: &str) -> String {
    format!(r#"{{"kind":"household_rates",{fields}}}"#)
}

/// Criterion 6 with the strict "lower than", two decimals, the formula shown.
#[test]
fn household_rates_are_strictly_lower_at_two_decimals() {
    let set = ben_tre();
    let bt23 = r#""reference":{"preset":"ben-tre-2023"}"#;
    let cases: Vec<(String, u16, Status, Vec<&str>)> = vec![
        // The brief's example: 12/399 = 3,0075% reads 3,01%.
        (
            rates(&format!(
                r#""households":399,"poor":12,"near_poor":3,{bt23}"#
            )),
            2026,
            NotMet,
            vec![
                "Tỷ lệ hộ nghèo 12/399 = 3,01% không thấp hơn tỷ lệ bình quân chung của tỉnh, 2,63% (Bến Tre, số liệu đến 31/12/2023, theo VietNamNet).",
                "Tỷ lệ hộ cận nghèo 3/399 = 0,75% thấp hơn tỷ lệ bình quân chung của tỉnh, 2,59%",
                "tính cả hộ đang hưởng chính sách bảo trợ xã hội",
            ],
        ),
        // Equal rates are not lower.
        (
            rates(&format!(
                r#""households":10000,"poor":263,"near_poor":0,{bt23}"#
            )),
            2026,
            NotMet,
            vec!["263/10.000 = 2,63% không thấp hơn tỷ lệ bình quân chung của tỉnh, 2,63%"],
        ),
        (
            rates(&format!(
                r#""households":10000,"poor":262,"near_poor":259,{bt23}"#
            )),
            2026,
            NotMet,
            vec![
                "262/10.000 = 2,62% thấp hơn tỷ lệ bình quân chung của tỉnh, 2,63%",
                "259/10.000 = 2,59% không thấp hơn tỷ lệ bình quân chung của tỉnh, 2,59%",
            ],
        ),
        (
            rates(&format!(
                r#""households":10000,"poor":262,"near_poor":258,{bt23}"#
            )),
            2026,
            Met,
            vec![
                "2,62% thấp hơn tỷ lệ bình quân chung của tỉnh, 2,63%",
                "2,58% thấp hơn tỷ lệ bình quân chung của tỉnh, 2,59%",
            ],
        ),
        // Rounded half up, and compared as shown: 2,625% shows 2,63%, not lower.
        (
            rates(&format!(
                r#""households":100000,"poor":2625,"near_poor":0,{bt23}"#
            )),
            2026,
            NotMet,
            vec!["2.625/100.000 = 2,63% không thấp hơn"],
        ),
        (
            rates(&format!(
                r#""households":100000,"poor":2624,"near_poor":0,{bt23}"#
            )),
            2026,
            Met,
            vec!["2.624/100.000 = 2,62% thấp hơn"],
        ),
        (
            rates(&format!(
                r#""households":399,"poor":0,"near_poor":0,{bt23}"#
            )),
            2026,
            Met,
            vec!["0/399 = 0,00% thấp hơn tỷ lệ bình quân chung của tỉnh, 2,63%"],
        ),
        // The user's own reference figures.
        (
            rates(
                r#""households":399,"poor":12,"near_poor":3,"reference":{"custom":{"poor_bp":302,"near_poor_bp":76}}"#,
            ),
            2026,
            Met,
            vec!["3,01% thấp hơn tỷ lệ bình quân chung của tỉnh, 3,02% (tỷ lệ do người dùng nhập)"],
        ),
        (
            rates(
                r#""households":399,"poor":12,"near_poor":3,"reference":{"custom":{"poor_bp":301,"near_poor_bp":76}}"#,
            ),
            2026,
            NotMet,
            vec!["3,01% không thấp hơn tỷ lệ bình quân chung của tỉnh, 3,01%"],
        ),
        // Invalid input: a rate above 100%, negative counts, impossible sums.
        (
            rates(
                r#""households":399,"poor":12,"near_poor":3,"reference":{"custom":{"poor_bp":10001,"near_poor_bp":76}}"#,
            ),
            2026,
            Invalid,
            vec!["“Tỷ lệ tham chiếu” phải từ 0% đến 100%, không thể là 100,01%."],
        ),
        (
            rates(
                r#""households":399,"poor":12,"near_poor":3,"reference":{"custom":{"poor_bp":-1,"near_poor_bp":76}}"#,
            ),
            2026,
            Invalid,
            vec!["-0,01%"],
        ),
        (
            rates(&format!(
                r#""households":399,"poor":400,"near_poor":0,{bt23}"#
            )),
            2026,
            Invalid,
            vec!["“Số hộ nghèo” (400) lớn hơn “Tổng số hộ” (399)."],
        ),
        (
            rates(&format!(
                r#""households":399,"poor":300,"near_poor":100,{bt23}"#
            )),
            2026,
            Invalid,
            vec!["(300 + 100 = 400) nhiều hơn tổng số hộ (399)"],
        ),
        (
            rates(&format!(r#""households":0,"poor":0,"near_poor":0,{bt23}"#)),
            2026,
            Invalid,
            vec!["“Tổng số hộ” phải từ 1 trở lên"],
        ),
        (
            rates(&format!(
                r#""households":399,"poor":-12,"near_poor":3,{bt23}"#
            )),
            2026,
            Invalid,
            vec!["“Số hộ nghèo” không thể là số âm (-12)."],
        ),
        (
            rates(&format!(
                r#""households":399,"poor":12,"near_poor":3,"poor_protected":13,{bt23}"#
            )),
            2026,
            Invalid,
            vec!["(13) lớn hơn “Số hộ nghèo” (12)"],
        ),
        // Missing numbers; the exclusion needs the protected counts.
        (
            rates(bt23),
            2026,
            Incomplete,
            vec![
                "Chưa nhập: Tổng số hộ.",
                "Chưa nhập: Số hộ nghèo.",
                "Chưa nhập: Số hộ cận nghèo.",
            ],
        ),
        (
            rates(&format!(
                r#""households":399,"poor":12,"near_poor":3,"exclude_protected":true,{bt23}"#
            )),
            2026,
            Incomplete,
            vec!["Chưa nhập: Số hộ nghèo đang hưởng bảo trợ xã hội."],
        ),
        (
            rates(r#""households":399,"poor":12,"near_poor":3,"reference":{"preset":"tinh-khac"}"#),
            2026,
            Incomplete,
            vec!["Không tìm thấy số liệu tham chiếu “tinh-khac”"],
        ),
        // Excluding social-protection households from count and total.
        (
            rates(
                r#""households":399,"poor":12,"near_poor":3,"poor_protected":10,"near_poor_protected":0,"exclude_protected":true,"reference":{"preset":"vinh-long-2025"}"#,
            ),
            2026,
            Met,
            vec![
                "Tỷ lệ hộ nghèo (12 − 10)/(399 − 10) = 2/389 = 0,51% thấp hơn tỷ lệ bình quân chung của tỉnh, 0,88% (Vĩnh Long (sau hợp nhất năm 2025), số liệu đến 31/12/2025, theo Thanh Niên).",
                "(3 − 0)/(399 − 10) = 3/389 = 0,77% thấp hơn tỷ lệ bình quân chung của tỉnh, 1,94%",
                "Theo lựa chọn, không tính 10 hộ đang hưởng chính sách bảo trợ xã hội",
            ],
        ),
        // Every household excluded: nothing is left to be poor.
        (
            rates(
                r#""households":10,"poor":10,"near_poor":0,"poor_protected":10,"near_poor_protected":0,"exclude_protected":true"#,
            ),
            2026,
            Met,
            vec!["(10 − 10)/(10 − 10) = 0/0 = 0,00%"],
        ),
    ];
    for (answer, year, status, vi) in &cases {
        check(&set, "c6", *year, &[row(answer, *status, vi)]);
    }
    let r = score_one(&set, "c6", &cases[0].0, 2026);
    assert_eq!(
        r.reasons[0].en,
        "Poor household rate 12/399 = 3.01% is not lower than the province's average rate, 2.63% (Bến Tre, figures as of 2023-12-31, from VietNamNet)."
    );
}

/// Without a choice, the reference is the latest figures of a year before the
/// current one (figures for a year come out after it ends).
#[test]
fn the_default_reference_follows_the_year() {
    let set = ben_tre();
    let answer = rates(r#""households":399,"poor":12,"near_poor":3"#);
    let cases = [
        (2021, "4,26%"), // nothing older is shipped: the oldest
        (2022, "4,26%"),
        (2023, "4,26%"),
        (2024, "2,63%"),
        (2025, "2,63%"),
        (2026, "0,88%"),
        (2040, "0,88%"),
    ];
    for (year, poor_ref) in cases {
        let r = score_one(&set, "c6", &answer, year);
        assert!(
            r.reasons
                .iter()
                .any(|t| t.vi.contains("3,01% ") && t.vi.contains(poor_ref)),
            "{year}: {:#?}",
            r.reasons
        );
    }
}

/// The reference as the choice lists it (the set's figures, then her own),
/// what each choice writes, and the default written with her first number.
#[test]
fn choosing_the_reference() {
    let set = ben_tre();
    let Some(Input::HouseholdRates { references }) = set.criterion("c6").map(|c| &c.input) else {
        panic!("c6 takes household rates");
    };
    let ids: Vec<&str> = references.iter().map(|r| &*r.id).collect();
    assert_eq!(ids, ["ben-tre-2021", "ben-tre-2023", "vinh-long-2025"]);
    let own = |poor_bp, near_poor_bp| ReferenceChoice::Custom {
        poor_bp,
        near_poor_bp,
    };
    let preset = |id: &str| Some(ReferenceChoice::Preset(id.to_owned()));
    let with = |reference| RatesAnswer {
        reference,
        ..RatesAnswer::default()
    };

    // Where the choice stands: without one, at the year's default.
    let cases = [
        (None, 2022, Some(0)),
        (None, 2024, Some(1)),
        (None, 2026, Some(2)),
        (preset("ben-tre-2023"), 2026, Some(1)),
        (preset("tinh-khac"), 2026, None),
        (Some(own(302, 76)), 2026, Some(3)),
    ];
    for (reference, year, position) in cases {
        let answer = with(reference.clone());
        assert_eq!(
            answer.reference_position(references, year),
            position,
            "{reference:?} {year}"
        );
    }
    assert_eq!(with(None).reference_position(&[], 2026), None);

    // What a choice writes: her own figures are kept when chosen again.
    let cases = [
        (preset("ben-tre-2023"), Some(0), preset("ben-tre-2021")),
        (Some(own(302, 76)), Some(2), preset("vinh-long-2025")),
        (preset("ben-tre-2023"), None, None),
        (preset("ben-tre-2023"), Some(3), Some(own(0, 0))),
        (None, Some(3), Some(own(0, 0))),
        (Some(own(302, 76)), Some(3), Some(own(302, 76))),
        (Some(own(302, 76)), Some(9), Some(own(302, 76))),
    ];
    for (before, position, after) in cases {
        let mut answer = with(before.clone());
        answer.choose_reference(references, position);
        assert_eq!(answer.reference, after, "{before:?} {position:?}");
    }

    // The default is written with her first number, never over a choice.
    let cases = [
        (None, 2024, preset("ben-tre-2023")),
        (None, 2026, preset("vinh-long-2025")),
        (preset("ben-tre-2021"), 2026, preset("ben-tre-2021")),
        (Some(own(1, 2)), 2026, Some(own(1, 2))),
    ];
    for (before, year, after) in cases {
        let mut answer = with(before.clone());
        answer.pin_default_reference(references, year);
        assert_eq!(answer.reference, after, "{before:?} {year}");
    }
    let mut nothing = with(None);
    nothing.pin_default_reference(&[], 2026);
    assert_eq!(nothing.reference, None);

    // Her own figures, one at a time; an empty field counts as 0.
    let cases = [
        (Some(own(302, 76)), true, Some(263), Some(own(263, 76))),
        (Some(own(302, 76)), false, Some(259), Some(own(302, 259))),
        (Some(own(302, 76)), true, None, Some(own(0, 76))),
        (
            preset("ben-tre-2023"),
            true,
            Some(263),
            preset("ben-tre-2023"),
        ),
        (None, false, Some(263), None),
    ];
    for (before, poor, value, after) in cases {
        let mut answer = with(before.clone());
        answer.set_own_reference(poor, value);
        assert_eq!(answer.reference, after, "{before:?} {poor} {value:?}");
    }
}

fn ratings(years: &[(i64, &str, Option<i64>)]) -> String {
    let rows: Vec<String> = years
        .iter()
        .map(|(y, level, score)| {
            let mut fields = vec![format!(r#""year":{y}"#)];
            if !level.is_empty() {
                fields.push(format!(r#""level":"{level}""#));
            }
            if let Some(s) = score {
                fields.push(format!(r#""score_tenths":{s}"#));
            }
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    format!(
        r#"{{"kind":"yearly_ratings","years":[{}]}}"#,
        rows.join(",")
    )
}

const E: &str = "excellent";
const G: &str = "good";
const C: &str = "completed";
const N: &str = "not_completed";

/// "Add a year" goes back in time: the year before the earliest entered (in
/// whatever order the rows are), or last year for the first row.
#[test]
fn a_new_rating_row_is_the_year_before_the_earliest() {
    let row = |year| YearRating {
        year,
        level: None,
        score_tenths: None,
    };
    let cases: [(&[i64], u16, i64); 4] = [
        (&[], 2026, 2025),
        (&[2025], 2026, 2024),
        (&[2024, 2022, 2025], 2026, 2021),
        (&[2030], 2026, 2029),
    ];
    for (years, current_year, expected) in cases {
        let years: Vec<YearRating> = years.iter().map(|&y| row(y)).collect();
        assert_eq!(
            new_rating_row(&years, current_year),
            row(expected),
            "{years:?}"
        );
    }
}

/// Criterion 1 in 2026: the latest rated year and the one before it.
#[test]
fn yearly_ratings_run_and_earliest_year() {
    let set = ben_tre();
    type Case<'a> = (
        Vec<(i64, &'a str, Option<i64>)>,
        Status,
        Option<u16>,
        Vec<&'a str>,
    );
    let cases: Vec<Case> = vec![
        (
            vec![(2024, E, None), (2025, E, None)],
            Met,
            Some(2026),
            vec!["Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục: 2024 và 2025."],
        ),
        (
            vec![(2025, E, None), (2026, E, None)],
            Met,
            Some(2026),
            vec!["2025 và 2026"],
        ),
        (
            vec![(2023, G, None), (2024, E, None), (2025, E, None)],
            Met,
            Some(2026),
            vec![],
        ),
        (
            vec![(2024, E, None), (2025, G, None)],
            NotMet,
            Some(2027),
            vec![
                "Năm 2025: Hoàn thành tốt nhiệm vụ.",
                "Sớm nhất có thể đề nghị công nhận vào năm 2027, nếu năm 2026 và 2027 được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (đủ 2 năm liên tục).",
            ],
        ),
        (
            vec![(2024, G, None), (2025, E, None)],
            NotMet,
            Some(2026),
            vec![
                "Năm 2024: Hoàn thành tốt nhiệm vụ.",
                "Mới có 1/2 năm liên tục",
                "vào năm 2026, nếu năm 2026 được xếp loại",
            ],
        ),
        // A year with no rating breaks the run.
        (
            vec![(2023, E, None), (2025, E, None)],
            NotMet,
            Some(2026),
            vec!["Năm 2024 chưa có xếp loại: chuỗi năm liên tục bị ngắt."],
        ),
        (
            vec![(2024, E, None), (2025, "", None)],
            Incomplete,
            None,
            vec!["Chưa nhập xếp loại năm 2025"],
        ),
        (
            vec![(2025, E, None)],
            NotMet,
            Some(2026),
            vec!["Năm 2024 chưa có xếp loại"],
        ),
        (
            vec![(2025, N, None)],
            NotMet,
            Some(2027),
            vec!["Năm 2025: Không hoàn thành nhiệm vụ."],
        ),
        (
            vec![(2024, E, None), (2025, E, None), (2026, G, None)],
            NotMet,
            Some(2028),
            vec!["Năm 2026: Hoàn thành tốt nhiệm vụ.", "năm 2027 và 2028"],
        ),
        (
            vec![(2025, G, None), (2026, E, None)],
            NotMet,
            Some(2027),
            vec!["vào năm 2027, nếu năm 2027 được"],
        ),
        // Ratings that stop before last year are stale.
        (
            vec![(2023, E, None), (2024, E, None)],
            Incomplete,
            None,
            vec!["Chưa nhập xếp loại năm 2025: cần xếp loại của các năm gần nhất."],
        ),
        (
            vec![],
            Incomplete,
            None,
            vec!["Chưa nhập xếp loại chất lượng của năm nào."],
        ),
        // Scores at 50, 70 and 90 and just below, against their levels.
        (
            vec![(2024, E, Some(900)), (2025, E, Some(1000))],
            Met,
            Some(2026),
            vec![],
        ),
        (
            vec![(2024, E, Some(900)), (2025, E, Some(899))],
            Invalid,
            None,
            vec![
                "Năm 2025: 89,9 điểm ứng với mức “Hoàn thành tốt nhiệm vụ” (theo Quy định 366-QĐ/TW ngày 30/8/2025), không khớp với mức “Hoàn thành xuất sắc nhiệm vụ” đã chọn.",
            ],
        ),
        (vec![(2025, G, Some(899))], NotMet, Some(2027), vec![]),
        (vec![(2025, G, Some(700))], NotMet, Some(2027), vec![]),
        (
            vec![(2025, G, Some(699))],
            Invalid,
            None,
            vec!["69,9 điểm ứng với mức “Hoàn thành nhiệm vụ”"],
        ),
        (vec![(2025, C, Some(500))], NotMet, Some(2027), vec![]),
        (
            vec![(2025, C, Some(499))],
            Invalid,
            None,
            vec!["49,9 điểm ứng với mức “Không hoàn thành nhiệm vụ”"],
        ),
        (vec![(2025, N, Some(0))], NotMet, Some(2027), vec![]),
        (
            vec![(2025, G, Some(900))],
            Invalid,
            None,
            vec!["90 điểm ứng với mức “Hoàn thành xuất sắc nhiệm vụ”"],
        ),
        (
            vec![(2025, E, Some(1001))],
            Invalid,
            None,
            vec!["Điểm năm 2025 phải từ 0 đến 100, không thể là 100,1."],
        ),
        (
            vec![(2025, E, Some(-5))],
            Invalid,
            None,
            vec!["không thể là -0,5"],
        ),
        // A score alone rates a year of the scale (Quy định 366-QĐ/TW, from 2025).
        (
            vec![(2024, E, None), (2025, "", Some(950))],
            Met,
            Some(2026),
            vec![
                "Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục: 2024 và 2025.",
                "Năm 2025: 95 điểm → Hoàn thành xuất sắc nhiệm vụ (theo Quy định 366-QĐ/TW ngày 30/8/2025).",
            ],
        ),
        // A year in the future, a year entered twice, a year too early.
        (
            vec![(2025, E, None), (2027, E, None)],
            Invalid,
            None,
            vec!["Năm 2027 chưa đến (năm hiện tại là 2026), chưa thể có xếp loại."],
        ),
        (
            vec![(2025, E, None), (2025, G, None)],
            Invalid,
            None,
            vec!["Năm 2025 được nhập nhiều lần."],
        ),
        (
            vec![(1999, E, None), (2025, E, None)],
            Invalid,
            None,
            vec!["Năm 1999 không hợp lệ"],
        ),
    ];
    for (years, status, earliest, vi) in &cases {
        let answer = ratings(years);
        check(&set, "c1", 2026, &[row(&answer, *status, vi)]);
        let r = score_one(&set, "c1", &answer, 2026);
        assert_eq!(r.earliest_year, *earliest, "{answer}");
    }
}

const QD366: &str = "(theo Quy định 366-QĐ/TW ngày 30/8/2025).";

/// Issue 15, item 3: from 2025 (Quy định 366-QĐ/TW) a score gives the year its
/// level; before it, a year needs its level chosen. In 2026, with 2024 rated
/// excellent, 2025 entered as a score alone, at every band's edge.
#[test]
fn a_score_alone_gives_its_level_at_every_boundary() {
    let set = ben_tre();
    let cases = [
        (0, "0 điểm → Không hoàn thành nhiệm vụ", NotMet, Some(2027)),
        (
            499,
            "49,9 điểm → Không hoàn thành nhiệm vụ",
            NotMet,
            Some(2027),
        ),
        (500, "50 điểm → Hoàn thành nhiệm vụ", NotMet, Some(2027)),
        (699, "69,9 điểm → Hoàn thành nhiệm vụ", NotMet, Some(2027)),
        (700, "70 điểm → Hoàn thành tốt nhiệm vụ", NotMet, Some(2027)),
        (
            895,
            "89,5 điểm → Hoàn thành tốt nhiệm vụ",
            NotMet,
            Some(2027),
        ),
        (
            899,
            "89,9 điểm → Hoàn thành tốt nhiệm vụ",
            NotMet,
            Some(2027),
        ),
        (
            900,
            "90 điểm → Hoàn thành xuất sắc nhiệm vụ",
            Met,
            Some(2026),
        ),
        (
            1000,
            "100 điểm → Hoàn thành xuất sắc nhiệm vụ",
            Met,
            Some(2026),
        ),
    ];
    for (tenths, gives, status, earliest) in cases {
        let answer = ratings(&[(2024, E, None), (2025, "", Some(tenths))]);
        let line = format!("Năm 2025: {gives} {QD366}");
        check(&set, "c1", 2026, &[row(&answer, status, &[&line])]);
        let r = score_one(&set, "c1", &answer, 2026);
        assert_eq!(r.earliest_year, earliest, "{tenths}");
        if status == NotMet {
            // The year that breaks the run is named with its score first.
            assert_eq!(r.reasons[0].vi, line, "{tenths}");
        }
        // Entering the level the score gives changes nothing but the words.
        let level = match gives.split(" → ").nth(1).unwrap() {
            "Hoàn thành xuất sắc nhiệm vụ" => E,
            "Hoàn thành tốt nhiệm vụ" => G,
            "Hoàn thành nhiệm vụ" => C,
            _ => N,
        };
        let chosen = score_one(
            &set,
            "c1",
            &ratings(&[(2024, E, None), (2025, level, Some(tenths))]),
            2026,
        );
        assert_eq!((chosen.status, chosen.earliest_year), (status, earliest));
        assert!(
            chosen.reasons.iter().all(|t| !t.vi.contains('→')),
            "{chosen:?}"
        );
    }
    let en = score_one(
        &set,
        "c1",
        &ratings(&[(2024, E, None), (2025, "", Some(895))]),
        2026,
    );
    assert_eq!(
        en.reasons[0].en,
        "2025: 89.5 points → Well fulfilled its tasks (under Regulation 366-QĐ/TW of 30 August 2025)."
    );
}

#[test]
fn a_score_and_a_level_before_and_after_the_scale() {
    let set = ben_tre();
    type Case<'a> = (
        u16,
        Vec<(i64, &'a str, Option<i64>)>,
        Status,
        Option<u16>,
        Vec<&'a str>,
    );
    let cases: Vec<Case> = vec![
        // A level that agrees with the score: nothing to derive, nothing to say.
        (
            2026,
            vec![(2024, E, None), (2025, E, Some(900))],
            Met,
            Some(2026),
            vec![],
        ),
        // A level the score contradicts stays invalid, either way round.
        (
            2026,
            vec![(2024, E, None), (2025, G, Some(900))],
            Invalid,
            None,
            vec![
                "Năm 2025: 90 điểm ứng với mức “Hoàn thành xuất sắc nhiệm vụ” (theo Quy định 366-QĐ/TW ngày 30/8/2025), không khớp với mức “Hoàn thành tốt nhiệm vụ” đã chọn.",
            ],
        ),
        (
            2026,
            vec![(2024, E, None), (2025, E, Some(895))],
            Invalid,
            None,
            vec!["89,5 điểm ứng với mức “Hoàn thành tốt nhiệm vụ”"],
        ),
        // Before the scale a score alone is not enough: the level is asked for.
        (
            2026,
            vec![(2024, "", Some(950)), (2025, E, None)],
            Incomplete,
            None,
            vec![
                "Năm 2024 chưa áp dụng thang điểm của Quy định 366-QĐ/TW ngày 30/8/2025 (áp dụng từ năm 2025): chỉ có điểm thì chưa đủ, cần chọn mức xếp loại của năm 2024.",
            ],
        ),
        (
            2025,
            vec![(2023, E, None), (2024, "", Some(950))],
            Incomplete,
            None,
            vec!["Năm 2024 chưa áp dụng thang điểm"],
        ),
        (
            2026,
            vec![(2024, "", Some(950)), (2025, "", Some(950))],
            Incomplete,
            None,
            vec!["cần chọn mức xếp loại của năm 2024", "Năm 2025: 95 điểm →"],
        ),
        // Before the scale a score beside a level is kept, not compared.
        (
            2026,
            vec![(2024, E, Some(500)), (2025, E, None)],
            Met,
            Some(2026),
            vec![],
        ),
        // The current year rated by its score, and a run of two derived years.
        (
            2026,
            vec![(2025, E, None), (2026, "", Some(920))],
            Met,
            Some(2026),
            vec![
                "2025 và 2026",
                "Năm 2026: 92 điểm → Hoàn thành xuất sắc nhiệm vụ",
            ],
        ),
        (
            2027,
            vec![(2025, "", Some(905)), (2026, "", Some(990))],
            Met,
            Some(2027),
            vec!["Năm 2025: 90,5 điểm →", "Năm 2026: 99 điểm →"],
        ),
        (
            2025,
            vec![(2024, E, None), (2025, "", Some(900))],
            Met,
            Some(2025),
            vec![],
        ),
        // The earliest year counts derived levels like chosen ones.
        (
            2026,
            vec![(2025, "", Some(950))],
            NotMet,
            Some(2026),
            vec![
                "Năm 2024 chưa có xếp loại",
                "Năm 2025: 95 điểm → Hoàn thành xuất sắc nhiệm vụ",
            ],
        ),
        (
            2026,
            vec![(2025, "", Some(850))],
            NotMet,
            Some(2027),
            vec![
                "Năm 2025: 85 điểm → Hoàn thành tốt nhiệm vụ",
                "vào năm 2027, nếu năm 2026 và 2027",
            ],
        ),
        // A score outside 0–100 rates nothing.
        (
            2026,
            vec![(2024, E, None), (2025, "", Some(1001))],
            Invalid,
            None,
            vec!["Điểm năm 2025 phải từ 0 đến 100, không thể là 100,1."],
        ),
    ];
    for (year, years, status, earliest, vi) in &cases {
        let answer = ratings(years);
        check(&set, "c1", *year, &[row(&answer, *status, vi)]);
        let r = score_one(&set, "c1", &answer, *year);
        assert_eq!(r.earliest_year, *earliest, "{answer} in {year}");
    }
}

/// The scales are the set's data: a set may have several, or none.
#[test]
fn score_scales_come_from_the_set() {
    let sample = every_kind();
    // The sample's second scale (from 2028) rates 85 points excellent.
    let cases = [
        (
            vec![(2026, E, None), (2027, E, None), (2028, "", Some(860))],
            Met,
        ),
        (
            vec![(2026, E, None), (2027, "", Some(860)), (2028, E, None)],
            NotMet,
        ),
    ];
    for (years, status) in cases {
        let r = score_one(&sample, "ratings", &ratings(&years), 2029);
        assert_eq!(r.status, status, "{years:?}: {:?}", r.reasons);
    }
    // Without scales, a score alone never rates a year.
    let json = include_str!("fixtures/every-kind.json");
    let start = json.find(r#", "score_scales""#).unwrap();
    let end = start + json[start..].find("]").unwrap() + 1;
    let unscaled = tsvmtd::domain::criteria::parse_set(
        "x.json",
        &format!("{}{}", &json[..start], &json[end..]),
    )
    .unwrap();
    check(
        &unscaled,
        "ratings",
        2026,
        &[
            row(
                &ratings(&[(2024, E, None), (2025, E, None), (2026, "", Some(950))]),
                Incomplete,
                &[
                    "Bộ tiêu chí này không suy ra mức xếp loại từ điểm: chỉ có điểm thì chưa đủ, cần chọn mức xếp loại của năm 2026.",
                ],
            ),
            row(
                &ratings(&[(2024, E, None), (2025, E, None), (2026, E, Some(100))]),
                Met,
                &[],
            ),
        ],
    );
}

#[test]
fn a_longer_run_counts_every_year() {
    let set = every_kind();
    let cases = [
        (
            vec![(2023, E, None), (2024, E, None), (2025, E, None)],
            Met,
            Some(2026),
        ),
        (vec![(2024, E, None), (2025, E, None)], NotMet, Some(2026)),
        (
            vec![(2023, G, None), (2024, E, None), (2025, E, None)],
            NotMet,
            Some(2026),
        ),
        (vec![(2025, G, None)], NotMet, Some(2028)),
    ];
    for (years, status, earliest) in cases {
        let r = score_one(&set, "ratings", &ratings(&years), 2026);
        assert_eq!((r.status, r.earliest_year), (status, earliest), "{years:?}");
    }
}

fn orgs(rows: &str, others: &str) -> String {
    format!(r#"{{"kind":"organisations","rows":{{{rows}}},"others":[{others}]}}"#)
}

const ALL_OK: &str = r#""government":{"staffed":true,"meets":true},"front":{"staffed":true,"meets":true},"farmers":{"staffed":true,"meets":true},"women":{"staffed":true,"meets":true},"youth":{"staffed":true,"meets":true},"veterans":{"staffed":true,"meets":true},"self_managed":{"staffed":true,"meets":true}"#;

/// Criterion 8: a table of organisations, two checks each.
#[test]
fn every_organisation_passes_both_checks() {
    let set = ben_tre();
    let with = |id: &str, value: &str| {
        ALL_OK.replacen(
            &format!(r#""{id}":{{"staffed":true,"meets":true}}"#),
            &format!(r#""{id}":{value}"#),
            1,
        )
    };
    let cases = [
        (
            orgs(ALL_OK, ""),
            Met,
            vec!["7/7 tổ chức đã được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên."],
        ),
        (
            orgs(&with("farmers", r#"{"absent":true}"#), ""),
            Met,
            vec!["6/6 tổ chức"],
        ),
        (
            orgs(&with("government", r#"{"absent":true}"#), ""),
            Invalid,
            vec!["Chính quyền ấp, khu phố (trưởng ấp, trưởng khu phố) là tổ chức phải có"],
        ),
        (
            orgs(&with("women", r#"{"staffed":false,"meets":true}"#), ""),
            NotMet,
            vec![
                "Chi hội Phụ nữ: chưa được củng cố, kiện toàn kịp thời.",
                // Beside a failure, how many pass.
                "6/7 tổ chức đã được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên.",
            ],
        ),
        (
            orgs(&with("youth", r#"{"staffed":true,"meets":false}"#), ""),
            NotMet,
            vec!["Chi đoàn Thanh niên: chưa duy trì họp thường xuyên."],
        ),
        (
            orgs(&with("youth", r#"{"staffed":true}"#), ""),
            Incomplete,
            vec!["Chi đoàn Thanh niên: chưa trả lời đủ hai ý."],
        ),
        (
            orgs(r#""government":{"staffed":true,"meets":true}"#, ""),
            Incomplete,
            vec!["Ban công tác Mặt trận: chưa trả lời đủ hai ý."],
        ),
        (
            orgs(
                ALL_OK,
                r#"{"name":"Tổ nhân dân tự quản số 3","staffed":true,"meets":false}"#,
            ),
            NotMet,
            vec!["Tổ nhân dân tự quản số 3: chưa duy trì họp thường xuyên."],
        ),
        (
            orgs(ALL_OK, r#"{"name":"Tổ số 4","staffed":true,"meets":true}"#),
            Met,
            vec!["8/8"],
        ),
        (
            orgs(ALL_OK, r#"{"name":"  ","staffed":false}"#),
            Met,
            vec!["7/7"],
        ),
    ];
    for (answer, status, vi) in &cases {
        check(&set, "c8", 2026, &[row(answer, *status, vi)]);
    }
    let sample = every_kind();
    check(
        &sample,
        "orgs",
        2026,
        &[row(
            &orgs(
                r#""government":{"absent":true},"farmers":{"absent":true}"#,
                "",
            ),
            Invalid,
            &["phải có"],
        )],
    );
}

/// Criterion 9: five sub-parts, each answered on its own.
#[test]
fn every_part_of_the_checklist_must_hold() {
    let set = ben_tre();
    let parts = |v: [Option<bool>; 5]| {
        let ids = [
            "serious_crime",
            "hotspots",
            "new_cases",
            "rehab",
            "security_model",
        ];
        let fields: Vec<String> = ids
            .iter()
            .zip(v)
            .filter_map(|(id, b)| b.map(|b| format!(r#""{id}":{b}"#)))
            .collect();
        format!(r#"{{"kind":"checklist","parts":{{{}}}}}"#, fields.join(","))
    };
    let t = Some(true);
    let f = Some(false);
    let cases = [
        (
            parts([t, t, t, t, t]),
            Met,
            vec![
                "Đạt cả 5/5 ý.",
                "Đạt: Không xảy ra tội phạm nghiêm trọng trên địa bàn.",
                "Đạt: Quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng.",
            ],
        ),
        (
            parts([t, t, t, t, f]),
            NotMet,
            vec![
                "Chưa đạt: Có mô hình an ninh trật tự hiệu quả.",
                "Đạt: Không có tụ điểm, băng nhóm, tệ nạn xã hội.",
            ],
        ),
        (parts([f, t, t, t, t]), NotMet, vec!["Chưa đạt: Không xảy ra tội phạm nghiêm trọng trên địa bàn."]),
        (parts([t, t, None, t, t]), Incomplete, vec!["Chưa trả lời: Không phát sinh người nghiện ma túy"]),
        (parts([f, None, t, t, t]), NotMet, vec!["Chưa đạt: Không xảy ra", "Chưa trả lời: Không có tụ điểm"]),
        (parts([None; 5]), Incomplete, vec!["Chưa trả lời: Quản lý tốt đối tượng cai nghiện"]),
        (
            r#"{"kind":"checklist","parts":{"serious_crime":true,"hotspots":true,"new_cases":true,"rehab":true,"security_model":true,"gone":false}}"#.to_string(),
            Met,
            vec![],
        ),
    ];
    for (answer, status, vi) in &cases {
        check(&set, "c9", 2026, &[row(answer, *status, vi)]);
    }
}

#[test]
fn yes_no_is_met_on_yes() {
    let set = every_kind();
    check(
        &set,
        "meeting",
        2026,
        &[
            row(r#"{"kind":"yes_no","value":true}"#, Met, &["Trả lời: có."]),
            row(
                r#"{"kind":"yes_no","value":false}"#,
                NotMet,
                &["Trả lời: không."],
            ),
            row(
                r#"{"kind":"yes_no","value":null}"#,
                Incomplete,
                &["Chưa trả lời."],
            ),
            row(r#"{"kind":"yes_no"}"#, Incomplete, &[]),
        ],
    );
}

/// An answer of another kind (the criterion changed kind in a new version) is
/// not used: the criterion needs answering again.
#[test]
fn an_answer_of_the_wrong_shape_counts_as_not_answered() {
    let set = ben_tre();
    for (id, answer) in [
        ("c1", r#"{"kind":"counts","groups":{}}"#),
        ("c4", r#"{"kind":"yes_no","value":true}"#),
        ("c6", r#"{"kind":"named_items","items":["x"]}"#),
        ("c9", r#"{"kind":"organisations","rows":{}}"#),
    ] {
        check(
            &set,
            id,
            2026,
            &[row(
                answer,
                Incomplete,
                &["không khớp với dạng câu hỏi của tiêu chí này"],
            )],
        );
    }
    let none = evaluate(set.criterion("c4").unwrap(), None, None, 2026);
    assert_eq!(none.status, Incomplete);
    assert_eq!(none.reasons[0].vi, "Chưa trả lời.");
}
