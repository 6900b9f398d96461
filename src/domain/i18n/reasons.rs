//! The sentences that explain a verdict, with their numbers written the
//! language's way ("1.234", "3,01%"). Scoring (`crate::domain::scoring`)
//! writes each in both languages at once, from plain values: labels and names
//! already in `lang`, counts, years, scores in tenths, rates in basis points.
//! Fixed reasons are catalogue entries (`Text::Reason…`).

use super::{Lang, numfmt};

// --- Numbers, yes / no, lists (any criterion) --------------------------------

/// A number field left empty.
pub fn missing(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Vi => format!("Chưa nhập: {label}."),
        Lang::En => format!("Missing: {label}."),
    }
}

pub fn negative(lang: Lang, label: &str, n: i64) -> String {
    let n = numfmt::int(lang, n);
    match lang {
        Lang::Vi => format!("“{label}” không thể là số âm ({n})."),
        Lang::En => format!("“{label}” cannot be negative ({n})."),
    }
}

pub fn too_large(lang: Lang, label: &str, n: i64, max: i64) -> String {
    let (n, max) = (numfmt::int(lang, n), numfmt::int(lang, max));
    match lang {
        Lang::Vi => format!("“{label}” quá lớn: {n} (tối đa {max})."),
        Lang::En => format!("“{label}” is too large: {n} (at most {max})."),
    }
}

pub fn below_minimum(lang: Lang, label: &str, n: i64, min: i64) -> String {
    let (n, min) = (numfmt::int(lang, n), numfmt::int(lang, min));
    match lang {
        Lang::Vi => format!("“{label}” phải từ {min} trở lên, không thể là {n}."),
        Lang::En => format!("“{label}” must be at least {min}, not {n}."),
    }
}

/// `part` (a number that belongs to `whole`) is larger than it.
pub fn more_than(lang: Lang, part_label: &str, part: i64, whole_label: &str, whole: i64) -> String {
    let (part, whole) = (numfmt::int(lang, part), numfmt::int(lang, whole));
    match lang {
        Lang::Vi => format!("“{part_label}” ({part}) lớn hơn “{whole_label}” ({whole})."),
        Lang::En => format!("“{part_label}” ({part}) is more than “{whole_label}” ({whole})."),
    }
}

/// Enough items listed: `count` of the `unit` (at least `min`), then `list`.
pub fn items_met(lang: Lang, count: i64, min: i64, unit: &str, list: &str) -> String {
    let (count, min) = (numfmt::int(lang, count), numfmt::int(lang, min));
    match lang {
        Lang::Vi => format!("Có {count} {unit} (cần ít nhất {min}): {list}."),
        Lang::En => format!("{count} {unit} (at least {min} needed): {list}."),
    }
}

pub fn items_unmet(lang: Lang, count: i64, min: i64, unit: &str) -> String {
    let (count, min) = (numfmt::int(lang, count), numfmt::int(lang, min));
    match lang {
        Lang::Vi => format!("Cần ít nhất {min} {unit}; mới có {count}/{min}."),
        Lang::En => format!("At least {min} {unit} needed; {count} of {min} so far."),
    }
}

/// All `n` parts of a condition hold.
pub fn parts_met(lang: Lang, n: i64) -> String {
    let n = numfmt::int(lang, n);
    match lang {
        Lang::Vi => format!("Đạt cả {n}/{n} ý."),
        Lang::En => format!("All {n}/{n} parts hold."),
    }
}

pub fn part_met(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Vi => format!("Đạt: {label}."),
        Lang::En => format!("Holds: {label}."),
    }
}

pub fn part_unmet(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Vi => format!("Chưa đạt: {label}."),
        Lang::En => format!("Not yet: {label}."),
    }
}

pub fn part_missing(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Vi => format!("Chưa trả lời: {label}."),
        Lang::En => format!("Not answered: {label}."),
    }
}

// --- Organisations ---------------------------------------------------------------

/// `passed` of the `assessed` organisations pass both checks (the source's
/// words: "được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên").
pub fn orgs_passed(lang: Lang, passed: i64, assessed: i64) -> String {
    let (passed, assessed) = (numfmt::int(lang, passed), numfmt::int(lang, assessed));
    match lang {
        Lang::Vi => format!(
            "{passed}/{assessed} tổ chức đã được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên."
        ),
        Lang::En => format!(
            "{passed} of {assessed} organisations are consolidated and fully staffed in good time and meet regularly."
        ),
    }
}

