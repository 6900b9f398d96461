//! The set checker (`criteria::check`) as a set's author and a phone meet it:
//! each class of mistake with its exact Vietnamese words and where it is
//! (line, criterion id, field), several problems at once, good sets with
//! their mã kiểm tra, the index of a `sets/` folder, and `check-set`'s
//! output and exit codes.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use tsvmtd::domain::criteria::{
    BUNDLED, CheckedSet, CriteriaSet, MAX_SET_BYTES, PublishedEntry, Registry, SetProblem,
    SetProblemKind, check_entry, check_index, check_set_bytes, check_set_file, fingerprint,
    fingerprint_text,
};
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::i18n::set_check::{Syntax, Unclosed};

const KIEM_THU: &str = include_str!("fixtures/sets/kiem-thu.v1.json");
const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");
const TEMPLATE: &str = include_str!("../docs/mau-bo-tieu-chi.json");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// `base` with its first `from` replaced by `to` (the fixture must hold `from`).
fn edit(base: &str, from: &str, to: &str) -> String {
    assert!(base.contains(from), "the fixture lacks {from:?}");
    base.replacen(from, to, 1)
}

fn problems(text: &str) -> Vec<SetProblem> {
    match check_set_file(text) {
        Ok(c) => panic!("accepted: {} v{}", c.set.id, c.set.version),
        Err(problems) => problems,
    }
}

fn messages(problems: &[SetProblem], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| p.message(lang)).collect()
}

/// The line (from 1) where `needle` first appears in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    text[..at].matches('\n').count() + 1
}

// --- Good sets ---------------------------------------------------------------

#[test]
fn a_good_set_passes_with_its_fingerprint() {
    let checked = check_set_file(KIEM_THU).unwrap();
    assert_eq!((&*checked.set.id, checked.set.version), ("kiem-thu", 1));
    assert_eq!(checked.fingerprint, fingerprint(&checked.set));
    assert_eq!(fingerprint_text(checked.fingerprint), "f4f53d9c");
    assert_eq!(check_set_bytes(KIEM_THU.as_bytes()), Ok(checked.clone()));
    // Notepad's byte-order mark, Windows line ends, another layout and
    // field order: the same set, the same mã kiểm tra.
    let bom = format!("\u{feff}{KIEM_THU}");
    assert_eq!(check_set_file(&bom), Ok(checked.clone()));
    assert_eq!(
        check_set_file(&KIEM_THU.replace('\n', "\r\n")),
        Ok(checked.clone())
    );
    let value: serde_json::Value = serde_json::from_str(KIEM_THU).unwrap();
    let sorted_and_compact = serde_json::to_string(&value).unwrap();
    assert_ne!(
        sorted_and_compact.find("\"criteria\""),
        KIEM_THU.find("\"criteria\"")
    );
    assert_eq!(check_set_file(&sorted_and_compact), Ok(checked.clone()));
    // Any change of content is another mã kiểm tra.
    let changed = edit(
        KIEM_THU,
        "Sổ biên bản sinh hoạt chi bộ",
        "Sổ biên bản họp chi bộ",
    );
    assert_ne!(
        check_set_file(&changed).unwrap().fingerprint,
        checked.fingerprint
    );
}

#[test]
fn the_template_and_the_sample_of_every_kind_pass() {
    let template = check_set_file(TEMPLATE).unwrap();
    assert!(
        template.set.title.vi.starts_with("MẪU"),
        "{}",
        template.set.title.vi
    );
    assert!(template.set.title.en.starts_with("TEMPLATE"));
    let every = check_set_file(EVERY_KIND).unwrap();
    assert_eq!(every.set.criteria.len(), 8);
}

#[test]
fn the_bundled_sets_pass_with_the_fingerprints_baked_beside_them() {
    let bundled = Registry::bundled();
    for file in BUNDLED {
        let checked = check_set_file(file.json).unwrap_or_else(|p| {
            panic!("{}: {:?}", file.name, messages(&p, Lang::Vi));
        });
        let baked = bundled.fingerprint(&checked.set.id, checked.set.version);
        assert_eq!(baked, Some(checked.fingerprint), "{}", file.name);
        assert_eq!(
            bundled.get(&checked.set.id, checked.set.version),
            Some(&checked.set)
        );
    }
}

/// The checker walks the model's fields by name: a set as the model writes
/// it, with every optional field, must pass (a field added to the model and
/// not to the checker fails here).
#[test]
fn a_set_as_the_model_writes_it_passes() {
    let sets: Vec<CriteriaSet> = Registry::bundled()
        .sets()
        .iter()
        .cloned()
        .chain([check_set_file(EVERY_KIND).unwrap().set])
        .collect();
    for set in sets {
        let json = serde_json::to_string_pretty(&set).unwrap();
        assert_eq!(check_set_file(&json).map(|c| c.set), Ok(set));
    }
}

// --- The broken fixtures and their README ------------------------------------

/// `tests/fixtures/sets/README.md`'s table: (file, first message).
fn readme_rows() -> Vec<(String, String)> {
    let readme = fs::read_to_string(format!("{FIXTURES}/sets/README.md")).unwrap();
    readme
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split(" | ").collect();
            let file = cells.first()?.trim().strip_prefix('`')?.strip_suffix('`')?;
            Some((file.to_owned(), cells.get(1)?.trim().to_owned()))
        })
        .collect()
}

