//! Interface messages that carry values (counts, years). Each takes the
//! language and the values and writes the sentence in that language.

use super::{Lang, numfmt};

/// A text field holds more characters than allowed.
pub fn too_long(lang: Lang, chars: usize, max: usize) -> String {
    match lang {
        Lang::Vi => format!(
            "Quá dài: {} ký tự, tối đa {} ký tự. Hãy viết gọn lại.",
            numfmt::int(lang, chars as i64),
            numfmt::int(lang, max as i64)
        ),
        Lang::En => format!(
            "Too long: {} characters, at most {}. Please shorten it.",
            numfmt::int(lang, chars as i64),
            numfmt::int(lang, max as i64)
        ),
    }
}

/// A number field holds text that is not a number: letters or other signs.
/// `decimals`: how many decimals the field takes (its example shows them).
pub fn number_not_a_number(lang: Lang, decimals: u32) -> String {
    match (lang, decimals) {
        (Lang::Vi, 0) => "Chỉ nhập chữ số, ví dụ 25 hoặc 2.500.".into(),
        (Lang::Vi, _) => "Chỉ nhập số, ví dụ 2,63 (phần thập phân sau dấu phẩy).".into(),
        (Lang::En, 0) => "Enter digits only, for example 25 or 2,500.".into(),
        (Lang::En, _) => "Enter a number, for example 2.63 (decimals after the point).".into(),
    }
}

/// A number field holds a negative number.
pub fn number_negative(lang: Lang) -> String {
    match lang {
        Lang::Vi => "Không nhập số âm.".into(),
        Lang::En => "Negative numbers are not accepted.".into(),
    }
}

/// A thousands separator not followed by exactly three digits ("2.5" in
/// Vietnamese): the number could be read two ways, so it is refused.
pub fn number_grouping(lang: Lang, decimals: u32) -> String {
    match (lang, decimals) {
        (Lang::Vi, 0) => "Số này đọc được hai cách. Dấu chấm chỉ dùng để tách hàng nghìn, mỗi nhóm đủ 3 chữ số: viết 2500 hoặc 2.500.".into(),
        (Lang::Vi, _) => "Số này đọc được hai cách. Dấu chấm chỉ dùng để tách hàng nghìn (2.500); phần thập phân viết sau dấu phẩy: 2,63.".into(),
        (Lang::En, 0) => "This number can be read two ways. A comma only separates thousands, in groups of exactly 3 digits: write 2500 or 2,500.".into(),
        (Lang::En, _) => "This number can be read two ways. A comma only separates thousands (2,500); decimals come after a point: 2.63.".into(),
    }
}

/// Decimals in a field of whole numbers.
pub fn number_not_whole(lang: Lang) -> String {
    match lang {
        Lang::Vi => "Cần một số nguyên, ví dụ 25 hoặc 2.500 (dấu phẩy là dấu thập phân).".into(),
        Lang::En => {
            "A whole number is needed, for example 25 or 2,500 (the point marks decimals).".into()
        }
    }
}

/// More decimals than the field takes.
pub fn number_too_many_decimals(lang: Lang, max: u32) -> String {
    match (lang, max) {
        (Lang::Vi, 1) => "Chỉ ghi 1 chữ số sau dấu phẩy, ví dụ 89,5.".into(),
        (Lang::Vi, _) => format!("Chỉ ghi tối đa {max} chữ số sau dấu phẩy, ví dụ 2,63."),
        (Lang::En, 1) => "Only 1 digit after the point, for example 89.5.".into(),
        (Lang::En, _) => format!("At most {max} digits after the point, for example 2.63."),
    }
}

/// A number with more digits than any real value.
pub fn number_too_large(lang: Lang) -> String {
    match lang {
        Lang::Vi => "Số quá lớn.".into(),
        Lang::En => "The number is too large.".into(),
    }
}

/// A field of a condition holds text that is not a value: the condition is
/// invalid until it is corrected. `how` says how to write the number.
pub fn typed_not_a_value(lang: Lang, field: &str, text: &str, how: &str) -> String {
    // A very long paste is shown by its start: the reason is a sentence.
    let shown: String = if text.chars().count() > 40 {
        text.chars().take(40).chain(['…']).collect()
    } else {
        text.to_owned()
    };
    match lang {
        Lang::Vi => format!("Ô “{field}” đang ghi “{shown}”, không phải là số hợp lệ. {how}"),
        Lang::En => {
            format!("The field “{field}” holds “{shown}”, which is not a valid number. {how}")
        }
    }
}

/// What she typed in a field that is not a value, shown as such.
pub fn typed_invalid(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Vi => format!("“{text}” (không hợp lệ)"),
        Lang::En => format!("“{text}” (invalid)"),
    }
}

/// A field that must hold a number (a row's year) was emptied.
pub fn typed_empty(lang: Lang, field: &str) -> String {
    match lang {
        Lang::Vi => format!("Ô “{field}” đang để trống."),
        Lang::En => format!("The field “{field}” is empty."),
    }
}

/// Text kept from the other interface language, where it was not a number.
pub fn retype_number(lang: Lang) -> String {
    match lang {
        Lang::Vi => "Hãy nhập lại số này.".into(),
        Lang::En => "Please type this number again.".into(),
    }
}

/// The year field of a row of yearly ratings (rows from 1), in a reason.
pub fn rating_year_field(lang: Lang, row: usize) -> String {
    match lang {
        Lang::Vi => format!("Năm (dòng {row})"),
        Lang::En => format!("Year (row {row})"),
    }
}

/// The score field of a row of yearly ratings, by its year when known.
pub fn rating_score_field(lang: Lang, year: Option<i64>, row: usize) -> String {
    match (lang, year) {
        (Lang::Vi, Some(year)) => format!("Điểm năm {year}"),
        (Lang::Vi, None) => format!("Điểm (dòng {row})"),
        (Lang::En, Some(year)) => format!("Score for {year}"),
        (Lang::En, None) => format!("Score (row {row})"),
    }
}

/// A field this app does not know (written by a newer app), by its key.
pub fn unknown_field(lang: Lang, key: &str) -> String {
    match lang {
        Lang::Vi => format!("ô {key}"),
        Lang::En => format!("field {key}"),
    }
}

/// How much of a text field's room is used: "23/80 ký tự".
pub fn chars_used(lang: Lang, chars: usize, max: usize) -> String {
    match lang {
        Lang::Vi => format!(
            "{}/{} ký tự",
            numfmt::int(lang, chars as i64),
            numfmt::int(lang, max as i64)
        ),
        Lang::En => format!(
            "{}/{} characters",
            numfmt::int(lang, chars as i64),
            numfmt::int(lang, max as i64)
        ),
    }
}

/// A result too long for a link: its length against the limit. The parts
/// that make it long follow, each in its own sentence.
pub fn link_result_too_long(lang: Lang, chars: usize, max: usize) -> String {
    let (chars, max) = (
        numfmt::int(lang, chars as i64),
        numfmt::int(lang, max as i64),
    );
    match lang {
        Lang::Vi => format!("Kết quả quá dài để gửi bằng liên kết ({chars} ký tự, tối đa {max})."),
        Lang::En => {
            format!("The result is too long for a link ({chars} characters, at most {max}).")
        }
    }
}

/// A profile field that makes the link long.
pub fn long_profile_field(lang: Lang, field: &str, chars: usize) -> String {
    let chars = numfmt::int(lang, chars as i64);
    match lang {
        Lang::Vi => {
            format!("“{field}” dài {chars} ký tự: hãy viết gọn lại ở bước Thông tin chi bộ.")
        }
        Lang::En => {
            format!("“{field}” is {chars} characters long: please shorten it on the profile step.")
        }
    }
}

/// A condition's note that makes the link long; `option` is the box that
/// sends notes.
pub fn long_note(lang: Lang, number: usize, chars: usize, option: &str) -> String {
    let chars = numfmt::int(lang, chars as i64);
    match lang {
        Lang::Vi => format!(
            "Ghi chú của điều kiện {number} dài {chars} ký tự: hãy rút gọn, hoặc bỏ chọn “{option}”."
        ),
        Lang::En => format!(
            "The note of condition {number} is {chars} characters long: shorten it, or untick “{option}”."
        ),
    }
}

/// The names listed under a condition that make the link long; `option` is
/// the box that sends names.
pub fn long_names(lang: Lang, number: usize, chars: usize, option: &str) -> String {
    let chars = numfmt::int(lang, chars as i64);
    match lang {
        Lang::Vi => format!(
            "Các tên ghi ở điều kiện {number} dài {chars} ký tự: hãy rút gọn, hoặc bỏ chọn “{option}”."
        ),
        Lang::En => format!(
            "The names listed under condition {number} are {chars} characters long: shorten them, or untick “{option}”."
        ),
    }
}

/// Texts typed in a condition's number fields that make the link long.
pub fn long_typed(lang: Lang, number: usize, chars: usize) -> String {
    let chars = numfmt::int(lang, chars as i64);
    match lang {
        Lang::Vi => format!(
            "Các ô số của điều kiện {number} đang ghi {chars} ký tự không phải là số: hãy sửa lại."
        ),
        Lang::En => format!(
            "The number fields of condition {number} hold {chars} characters that are not numbers: please correct them."
        ),
    }
}