pub fn org_not_staffed(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("{name}: chưa được củng cố, kiện toàn kịp thời."),
        Lang::En => format!("{name}: not consolidated and fully staffed in good time."),
    }
}

pub fn org_not_meeting(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("{name}: chưa duy trì họp thường xuyên."),
        Lang::En => format!("{name}: does not meet regularly."),
    }
}

pub fn org_missing(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("{name}: chưa trả lời đủ hai ý."),
        Lang::En => format!("{name}: both checks not answered yet."),
    }
}

pub fn org_required(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("{name} là tổ chức phải có, không thể đánh dấu “không có”."),
        Lang::En => format!("{name} must exist; it cannot be marked “none”."),
    }
}

// --- Yearly ratings ------------------------------------------------------------------
// Levels come as their names in `lang`, scores in tenths of a point, the
// score scale as the rule that sets it ("Quy định 366-QĐ/TW ngày 30/8/2025").

/// "2023, 2024 và 2025".
fn join_years(lang: Lang, years: &[i64]) -> String {
    let words: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let and = if lang == Lang::Vi { "và" } else { "and" };
            format!("{} {and} {last}", rest.join(", "))
        }
        _ => words.join(""),
    }
}

/// "89,5 điểm → Hoàn thành tốt nhiệm vụ (theo Quy định 366-QĐ/TW ngày 30/8/2025)."
pub fn score_gives(lang: Lang, tenths: i64, level: &str, scale: &str) -> String {
    let score = numfmt::score_tenths(lang, tenths);
    match lang {
        Lang::Vi => format!("{score} điểm → {level} (theo {scale})."),
        Lang::En => format!("{score} points → {level} (under {scale})."),
    }
}

/// Beside a year's row: what the score gives (`gives`, from [`score_gives`])
/// is not the level she chose.
pub fn score_gives_other_level(lang: Lang, gives: &str, chosen: &str) -> String {
    match lang {
        Lang::Vi => format!("{gives} Không khớp với mức “{chosen}” đã chọn."),
        Lang::En => format!("{gives} That is not the chosen “{chosen}”."),
    }
}

/// A year rated by its score alone (`gives`, from [`score_gives`]).
pub fn year_from_score(lang: Lang, year: i64, gives: &str) -> String {
    match lang {
        Lang::Vi => format!("Năm {year}: {gives}"),
        Lang::En => format!("{year}: {gives}"),
    }
}

/// A score without a level, in a year before every scale: `first_scale` is
/// the earliest scale and its first year (`None`: the set has no scale).
pub fn score_not_enough(lang: Lang, year: i64, first_scale: Option<(&str, i64)>) -> String {
    match (lang, first_scale) {
        (Lang::Vi, Some((scale, from))) => format!(
            "Năm {year} chưa áp dụng thang điểm của {scale} (áp dụng từ năm {from}): chỉ có điểm thì chưa đủ, cần chọn mức xếp loại của năm {year}."
        ),
        (Lang::En, Some((scale, from))) => format!(
            "{year} is before the score scale of {scale} (from {from}): a score alone is not enough, choose the {year} rating level."
        ),
        (Lang::Vi, None) => format!(
            "Bộ tiêu chí này không suy ra mức xếp loại từ điểm: chỉ có điểm thì chưa đủ, cần chọn mức xếp loại của năm {year}."
        ),
        (Lang::En, None) => format!(
            "This criteria set does not derive a level from a score: a score alone is not enough, choose the {year} rating level."
        ),
    }
}

/// A score beside a chosen level, in a year before every scale (the set's
/// first scale as in [`score_not_enough`]).
pub fn score_kept(lang: Lang, year: i64, first_scale: Option<(&str, i64)>) -> String {
    match (lang, first_scale) {
        (Lang::Vi, Some((scale, from))) => format!(
            "Năm {year} chưa áp dụng thang điểm của {scale} (áp dụng từ năm {from}): điểm chỉ để tham khảo, xếp loại là mức đã chọn."
        ),
        (Lang::En, Some((scale, from))) => format!(
            "{year} is before the score scale of {scale} (from {from}): the score is for reference, the rating is the chosen level."
        ),
        (Lang::Vi, None) => "Bộ tiêu chí này không suy ra mức xếp loại từ điểm: điểm chỉ để tham khảo, xếp loại là mức đã chọn.".into(),
        (Lang::En, None) => "This criteria set does not derive a level from a score: the score is for reference, the rating is the chosen level.".into(),
    }
}