#[test]
fn each_broken_fixture_gives_the_first_message_its_readme_says() {
    let rows = readme_rows();
    let dir = format!("{FIXTURES}/sets");
    let mut on_disk: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("broken-"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = rows.iter().map(|(f, _)| f.clone()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every broken-*.json has its row in README.md"
    );
    for (file, first) in rows {
        let bytes = fs::read(format!("{dir}/{file}")).unwrap();
        let problems = check_set_bytes(&bytes).expect_err(&file);
        assert_eq!(problems[0].message(Lang::Vi), first, "{file}");
    }
}

#[test]
fn several_problems_are_reported_at_once_in_the_files_order() {
    let text = fs::read_to_string(format!("{FIXTURES}/sets/broken-rules.json")).unwrap();
    let found = problems(&text);
    let places: Vec<(Option<usize>, Option<&str>, Option<&str>)> = found
        .iter()
        .map(|p| (p.line, p.criterion.as_deref(), p.field.as_deref()))
        .collect();
    assert_eq!(
        places,
        [
            (Some(line_of(&text, "\"Kiểm thử\"")), None, Some("id")),
            (Some(line_of(&text, "\"issuer\"")), None, Some("issuer")),
            (
                Some(line_of(&text, "\"provinces\"")),
                None,
                Some("provinces[2]")
            ),
            (
                Some(line_of(&text, "\"until\"")),
                None,
                Some("effective.until")
            ),
            (
                Some(line_of(&text, "\"en\": \"\"")),
                Some("phan_cong"),
                Some("title.en")
            ),
            (
                Some(line_of(&text, "{tong}")),
                Some("phan_cong"),
                Some("input.groups[members].unmet.vi")
            ),
            (
                Some(line_of(
                    &text,
                    "\"id\": \"phan_cong\",\n      \"title\": {\n        \"vi\": \"Mô hình"
                )),
                Some("phan_cong"),
                Some("id")
            ),
        ]
    );
    assert_eq!(
        messages(&found, Lang::Vi)[1..],
        [
            "Dòng 13, trường “issuer”: đang để trống; hãy ghi nội dung.",
            "Dòng 14, trường “provinces[2]”: “tỉnh Vĩnh Long” là cùng một tỉnh với “Vĩnh Long” đã ghi trước đó.",
            "Dòng 26, trường “effective.until”: ngày hết hiệu lực (2025-12-31) sớm hơn ngày bắt đầu hiệu lực (2026-01-15).",
            "Dòng 67, tiêu chí phan_cong, trường “title.en”: chưa có bản tiếng Anh (giao diện tiếng Anh cần đến).",
            "Dòng 111, tiêu chí phan_cong, trường “input.groups[members].unmet.vi”: chỗ điền số “{tong}” không có; chỉ dùng {total} (tổng số), {counted} (số đếm được), {exempt} (số được trừ), {gap} (số chưa đạt).",
            "Dòng 119, tiêu chí phan_cong, trường “id”: mã “phan_cong” đã dùng cho một tiêu chí trước đó; mỗi tiêu chí cần một mã riêng.",
        ]
    );
}

/// A long file with a problem in each of its criteria: each one reported,
/// on its own criterion and line.
#[test]
fn every_problem_of_a_long_file_is_reported_in_its_place() {
    let start = KIEM_THU.find("    {\n      \"id\": \"sinh_hoat\"").unwrap();
    let end = KIEM_THU.find("    {\n      \"id\": \"phan_cong\"").unwrap();
    let one = &KIEM_THU[start..end];
    let broken = one.replace("\"en\": \"Regular cell meetings\"", "\"en\": \"\"");
    let criteria: Vec<String> = (0..400)
        .map(|i| broken.replace("\"id\": \"sinh_hoat\"", &format!("\"id\": \"c{i}\"")))
        .collect();
    let head = &KIEM_THU[..start];
    let text = format!(
        "{head}{}\n  ]\n}}\n",
        criteria.join("").trim_end().trim_end_matches(',')
    );
    let found = problems(&text);
    assert_eq!(found.len(), 400);
    for (i, p) in found.iter().enumerate() {
        let id = format!("\"id\": \"c{i}\"");
        let title_en = text[text.find(&id).unwrap()..]
            .find("\"en\": \"\"")
            .unwrap()
            + text.find(&id).unwrap();
        assert_eq!(p.criterion.as_deref(), Some(format!("c{i}").as_str()));
        assert_eq!(p.field.as_deref(), Some("title.en"));
        assert_eq!(p.line, Some(text[..title_en].matches('\n').count() + 1));
    }
}

#[test]
fn several_shape_problems_are_reported_at_once_too() {
    let text = edit(KIEM_THU, "\"min\": 1,", "\"min\": \"1\",");
    let text = edit(&text, "\"difficulty\": \"hard\"", "\"difficulty\": \"khó\"");
    let text = edit(&text, "\"issuer\": \"Nhóm phát triển (kiểm thử)\",\n", "");
    let text = edit(
        &text,
        "\"help\": {\n        \"vi\": \"Đối chiếu",
        "\"hepl\": {\n        \"vi\": \"Đối chiếu",
    );
    let found = problems(&text);
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Dòng 1: thiếu trường “issuer” (bắt buộc).".to_owned(),
            format!(
                "Dòng {}, tiêu chí sinh_hoat, trường “hepl”: không có trường “hepl” trong định dạng tệp; có lẽ là “help” bị viết nhầm.",
                line_of(&text, "\"hepl\"")
            ),
            format!(
                "Dòng {}, tiêu chí mo_hinh, trường “input.min”: cần một số nguyên từ 0 trở lên, viết không có dấu ngoặc kép (ví dụ 2), nhưng ở đây là văn bản “1”.",
                line_of(&text, "\"min\": \"1\"")
            ),
            format!(
                "Dòng {}, tiêu chí an_ninh, trường “difficulty”: không có mức độ khó “khó”; hãy chọn một trong: easy (Dễ), medium (Trung bình), hard (Khó).",
                line_of(&text, "\"khó\"")
            ),
        ]
    );
}

// --- Each class, with its words and its place ----------------------------------

/// One broken text and the one problem it must give.
struct Case {
    text: String,
    line: Option<usize>,
    column: Option<usize>,
    criterion: Option<&'static str>,
    field: Option<&'static str>,
    vi: &'static str,
}

/// A case on `base`: `from` replaced by `to`, the problem on the last line
/// of `to`'s last occurrence.
fn case(
    base: &str,
    from: &str,
    to: &str,
    criterion: Option<&'static str>,
    field: Option<&'static str>,
    vi: &'static str,
) -> Case {
    let text = edit(base, from, to);
    // The line where the last line of `to` is (its last occurrence: the
    // second of two equal ids is the one said to be doubled).
    let at = text.rfind(to).unwrap();
    let line = Some(text[..at].matches('\n').count() + 1 + to.matches('\n').count());
    Case {
        text,
        line,
        column: None,
        criterion,
        field,
        vi,
    }
}

/// A syntax case: the problem at `at` inside `to`.
fn syntax_case(from: &str, to: &str, at: &str, vi: &'static str) -> Case {
    let text = edit(KIEM_THU, from, to);
    let start = text.find(to).unwrap() + to.find(at).unwrap();
    let line = text[..start].matches('\n').count() + 1;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    Case {
        line: Some(line),
        column: Some(text[line_start..start].chars().count() + 1),
        text,
        criterion: None,
        field: None,
        vi,
    }
}

fn check_cases(cases: Vec<Case>) {
    for c in cases {
        let found = problems(&c.text);
        let first = &found[0];
        assert_eq!(
            first.message(Lang::Vi),
            c.vi,
            "{:?}",
            messages(&found, Lang::Vi)
        );
        assert_eq!(
            (
                first.line,
                first.column,
                first.criterion.as_deref(),
                first.field.as_deref()
            ),
            (c.line, c.column, c.criterion, c.field),
            "{}",
            c.vi
        );
        assert_eq!(found.len(), 1, "{:?}", messages(&found, Lang::Vi));
    }
}