/// A year outside the accepted range.
pub fn year_out_of_range(lang: Lang, min: u16, max: u16) -> String {
    match lang {
        Lang::Vi => format!("Năm phải từ {min} đến {max}."),
        Lang::En => format!("The year must be between {min} and {max}."),
    }
}

/// Where the secretary is in the questionnaire.
pub fn step_progress(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Bước {number}/{total}"),
        Lang::En => format!("Step {number} of {total}"),
    }
}

/// The small label above a criterion's title.
pub fn criterion_number(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Điều kiện {number}/{total}"),
        Lang::En => format!("Condition {number} of {total}"),
    }
}

/// The legend of a list of named items.
pub fn items_legend(lang: Lang, unit: &str, min: u32) -> String {
    match lang {
        Lang::Vi => format!("Các {unit} (cần ít nhất {min})"),
        Lang::En => format!("The {unit} (at least {min} needed)"),
    }
}

/// A set of reference rates, as the rates step names it: region, year, the
/// two rates (already written in `lang`) and who published them.
pub fn reference_rates(
    lang: Lang,
    region: &str,
    year: &str,
    poor: &str,
    near_poor: &str,
    source: &str,
) -> String {
    match lang {
        Lang::Vi => {
            format!("{region}, cuối năm {year}: hộ nghèo {poor}, cận nghèo {near_poor} ({source})")
        }
        Lang::En => {
            format!("{region}, end of {year}: poor {poor}, near-poor {near_poor} ({source})")
        }
    }
}

/// Where the source wording comes from.
pub fn quoted_from(lang: Lang, document: &str, published_in: &str, date: &str) -> String {
    match lang {
        Lang::Vi => format!("Trích từ: {document}, {published_in}, {date}."),
        Lang::En => format!("From: {document}, {published_in}, {date}."),
    }
}

/// Met and answered counts of the whole assessment.
pub fn met_summary(lang: Lang, met: usize, answered: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Đạt {met}/{total} điều kiện · đã trả lời {answered}/{total}"),
        Lang::En => format!("{met} of {total} conditions met · {answered} of {total} answered"),
    }
}

/// The earliest year in which the cell can be proposed for recognition.
pub fn earliest_year(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Vi => format!("Năm sớm nhất có thể đề nghị công nhận: {year}"),
        Lang::En => format!("Earliest year to propose the cell: {year}"),
    }
}

/// How many drafts an import stored, and how many of the file it could not read.
pub fn imported(lang: Lang, stored: usize, unreadable: usize) -> String {
    match (lang, unreadable) {
        (Lang::Vi, 0) => format!("Đã nhập {stored} bản đánh giá."),
        (Lang::Vi, n) => {
            format!("Đã nhập {stored} bản đánh giá; {n} bản trong tệp không đọc được nên bỏ qua.")
        }
        (Lang::En, 0) => format!("{stored} assessment(s) imported."),
        (Lang::En, n) => format!(
            "{stored} assessment(s) imported; {n} in the file could not be read and were skipped."
        ),
    }
}

/// A newer version of the draft's criteria set exists.
pub fn newer_set_available(lang: Lang, title: &str, old: u32, new: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "Đã có phiên bản {new} của bộ tiêu chí \u{201c}{title}\u{201d}. Bản đánh giá này vẫn được chấm theo phiên bản {old}, đúng như lúc lập; có thể chuyển sang phiên bản mới, các câu trả lời được giữ lại."
        ),
        Lang::En => format!(
            "Version {new} of the criteria set \u{201c}{title}\u{201d} is out. This assessment is still scored with version {old}, as it was made; it can move to the new version, keeping its answers."
        ),
    }
}

/// A link made with a version of a criteria set this app does not have.
pub fn link_unknown_set_version(lang: Lang, title: &str, version: u32, latest: u32) -> String {
    match (lang, version > latest) {
        (Lang::Vi, true) => format!(
            "Liên kết này được lập theo phiên bản {version} của bộ tiêu chí \u{201c}{title}\u{201d}, mới hơn phiên bản ứng dụng này có ({latest}). Hãy cập nhật ứng dụng (mở lại khi có mạng), sau đó mở lại liên kết."
        ),
        (Lang::Vi, false) => format!(
            "Liên kết này được lập theo phiên bản {version} của bộ tiêu chí \u{201c}{title}\u{201d}, phiên bản mà ứng dụng này không có (ứng dụng có phiên bản {latest}). Hãy xin người gửi lập lại liên kết."
        ),
        (Lang::En, true) => format!(
            "This link was made with version {version} of the criteria set \u{201c}{title}\u{201d}, newer than this app has ({latest}). Update the app (open it with a connection), then open the link again."
        ),
        (Lang::En, false) => format!(
            "This link was made with version {version} of the criteria set \u{201c}{title}\u{201d}, which this app does not have (it has version {latest}). Ask the sender to make the link again."
        ),
    }
}

// --- Issue 19: link format 4 (a link names its set by id, version, fingerprint) ---

/// A set as a link names it: "ben-tre-2021, phiên bản 1, mã kiểm tra bac783de".
pub fn set_ref(lang: Lang, id: &str, version: u32, fingerprint: &str) -> String {
    match lang {
        Lang::Vi => format!("{id}, phiên bản {version}, mã kiểm tra {fingerprint}"),
        Lang::En => format!("{id}, version {version}, check code {fingerprint}"),
    }
}

/// A link made with a set this phone does not have (format 4 names it).
pub fn link_missing_set(lang: Lang, id: &str, version: u32, fingerprint: &str) -> String {
    let set = set_ref(lang, id, version, fingerprint);
    match lang {
        Lang::Vi => format!(
            "Liên kết này dùng bộ tiêu chí {set}, mà máy này chưa có. Hãy thêm bộ tiêu chí đó vào máy rồi mở lại liên kết."
        ),
        Lang::En => format!(
            "This link uses the criteria set {set}, which this device does not have. Add that set to this device, then open the link again."
        ),
    }
}

/// A link whose set this phone has under the same id and version, with
/// other content (another fingerprint).
pub fn link_set_changed(
    lang: Lang,
    id: &str,
    version: u32,
    link_fingerprint: &str,
    here_fingerprint: &str,
) -> String {
    match lang {
        Lang::Vi => format!(
            "Bộ tiêu chí {id}, phiên bản {version} trên máy này cùng phiên bản nhưng khác nội dung với bộ mà liên kết dùng (mã kiểm tra trong liên kết: {link_fingerprint}, trên máy này: {here_fingerprint}), nên liên kết không được mở. Hãy hỏi nơi ban hành bộ tiêu chí."
        ),
        Lang::En => format!(
            "The criteria set {id}, version {version} on this device has the same version as the set this link uses but other content (check code in the link: {link_fingerprint}, on this device: {here_fingerprint}), so the link is not opened. Ask whoever issued the set."
        ),
    }
}

/// The set a collected check was made with, in its details: "Bộ tiêu chí:
/// Bến Tre 2021: …, phiên bản 1, mã kiểm tra bac783de".
pub fn tracking_check_set(lang: Lang, title: &str, version: u32, fingerprint: &str) -> String {
    match lang {
        Lang::Vi => format!("Bộ tiêu chí: {title}, phiên bản {version}, mã kiểm tra {fingerprint}"),
        Lang::En => format!("Criteria set: {title}, version {version}, check code {fingerprint}"),
    }
}

/// Where a bad link was found in a pasted text.
pub fn line_number(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Vi => format!("dòng {line}"),
        Lang::En => format!("line {line}"),
    }
}

/// How many of the collected cells miss a criterion: "5/30 chi bộ".
pub fn cells_missing(lang: Lang, missing: usize, assessed: usize) -> String {
    match lang {
        Lang::Vi => format!("{missing}/{assessed} chi bộ"),
        Lang::En => format!("{missing}/{assessed} cells"),
    }
}

/// A calendar date: "15/6/2026" in Vietnamese, "15 June 2026" in English.
pub fn date(lang: Lang, year: i32, month: u8, day: u8) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Vi => format!("{day}/{month}/{year}"),
        Lang::En => {
            let name = MONTHS
                .get(usize::from(month).wrapping_sub(1))
                .unwrap_or(&"");
            format!("{day} {name} {year}")
        }
    }
}

/// The date and place line of the printed form: "xã Lương Hòa, ngày 15 tháng 6
/// năm 2026". Without a place, dots to fill in by hand.
pub fn date_place_line(lang: Lang, place: &str, year: i32, month: u8, day: u8) -> String {
    let place = if place.trim().is_empty() {
        "……………"
    } else {
        place.trim()
    };
    match lang {
        Lang::Vi => format!("{place}, ngày {day} tháng {month} năm {year}"),
        Lang::En => format!("{place}, {}", date(lang, year, month, day)),
    }
}

/// The year line under the form's title.
pub fn form_year(lang: Lang, year: Option<u16>) -> String {
    let year = year.map_or_else(|| "……".to_owned(), |y| y.to_string());
    match lang {
        Lang::Vi => format!("Năm {year}"),
        Lang::En => format!("Year {year}"),
    }
}

/// A criteria set's title with its version.
pub fn set_title_version(lang: Lang, title: &str, version: u32) -> String {
    match lang {
        Lang::Vi => format!("{title} (phiên bản {version})"),
        Lang::En => format!("{title} (version {version})"),
    }
}

