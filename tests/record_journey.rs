//! A cell's journey on its record, as issue 17 tells it: it registers in 2026,
//! checks twice, is appraised (one condition where the appraisal disagrees
//! with the check) and recognised, and in 2027 one condition lapses. Every
//! view of the record is checked along the way: history, changes in numbers,
//! registration progress, side by side, keeping the standard, the shared
//! ratings, what a link would carry.
#![cfg(not(target_arch = "wasm32"))]

mod record_common;

use record_common::*;
use tsvmtd::domain::draft::Draft;
use tsvmtd::domain::i18n::Lang;
use tsvmtd::domain::plan::PlanItem;
use tsvmtd::domain::questionnaire::Step;
use tsvmtd::domain::record::{
    Appraisal, CellRecord, DateField, Finding, History, RecordProblem, Registration, TimelineEntry,
    changes, parse_day,
};
use tsvmtd::domain::scoring::{Answer, Status};

/// The first check: three conditions not met (4, 5, 6).
fn first_check() -> Draft {
    let mut answers = met_answers(&[2024, 2025]);
    answers
        .answers
        .insert("c4".into(), counts(&[("members", 25, 23)]));
    answers
        .answers
        .insert("c5".into(), Answer::NamedItems { items: vec![] });
    answers.answers.insert("c6".into(), rates(30));
    let mut d = draft("d1", "2026-01-10", answers);
    d.content.plan.insert(
        "c4".into(),
        PlanItem {
            who: "Tổ đảng số 2".into(),
            due: "2026-03-31".into(),
            ..PlanItem::default()
        },
    );
    d
}

struct Journey {
    record: CellRecord,
    drafts: Vec<Draft>,
}

fn today(iso: &str) -> tsvmtd::domain::share_link::ShareDate {
    parse_day(iso).unwrap()
}

/// Registers, checks twice, is appraised and recognised, checks in 2027.
fn journey() -> Journey {
    let set = set();
    let d1 = first_check();
    let mut record = CellRecord::new(
        "r1".into(),
        "2026-01-10T08:00:00Z".into(),
        &d1,
        today("2026-01-10"),
    );
    assert_eq!(record.ratings, ratings(&[2024, 2025]));

    // Registers for 2026 with the first check's roadmap.
    let checks = open_checks(&record, std::slice::from_ref(&d1));
    let registration = Registration::from_check(
        2026,
        "2026-01-10",
        "Nghị quyết chi bộ số 01-NQ/CB",
        &checks[0],
        Lang::Vi,
    );
    assert_eq!(
        registration.plan.keys().collect::<Vec<_>>(),
        ["c4", "c5", "c6"]
    );
    assert_eq!(registration.plan["c4"].who, "Tổ đảng số 2");
    assert!(
        registration.plan["c5"]
            .action
            .as_deref()
            .unwrap()
            .starts_with("- ")
    );
    record.set_registration(registration, 2026).unwrap();

    // The second check starts from the first: all members assigned, fewer
    // poor households; the model is planned and marked done, not yet listed.
    let mut d2 = record
        .start_check(
            &d1,
            "d2".into(),
            "2026-06-15T08:00:00Z".into(),
            today("2026-06-15"),
        )
        .unwrap();
    assert_eq!(d2.step, Step::Profile);
    assert_eq!(d2.content.profile.year, Some(2026));
    d2.content
        .answers
        .answers
        .insert("c4".into(), counts(&[("members", 25, 25)]));
    d2.content.answers.answers.insert("c6".into(), rates(21));
    d2.content.plan.insert(
        "c5".into(),
        PlanItem {
            done: true,
            ..PlanItem::default()
        },
    );
    // An older check is never the start of a new one.
    assert_eq!(
        record
            .start_check(&d1, "x".into(), "now".into(), today("2026-06-16"))
            .unwrap_err(),
        RecordProblem::OlderCheckKept
    );

    // Appraised and recognised; the appraisal found the model (condition 5)
    // that the check had not listed.
    let mut appraisal = Appraisal::new("a1".into());
    appraisal.date = "2026-11-20".into();
    appraisal.body = "Đảng ủy xã Lương Hòa".into();
    appraisal.recognised = true;
    appraisal.decision_number = "125-QĐ/ĐU".into();
    appraisal.decision_date = "2026-12-01".into();
    appraisal.set_finding(
        "c5",
        Some(Finding {
            status: Status::Met,
            note: "Mô hình trồng dừa hữu cơ đã hoạt động hiệu quả".into(),
        }),
    );
    record.save_appraisal(appraisal).unwrap();

    // 2027: a new check; the 2026 rating is entered in it (and so on the
    // record); the model is listed; poor households went up again.
    let mut d3 = record
        .start_check(
            &d2,
            "d3".into(),
            "2027-03-10T08:00:00Z".into(),
            today("2027-03-10"),
        )
        .unwrap();
    assert_eq!(d3.content.profile.year, Some(2027));
    assert!(
        !record.lend_ratings(&mut d3, &set),
        "the copy already holds the record's ratings"
    );
    d3.content.answers.answers.insert(
        "c1".into(),
        Answer::YearlyRatings {
            years: ratings(&[2024, 2025, 2026]),
        },
    );
    assert!(record.keep_ratings(&d3, &set));
    assert!(
        !record.keep_ratings(&d3, &set),
        "nothing new the second time"
    );
    assert!(
        !record.keep_ratings(&d2, &set),
        "an older check never writes"
    );
    d3.content.answers.answers.insert(
        "c5".into(),
        Answer::NamedItems {
            items: vec!["Mô hình trồng dừa hữu cơ".into()],
        },
    );
    d3.content.answers.answers.insert("c6".into(), rates(30));
    Journey {
        record,
        drafts: vec![d1, d2, d3],
    }
}