#[test]
fn the_whole_file_empty_too_large_or_not_utf8() {
    assert_eq!(
        messages(&problems(" \n\t\n"), Lang::Vi),
        ["Tệp trống, không có nội dung nào. Hãy chọn đúng tệp bộ tiêu chí (tệp .json)."]
    );
    assert_eq!(
        messages(&problems("\u{feff}"), Lang::En),
        ["The file is empty. Choose the criteria set's file (a .json file)."]
    );
    let padded = format!("{KIEM_THU}{}", " ".repeat(MAX_SET_BYTES));
    let found = problems(&padded);
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Tệp quá lớn (519 KB); tệp bộ tiêu chí chỉ được tối đa 512 KB. Hãy kiểm tra đã chọn đúng tệp chưa."
        ]
    );
    assert_eq!(check_set_bytes(padded.as_bytes()), Err(found));
    // Windows-1258 or Latin-1 bytes: the line of the first one.
    let mut bytes = KIEM_THU.as_bytes().to_vec();
    let at = KIEM_THU.find("Nhóm phát triển (kiểm thử)").unwrap();
    bytes[at + 2] = 0xF3;
    let found = check_set_bytes(&bytes).unwrap_err();
    assert_eq!(found[0].kind, SetProblemKind::NotUtf8);
    assert_eq!(
        found[0].line,
        Some(line_of(KIEM_THU, "Nhóm phát triển (kiểm thử)"))
    );
}

#[test]
fn json_syntax_says_where_and_what_was_expected() {
    check_cases(vec![
        syntax_case(
            "\"version\": 1,",
            "\"version\": 1\n",
            "\n",
            "Dòng 4, cột 15: lỗi cú pháp JSON: thiếu dấu phẩy (,) trước trường tiếp theo, hoặc thiếu dấu “}” đóng nhóm.",
        ),
        syntax_case(
            "\"provinces\": [\"Vĩnh Long\"]",
            "\"provinces\": [\"Vĩnh Long\" \"Bến Tre\"]",
            " \"Bến",
            "Dòng 14, cột 28: lỗi cú pháp JSON: thiếu dấu phẩy (,) trước mục tiếp theo, hoặc thiếu dấu “]” đóng danh sách.",
        ),
        syntax_case(
            "\"provinces\": [\"Vĩnh Long\"]",
            "\"provinces\": [\"Vĩnh Long\",]",
            ",]",
            "Dòng 14, cột 28: lỗi cú pháp JSON: thừa dấu phẩy (,) sau mục cuối cùng của nhóm hoặc danh sách; hãy xoá dấu phẩy này.",
        ),
        syntax_case(
            "\"version\": 1,",
            "\"version\" 1,",
            "1,",
            "Dòng 4, cột 13: lỗi cú pháp JSON: thiếu dấu hai chấm (:) giữa tên trường và giá trị.",
        ),
        syntax_case(
            "\"version\": 1,",
            "\"version\": ,",
            ",",
            "Dòng 4, cột 14: lỗi cú pháp JSON: cần một giá trị ở đây: văn bản trong dấu ngoặc kép \"…\", một số, true, false, một danh sách […] hoặc một nhóm {…}.",
        ),
        syntax_case(
            "\"min\": 1,",
            "\"min\": tru,",
            "tru",
            "Dòng 147, cột 16: lỗi cú pháp JSON: chỉ true, false và null được viết không có dấu ngoặc kép (chữ thường); văn bản phải đặt trong dấu ngoặc kép \"…\".",
        ),
        syntax_case(
            "\"version\": 1,",
            "version: 1,",
            "version",
            "Dòng 4, cột 3: lỗi cú pháp JSON: tên trường phải đặt trong dấu ngoặc kép, ví dụ \"title\".",
        ),
        syntax_case(
            "\"version\": 1,",
            "'version': 1,",
            "'",
            "Dòng 4, cột 3: lỗi cú pháp JSON: dùng dấu ngoặc kép thẳng (\") thay cho dấu nháy đơn (').",
        ),
        syntax_case(
            "\"id\": \"kiem-thu\",",
            "\"id\": “kiem-thu”,",
            "“",
            "Dòng 3, cột 9: lỗi cú pháp JSON: dùng dấu ngoặc kép thẳng (\") để bao tên trường và văn bản, không dùng dấu ngoặc kép cong (“ ”); các chương trình như Word thường tự đổi dấu này, hãy soạn tệp bằng trình soạn thảo văn bản thuần.",
        ),
        syntax_case(
            "\"min\": 1,",
            "\"min\": 01,",
            "1,",
            "Dòng 147, cột 17: lỗi cú pháp JSON: số viết không đúng: chỉ dùng chữ số, không có số 0 ở đầu, không dùng dấu chấm hay dấu phẩy để tách hàng nghìn.",
        ),
        syntax_case(
            "\"en\": \"Regular cell meetings\"",
            "\"en\": \"Regular cell\nmeetings\"",
            "\nmeetings",
            "Dòng 36, cột 28: lỗi cú pháp JSON: văn bản bị xuống dòng hoặc thiếu dấu ngoặc kép đóng: mỗi đoạn văn bản phải nằm trọn trên một dòng, trong cặp dấu ngoặc kép \"…\".",
        ),
        syntax_case(
            "\"Tài liệu kiểm thử\"",
            "\"Tài liệu\\kiểm thử\"",
            "\\k",
            "Dòng 16, cột 26: lỗi cú pháp JSON: dấu gạch chéo ngược (\\) trong văn bản chỉ được đứng trước \", \\, /, b, f, n, r, t hoặc u; muốn viết chính dấu \\ thì viết \\\\.",
        ),
    ]);
    // More after the end; a file cut short.
    let text = format!("{KIEM_THU}}}\n");
    let found = problems(&text);
    assert_eq!(
        messages(&found, Lang::Vi),
        ["Dòng 206, cột 1: lỗi cú pháp JSON: còn nội dung thừa sau dấu “}” đóng toàn bộ tệp."]
    );
    assert_eq!(found[0].line, Some(KIEM_THU.lines().count() + 1));
    for (cut, unclosed) in [
        ("\"vi\": \"Sinh hoạt chi", Unclosed::Text),
        ("\"provinces\": [\"Vĩnh Long\"", Unclosed::List),
        ("\"kind\": \"yes_no\" }", Unclosed::Group),
        ("\"version\":", Unclosed::Value),
    ] {
        let end = KIEM_THU.find(cut).unwrap() + cut.len();
        let text = &KIEM_THU[..end];
        let found = problems(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, SetProblemKind::CutOff(unclosed), "{cut}");
        assert_eq!(found[0].line, Some(text.lines().count()), "{cut}");
    }
    assert_eq!(
        messages(
            &problems(&KIEM_THU[..KIEM_THU.find("\"version\":").unwrap() + 10]),
            Lang::Vi
        ),
        [
            "Dòng 4, cột 13: tệp kết thúc giữa chừng, còn thiếu một giá trị: có thể tệp bị cắt mất phần cuối khi sao chép hoặc tải về. Hãy lấy lại tệp đầy đủ."
        ]
    );
    assert_eq!(
        messages(&problems("[1, 2]"), Lang::Vi),
        ["Dòng 1: nội dung tệp phải là một nhóm trường, mở đầu bằng “{” và kết thúc bằng “}”."]
    );
    assert!(matches!(
        problems("{\"a\": 1} x")[0].kind,
        SetProblemKind::NotJson(Syntax::TrailingCharacters)
    ));
}