// --- Tracking the commune's cells (src/domain/tracking/) ------------------------------

/// "1 result" / "2 results".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The sentence's first letter in upper case (its clauses start with `đ`, `k`
/// or a digit in Vietnamese, an ASCII letter or a digit in English).
fn capitalised(text: &str) -> String {
    match text.strip_prefix('đ') {
        Some(rest) => format!("Đ{rest}"),
        None => {
            let mut chars = text.chars();
            chars.next().map_or_else(String::new, |c| {
                format!("{}{}", c.to_ascii_uppercase(), chars.as_str())
            })
        }
    }
}

/// A target as a range of percentages: "40–50%", "100%".
pub fn tracking_target(min_percent: u8, max_percent: u8) -> String {
    if min_percent == max_percent {
        format!("{min_percent}%")
    } else {
        format!("{min_percent}–{max_percent}%")
    }
}

/// The commune's share against its target: "Đạt chuẩn: 12/30 chi bộ (40,00%)
/// — mục tiêu 40–50%: đã đạt" / "… còn thiếu 3 chi bộ". `meeting` of the
/// `assessed` cells meet the standard, `share_bp` is their share in basis
/// points, `target` the range in percent, `short` the cells still needed
/// (0 once `reached`).
pub fn tracking_share(
    lang: Lang,
    meeting: usize,
    assessed: usize,
    share_bp: i64,
    (min_percent, max_percent): (u8, u8),
    reached: bool,
    short: usize,
) -> String {
    let target = tracking_target(min_percent, max_percent);
    let share = numfmt::percent_bp(lang, share_bp);
    match (lang, assessed, reached) {
        (Lang::Vi, 0, _) => format!("Chưa có kết quả nào — mục tiêu {target}"),
        (Lang::En, 0, _) => format!("No result yet — target {target}"),
        (Lang::Vi, _, true) => {
            format!("Đạt chuẩn: {meeting}/{assessed} chi bộ ({share}) — mục tiêu {target}: đã đạt")
        }
        (Lang::Vi, _, false) => format!(
            "Đạt chuẩn: {meeting}/{assessed} chi bộ ({share}) — mục tiêu {target}: còn thiếu {short} chi bộ"
        ),
        (Lang::En, _, true) => format!(
            "Meeting the standard: {meeting} of {assessed} cells ({share}) — target {target}: reached"
        ),
        (Lang::En, _, false) => format!(
            "Meeting the standard: {meeting} of {assessed} cells ({share}) — target {target}: {short} more {} needed",
            if short == 1 { "cell" } else { "cells" }
        ),
    }
}

// Issue 15: scores and the app's own readings of the source

/// A 100-point score, already written in `lang` ("89,5").
pub fn score_points(lang: Lang, score: &str) -> String {
    match lang {
        Lang::Vi => format!("{score} điểm"),
        Lang::En => format!("{score} points"),
    }
}

/// Beside the yearly ratings: the app's reading that the run must reach last
/// year, which the source does not state.
pub fn ratings_reach_last_year(lang: Lang, last_year: i64) -> String {
    match lang {
        Lang::Vi => format!(
            "Nguồn chỉ nêu số năm liên tục, không nói chuỗi năm phải tính đến năm nào. Ứng dụng đòi xếp loại đến năm {last_year} (hoặc năm nay), vì xếp loại của những năm đã qua lâu không cho biết chi bộ hiện nay: đây là cách hiểu của ứng dụng."
        ),
        Lang::En => format!(
            "The source gives the number of years in a row, not which years. The app asks for ratings up to {last_year} (or this year), since ratings from long ago say little about the cell today: this is the app's reading."
        ),
    }
}

// Issue 15: inside a chat app's own browser (Zalo, Messenger…)

/// Said in a chat app's own browser, where her drafts would live.
pub fn in_app_notice(lang: Lang, app: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Ứng dụng đang mở trong trình duyệt riêng của {app}. Bản nháp lưu ở đây có thể mất khi {app} xoá bộ nhớ đệm, và trình duyệt của điện thoại không thấy được. Nên mở ứng dụng bằng trình duyệt của điện thoại."
        ),
        Lang::En => format!(
            "The app is open in {app}'s own browser. Drafts saved here can be lost when {app} clears its cache, and the phone's browser cannot see them. Better open the app in the phone's browser."
        ),
    }
}

/// Where a chat app keeps "open in the browser" (the way on an iPhone, and
/// when the link does not work).
pub fn in_app_menu_hint(lang: Lang, app: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Hoặc chạm vào nút ••• hay ⋮ ở góc màn hình của {app} rồi chọn mở bằng trình duyệt."
        ),
        Lang::En => format!(
            "Or tap the ••• or ⋮ button in a corner of {app}'s screen and choose to open in the browser."
        ),
    }
}

#[cfg(test)]
mod in_app_tests {
    use super::*;