#[test]
fn each_check_is_kept_beside_the_others_and_only_the_newest_is_edited() {
    let Journey { record, drafts } = journey();
    assert_eq!(
        record
            .checks
            .iter()
            .map(|c| (c.draft.as_str(), c.date.as_str()))
            .collect::<Vec<_>>(),
        [
            ("d1", "2026-01-10"),
            ("d2", "2026-06-15"),
            ("d3", "2027-03-10")
        ]
    );
    assert!(record.is_newest("d3"));
    assert!(!record.is_newest("d2"));
    // The second check kept what it had: the start of the third copied it.
    assert_eq!(
        drafts[2].content.notes, drafts[1].content.notes,
        "content copied"
    );
    assert_ne!(drafts[2].id, drafts[1].id);
    assert_eq!(drafts[2].revision, 0);
}

#[test]
fn the_ratings_are_entered_once_and_older_checks_keep_theirs() {
    let Journey { record, drafts } = journey();
    let set = set();
    assert_eq!(record.ratings, ratings(&[2024, 2025, 2026]));
    // The second check still has the ratings it was made with.
    let mut d2 = drafts[1].clone();
    assert!(!record.lend_ratings(&mut d2, &set));
    assert_eq!(
        d2.content.answers.answers["c1"],
        Answer::YearlyRatings {
            years: ratings(&[2024, 2025])
        }
    );
    // The newest check, opened again, takes the record's.
    let mut d3 = drafts[2].clone();
    d3.content.answers.answers.remove("c1");
    assert!(record.lend_ratings(&mut d3, &set));
    assert_eq!(
        d3.content.answers.answers["c1"],
        Answer::YearlyRatings {
            years: ratings(&[2024, 2025, 2026])
        }
    );
    assert!(!record.lend_ratings(&mut d3, &set), "already the same");
    // Texts typed in the ratings' fields travel with them.
    let mut typed = d3.clone();
    typed.content.answers.typed.insert(
        "c1".into(),
        [("ratings.2.score".to_owned(), "9O".to_owned())].into(),
    );
    let mut record = record;
    assert!(record.keep_ratings(&typed, &set));
    assert_eq!(record.ratings_typed["ratings.2.score"], "9O");
    let mut fresh = drafts[2].clone();
    assert!(record.lend_ratings(&mut fresh, &set));
    assert_eq!(fresh.content.answers.typed["c1"], record.ratings_typed);
}