#[test]
fn a_newer_format_asks_for_an_update_and_says_nothing_else() {
    let text = edit(KIEM_THU, "\"format\": 1", "\"format\": 3");
    let text = edit(&text, "\"min\": 1,", "\"min\": \"1\", \"new_field\": true,");
    assert_eq!(
        messages(&problems(&text), Lang::Vi),
        [
            "Dòng 2, trường “format”: tệp viết theo định dạng 3, mới hơn định dạng mà ứng dụng này đọc được (định dạng 1). Tệp có thể không sai: hãy cập nhật ứng dụng lên phiên bản mới rồi thử lại."
        ]
    );
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 2, field “format”: the file is written in format 3, newer than this app reads (format 1). The file may well be right: update the app, then try again."
        ]
    );
    // Format 0 is a mistake, not a newer file.
    let text = edit(KIEM_THU, "\"format\": 1", "\"format\": 0");
    assert_eq!(
        messages(&problems(&text), Lang::Vi),
        ["Dòng 2, trường “format”: định dạng phải là 1, không phải 0."]
    );
}

#[test]
fn wrong_types_say_what_is_needed_and_what_is_there() {
    let k = KIEM_THU;
    check_cases(vec![
        case(
            k,
            "\"min\": 1,",
            "\"min\": -1,",
            Some("mo_hinh"),
            Some("input.min"),
            "Dòng 147, tiêu chí mo_hinh, trường “input.min”: cần một số nguyên từ 0 trở lên, viết không có dấu ngoặc kép (ví dụ 2), nhưng ở đây là số -1.",
        ),
        case(
            k,
            "\"min\": 1,",
            "\"min\": 1.5,",
            Some("mo_hinh"),
            Some("input.min"),
            "Dòng 147, tiêu chí mo_hinh, trường “input.min”: cần một số nguyên từ 0 trở lên, viết không có dấu ngoặc kép (ví dụ 2), nhưng ở đây là số 1.5.",
        ),
        case(
            k,
            "\"min\": 1,",
            "\"min\": 99999999999,",
            Some("mo_hinh"),
            Some("input.min"),
            "Dòng 147, tiêu chí mo_hinh, trường “input.min”: số 99999999999 quá lớn.",
        ),
        case(
            k,
            "\"version\": 1,",
            "\"version\": null,",
            None,
            Some("version"),
            "Dòng 4, trường “version”: cần một số nguyên từ 0 trở lên, viết không có dấu ngoặc kép (ví dụ 2), nhưng ở đây là null (trống).",
        ),
        case(
            k,
            "\"title\": {\n        \"vi\": \"Sinh hoạt chi bộ định kỳ\",\n        \"en\": \"Regular cell meetings\"\n      },",
            "\"title\": \"Sinh hoạt chi bộ định kỳ\",",
            Some("sinh_hoat"),
            Some("title"),
            "Dòng 34, tiêu chí sinh_hoat, trường “title”: cần một nhóm hai bản {\"vi\": \"…\", \"en\": \"…\"} (tiếng Việt và tiếng Anh), nhưng ở đây là văn bản “Sinh hoạt chi bộ định kỳ”.",
        ),
        case(
            k,
            "\"provinces\": [\"Vĩnh Long\"]",
            "\"provinces\": \"Vĩnh Long\"",
            None,
            Some("provinces"),
            "Dòng 14, trường “provinces”: cần một danh sách trong dấu ngoặc vuông […], nhưng ở đây là văn bản “Vĩnh Long”.",
        ),
        case(
            k,
            "\"input\": { \"kind\": \"yes_no\" }",
            "\"input\": \"yes_no\"",
            Some("sinh_hoat"),
            Some("input"),
            "Dòng 60, tiêu chí sinh_hoat, trường “input”: cần một nhóm trường trong dấu ngoặc nhọn {…}, nhưng ở đây là văn bản “yes_no”.",
        ),
        case(
            k,
            "\"issuer\": \"Nhóm phát triển (kiểm thử)\"",
            "\"issuer\": [\"Nhóm phát triển\"]",
            None,
            Some("issuer"),
            "Dòng 13, trường “issuer”: cần một đoạn văn bản trong dấu ngoặc kép \"…\", nhưng ở đây là một danh sách […].",
        ),
        case(
            k,
            "\"source\": {\n    \"document\": \"Tài liệu kiểm thử\",",
            "\"source\": {\n    \"document\": { \"vi\": \"Tài liệu kiểm thử\" },",
            None,
            Some("source.document"),
            "Dòng 16, trường “source.document”: cần một đoạn văn bản trong dấu ngoặc kép \"…\", nhưng ở đây là một nhóm {…}.",
        ),
        case(
            k,
            "\"difficulty\": \"easy\",",
            "\"difficulty\": 1,",
            Some("sinh_hoat"),
            Some("difficulty"),
            "Dòng 59, tiêu chí sinh_hoat, trường “difficulty”: cần mức độ khó là một trong: easy (Dễ), medium (Trung bình), hard (Khó), nhưng ở đây là số 1.",
        ),
        case(
            k,
            "\"kind\": \"yes_no\"",
            "\"kind\": true",
            Some("sinh_hoat"),
            Some("input.kind"),
            "Dòng 60, tiêu chí sinh_hoat, trường “input.kind”: cần dạng câu hỏi là một trong: yes_no (có / không), counts (đếm so với tổng số), named_items (danh sách tên), household_rates (tỷ lệ hộ nghèo, cận nghèo), yearly_ratings (xếp loại chất lượng từng năm), checklist (từng ý, ý nào cũng phải đạt), organisations (bảng các tổ chức), nhưng ở đây là true.",
        ),
        case(
            EVERY_KIND,
            "\"required\": true",
            "\"required\": \"có\"",
            Some("orgs"),
            Some("input.organisations[government].required"),
            "Dòng 156, tiêu chí orgs, trường “input.organisations[government].required”: cần true (có) hoặc false (không), viết không có dấu ngoặc kép, nhưng ở đây là văn bản “có”.",
        ),
    ]);
}