    #[test]
    fn the_chat_app_is_named_in_both_languages() {
        for &lang in Lang::ALL {
            assert_eq!(in_app_notice(lang, "Zalo").matches("Zalo").count(), 2);
            assert!(in_app_menu_hint(lang, "Messenger").contains("Messenger"));
        }
        assert_ne!(
            in_app_notice(Lang::Vi, "Zalo"),
            in_app_notice(Lang::En, "Zalo")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_local_way() {
        assert_eq!(date(Lang::Vi, 2026, 6, 15), "15/6/2026");
        assert_eq!(date(Lang::En, 2026, 6, 15), "15 June 2026");
        assert_eq!(
            set_title_version(Lang::Vi, "Bến Tre", 2),
            "Bến Tre (phiên bản 2)"
        );
    }

    #[test]
    fn messages_carry_their_numbers_in_both_languages() {
        for &lang in Lang::ALL {
            let long = too_long(lang, 130, 120);
            assert!(long.contains("130") && long.contains("120"), "{long}");
            let year = year_out_of_range(lang, 2015, 2027);
            assert!(year.contains("2015") && year.contains("2027"), "{year}");
        }
        assert_ne!(too_long(Lang::Vi, 1, 2), too_long(Lang::En, 1, 2));
    }
}

// Issue 17: the commune's progress over time (src/domain/tracking/, link format 3)

/// What an import did: "Đã thêm 5 kết quả (2 chi bộ mới, 3 lần đánh giá tiếp
/// theo của chi bộ đã có); 1 liên kết đã có trong danh sách; 3 liên kết không
/// đọc được." `added` checks were new, `new_cells` of them opened a new line,
/// `unchanged` links were already collected, `bad` links could not be read.
/// (An import that found no link at all says `Text::TrackingNoLink` instead.)
pub fn tracking_checks_report(
    lang: Lang,
    added: usize,
    new_cells: usize,
    unchanged: usize,
    bad: usize,
) -> String {
    let rechecks = added.saturating_sub(new_cells);
    let mut clauses = Vec::new();
    match lang {
        Lang::Vi => {
            if added > 0 {
                let mut parts = Vec::new();
                if new_cells > 0 {
                    parts.push(format!("{new_cells} chi bộ mới"));
                }
                if rechecks > 0 {
                    parts.push(format!(
                        "{rechecks} lần đánh giá tiếp theo của chi bộ đã có"
                    ));
                }
                clauses.push(format!("đã thêm {added} kết quả ({})", parts.join(", ")));
            } else {
                clauses.push("không có kết quả mới".to_owned());
            }
            if unchanged > 0 {
                clauses.push(format!("{unchanged} liên kết đã có trong danh sách"));
            }
            if bad > 0 {
                clauses.push(format!("{bad} liên kết không đọc được"));
            }
        }
        Lang::En => {
            if added > 0 {
                let mut parts = Vec::new();
                if new_cells > 0 {
                    parts.push(plural(new_cells, "new cell", "new cells"));
                }
                if rechecks > 0 {
                    parts.push(format!(
                        "{} of cells already listed",
                        plural(rechecks, "further check", "further checks")
                    ));
                }
                clauses.push(format!(
                    "{} added ({})",
                    plural(added, "result", "results"),
                    parts.join(", ")
                ));
            } else {
                clauses.push("no new result".to_owned());
            }
            if unchanged > 0 {
                clauses.push(format!(
                    "{} already in the list",
                    plural(unchanged, "link", "links")
                ));
            }
            if bad > 0 {
                clauses.push(format!(
                    "{} could not be read",
                    plural(bad, "link", "links")
                ));
            }
        }
    }
    format!("{}.", capitalised(&clauses.join("; ")))
}

/// A condition whose verdict changed: "6. Tỷ lệ hộ nghèo, cận nghèo: Chưa đạt
/// → Đạt" (the same in both languages). `from` and `to` are the statuses'
/// names in the interface language.
pub fn tracking_change(number: usize, title: &str, from: &str, to: &str) -> String {
    format!("{number}. {title}: {from} → {to}")
}

/// The trend of a cell in words: "Số điều kiện đạt qua 3 lần đánh giá: 5 → 7 →
/// 9 (trên 9), tăng so với lần trước". `counts` are the last checks' met counts,
/// oldest first, out of `checks` in all; `total` the latest check's number of
/// conditions; `direction` the latest against the previous (none with one check).
pub fn tracking_trend(
    lang: Lang,
    counts: &[usize],
    checks: usize,
    total: usize,
    direction: Option<std::cmp::Ordering>,
) -> String {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let list = counts
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" → ");
    let shown = counts.len();
    match lang {
        Lang::Vi => {
            let which = if shown < checks {
                format!("{shown} lần đánh giá gần nhất (trong {checks} lần)")
            } else {
                format!("{checks} lần đánh giá")
            };
            let how = match direction {
                Some(Greater) => ", tăng so với lần trước",
                Some(Less) => ", giảm so với lần trước",
                Some(Equal) => ", không đổi so với lần trước",
                None => "",
            };
            format!("Số điều kiện đạt qua {which}: {list} (trên {total}){how}")
        }
        Lang::En => {
            let which = if shown < checks {
                format!("the last {shown} of {checks} checks")
            } else {
                plural(checks, "check", "checks")
            };
            let how = match direction {
                Some(Greater) => ", up on the previous check",
                Some(Less) => ", down on the previous check",
                Some(Equal) => ", the same as the previous check",
                None => "",
            };
            format!("Conditions met over {which}: {list} (of {total}){how}")
        }
    }
}

/// The previous check in short: "Lần trước (1/3/2026): đạt 7/9 điều kiện".
/// `on` is its date already written in `lang`, if any.
pub fn tracking_previous(lang: Lang, on: Option<&str>, met: usize, total: usize) -> String {
    match (lang, on) {
        (Lang::Vi, Some(on)) => format!("Lần trước ({on}): đạt {met}/{total} điều kiện"),
        (Lang::Vi, None) => format!("Lần trước (không ghi ngày): đạt {met}/{total} điều kiện"),
        (Lang::En, Some(on)) => format!("Previous check ({on}): {met} of {total} conditions met"),
        (Lang::En, None) => {
            format!("Previous check (undated): {met} of {total} conditions met")
        }
    }
}

/// The heading of a cell's list of checks: "Các lần đánh giá (3)".
pub fn tracking_checks_heading(lang: Lang, checks: usize) -> String {
    match lang {
        Lang::Vi => format!("Các lần đánh giá ({checks})"),
        Lang::En => format!("Every check ({checks})"),
    }
}

/// One check in a cell's list: "1/3/2026 — đạt 7/9 điều kiện — Chưa đủ điều
/// kiện". `on` is its date already written in `lang`, `verdict` its words.
pub fn tracking_check_line(
    lang: Lang,
    on: Option<&str>,
    met: usize,
    total: usize,
    verdict: &str,
) -> String {
    match lang {
        Lang::Vi => format!(
            "{} — đạt {met}/{total} điều kiện — {verdict}",
            on.unwrap_or("Không ghi ngày")
        ),
        Lang::En => format!(
            "{} — {met} of {total} conditions met — {verdict}",
            on.unwrap_or("Undated")
        ),
    }
}

/// What a button opening one check says to a screen reader: "Xem lần đánh
/// giá ngày 1/3/2026: Chi bộ ấp Phú Hòa".
pub fn tracking_open_check(lang: Lang, cell: &str, on: Option<&str>) -> String {
    match (lang, on) {
        (Lang::Vi, Some(on)) => format!("Xem lần đánh giá ngày {on}: {cell}"),
        (Lang::Vi, None) => format!("Xem lần đánh giá không ghi ngày: {cell}"),
        (Lang::En, Some(on)) => format!("View the check of {on}: {cell}"),
        (Lang::En, None) => format!("View the undated check: {cell}"),
    }
}

/// The cells registered and recognised among `cells`: "Đã đăng ký: 20/30 chi
/// bộ · được công nhận: 5/30 chi bộ (theo các liên kết)".
pub fn tracking_record_counts(
    lang: Lang,
    registered: usize,
    recognised: usize,
    cells: usize,
) -> String {
    match lang {
        Lang::Vi => format!(
            "Đã đăng ký: {registered}/{cells} chi bộ · được công nhận: {recognised}/{cells} chi bộ (theo các liên kết đã nhận)"
        ),
        Lang::En => format!(
            "Registered: {registered} of {cells} cells · recognised: {recognised} of {cells} cells (as the links received say)"
        ),
    }
}

/// A period: "Quý 2/2026", "Năm 2026" (vi); "Q2 2026", "2026" (en).
pub fn tracking_period(lang: Lang, year: i32, quarter: Option<u8>) -> String {
    match (lang, quarter) {
        (Lang::Vi, Some(q)) => format!("Quý {q}/{year}"),
        (Lang::Vi, None) => format!("Năm {year}"),
        (Lang::En, Some(q)) => format!("Q{q} {year}"),
        (Lang::En, None) => year.to_string(),
    }
}

/// A period's numbers, the chart's text: "Quý 2/2026: đạt chuẩn 5/8 chi bộ
/// (62,50%), đạt mục tiêu; được công nhận 2/8 (25,00%); đã đăng ký 6/8; đánh
/// giá trong kỳ: 4 chi bộ". `counts` are [meeting, recognised, registered,
/// checked in the period] of `cells`; `shares` meeting and recognised in
/// basis points; `reached` whether the self-checks reach the target.
pub fn tracking_period_counts(
    lang: Lang,
    label: &str,
    [meeting, recognised, registered, assessed]: [usize; 4],
    cells: usize,
    (meeting_bp, recognised_bp): (i64, i64),
    reached: bool,
) -> String {
    let (meeting_share, recognised_share) = (
        numfmt::percent_bp(lang, meeting_bp),
        numfmt::percent_bp(lang, recognised_bp),
    );
    match lang {
        Lang::Vi => format!(
            "{label}: đạt chuẩn {meeting}/{cells} chi bộ ({meeting_share}), {}; được công nhận {recognised}/{cells} ({recognised_share}); đã đăng ký {registered}/{cells}; đánh giá trong kỳ: {assessed} chi bộ",
            if reached {
                "đạt mục tiêu"
            } else {
                "chưa đạt mục tiêu"
            }
        ),
        Lang::En => format!(
            "{label}: {meeting} of {cells} cells meet the standard ({meeting_share}), {}; recognised {recognised} of {cells} ({recognised_share}); registered {registered} of {cells}; checked in the period: {}",
            if reached {
                "target reached"
            } else {
                "target not reached"
            },
            plural(assessed, "cell", "cells")
        ),
    }
}

/// Checks without a date, in no period: "2 lần đánh giá không ghi ngày nên
/// không được tính vào kỳ nào."
pub fn tracking_undated(lang: Lang, checks: usize) -> String {
    match lang {
        Lang::Vi => {
            format!("{checks} lần đánh giá không ghi ngày nên không được tính vào kỳ nào.")
        }
        Lang::En => format!(
            "{} without a date {} in no period.",
            plural(checks, "check", "checks"),
            if checks == 1 { "is" } else { "are" }
        ),
    }
}

/// The year a cell registered: "Đã đăng ký năm 2026".
pub fn registered_in(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Vi => format!("Đã đăng ký năm {year}"),
        Lang::En => format!("Registered in {year}"),
    }
}

/// An appraisal's outcome, after the word "Thẩm định": "Công nhận — ngày
/// 15/11/2026; quyết định số 125-QĐ/ĐU ngày 20/11/2026". `outcome` is its word
/// in `lang`, dates are already written in `lang`; a blank decision number is
/// left out.
pub fn appraisal_summary(
    lang: Lang,
    outcome: &str,
    appraised_on: &str,
    decision_number: &str,
    decision_date: Option<&str>,
) -> String {
    let number = decision_number.trim();
    let decision = match (lang, number.is_empty(), decision_date) {
        (_, true, None) => String::new(),
        (Lang::Vi, false, Some(on)) => format!("; quyết định số {number} ngày {on}"),
        (Lang::Vi, false, None) => format!("; quyết định số {number}"),
        (Lang::Vi, true, Some(on)) => format!("; quyết định ngày {on}"),
        (Lang::En, false, Some(on)) => format!("; decision no. {number} of {on}"),
        (Lang::En, false, None) => format!("; decision no. {number}"),
        (Lang::En, true, Some(on)) => format!("; decision of {on}"),
    };
    match lang {
        Lang::Vi => format!("{outcome} — ngày {appraised_on}{decision}"),
        Lang::En => format!("{outcome} — on {appraised_on}{decision}"),
    }
}

/// The decision's number makes the link long.
pub fn long_decision_number(lang: Lang, chars: usize) -> String {
    let chars = numfmt::int(lang, chars as i64);
    match lang {
        Lang::Vi => format!(
            "Số quyết định công nhận trong hồ sơ chi bộ dài {chars} ký tự: hãy ghi ngắn lại."
        ),
        Lang::En => format!(
            "The decision number in the cell's record is {chars} characters long: please shorten it."
        ),
    }
}

// Issue 17: the cell's record (hồ sơ chi bộ): key figures, checks over time,
// registration, appraisal, keeping the standard

/// How a key figure puts its label and value together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureLayout {
    /// "2 mô hình": the count, then the label (the items' unit).
    CountThenUnit,
    /// "hộ nghèo 3,01%".
    LabelThenValue,
    /// "năm 2025: Hoàn thành xuất sắc nhiệm vụ".
    LabelColonValue,
}