#[test]
fn the_history_says_when_each_condition_was_first_met_and_when_it_lapsed() {
    let Journey { record, drafts } = journey();
    let checks = open_checks(&record, &drafts);
    let history = History::new(&checks);
    let points: Vec<String> = history.points.iter().map(|p| p.text(Lang::Vi)).collect();
    assert_eq!(
        points,
        [
            "10/1/2026: đạt 6/9 điều kiện",
            "15/6/2026: đạt 8/9 điều kiện",
            "10/3/2027: đạt 8/9 điều kiện"
        ]
    );
    let c = |id: &str| {
        history
            .conditions
            .iter()
            .find(|c| c.criterion_id == id)
            .unwrap()
    };
    assert_eq!(c("c1").text(Lang::Vi), "Đạt lần đầu ngày 10/1/2026");
    assert_eq!(c("c4").text(Lang::Vi), "Đạt lần đầu ngày 15/6/2026");
    assert_eq!(
        c("c6").text(Lang::Vi),
        "Đạt lần đầu ngày 15/6/2026; không còn đạt ngày 10/3/2027 — hiện chưa đạt lại"
    );
    assert_eq!(
        c("c6").text(Lang::En),
        "First met on 15 June 2026; lapsed on 10 March 2027 — not met again since"
    );
    assert_eq!(c("c5").text(Lang::Vi), "Đạt lần đầu ngày 10/3/2027");
    assert_eq!(
        history
            .lapsed_now()
            .iter()
            .map(|c| c.criterion_id.as_str())
            .collect::<Vec<_>>(),
        ["c6"]
    );
    assert_eq!(history.conditions.len(), 9);
    assert_eq!(history.conditions[0].number, 1);
}

#[test]
fn what_changed_since_the_previous_check_is_said_in_numbers() {
    let Journey { record, drafts } = journey();
    let checks = open_checks(&record, &drafts);
    let first: Vec<String> = changes(&checks[0], &checks[1])
        .iter()
        .map(|c| c.text(Lang::Vi))
        .collect();
    assert_eq!(
        first,
        [
            "Điều kiện 4: chưa đạt → đạt; Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể 23/25 → 25/25",
            "Điều kiện 6: chưa đạt → đạt; hộ nghèo 3,01% → 2,10%",
        ]
    );
    let history = History::new(&checks);
    let latest: Vec<String> = history
        .since_previous
        .iter()
        .map(|c| c.text(Lang::Vi))
        .collect();
    assert_eq!(
        latest,
        [
            "Điều kiện 1: vẫn đạt; năm 2026: — → Hoàn thành xuất sắc nhiệm vụ",
            "Điều kiện 5: chưa đạt → đạt; 0 → 1 mô hình phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững",
            "Điều kiện 6: đạt → chưa đạt; hộ nghèo 2,10% → 3,01%",
        ]
    );
    let english: Vec<String> = history
        .since_previous
        .iter()
        .map(|c| c.text(Lang::En))
        .collect();
    assert_eq!(
        english[2],
        "Condition 6: met → not met; poor households 2.10% → 3.01%"
    );
    assert!(history.since_previous[1].status_changed());
    assert!(!history.since_previous[0].status_changed());
}