#[test]
fn missing_unknown_and_doubled_fields() {
    let k = KIEM_THU;
    let mut cases = vec![
        case(
            k,
            "\"min_total\": 1,",
            "\"min_totl\": 1,",
            Some("phan_cong"),
            Some("input.groups[members].min_totl"),
            "Dòng 104, tiêu chí phan_cong, trường “input.groups[members].min_totl”: không có trường “min_totl” trong định dạng tệp; có lẽ là “min_total” bị viết nhầm.",
        ),
        case(
            k,
            "\"format\": 1,",
            "\"format\": 1,\n  \"colour\": \"red\",",
            None,
            Some("colour"),
            "Dòng 3, trường “colour”: không có trường “colour” trong định dạng tệp; ở đây chỉ dùng các trường: format, id, version, title, description, issuer, provinces, source, effective, criteria.",
        ),
        case(
            k,
            "\"kind\": \"yes_no\"",
            "\"kind\": \"yes_no\", \"min\": 1",
            Some("sinh_hoat"),
            Some("input.min"),
            "Dòng 60, tiêu chí sinh_hoat, trường “input.min”: trường “min” không dùng cho dạng câu hỏi “yes_no”; dạng này không có trường nào ngoài “kind”.",
        ),
        case(
            k,
            "\"rule\": \"all\",",
            "\"rule\": \"all\", \"unit\": { \"vi\": \"người\", \"en\": \"people\" },",
            Some("phan_cong"),
            Some("input.unit"),
            "Dòng 92, tiêu chí phan_cong, trường “input.unit”: trường “unit” không dùng cho dạng câu hỏi “counts”; dạng này dùng các trường: rule, groups.",
        ),
        case(
            k,
            "\"format\": 1,",
            "\"format\": 1,\n  \"format\": 1,",
            None,
            Some("format"),
            "Dòng 3, trường “format”: trường “format” được ghi hai lần trong cùng một nhóm; chỉ giữ lại một.",
        ),
        case(
            EVERY_KIND,
            "\"level\": \"excellent\"",
            "\"level\": \"great\"",
            Some("ratings"),
            Some("input.level"),
            "Dòng 119, tiêu chí ratings, trường “input.level”: không có mức xếp loại “great”; hãy chọn một trong: excellent (Hoàn thành xuất sắc nhiệm vụ), good (Hoàn thành tốt nhiệm vụ), completed (Hoàn thành nhiệm vụ), not_completed (Không hoàn thành nhiệm vụ).",
        ),
    ];
    // A missing field is said on the line of the group that lacks it.
    let text = edit(
        k,
        "\"vi\": \"Mô hình tự quản\",\n        \"en\": \"Self-management models\"",
        "\"vi\": \"Mô hình tự quản\"",
    );
    cases.push(Case {
        line: Some(line_of(
            &text,
            "\"title\": {\n        \"vi\": \"Mô hình tự quản\"",
        )),
        column: None,
        criterion: Some("mo_hinh"),
        field: Some("title"),
        vi: "Dòng 119, tiêu chí mo_hinh, trường “title”: thiếu bản tiếng Anh (trường “en”).",
        text,
    });
    let text = edit(k, "\"input\": { \"kind\": \"yes_no\" }", "\"input\": { }");
    cases.push(Case {
        line: Some(line_of(&text, "\"input\": { }")),
        column: None,
        criterion: Some("sinh_hoat"),
        field: Some("input"),
        vi: "Dòng 60, tiêu chí sinh_hoat, trường “input”: thiếu trường “kind” (bắt buộc).",
        text,
    });
    let text = edit(k, "\"unit\": {", "\"units\": {");
    cases.push(Case {
        line: Some(line_of(&text, "\"units\"")),
        column: None,
        criterion: Some("mo_hinh"),
        field: Some("input.units"),
        vi: "Dòng 148, tiêu chí mo_hinh, trường “input.units”: không có trường “units” trong định dạng tệp; có lẽ là “unit” bị viết nhầm.",
        text,
    });
    check_cases(cases);
    // A criterion without an id is named by its position.
    let text = edit(k, "\"id\": \"sinh_hoat\",", "");
    let found = problems(&text);
    assert_eq!(
        (found[0].criterion.as_deref(), found[0].criterion_number),
        (None, Some(1))
    );
    assert_eq!(
        found[0].message(Lang::Vi),
        "Dòng 32, tiêu chí thứ 1: thiếu trường “id” (bắt buộc)."
    );
}