/// What a figure shows where a check has none.
const NO_FIGURE: &str = "—";

/// A key figure: its label and its value, already written in `lang`.
pub fn key_figure(_lang: Lang, layout: FigureLayout, label: &str, value: &str) -> String {
    match layout {
        FigureLayout::CountThenUnit => format!("{value} {label}"),
        FigureLayout::LabelThenValue => format!("{label} {value}"),
        FigureLayout::LabelColonValue => format!("{label}: {value}"),
    }
}

/// A key figure from one check to the next: "hộ nghèo 3,01% → 2,10%",
/// "1 → 2 mô hình", "năm 2026: — → Hoàn thành xuất sắc nhiệm vụ".
pub fn figure_change(
    _lang: Lang,
    layout: FigureLayout,
    label: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> String {
    let (b, a) = (before.unwrap_or(NO_FIGURE), after.unwrap_or(NO_FIGURE));
    match layout {
        FigureLayout::CountThenUnit => format!("{b} → {a} {label}"),
        FigureLayout::LabelThenValue => format!("{label} {b} → {a}"),
        FigureLayout::LabelColonValue => format!("{label}: {b} → {a}"),
    }
}

/// A year's rating as a figure: "Hoàn thành tốt nhiệm vụ (89,5 điểm)".
pub fn figure_rating(_lang: Lang, level: &str, score: Option<&str>) -> String {
    match score {
        Some(score) => format!("{level} ({score})"),
        None => level.to_owned(),
    }
}

/// The label of a year's rating figure: "năm 2025".
pub fn figure_year(lang: Lang, year: i64) -> String {
    match lang {
        Lang::Vi => format!("năm {year}"),
        Lang::En => format!("{year}"),
    }
}

/// A verdict inside a sentence of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusWord {
    Met,
    NotMet,
    Incomplete,
    Invalid,
}

/// A verdict as a word inside a sentence ("chưa đạt → đạt").
pub fn record_status_word(lang: Lang, status: StatusWord) -> &'static str {
    match (lang, status) {
        (Lang::Vi, StatusWord::Met) => "đạt",
        (Lang::Vi, StatusWord::NotMet) => "chưa đạt",
        (Lang::Vi, StatusWord::Incomplete) => "chưa đủ thông tin",
        (Lang::Vi, StatusWord::Invalid) => "không hợp lệ",
        (Lang::En, StatusWord::Met) => "met",
        (Lang::En, StatusWord::NotMet) => "not met",
        (Lang::En, StatusWord::Incomplete) => "not enough information",
        (Lang::En, StatusWord::Invalid) => "invalid",
    }
}

/// A needed field of the record left empty.
pub fn record_field_missing(lang: Lang, field: &str) -> String {
    match lang {
        Lang::Vi => format!("{field}: chưa nhập."),
        Lang::En => format!("{field}: not entered yet."),
    }
}

/// A date of the record that is not a real day.
pub fn record_date_not_real(lang: Lang, field: &str) -> String {
    match lang {
        Lang::Vi => format!("{field}: không phải một ngày có thật."),
        Lang::En => format!("{field}: not a real date."),
    }
}

/// A registration's year outside the years taken.
pub fn record_year_out_of_range(lang: Lang, min: u16, max: u16) -> String {
    match lang {
        Lang::Vi => format!("Năm đăng ký phải từ {min} đến {max}."),
        Lang::En => format!("The year registered for must be from {min} to {max}."),
    }
}

/// A registration on the record: "Đăng ký năm 2026 (ngày 15/1/2026)".
pub fn record_registration(lang: Lang, year: u16, date: &str) -> String {
    match (lang, date.is_empty()) {
        (Lang::Vi, true) => format!("Đăng ký năm {year}"),
        (Lang::Vi, false) => format!("Đăng ký năm {year} (ngày {date})"),
        (Lang::En, true) => format!("Registered for {year}"),
        (Lang::En, false) => format!("Registered for {year} (on {date})"),
    }
}

/// The registered roadmap at one check: "15/3/2026: xong 3/5 việc đã đăng ký".
pub fn record_progress(lang: Lang, date: &str, done: usize, total: usize) -> String {
    let (done, total) = (
        numfmt::int(lang, done as i64),
        numfmt::int(lang, total as i64),
    );
    match lang {
        Lang::Vi => format!("{date}: xong {done}/{total} việc đã đăng ký"),
        Lang::En => format!("{date}: {done} of {total} registered tasks done"),
    }
}

/// An appraisal in one line: "Thẩm định ngày 20/11/2026, Đảng ủy xã Lương
/// Hòa: Công nhận — Quyết định số 125-QĐ/ĐU ngày 1/12/2026".
pub fn record_appraisal(
    lang: Lang,
    date: &str,
    body: &str,
    outcome: &str,
    decision_number: &str,
    decision_date: Option<&str>,
) -> String {
    let mut line = match (lang, body.is_empty()) {
        (Lang::Vi, true) => format!("Thẩm định ngày {date}: {outcome}"),
        (Lang::Vi, false) => format!("Thẩm định ngày {date}, {body}: {outcome}"),
        (Lang::En, true) => format!("Appraised on {date}: {outcome}"),
        (Lang::En, false) => format!("Appraised on {date} by {body}: {outcome}"),
    };
    let decision = match (lang, decision_number.is_empty(), decision_date) {
        (_, true, None) => None,
        (Lang::Vi, false, None) => Some(format!("Quyết định số {decision_number}")),
        (Lang::Vi, false, Some(d)) => Some(format!("Quyết định số {decision_number} ngày {d}")),
        (Lang::Vi, true, Some(d)) => Some(format!("Quyết định ngày {d}")),
        (Lang::En, false, None) => Some(format!("decision no. {decision_number}")),
        (Lang::En, false, Some(d)) => Some(format!("decision no. {decision_number} of {d}")),
        (Lang::En, true, Some(d)) => Some(format!("decision of {d}")),
    };
    if let Some(decision) = decision {
        line.push_str(" — ");
        line.push_str(&decision);
    }
    line
}

/// A condition, self-check beside appraisal: "tự đánh giá: đạt — thẩm định:
/// chưa đạt" (a side not known: "—").
pub fn record_side_by_side(lang: Lang, own: Option<&str>, appraised: Option<&str>) -> String {
    let (own, appraised) = (own.unwrap_or(NO_FIGURE), appraised.unwrap_or(NO_FIGURE));
    match lang {
        Lang::Vi => format!("tự đánh giá: {own} — thẩm định: {appraised}"),
        Lang::En => format!("self-check: {own} — appraisal: {appraised}"),
    }
}

/// On how many conditions the appraisal differs from the self-check.
pub fn record_disagreements(lang: Lang, n: usize) -> String {
    let count = numfmt::int(lang, n as i64);
    match (lang, n) {
        (Lang::Vi, 0) => "Kết quả thẩm định trùng với tự đánh giá ở mọi điều kiện.".into(),
        (Lang::Vi, _) => format!("Kết quả thẩm định khác tự đánh giá ở {count} điều kiện."),
        (Lang::En, 0) => "The appraisal agrees with the self-check on every condition.".into(),
        (Lang::En, 1) => "The appraisal differs from the self-check on 1 condition.".into(),
        (Lang::En, _) => {
            format!("The appraisal differs from the self-check on {count} conditions.")
        }
    }
}

/// One check in the record's overview: "15/3/2026: đạt 7/9 điều kiện".
pub fn record_check_point(lang: Lang, date: &str, met: usize, total: usize) -> String {
    let (met, total) = (
        numfmt::int(lang, met as i64),
        numfmt::int(lang, total as i64),
    );
    match lang {
        Lang::Vi => format!("{date}: đạt {met}/{total} điều kiện"),
        Lang::En => format!("{date}: {met} of {total} conditions met"),
    }
}

/// A condition over the checks: "Đạt lần đầu ngày 15/3/2026; không còn đạt
/// ngày 10/3/2027 — hiện chưa đạt lại", "Chưa lần nào đạt".
pub fn record_condition_history(
    lang: Lang,
    first_met: Option<&str>,
    lapses: &[String],
    lapsed_now: bool,
) -> String {
    let Some(first) = first_met else {
        return match lang {
            Lang::Vi => "Chưa lần nào đạt".into(),
            Lang::En => "Never met yet".into(),
        };
    };
    let mut line = match lang {
        Lang::Vi => format!("Đạt lần đầu ngày {first}"),
        Lang::En => format!("First met on {first}"),
    };
    if !lapses.is_empty() {
        let list = lapses.join(", ");
        line.push_str(&match lang {
            Lang::Vi => format!("; không còn đạt ngày {list}"),
            Lang::En => format!("; lapsed on {list}"),
        });
    }
    if lapsed_now {
        line.push_str(match lang {
            Lang::Vi => " — hiện chưa đạt lại",
            Lang::En => " — not met again since",
        });
    }
    line
}