pub fn future_year(lang: Lang, year: i64, now: i64) -> String {
    match lang {
        Lang::Vi => format!("Năm {year} chưa đến (năm hiện tại là {now}), chưa thể có xếp loại."),
        Lang::En => format!("{year} has not come yet (this is {now}); it cannot be rated."),
    }
}

/// A year before `min`, the first year ratings can have.
pub fn year_too_early(lang: Lang, year: i64, min: i64) -> String {
    match lang {
        Lang::Vi => format!("Năm {year} không hợp lệ: năm xếp loại phải từ {min} trở đi."),
        Lang::En => format!("{year} is not a valid year: ratings start from {min}."),
    }
}

pub fn duplicate_year(lang: Lang, year: i64) -> String {
    match lang {
        Lang::Vi => format!("Năm {year} được nhập nhiều lần."),
        Lang::En => format!("{year} is entered more than once."),
    }
}

pub fn score_out_of_range(lang: Lang, year: i64, tenths: i64) -> String {
    let score = numfmt::score_tenths(lang, tenths);
    match lang {
        Lang::Vi => format!("Điểm năm {year} phải từ 0 đến 100, không thể là {score}."),
        Lang::En => format!("The {year} score must be 0 to 100, not {score}."),
    }
}

/// The score under `scale` gives `implied`, not the `chosen` level.
pub fn score_disagrees(
    lang: Lang,
    year: i64,
    tenths: i64,
    implied: &str,
    scale: &str,
    chosen: &str,
) -> String {
    let score = numfmt::score_tenths(lang, tenths);
    match lang {
        Lang::Vi => format!(
            "Năm {year}: {score} điểm ứng với mức “{implied}” (theo {scale}), không khớp với mức “{chosen}” đã chọn."
        ),
        Lang::En => format!(
            "{year}: a score of {score} means “{implied}” (under {scale}), which does not match the chosen “{chosen}”."
        ),
    }
}

pub fn rating_needed(lang: Lang, year: i64) -> String {
    match lang {
        Lang::Vi => format!("Chưa nhập xếp loại năm {year}: cần xếp loại của các năm gần nhất."),
        Lang::En => format!("The {year} rating is missing: the most recent years are needed."),
    }
}

/// The run is complete: `level` in each of `years`.
pub fn run_met(lang: Lang, level: &str, years: &[i64]) -> String {
    let (n, years) = (years.len(), join_years(lang, years));
    match lang {
        Lang::Vi => format!("{level} {n} năm liên tục: {years}."),
        Lang::En => format!("{level} {n} years in a row: {years}."),
    }
}

pub fn year_level(lang: Lang, year: i64, level: &str) -> String {
    match lang {
        Lang::Vi => format!("Năm {year}: {level}."),
        Lang::En => format!("{year}: {level}."),
    }
}

pub fn year_missing(lang: Lang, year: i64) -> String {
    match lang {
        Lang::Vi => format!("Năm {year} chưa có xếp loại: chuỗi năm liên tục bị ngắt."),
        Lang::En => format!("{year} has no rating: it breaks the run of years."),
    }
}

pub fn run_so_far(lang: Lang, level: &str, run: i64, needed: i64, latest: i64) -> String {
    match lang {
        Lang::Vi => format!(
            "Mới có {run}/{needed} năm liên tục được xếp loại “{level}” (tính đến năm {latest})."
        ),
        Lang::En => {
            format!("Only {run} of {needed} years in a row rated “{level}” (up to {latest}).")
        }
    }
}

/// The earliest year, if each of `years` is rated `level`.
pub fn earliest_if(lang: Lang, level: &str, needed: i64, earliest: i64, years: &[i64]) -> String {
    let years = join_years(lang, years);
    match lang {
        Lang::Vi => format!(
            "Sớm nhất có thể đề nghị công nhận vào năm {earliest}, nếu năm {years} được xếp loại “{level}” (đủ {needed} năm liên tục)."
        ),
        Lang::En => format!(
            "The earliest year the cell can be proposed is {earliest}, if {years} is rated “{level}” ({needed} years in a row)."
        ),
    }
}

// --- Poor and near-poor household rates ----------------------------------------------

/// The reference rates of a province, for a reason: "Bến Tre, số liệu đến
/// 31/12/2023, theo VietNamNet". `as_of` is the ISO date (yyyy-mm-dd).
pub fn reference_described(lang: Lang, region: &str, as_of: &str, source: &str) -> String {
    match lang {
        Lang::Vi => {
            let date = as_of
                .get(..4)
                .zip(as_of.get(5..7))
                .zip(as_of.get(8..10))
                .map(|((y, m), d)| format!("{d}/{m}/{y}"))
                .unwrap_or_else(|| as_of.to_string());
            format!("{region}, số liệu đến {date}, theo {source}")
        }
        Lang::En => format!("{region}, figures as of {as_of}, from {source}"),
    }
}