#[test]
fn every_rule_of_a_set_has_its_words() {
    let k = KIEM_THU;
    let e = EVERY_KIND;
    check_cases(vec![
        case(
            k,
            "\"version\": 1,",
            "\"version\": 0,",
            None,
            Some("version"),
            "Dòng 4, trường “version”: phiên bản bắt đầu từ 1, không phải 0.",
        ),
        case(
            k,
            "\"id\": \"kiem-thu\"",
            "\"id\": \"\"",
            None,
            Some("id"),
            "Dòng 3, trường “id”: chưa có mã: mã chỉ gồm chữ thường không dấu (a–z), chữ số (0–9) và dấu “-” để nối các từ (không đứng đầu hay cuối), tối đa 40 ký tự, ví dụ “vinh-long-2026”.",
        ),
        case(
            k,
            "\"id\": \"an_ninh\"",
            "\"id\": \"an-ninh\"",
            Some("an-ninh"),
            Some("id"),
            "Dòng 155, tiêu chí an-ninh, trường “id”: mã “an-ninh” không hợp lệ: mã chỉ gồm chữ thường không dấu (a–z), chữ số (0–9) và dấu “_” để nối các từ (không đứng đầu hay cuối), tối đa 40 ký tự, ví dụ “an_ninh”.",
        ),
        case(
            k,
            "\"vi\": \"Sinh hoạt chi bộ định kỳ\"",
            "\"vi\": \"\"",
            Some("sinh_hoat"),
            Some("title.vi"),
            "Dòng 35, tiêu chí sinh_hoat, trường “title.vi”: chưa có bản tiếng Việt.",
        ),
        case(
            k,
            "\"published_in\": \"Nhóm phát triển\"",
            "\"published_in\": \" Nhóm phát triển\"",
            None,
            Some("source.published_in"),
            "Dòng 17, trường “source.published_in”: có dấu cách thừa ở đầu hoặc ở cuối; hãy xoá.",
        ),
        case(
            k,
            "\"source_text\": \"Chi bộ duy trì sinh hoạt định kỳ hằng tháng\"",
            "\"source_text\": \"\"",
            Some("sinh_hoat"),
            Some("source_text"),
            "Dòng 38, tiêu chí sinh_hoat, trường “source_text”: đang để trống; hãy ghi nội dung.",
        ),
        case(
            k,
            "\"date\": \"2026-01-15\"",
            "\"date\": \"15/01/2026\"",
            None,
            Some("source.date"),
            "Dòng 18, trường “source.date”: “15/01/2026” không phải một ngày có thật viết theo dạng năm-tháng-ngày (NNNN-TT-NN), ví dụ 2026-01-15.",
        ),
        case(
            k,
            "\"from\": \"2026-01-15\",",
            "\"from\": \"2026-01-15\",\n    \"until\": \"2026-01-14\",",
            None,
            Some("effective.until"),
            "Dòng 26, trường “effective.until”: ngày hết hiệu lực (2026-01-14) sớm hơn ngày bắt đầu hiệu lực (2026-01-15).",
        ),
        case(
            k,
            "\"min_total\": 1,",
            "\"min_total\": 0,",
            Some("phan_cong"),
            Some("input.groups[members].min_total"),
            "Dòng 104, tiêu chí phan_cong, trường “input.groups[members].min_total”: phải từ 1 trở lên, không phải 0.",
        ),
        case(
            k,
            "\"min\": 1,",
            "\"min\": 101,",
            Some("mo_hinh"),
            Some("input.min"),
            "Dòng 147, tiêu chí mo_hinh, trường “input.min”: phải từ 1 đến 100, không phải 101.",
        ),
        case(
            e,
            "\"poor_bp\": 300",
            "\"poor_bp\": 0",
            Some("poverty"),
            Some("input.references[tinh-2024].poor_bp"),
            "Dòng 104, tiêu chí poverty, trường “input.references[tinh-2024].poor_bp”: tỷ lệ ghi bằng phần vạn (263 là 2,63%), phải lớn hơn 0 và không quá 10.000 (100%), không phải 0.",
        ),
        case(
            e,
            "\"consecutive\": 3",
            "\"consecutive\": 11",
            Some("ratings"),
            Some("input.consecutive"),
            "Dòng 119, tiêu chí ratings, trường “input.consecutive”: phải từ 1 đến 10, không phải 11.",
        ),
        case(
            e,
            "\"from_year\": 2028",
            "\"from_year\": 2025",
            Some("ratings"),
            Some("input.score_scales[2].from_year"),
            "Dòng 122, tiêu chí ratings, trường “input.score_scales[2].from_year”: các thang điểm xếp theo năm bắt đầu áp dụng, thang sau phải bắt đầu muộn hơn thang trước (2025), không phải 2025.",
        ),
        case(
            k,
            "\"evidence\": [\n        {\n          \"vi\": \"Sổ biên bản sinh hoạt chi bộ\",\n          \"en\": \"The cell's minutes book\"\n        }\n      ],",
            "\"evidence\": [],",
            Some("sinh_hoat"),
            Some("evidence"),
            "Dòng 47, tiêu chí sinh_hoat, trường “evidence”: cần ít nhất một mục.",
        ),
        case(
            k,
            "\"provinces\": [\"Vĩnh Long\"]",
            "\"provinces\": [\"Vĩnh Long\", \"Bến Tre\", \"Tỉnh  VĨNH LONG\"]",
            None,
            Some("provinces[3]"),
            "Dòng 14, trường “provinces[3]”: “Tỉnh  VĨNH LONG” là cùng một tỉnh với “Vĩnh Long” đã ghi trước đó.",
        ),
    ]);
    // An exempt count under rule all: said where the exempt count is.
    let text = edit(e, "\"rule\": \"none\"", "\"rule\": \"all\"");
    let found = problems(&text);
    assert_eq!(found[0].line, Some(line_of(&text, "\"exempt_label\"")));
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Dòng 73, tiêu chí heads, trường “input.groups[members].exempt_label”: số được trừ (exempt_label) chỉ dùng với quy tắc đếm “none”."
        ]
    );
    // A problem of a whole scale is on the line where the scale starts.
    let text = edit(e, "\"good_tenths\": 650", "\"good_tenths\": 850");
    let found = problems(&text);
    assert_eq!(found[0].line, Some(line_of(&text, "{ \"from_year\": 2028")));
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Dòng 122, tiêu chí ratings, trường “input.score_scales[2]”: điểm thấp nhất của các mức phải tăng dần, tính bằng phần mười điểm: 0 < completed_tenths (450) < good_tenths (850) < excellent_tenths (850) ≤ 1.000 (100 điểm)."
        ]
    );
    // The second of two ids is the one said to be doubled.
    let text = edit(e, "\"id\": \"tinh-2025\"", "\"id\": \"tinh-2024\"");
    let found = problems(&text);
    let second = text.rfind("\"id\": \"tinh-2024\"").unwrap();
    assert_eq!(
        found[0].line,
        Some(text[..second].matches('\n').count() + 1)
    );
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Dòng 105, tiêu chí poverty, trường “input.references[tinh-2024].id”: mã “tinh-2024” đã dùng cho một mục trước đó trong cùng danh sách."
        ]
    );
    // A set without criteria; a placeholder that does not exist, in English.
    let start = KIEM_THU.find("\"criteria\": [").unwrap();
    let text = format!("{}\"criteria\": []\n}}\n", &KIEM_THU[..start]);
    assert_eq!(
        messages(&problems(&text), Lang::Vi),
        ["Dòng 31, trường “criteria”: bộ tiêu chí cần ít nhất một tiêu chí."]
    );
    assert_eq!(line_of(&text, "\"criteria\": []"), 31);
    let text = edit(
        k,
        "{counted}/{total} members have a task",
        "{counted}/{all} members have a task",
    );
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 107, criterion phan_cong, field “input.groups[members].met.en”: there is no placeholder “{all}”; only {total} (the total), {counted} (the count), {exempt} (those excused), {gap} (the shortfall)."
        ]
    );
}

#[test]
fn messages_are_in_english_for_the_english_interface() {
    let text = edit(KIEM_THU, "\"kind\": \"yes_no\"", "\"kind\": \"essay\"");
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 60, criterion sinh_hoat, field “input.kind”: the input kind “essay” does not exist; choose one of: yes_no (yes / no), counts (counts against a total), named_items (a list of names), household_rates (poor and near-poor rates), yearly_ratings (the rating of each year), checklist (parts that must all hold), organisations (a table of organisations)."
        ]
    );
    let text = edit(
        KIEM_THU,
        "\"difficulty\": \"easy\",",
        "\"difficulty\": \"simple\",",
    );
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 59, criterion sinh_hoat, field “difficulty”: the difficulty “simple” does not exist; choose one of: easy, medium, hard."
        ]
    );
    let text = edit(KIEM_THU, "\"difficulty\": \"easy\",", "\"difficulty\": 2,");
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 59, criterion sinh_hoat, field “difficulty”: the difficulty must be one of: easy, medium, hard, but this is the number 2."
        ]
    );
    let text = edit(KIEM_THU, "\"version\": 1,", "\"version\" 1,");
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 4, column 13: JSON syntax error: a colon (:) is missing between the field's name and its value."
        ]
    );
    let text = edit(KIEM_THU, "\"min\": 1,", "\"min\": \"1\",");
    assert_eq!(
        messages(&problems(&text), Lang::En),
        [
            "Line 147, criterion mo_hinh, field “input.min”: a whole number of 0 or more, without quotes (for example 2) is needed, but this is the text “1”."
        ]
    );
}

// --- The index of a sets/ folder -----------------------------------------------

const INDEX: &str = include_str!("fixtures/sets/index.json");