/// What changed in one condition since the previous check: "Điều kiện 6:
/// chưa đạt → đạt; hộ nghèo 3,01% → 2,10%", "Điều kiện 4: vẫn chưa đạt; …".
pub fn record_condition_change(
    lang: Lang,
    number: usize,
    before: Option<&str>,
    after: Option<&str>,
    figures: &[String],
) -> String {
    let status = match (lang, before == after, after) {
        (Lang::Vi, true, Some(a)) => format!("vẫn {a}"),
        (Lang::En, true, Some(a)) => format!("still {a}"),
        _ => format!(
            "{} → {}",
            before.unwrap_or(NO_FIGURE),
            after.unwrap_or(NO_FIGURE)
        ),
    };
    let mut line = match lang {
        Lang::Vi => format!("Điều kiện {number}: {status}"),
        Lang::En => format!("Condition {number}: {status}"),
    };
    for figure in figures {
        line.push_str("; ");
        line.push_str(figure);
    }
    line
}

/// A condition a recognised cell does not hold at a later check: "Điều kiện 6
/// (Tỷ lệ hộ nghèo, cận nghèo): không còn đạt".
pub fn record_keeping_gap(
    lang: Lang,
    number: usize,
    title: &str,
    status: StatusWord,
    lapsed: bool,
) -> String {
    let word = match (lang, status, lapsed) {
        (Lang::Vi, StatusWord::NotMet, true) => "không còn đạt",
        (Lang::En, StatusWord::NotMet, true) => "no longer met",
        (lang, status, _) => record_status_word(lang, status),
    };
    match lang {
        Lang::Vi => format!("Điều kiện {number} ({title}): {word}"),
        Lang::En => format!("Condition {number} ({title}): {word}"),
    }
}

/// Whether a recognised cell still holds the standard at a later check.
/// `lapsed` conditions no longer hold; the check cannot tell for `unclear`.
pub fn record_keeping_check(
    lang: Lang,
    date: &str,
    holds: bool,
    met: usize,
    total: usize,
    lapsed: usize,
    unclear: usize,
) -> String {
    let n = |v: usize| numfmt::int(lang, v as i64);
    let conditions = |v: usize| if v == 1 { "condition" } else { "conditions" };
    match (lang, holds, lapsed, unclear) {
        (Lang::Vi, true, _, _) => format!(
            "{date}: vẫn giữ vững — đạt đủ {}/{} điều kiện",
            n(met),
            n(total)
        ),
        (Lang::En, true, _, _) => format!(
            "{date}: still holds the standard — {} of {} conditions met",
            n(met),
            n(total)
        ),
        (Lang::Vi, false, 0, u) => format!(
            "{date}: chưa đủ thông tin để khẳng định còn giữ vững — {} điều kiện chưa đủ thông tin",
            n(u)
        ),
        (Lang::En, false, 0, u) => format!(
            "{date}: not enough information to say it still holds the standard — {} {} not answered enough",
            n(u),
            conditions(u)
        ),
        (Lang::Vi, false, l, 0) => {
            format!(
                "{date}: không còn giữ vững — {} điều kiện không còn đạt",
                n(l)
            )
        }
        (Lang::En, false, l, 0) => format!(
            "{date}: no longer holds the standard — {} {} no longer met",
            n(l),
            conditions(l)
        ),
        (Lang::Vi, false, l, u) => format!(
            "{date}: không còn giữ vững — {} điều kiện không còn đạt, {} điều kiện chưa đủ thông tin",
            n(l),
            n(u)
        ),
        (Lang::En, false, l, u) => format!(
            "{date}: no longer holds the standard — {} {} no longer met, {} not answered enough",
            n(l),
            conditions(l),
            n(u)
        ),
    }
}

/// The recognition a cell keeps: "Được công nhận ngày 20/11/2026".
pub fn record_recognised_on(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Vi => format!("Được công nhận ngày {date}"),
        Lang::En => format!("Recognised on {date}"),
    }
}

/// A record in the list: "3 lần tự đánh giá · gần nhất 10/3/2027: đạt 8/9
/// điều kiện". `newest`: its day, met, total.
pub fn record_details(lang: Lang, checks: usize, newest: Option<(&str, usize, usize)>) -> String {
    let count = numfmt::int(lang, checks as i64);
    let head = match (lang, checks) {
        (Lang::Vi, _) => format!("{count} lần tự đánh giá"),
        (Lang::En, 1) => "1 check".to_owned(),
        (Lang::En, _) => format!("{count} checks"),
    };
    match (lang, newest) {
        (_, None) => head,
        (Lang::Vi, Some((date, met, total))) => format!(
            "{head} · gần nhất {date}: đạt {}/{} điều kiện",
            numfmt::int(lang, met as i64),
            numfmt::int(lang, total as i64)
        ),
        (Lang::En, Some((date, met, total))) => format!(
            "{head} · latest {date}: {} of {} conditions met",
            numfmt::int(lang, met as i64),
            numfmt::int(lang, total as i64)
        ),
    }
}

/// Where a cell stands: "Đăng ký năm 2027 · Công nhận ngày 20/11/2026";
/// `appraisal`: recognised or not, and its day. `None` with neither.
pub fn record_standing(
    lang: Lang,
    registered: Option<u16>,
    appraisal: Option<(bool, &str)>,
) -> Option<String> {
    let registered = registered.map(|year| match lang {
        Lang::Vi => format!("Đăng ký năm {year}"),
        Lang::En => format!("Registered for {year}"),
    });
    let appraised = appraisal.map(|(recognised, date)| match (lang, recognised) {
        (Lang::Vi, true) => format!("Công nhận ngày {date}"),
        (Lang::Vi, false) => format!("Thẩm định ngày {date}: chưa công nhận"),
        (Lang::En, true) => format!("Recognised on {date}"),
        (Lang::En, false) => format!("Appraised on {date}: not recognised"),
    });
    match (registered, appraised) {
        (None, None) => None,
        (Some(r), None) => Some(r),
        (None, Some(a)) => Some(a),
        (Some(r), Some(a)) => Some(format!("{r} · {a}")),
    }
}

/// What importing a record file did.
/// What importing a file of all records did.
pub fn records_imported(lang: Lang, records: usize, checks: usize, failed: usize) -> String {
    let (records, checks, failed_n) = (
        numfmt::int(lang, records as i64),
        numfmt::int(lang, checks as i64),
        numfmt::int(lang, failed as i64),
    );
    let mut line = match lang {
        Lang::Vi => format!("Đã nhập {records} hồ sơ chi bộ với {checks} lần tự đánh giá."),
        Lang::En => format!("{records} cell record(s) were imported with {checks} check(s)."),
    };
    if failed > 0 {
        line.push(' ');
        line.push_str(&match lang {
            Lang::Vi => format!("{failed_n} hồ sơ trong tệp không đọc được nên chưa nhập."),
            Lang::En => {
                format!("{failed_n} record(s) in the file could not be read and were not imported.")
            }
        });
    }
    line
}

pub fn record_imported(
    lang: Lang,
    title: &str,
    checks: usize,
    missing: usize,
    parts_left_out: bool,
) -> String {
    let (checks_n, missing_n) = (
        numfmt::int(lang, checks as i64),
        numfmt::int(lang, missing as i64),
    );
    let mut line = match (lang, title.is_empty()) {
        (Lang::Vi, true) => format!("Đã nhập hồ sơ chi bộ với {checks_n} lần tự đánh giá."),
        (Lang::Vi, false) => format!("Đã nhập hồ sơ “{title}” với {checks_n} lần tự đánh giá."),
        (Lang::En, true) => format!("The cell record was imported with {checks_n} check(s)."),
        (Lang::En, false) => format!("The record “{title}” was imported with {checks_n} check(s)."),
    };
    if missing > 0 {
        line.push(' ');
        line.push_str(&match lang {
            Lang::Vi => format!("{missing_n} lần tự đánh giá trong tệp không đọc được nên bỏ qua."),
            Lang::En => {
                format!("{missing_n} check(s) in the file could not be read and were skipped.")
            }
        });
    }
    if parts_left_out {
        line.push(' ');
        line.push_str(match lang {
            Lang::Vi => "Một số phần của hồ sơ không đọc được nên bỏ qua.",
            Lang::En => "Some parts of the record could not be read and were skipped.",
        });
    }
    line
}

/// After the drafts on the device were arranged into records (first start).
pub fn record_migrated(lang: Lang, records: usize, drafts: usize) -> String {
    let (records, drafts) = (
        numfmt::int(lang, records as i64),
        numfmt::int(lang, drafts as i64),
    );
    match lang {
        Lang::Vi => format!(
            "Các bản đánh giá trên máy đã được xếp vào {records} hồ sơ chi bộ ({drafts} lần tự đánh giá); không bản nào bị xoá."
        ),
        Lang::En => format!(
            "The assessments on this device were arranged into {records} cell record(s) ({drafts} check(s)); none was deleted."
        ),
    }
}

/// Checks of a record whose draft is no longer on the device or does not read.
pub fn record_checks_missing(lang: Lang, n: usize) -> String {
    let n = numfmt::int(lang, n as i64);
    match lang {
        Lang::Vi => format!(
            "{n} lần tự đánh giá của hồ sơ này không còn trên máy hoặc không đọc được; các lần khác vẫn hiện đầy đủ."
        ),
        Lang::En => format!(
            "{n} check(s) of this record are no longer on this device or cannot be read; the others show in full."
        ),
    }
}

// Issue 17: the record's screens (src/ui/record/, src/ui/records/)