#[test]
fn the_registered_roadmap_shows_its_progress_at_each_check() {
    let Journey { record, drafts } = journey();
    let checks = open_checks(&record, &drafts);
    let progress: Vec<String> = record
        .progress(2026, &checks)
        .iter()
        .map(|p| p.text(Lang::Vi))
        .collect();
    // 1: nothing yet; 2: conditions 4 and 6 met, the model marked done;
    // 3: the model listed, but condition 6 lost.
    assert_eq!(
        progress,
        [
            "10/1/2026: xong 0/3 việc đã đăng ký",
            "15/6/2026: xong 3/3 việc đã đăng ký",
            "10/3/2027: xong 2/3 việc đã đăng ký"
        ]
    );
    assert_eq!(
        record.registration(2026).unwrap().title(Lang::Vi),
        "Đăng ký năm 2026 (ngày 10/1/2026)"
    );
    // A registration the next year closes the window of the first.
    let mut record = record;
    record
        .set_registration(
            Registration {
                year: 2027,
                date: "2027-01-05".into(),
                ..Registration::default()
            },
            2027,
        )
        .unwrap();
    assert_eq!(record.progress(2026, &checks).len(), 2);
    assert_eq!(record.progress(2027, &checks).len(), 1);
    assert!(record.progress(2030, &checks).is_empty());
}

#[test]
fn the_appraisal_is_shown_beside_the_check_it_appraised() {
    let Journey { record, drafts } = journey();
    let checks = open_checks(&record, &drafts);
    let appraisal = record.appraisal("a1").unwrap();
    assert_eq!(record.appraised_check(appraisal), Some(1));
    let side = record.side_by_side(appraisal, &checks);
    assert_eq!(side.check, Some(1));
    assert_eq!(side.rows.len(), 9);
    assert_eq!(side.disagreements(), 1);
    let c5 = &side.rows[4];
    assert_eq!(c5.text(Lang::Vi), "tự đánh giá: chưa đạt — thẩm định: đạt");
    assert_eq!(c5.text(Lang::En), "self-check: not met — appraisal: met");
    assert!(c5.disagrees);
    assert_eq!(c5.note, "Mô hình trồng dừa hữu cơ đã hoạt động hiệu quả");
    assert_eq!(
        side.rows[0].text(Lang::Vi),
        "tự đánh giá: đạt — thẩm định: đạt"
    );
    assert_eq!(
        side.summary(Lang::Vi),
        "Kết quả thẩm định khác tự đánh giá ở 1 điều kiện."
    );
    assert_eq!(
        appraisal.text(Lang::Vi),
        "Thẩm định ngày 20/11/2026, Đảng ủy xã Lương Hòa: Công nhận — Quyết định số 125-QĐ/ĐU ngày 1/12/2026"
    );
    // What a result link carries of the record.
    let status = record.record_status();
    assert_eq!(status.registered_year, Some(2026));
    let outcome = status.appraisal.unwrap();
    assert!(outcome.recognised);
    assert_eq!(outcome.appraised_on, today("2026-11-20"));
    assert_eq!(outcome.decision_number, "125-QĐ/ĐU");
    assert_eq!(outcome.decision_date, Some(today("2026-12-01")));
}

#[test]
fn after_recognition_each_check_says_whether_the_cell_still_holds_the_standard() {
    let Journey { record, drafts } = journey();
    let checks = open_checks(&record, &drafts);
    let keeping = record.keeping(&checks).unwrap();
    assert_eq!(keeping.text(Lang::Vi), "Được công nhận ngày 20/11/2026");
    assert_eq!(keeping.checks.len(), 1);
    let later = keeping.latest().unwrap();
    assert!(!later.holds);
    assert_eq!(
        later.text(Lang::Vi),
        "10/3/2027: không còn giữ vững — 1 điều kiện không còn đạt"
    );
    assert_eq!(
        later
            .gaps
            .iter()
            .map(|g| g.text(Lang::Vi))
            .collect::<Vec<_>>(),
        ["Điều kiện 6 (Tỷ lệ hộ nghèo, cận nghèo): không còn đạt"]
    );

    // Lapsed conditions come before those the check cannot tell.
    let mut d4 = drafts[2].clone();
    d4.id = "d4".into();
    d4.content.answers.answers.remove("c3");
    let mut record = record;
    record.checks.push(tsvmtd::domain::record::CheckRef {
        draft: "d4".into(),
        date: "2027-09-01".into(),
    });
    let mut all = drafts.clone();
    all.push(d4);
    let keeping = record.keeping(&open_checks(&record, &all)).unwrap();
    let gaps: Vec<(String, bool)> = keeping.checks[1]
        .gaps
        .iter()
        .map(|g| (g.criterion_id.clone(), g.lapsed))
        .collect();
    assert_eq!(gaps, [("c6".into(), true), ("c3".into(), false)]);
    assert_eq!(
        keeping.checks[1].text(Lang::Vi),
        "1/9/2027: không còn giữ vững — 1 điều kiện không còn đạt, 1 điều kiện chưa đủ thông tin"
    );

    // A later appraisal that does not recognise the cell ends the keeping.
    let mut appraisal = Appraisal::new("a2".into());
    appraisal.date = "2027-11-20".into();
    appraisal.body = "Đảng ủy xã Lương Hòa".into();
    record.save_appraisal(appraisal).unwrap();
    assert_eq!(record.keeping(&open_checks(&record, &all)), None);
}