/// "Tỷ lệ hộ nghèo 12/399 = 3,01% không thấp hơn tỷ lệ bình quân chung của
/// tỉnh, 2,63% (…)": the source's words, "thấp hơn tỷ lệ bình quân chung của
/// tỉnh". `poor`: the poor rate (else the near-poor one); `formula` as
/// written for `lang`; `lower` whether it is strictly lower.
pub fn rate_comparison(
    lang: Lang,
    poor: bool,
    formula: &str,
    reference_bp: i64,
    lower: bool,
    source: &str,
) -> String {
    let reference = numfmt::percent_bp(lang, reference_bp);
    match (lang, poor, lower) {
        (Lang::Vi, true, true) => format!(
            "Tỷ lệ hộ nghèo {formula} thấp hơn tỷ lệ bình quân chung của tỉnh, {reference} ({source})."
        ),
        (Lang::Vi, true, false) => format!(
            "Tỷ lệ hộ nghèo {formula} không thấp hơn tỷ lệ bình quân chung của tỉnh, {reference} ({source})."
        ),
        (Lang::Vi, false, true) => format!(
            "Tỷ lệ hộ cận nghèo {formula} thấp hơn tỷ lệ bình quân chung của tỉnh, {reference} ({source})."
        ),
        (Lang::Vi, false, false) => format!(
            "Tỷ lệ hộ cận nghèo {formula} không thấp hơn tỷ lệ bình quân chung của tỉnh, {reference} ({source})."
        ),
        (Lang::En, true, true) => format!(
            "Poor household rate {formula} is lower than the province's average rate, {reference} ({source})."
        ),
        (Lang::En, true, false) => format!(
            "Poor household rate {formula} is not lower than the province's average rate, {reference} ({source})."
        ),
        (Lang::En, false, true) => format!(
            "Near-poor household rate {formula} is lower than the province's average rate, {reference} ({source})."
        ),
        (Lang::En, false, false) => format!(
            "Near-poor household rate {formula} is not lower than the province's average rate, {reference} ({source})."
        ),
    }
}

/// As chosen, `left_out` social-protection households are left out of the
/// hamlet's rates.
pub fn protected_left_out(lang: Lang, left_out: i64) -> String {
    let left_out = numfmt::int(lang, left_out);
    match lang {
        Lang::Vi => format!(
            "Theo lựa chọn, không tính {left_out} hộ đang hưởng chính sách bảo trợ xã hội vào tỷ lệ của ấp, khu phố: các hộ này được trừ khỏi cả số hộ nghèo, cận nghèo và tổng số hộ. Nguồn không nêu cách tính này; đây là cách hiểu của ứng dụng."
        ),
        Lang::En => format!(
            "As chosen, {left_out} households receiving social protection are left out of the hamlet's rates: out of the poor and near-poor counts and out of the total. The source does not state this; it is the app's reading."
        ),
    }
}

pub fn poor_and_near_poor_above_total(lang: Lang, poor: i64, near: i64, total: i64) -> String {
    let n = |v| numfmt::int(lang, v);
    let (sum, poor, near, total) = (n(poor + near), n(poor), n(near), n(total));
    match lang {
        Lang::Vi => {
            format!(
                "Số hộ nghèo và cận nghèo ({poor} + {near} = {sum}) nhiều hơn tổng số hộ ({total})."
            )
        }
        Lang::En => format!(
            "Poor and near-poor households ({poor} + {near} = {sum}) are more than all households ({total})."
        ),
    }
}

pub fn rate_out_of_range(lang: Lang, label: &str, bp: i64) -> String {
    let rate = numfmt::percent_bp(lang, bp);
    match lang {
        Lang::Vi => format!("“{label}” phải từ 0% đến 100%, không thể là {rate}."),
        Lang::En => format!("“{label}” must be between 0% and 100%, not {rate}."),
    }
}

/// Reference figures named by an id the criteria set does not have.
pub fn unknown_reference(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Không tìm thấy số liệu tham chiếu “{id}” trong bộ tiêu chí này; cần chọn lại tỷ lệ của tỉnh."
        ),
        Lang::En => format!(
            "The reference figures “{id}” are not in this criteria set; please choose the province's rates again."
        ),
    }
}