/// The heading of an older check's result: "Kết quả lần tự đánh giá ngày
/// 15/6/2026".
pub fn record_check_heading(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Vi => format!("Kết quả lần tự đánh giá ngày {date}"),
        Lang::En => format!("Result of the check of {date}"),
    }
}

/// A condition with its number: "Điều kiện 6. Tỷ lệ hộ nghèo, cận nghèo".
pub fn record_condition(lang: Lang, number: usize, title: &str) -> String {
    match lang {
        Lang::Vi => format!("Điều kiện {number}. {title}"),
        Lang::En => format!("Condition {number}. {title}"),
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;

    #[test]
    fn the_records_sentences_carry_their_values_the_languages_way() {
        assert_eq!(
            record_condition_change(
                Lang::Vi,
                6,
                Some("chưa đạt"),
                Some("đạt"),
                &["hộ nghèo 3,01% → 2,10%".into()]
            ),
            "Điều kiện 6: chưa đạt → đạt; hộ nghèo 3,01% → 2,10%"
        );
        assert_eq!(
            record_condition_change(Lang::En, 4, Some("not met"), Some("not met"), &[]),
            "Condition 4: still not met"
        );
        assert_eq!(
            record_progress(Lang::Vi, "15/3/2026", 3, 5),
            "15/3/2026: xong 3/5 việc đã đăng ký"
        );
        assert_eq!(
            record_details(Lang::Vi, 1234, None),
            "1.234 lần tự đánh giá"
        );
        assert_eq!(record_details(Lang::En, 1234, None), "1,234 checks");
        assert_eq!(record_standing(Lang::Vi, None, None), None);
        assert_eq!(
            figure_change(
                Lang::Vi,
                FigureLayout::CountThenUnit,
                "mô hình",
                Some("1"),
                None
            ),
            "1 → — mô hình"
        );
        for &lang in Lang::ALL {
            assert_ne!(
                record_keeping_check(lang, "d", false, 8, 9, 1, 0),
                record_keeping_check(lang, "d", true, 9, 9, 0, 0)
            );
        }
    }
}

/// A criteria set named in full, as the printed form and a shared result
/// name it: title, version, issuer, fingerprint (when known).
pub fn set_named(
    lang: Lang,
    title: &str,
    version: u32,
    issuer: &str,
    fingerprint: Option<&str>,
) -> String {
    let head = set_title_version(lang, title, version);
    match (lang, fingerprint) {
        (Lang::Vi, Some(f)) => format!("{head}; {issuer}; mã kiểm tra {f}"),
        (Lang::En, Some(f)) => format!("{head}; {issuer}; fingerprint {f}"),
        (_, None) => format!("{head}; {issuer}"),
    }
}

/// Who issued a set, since when it is in force, and its fingerprint.
pub fn set_facts(lang: Lang, issuer: &str, from: &str, fingerprint: &str) -> String {
    match lang {
        Lang::Vi => format!("{issuer}; hiệu lực từ {from}; mã kiểm tra {fingerprint}"),
        Lang::En => format!("{issuer}; in force from {from}; fingerprint {fingerprint}"),
    }
}

/// An imported record's checks were made with a set this phone lacks.
pub fn import_set_missing(lang: Lang, id: &str, version: u32, title: &str, issuer: &str) -> String {
    let named = if title.is_empty() {
        format!("\u{201c}{id}\u{201d}")
    } else {
        format!("\u{201c}{title}\u{201d} ({issuer})")
    };
    match lang {
        Lang::Vi => format!(
            "Các lần tự đánh giá trong tệp được lập theo bộ tiêu chí {named}, phiên bản {version}, chưa có trên máy này: hãy thêm bộ tiêu chí đó (Xem, thêm bộ tiêu chí) để mở chúng. Tệp đã được nhập, không mất gì."
        ),
        Lang::En => format!(
            "The file's checks were made with the criteria set {named}, version {version}, which this device does not have: add that set (See or add criteria sets) to open them. The file was imported; nothing is lost."
        ),
    }
}

/// An imported record's set is on this phone with other content under the
/// same version.
pub fn import_set_changed(lang: Lang, id: &str, version: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "Bộ tiêu chí \u{201c}{id}\u{201d} phiên bản {version} trên máy này có nội dung khác với bộ đã dùng để lập các lần tự đánh giá trong tệp (mã kiểm tra khác nhau). Kết quả có thể khác; hãy hỏi nơi ban hành bộ tiêu chí."
        ),
        Lang::En => format!(
            "The criteria set \u{201c}{id}\u{201d} version {version} on this device differs from the one the file's checks were made with (the fingerprints differ). Results may differ; ask whoever issued the set."
        ),
    }
}

/// The draft open last was made with a set this phone does not have (not
/// added here, or kept in a form this app cannot read): set aside, not lost.
pub fn draft_set_missing(lang: Lang, id: &str, version: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "Bản nháp mở lần trước dùng bộ tiêu chí \u{201c}{id}\u{201d} phiên bản {version}, không có trên máy này. Bản đó đã được cất riêng, không bị xoá; có thể tải về để giữ hoặc nhờ hỗ trợ. Hãy thêm bộ tiêu chí đó (Xem, thêm bộ tiêu chí)."
        ),
        Lang::En => format!(
            "The draft open last uses the criteria set \u{201c}{id}\u{201d} version {version}, which this device does not have. It was set aside, not deleted; you can download it to keep or to ask for help. Add that set (See or add criteria sets)."
        ),
    }
}

// Issue 19: the sets page

/// How an added set's origin starts when it was opened from a file on the
/// phone: "tệp <name>" (stored as is, whatever the interface language).
pub const SET_FILE_ORIGIN: &str = "tệp ";

/// A file opened on the phone, as the origin of a set: "tệp x.json".
pub fn set_origin_file(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("{SET_FILE_ORIGIN}{name}"),
        Lang::En => format!("the file {name}"),
    }
}

/// The days a set is in force: "12/5/2021 – đang có hiệu lực".
pub fn set_effective(lang: Lang, from: &str, until: Option<&str>) -> String {
    let until = until.unwrap_or(match lang {
        Lang::Vi => "đang có hiệu lực",
        Lang::En => "in force",
    });
    format!("{from} – {until}")
}

/// A set's source in one line: the document, who published it, its day.
pub fn set_source(lang: Lang, document: &str, published_in: &str, date: &str) -> String {
    match lang {
        Lang::Vi | Lang::En => format!("{document} — {published_in}, {date}"),
    }
}

/// A set that drafts on this phone use is not removed; `names`: each draft
/// name with how many drafts carry it.
pub fn set_in_use(lang: Lang, names: &[(&str, usize)]) -> String {
    let total: usize = names.iter().map(|(_, n)| n).sum();
    let list = names
        .iter()
        .map(|(name, n)| {
            if *n > 1 {
                format!("{name} ({})", numfmt::int(lang, *n as i64))
            } else {
                (*name).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let count = numfmt::int(lang, total as i64);
    match lang {
        Lang::Vi => format!(
            "Chưa gỡ được: bộ tiêu chí này đang được dùng trong {count} bản đánh giá trên máy này ({list}). Bản đánh giá cần đúng bộ tiêu chí đã dùng để đọc đúng lời văn và cách chấm; bộ tiêu chí chỉ gỡ được khi không còn bản đánh giá nào dùng."
        ),
        Lang::En => format!(
            "Not removed: {count} {} on this device {} this set ({list}). An assessment needs the set it was made with to read with its wording and rules; a set can be removed only when no assessment uses it.",
            if total == 1 {
                "assessment"
            } else {
                "assessments"
            },
            if total == 1 { "uses" } else { "use" },
        ),
    }
}

/// " (mã lỗi 503)" / " (error 503)", or nothing.
fn http_status(lang: Lang, status: Option<u16>) -> String {
    match (lang, status) {
        (_, None) => String::new(),
        (Lang::Vi, Some(s)) => format!(" (mã lỗi {s})"),
        (Lang::En, Some(s)) => format!(" (error {s})"),
    }
}

/// The index of published sets did not come.
pub fn sets_index_unreachable(lang: Lang, status: Option<u16>) -> String {
    let status = http_status(lang, status);
    match lang {
        Lang::Vi => format!(
            "Không đọc được danh mục bộ tiêu chí từ trang này{status}. Hãy thử lại sau; các bộ đã có trên máy vẫn dùng được."
        ),
        Lang::En => format!(
            "The list of criteria sets could not be read from this site{status}. Please try again later; the sets on this device still work."
        ),
    }
}

/// The index came but is not one.
pub fn sets_index_unreadable(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Danh mục bộ tiêu chí của trang này ({path}) không đúng định dạng nên không đọc được. Hãy báo cho nơi quản lý trang."
        ),
        Lang::En => format!(
            "This site's list of criteria sets ({path}) is not in the expected format and cannot be read. Please tell whoever runs the site."
        ),
    }
}

/// The set a result needs; `title`: its title and issuer, when the index
/// lists it.
pub fn set_needed(
    lang: Lang,
    id: &str,
    version: u32,
    fingerprint: &str,
    title: Option<(&str, &str)>,
) -> String {
    let named = match (lang, title) {
        (Lang::Vi, Some((title, issuer))) if !issuer.is_empty() => {
            format!("“{title}” của {issuer}")
        }
        (Lang::En, Some((title, issuer))) if !issuer.is_empty() => {
            format!("“{title}” of {issuer}")
        }
        (_, Some((title, _))) => format!("“{title}”"),
        (_, None) => format!("“{id}”"),
    };
    match lang {
        Lang::Vi => format!(
            "Kết quả này được đánh giá theo bộ tiêu chí {named}, phiên bản {version} (mã kiểm tra {fingerprint})."
        ),
        Lang::En => format!(
            "This result was assessed with the criteria set {named}, version {version} (check code {fingerprint})."
        ),
    }
}

/// The set a result needs is on this phone.
pub fn set_needed_here(lang: Lang) -> String {
    match lang {
        Lang::Vi => "Bộ tiêu chí này đã có trên máy này.".into(),
        Lang::En => "This set is on this device.".into(),
    }
}

/// The phone has the same id and version with other content.
pub fn set_needed_different(lang: Lang, here: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Máy này có một bộ cùng mã và phiên bản nhưng nội dung khác (mã kiểm tra {here}): một trong hai bộ đã bị sửa mà không tăng phiên bản. Hãy hỏi nơi gửi kết quả về bộ tiêu chí đúng."
        ),
        Lang::En => format!(
            "This device has a set with the same id and version but other content (check code {here}): one of the two was changed without a new version. Ask whoever sent the result for the right set."
        ),
    }
}