#[test]
fn a_good_index_passes() {
    let index = check_index(INDEX).unwrap();
    assert_eq!(index.sets.len(), 1);
    let entry = index.find("kiem-thu", 1).unwrap();
    assert_eq!(entry.file, "kiem-thu.v1.json");
    let checked = check_set_file(KIEM_THU).unwrap();
    assert!(check_entry(entry, &checked).is_empty());
    assert_eq!(
        check_index("{\"format\": 1, \"sets\": []}").map(|i| i.sets.len()),
        Ok(0)
    );
}

#[test]
fn the_index_is_checked_strictly() {
    let entry = |file: &str, id: &str, version: &str, title: &str| {
        format!(
            "    {{ \"file\": \"{file}\", \"id\": \"{id}\", \"version\": {version}, \"title\": \"{title}\", \"issuer\": \"Tỉnh ủy Vĩnh Long\" }}"
        )
    };
    let index = |entries: &[String]| {
        format!(
            "{{\n  \"format\": 1,\n  \"sets\": [\n{}\n  ]\n}}\n",
            entries.join(",\n")
        )
    };
    let text = index(&[
        entry(
            "vinh-long-2026.v1.json",
            "vinh-long-2026",
            "1",
            "Vĩnh Long 2026",
        ),
        entry("../bi-mat.json", "vinh-long-2026", "2", "Vĩnh Long 2026"),
        entry("con/x.json", "Vinh Long", "0", " "),
        entry(
            "vinh-long-2026.v1.json",
            "vinh-long-2026",
            "1",
            "Vĩnh Long 2026",
        ),
        entry("ghi-chu.txt", "ghi-chu", "1", "Ghi chú"),
    ]);
    let found = check_index(&text).unwrap_err();
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Dòng 5, trường “sets[2].file”: tên tệp “../bi-mat.json” không hợp lệ: chỉ ghi tên một tệp nằm cùng thư mục sets/, gồm chữ không dấu, chữ số, dấu “-”, “_” hoặc “.”, kết thúc bằng .json, không có “/” hay “..”, tối đa 120 ký tự, ví dụ vinh-long-2026.v1.json.",
            "Dòng 6, trường “sets[3].file”: tên tệp “con/x.json” không hợp lệ: chỉ ghi tên một tệp nằm cùng thư mục sets/, gồm chữ không dấu, chữ số, dấu “-”, “_” hoặc “.”, kết thúc bằng .json, không có “/” hay “..”, tối đa 120 ký tự, ví dụ vinh-long-2026.v1.json.",
            "Dòng 6, trường “sets[3].id”: mã “Vinh Long” không hợp lệ: mã chỉ gồm chữ thường không dấu (a–z), chữ số (0–9) và dấu “-” để nối các từ (không đứng đầu hay cuối), tối đa 40 ký tự, ví dụ “vinh-long-2026”.",
            "Dòng 6, trường “sets[3].version”: phiên bản bắt đầu từ 1, không phải 0.",
            "Dòng 6, trường “sets[3].title”: đang để trống; hãy ghi nội dung.",
            "Dòng 7, trường “sets[4].file”: tệp “vinh-long-2026.v1.json” đã có ở một mục trước đó.",
            "Dòng 7, trường “sets[4].version”: bộ tiêu chí “vinh-long-2026” phiên bản 1 đã có ở một mục trước đó.",
            "Dòng 8, trường “sets[5].file”: tên tệp “ghi-chu.txt” không hợp lệ: chỉ ghi tên một tệp nằm cùng thư mục sets/, gồm chữ không dấu, chữ số, dấu “-”, “_” hoặc “.”, kết thúc bằng .json, không có “/” hay “..”, tối đa 120 ký tự, ví dụ vinh-long-2026.v1.json.",
        ]
    );
    // Shape: a missing field, a typo, a wrong type; a newer format; not JSON.
    let text = "{\n  \"format\": 1,\n  \"sets\": [\n    { \"file\": \"a.json\", \"id\": \"a\", \"version\": \"1\", \"titel\": \"A\" }\n  ]\n}";
    assert_eq!(
        messages(&check_index(text).unwrap_err(), Lang::Vi),
        [
            "Dòng 4, trường “sets[1].titel”: không có trường “titel” trong định dạng tệp; có lẽ là “title” bị viết nhầm.",
            "Dòng 4, trường “sets[1].version”: cần một số nguyên từ 0 trở lên, viết không có dấu ngoặc kép (ví dụ 2), nhưng ở đây là văn bản “1”.",
            "Dòng 4, trường “sets[1]”: thiếu trường “issuer” (bắt buộc).",
        ]
    );
    assert_eq!(
        messages(
            &check_index("{\"format\": 2, \"sets\": [{}]}").unwrap_err(),
            Lang::Vi
        ),
        [
            "Dòng 1, trường “format”: tệp viết theo định dạng 2, mới hơn định dạng mà ứng dụng này đọc được (định dạng 1). Tệp có thể không sai: hãy cập nhật ứng dụng lên phiên bản mới rồi thử lại."
        ]
    );
    assert_eq!(
        messages(&check_index("{\"sets\": []}").unwrap_err(), Lang::Vi),
        ["Dòng 1: thiếu trường “format” (bắt buộc)."]
    );
    assert!(matches!(
        check_index("{\"format\": 1, \"sets\": [").unwrap_err()[0].kind,
        SetProblemKind::CutOff(Unclosed::List)
    ));
}

#[test]
fn an_index_entry_must_say_what_its_set_file_says() {
    let checked = check_set_file(KIEM_THU).unwrap();
    let entry = PublishedEntry {
        file: "kiem-thu.v1.json".into(),
        id: "kiem-thu".into(),
        version: 2,
        title: "Bộ kiểm thử".into(),
        issuer: "Nhóm phát triển (kiểm thử)".into(),
    };
    let found = check_entry(&entry, &checked);
    assert_eq!(
        messages(&found, Lang::Vi),
        [
            "Trường “version”: index.json ghi phiên bản (version) là “2”, nhưng tệp bộ tiêu chí ghi “1”; hai nơi phải ghi giống nhau.",
            "Trường “title”: index.json ghi tên (title, bản tiếng Việt) là “Bộ kiểm thử”, nhưng tệp bộ tiêu chí ghi “Bộ kiểm thử: chi bộ ấp, khu phố kiểu mẫu”; hai nơi phải ghi giống nhau.",
        ]
    );
}