#[test]
fn the_timeline_puts_registrations_checks_and_appraisals_in_date_order() {
    let Journey { record, .. } = journey();
    let timeline: Vec<String> = record
        .timeline()
        .iter()
        .map(|e| match e {
            TimelineEntry::Check { position, date } => format!("check {position} {date}"),
            TimelineEntry::Registration { year, date } => format!("reg {year} {date}"),
            TimelineEntry::Appraisal { id, date } => format!("appraisal {id} {date}"),
        })
        .collect();
    assert_eq!(
        timeline,
        [
            "reg 2026 2026-01-10",
            "check 0 2026-01-10",
            "check 1 2026-06-15",
            "appraisal a1 2026-11-20",
            "check 2 2027-03-10"
        ]
    );
}

#[test]
fn bad_edits_are_refused_whole_with_their_reasons() {
    let Journey { mut record, .. } = journey();
    let before = record.clone();
    let mut appraisal = Appraisal::new("a9".into());
    appraisal.date = "2026-02-30".into();
    appraisal.decision_date = "mùng 1".into();
    appraisal.set_finding(
        "c2",
        Some(Finding {
            status: Status::Incomplete,
            note: String::new(),
        }),
    );
    let problems = record.save_appraisal(appraisal).unwrap_err();
    assert_eq!(
        problems,
        [
            RecordProblem::DateNotReal(DateField::Appraisal),
            RecordProblem::BodyMissing,
            RecordProblem::DateNotReal(DateField::Decision),
            RecordProblem::FindingNotDecided {
                criterion_id: "c2".into()
            },
        ]
    );
    let words: Vec<String> = problems.iter().map(|p| p.message(Lang::Vi)).collect();
    assert_eq!(words[0], "Ngày thẩm định: không phải một ngày có thật.");
    assert!(
        words[1].starts_with("Cơ quan thẩm định: chưa nhập."),
        "{}",
        words[1]
    );
    assert_eq!(
        record
            .set_registration(
                Registration {
                    year: 2031,
                    ..Registration::default()
                },
                2027
            )
            .unwrap_err(),
        [
            RecordProblem::YearOutOfRange {
                min: 2015,
                max: 2028
            },
            RecordProblem::DateMissing(DateField::Registration)
        ]
    );
    assert_eq!(
        record.set_check_date("d9", "2027-01-01"),
        Err(RecordProblem::NotFound)
    );
    assert_eq!(
        record.set_check_date("d3", ""),
        Err(RecordProblem::DateMissing(DateField::Check))
    );
    assert_eq!(record, before);
    // Registering again for a year replaces that year's registration.
    let mut again = record.registration(2026).unwrap().clone();
    again.note = "Đăng ký lại".into();
    record.set_registration(again, 2026).unwrap();
    assert_eq!(record.registrations.len(), 1);
    assert_eq!(record.registrations[0].note, "Đăng ký lại");
    assert!(record.remove_appraisal("a1"));
    assert!(!record.remove_appraisal("a1"));
    assert_eq!(record.record_status().appraisal, None);
}