/// The set a result needs is not on this phone; `published`: whether this
/// site lists it (`None`: not known).
pub fn set_needed_missing(lang: Lang, published: Option<bool>) -> String {
    use super::SetsText;
    let (add, open) = (
        SetsText::SetAdd.get(lang),
        SetsText::SetsFileHeading.get(lang),
    );
    match (lang, published) {
        (Lang::Vi, Some(true)) => {
            format!("Bộ này chưa có trên máy này. Trang này có công bố bộ đó: bấm “{add}” ở dưới.")
        }
        (Lang::Vi, Some(false)) => format!(
            "Bộ này chưa có trên máy này, và trang này không công bố bộ đó. Hãy xin tệp bộ tiêu chí từ nơi gửi kết quả, rồi mở ở mục “{open}”."
        ),
        (Lang::Vi, None) => format!(
            "Bộ này chưa có trên máy này. Có thể thêm từ các bộ công bố trên trang này (khi có mạng) hoặc ở mục “{open}”."
        ),
        (Lang::En, Some(true)) => {
            format!("It is not on this device yet. This site publishes it: tap “{add}” below.")
        }
        (Lang::En, Some(false)) => format!(
            "It is not on this device yet, and this site does not publish it. Ask whoever sent the result for the set's file, then open it under “{open}”."
        ),
        (Lang::En, None) => format!(
            "It is not on this device yet. Add it from the sets published on this site (with a connection) or under “{open}”."
        ),
    }
}

/// A set was added.
pub fn set_added(lang: Lang, title: &str, version: u32) -> String {
    match lang {
        Lang::Vi => {
            format!("Đã thêm bộ tiêu chí “{title}”, phiên bản {version}, vào máy này.")
        }
        Lang::En => {
            format!("The criteria set “{title}”, version {version}, was added to this device.")
        }
    }
}

/// The very set is on the phone already.
pub fn set_already_here(lang: Lang, title: &str, version: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "Bộ tiêu chí “{title}”, phiên bản {version}, đã có trên máy này; không có gì thay đổi."
        ),
        Lang::En => format!(
            "The criteria set “{title}”, version {version}, is already on this device; nothing changed."
        ),
    }
}

/// A published set file did not come: no connection.
pub fn set_file_offline(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("Chưa tải được {name}: máy đang không có kết nối mạng. Không có gì được thêm.")
        }
        Lang::En => {
            format!(
                "{name} could not be fetched: this device has no connection. Nothing was added."
            )
        }
    }
}

/// A published set file did not come from the host.
pub fn set_file_unreachable(lang: Lang, name: &str, status: Option<u16>) -> String {
    let status = http_status(lang, status);
    match lang {
        Lang::Vi => {
            format!("Không tải được {name} từ trang này{status}. Không có gì được thêm.")
        }
        Lang::En => {
            format!("{name} could not be fetched from this site{status}. Nothing was added.")
        }
    }
}

/// A set file with `count` problems (listed apart) was not added.
pub fn set_file_problems(lang: Lang, name: &str, count: usize) -> String {
    let n = numfmt::int(lang, count as i64);
    match lang {
        Lang::Vi => format!(
            "Không thêm {name}: tệp có {n} lỗi, liệt kê dưới đây. Bộ tiêu chí chỉ được thêm khi không còn lỗi nào; hãy báo các lỗi này cho nơi ban hành."
        ),
        Lang::En => format!(
            "{name} was not added: the file has {n} {}, listed below. A set is added only when it has none; please report them to its issuer.",
            if count == 1 { "problem" } else { "problems" }
        ),
    }
}

/// A published file is another set than its index entry says.
pub fn set_file_not_the_entry(
    lang: Lang,
    name: &str,
    listed: (&str, u32),
    found: (&str, u32),
) -> String {
    let ((lid, lv), (fid, fv)) = (listed, found);
    match lang {
        Lang::Vi => format!(
            "Không thêm {name}: danh mục ghi đây là bộ “{lid}” phiên bản {lv}, nhưng tệp là bộ “{fid}” phiên bản {fv}. Hãy báo cho nơi quản lý trang."
        ),
        Lang::En => format!(
            "{name} was not added: the list says it is set “{lid}” version {lv}, but the file is set “{fid}” version {fv}. Please tell whoever runs the site."
        ),
    }
}

/// A set file changed under a version this phone has with other content.
pub fn set_file_changed(
    lang: Lang,
    name: &str,
    title: &str,
    version: u32,
    here: &str,
    file: &str,
) -> String {
    match lang {
        Lang::Vi => format!(
            "Không thêm {name}: máy này đã có bộ tiêu chí “{title}”, phiên bản {version}, với nội dung khác (mã kiểm tra trên máy {here}, của tệp {file}). Bộ tiêu chí đã sửa phải mang phiên bản mới; hãy báo cho nơi ban hành."
        ),
        Lang::En => format!(
            "{name} was not added: this device already has the criteria set “{title}”, version {version}, with other content (check code here {here}, of the file {file}). A changed set must carry a new version; please tell its issuer."
        ),
    }
}

/// A set stored on this phone cannot be read (`newer`: written by a newer
/// app); it is kept where it is.
pub fn set_stored_unreadable(lang: Lang, key: &str, newer: bool) -> String {
    match (lang, newer) {
        (Lang::Vi, true) => format!(
            "Một bộ tiêu chí lưu trên máy ({key}) do phiên bản mới hơn của ứng dụng lưu nên chưa đọc được; bộ này được giữ nguyên."
        ),
        (Lang::Vi, false) => format!(
            "Một bộ tiêu chí lưu trên máy ({key}) bị hỏng nên không đọc được; bộ này được giữ nguyên, không bị xoá."
        ),
        (Lang::En, true) => format!(
            "A criteria set stored on this device ({key}) was saved by a newer version of the app and cannot be read yet; it is kept as it is."
        ),
        (Lang::En, false) => format!(
            "A criteria set stored on this device ({key}) is damaged and cannot be read; it is kept, not deleted."
        ),
    }
}

/// A stored set has the id and version of one already there (the app's)
/// with other content: it is not used, and kept.
pub fn set_stored_conflict(lang: Lang, id: &str, version: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "Bộ tiêu chí “{id}” phiên bản {version} lưu trên máy khác với bộ cùng mã và phiên bản đã có, nên không được dùng; bộ này được giữ nguyên."
        ),
        Lang::En => format!(
            "The stored criteria set “{id}” version {version} differs from the one with the same id and version already here, so it is not used; it is kept as it is."
        ),
    }
}

#[cfg(test)]
mod sets_page_tests {
    use super::*;

    #[test]
    fn the_sets_page_s_sentences_carry_their_values_the_language_s_way() {
        assert_eq!(
            set_in_use(Lang::Vi, &[("Chi bộ ấp A", 1200)])
                .split(':')
                .nth(1)
                .map(|s| s.contains("1.200 bản đánh giá")),
            Some(true)
        );
        assert!(set_in_use(Lang::En, &[("A", 1)]).contains("1 assessment on this device uses"));
        assert!(set_file_problems(Lang::En, "x.json", 1).contains("1 problem,"));
        assert!(set_file_problems(Lang::Vi, "x.json", 12).contains("12 lỗi"));
        assert!(!sets_index_unreachable(Lang::Vi, None).contains("mã lỗi"));
        assert!(sets_index_unreachable(Lang::En, Some(500)).contains("(error 500)"));
        assert!(set_needed(Lang::Vi, "a", 2, "0a1b2c3d", None).contains("“a”, phiên bản 2"));
        assert!(
            set_needed(Lang::Vi, "a", 2, "0a1b2c3d", Some(("T", ""))).contains("“T”, phiên bản 2")
        );
        assert!(set_needed_missing(Lang::Vi, Some(true)).contains("“Thêm vào máy”"));
        assert!(set_needed_missing(Lang::Vi, Some(false)).contains("“Mở tệp bộ tiêu chí”"));
    }
}