// --- Test-only sets say so -------------------------------------------------------

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// A set that exists only for tests says so in its title, so that nobody
/// takes it for a real set if it ever reaches a phone.
#[test]
fn every_set_file_of_the_fixtures_says_it_is_for_tests() {
    let mut files = Vec::new();
    files_under(Path::new(FIXTURES), &mut files);
    let mut sets = 0;
    for file in files {
        let Ok(text) = fs::read_to_string(&file) else {
            continue; // not UTF-8: broken-not-utf8.json, the same set as UTF-16
        };
        if !text.contains("\"criteria\"") {
            continue;
        }
        sets += 1;
        let title = text
            .split("\"title\"")
            .nth(1)
            .and_then(|t| t.split("\"vi\"").nth(1))
            .and_then(|t| t.split('"').nth(1))
            .unwrap_or_default();
        assert!(
            title.to_lowercase().contains("kiểm thử"),
            "{}: its title {title:?} must say it is a test set (“Bộ kiểm thử: …”)",
            file.display()
        );
    }
    assert!(sets >= 10, "found only {sets} set files");
}

// --- check-set, as its authors run it --------------------------------------------

/// Runs the native `check-set` with `args`: (exit code, stdout).
fn check_set(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tsvmtd"))
        .arg("check-set")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// A fresh folder for one test's files.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tsvmtd-check-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_set_prints_each_problem_and_a_line_for_a_good_set() {
    let good = format!("{FIXTURES}/sets/kiem-thu.v1.json");
    let (code, out) = check_set(&[&good]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "Đạt: {good} — Bộ kiểm thử: chi bộ ấp, khu phố kiểu mẫu, phiên bản 1, mã kiểm tra f4f53d9c\nTất cả 1 tệp đều đạt.\n"
        )
    );
    let broken = format!("{FIXTURES}/sets/broken-rules.json");
    let (code, out) = check_set(&[&good, &broken]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1 + 7 + 1, "{out}");
    assert!(lines[1].starts_with(&format!("{broken}: Dòng 3, trường “id”: mã “Kiểm thử”")));
    assert!(lines[7].ends_with("mỗi tiêu chí cần một mã riêng."));
    assert_eq!(
        lines[8],
        "1/2 tệp có lỗi; hãy sửa theo các dòng trên rồi kiểm tra lại."
    );
    let (code, out) = check_set(&["--en", &broken]);
    assert_eq!(code, 1);
    assert!(out.starts_with(&format!(
        "{broken}: Line 3, field “id”: the id “Kiểm thử” is not valid"
    )));
    assert!(out.ends_with(
        "1/1 files have problems; fix them as the lines above say, then check again.\n"
    ));
    let (code, out) = check_set(&["khong-co.json"]);
    assert_eq!(
        (code, out.lines().next()),
        (1, Some("khong-co.json: Không tìm thấy tệp."))
    );
    assert_eq!(check_set(&[]), (2, String::new()));
    assert_eq!(check_set(&["--vi", &good]).0, 2);
}

#[test]
fn check_set_checks_an_index_and_every_file_it_lists() {
    let fixture = format!("{FIXTURES}/sets/index.json");
    let (code, out) = check_set(&[&fixture]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            format!("Đạt: {fixture} — danh mục 1 bộ tiêu chí"),
            format!(
                "Đạt: {FIXTURES}/sets/kiem-thu.v1.json — Bộ kiểm thử: chi bộ ấp, khu phố kiểu mẫu, phiên bản 1, mã kiểm tra f4f53d9c"
            ),
            "Tất cả 2 tệp đều đạt.".to_owned(),
        ]
    );
    // A folder whose index lists a file that is missing, one whose entry
    // disagrees with it, and a broken one.
    let dir = folder("index");
    fs::write(dir.join("kiem-thu.v1.json"), KIEM_THU).unwrap();
    fs::write(
        dir.join("hong.json"),
        edit(KIEM_THU, "\"version\": 1,", "\"version\": 0,"),
    )
    .unwrap();
    let index = INDEX.replace("Nhóm phát triển (kiểm thử)", "Tỉnh ủy Vĩnh Long").replace(
        "  ]",
        "    ,{ \"file\": \"thieu.json\", \"id\": \"thieu\", \"version\": 1, \"title\": \"Thiếu\", \"issuer\": \"X\" }\n    ,{ \"file\": \"hong.json\", \"id\": \"hong\", \"version\": 1, \"title\": \"Hỏng\", \"issuer\": \"X\" }\n  ]",
    );
    fs::write(dir.join("index.json"), index).unwrap();
    let index_path = dir.join("index.json").display().to_string();
    let (code, out) = check_set(&[&index_path]);
    assert_eq!(code, 1);
    let d = dir.display();
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            format!("Đạt: {index_path} — danh mục 3 bộ tiêu chí"),
            format!(
                "{d}/kiem-thu.v1.json: Trường “issuer”: index.json ghi cơ quan ban hành (issuer) là “Tỉnh ủy Vĩnh Long”, nhưng tệp bộ tiêu chí ghi “Nhóm phát triển (kiểm thử)”; hai nơi phải ghi giống nhau."
            ),
            format!(
                "{d}/thieu.json: Không tìm thấy tệp mà {index_path} ghi; hãy đặt tệp cùng thư mục với {index_path}."
            ),
            format!(
                "{d}/hong.json: Dòng 4, trường “version”: phiên bản bắt đầu từ 1, không phải 0."
            ),
            "3/4 tệp có lỗi; hãy sửa theo các dòng trên rồi kiểm tra lại.".to_owned(),
        ]
    );
    // A broken index: its problems, and no set file is read.
    fs::write(
        dir.join("index.json"),
        "{ \"format\": 1, \"sets\": [ { \"file\": \"../x.json\" } ] }",
    )
    .unwrap();
    let (code, out) = check_set(&[&index_path]);
    assert_eq!(code, 1);
    assert!(out.contains("thiếu trường “id” (bắt buộc)."), "{out}");
    assert!(out.ends_with("1/1 tệp có lỗi; hãy sửa theo các dòng trên rồi kiểm tra lại.\n"));
    fs::remove_dir_all(&dir).unwrap();
}

// --- Never a panic ----------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A set file cut anywhere, or with any character changed, is refused
    /// with at least one problem on a line of the file, or accepted whole;
    /// never a panic.
    #[test]
    fn any_damaged_file_gives_problems_on_its_lines(at in 0usize..KIEM_THU.len(), cut in any::<bool>(), c in any::<char>()) {
        let mut at = at;
        while !KIEM_THU.is_char_boundary(at) {
            at -= 1;
        }
        let text = if cut {
            KIEM_THU[..at].to_owned()
        } else {
            let mut t = KIEM_THU.to_owned();
            let end = at + t[at..].chars().next().map_or(0, char::len_utf8);
            t.replace_range(at..end, &c.to_string());
            t
        };
        let lines = text.lines().count().max(1);
        match check_set_file(&text) {
            Ok(CheckedSet { set, .. }) => prop_assert!(!cut || at == KIEM_THU.len() || set.id == "kiem-thu"),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(p.line.is_none_or(|l| (1..=lines + 1).contains(&l)), "{:?}", p);
                    prop_assert!(!p.message(Lang::Vi).is_empty());
                    prop_assert!(!p.message(Lang::En).is_empty());
                }
            }
        }
    }
}
