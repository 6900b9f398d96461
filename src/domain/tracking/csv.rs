//! The table and the progress over time as CSV for a spreadsheet, in the
//! dialect Excel reads when Windows is set to Vietnamese: `;` between fields,
//! `,` before decimals ("62,50"), so that the file opens as it is, each value
//! in its column and each number a number. UTF-8 with a byte order mark (so
//! that the Vietnamese text reads as UTF-8), CRLF line ends, RFC 4180 quoting
//! (with `;` as the separator), a header row in the interface language. A
//! field that a spreadsheet would take for a formula (starting with `=` `+`
//! `-` `@`, a tab or a carriage return) gets a leading apostrophe, so that a
//! cell name cannot run a formula on the cadre's computer. Why not `.xlsx`:
//! `docs/tracking.md`.

use super::collection::Row;
use super::progress::Progress;
use crate::domain::i18n::{Lang, TrackingText, numfmt};
use crate::domain::share_link::ShareDate;

/// Between fields.
pub const SEPARATOR: char = ';';

/// The columns of the table, in order.
pub const COLUMNS: [TrackingText; 25] = [
    TrackingText::TrackingCsvCell,
    TrackingText::TrackingCsvHamlet,
    TrackingText::TrackingCsvCommune,
    TrackingText::TrackingCsvProvince,
    TrackingText::TrackingCsvYear,
    TrackingText::TrackingCsvAssessor,
    TrackingText::TrackingCsvShared,
    TrackingText::TrackingCsvVerdict,
    TrackingText::TrackingCsvMet,
    TrackingText::TrackingCsvAnswered,
    TrackingText::TrackingCsvTotal,
    TrackingText::TrackingCsvMetShare,
    TrackingText::TrackingCsvGaps,
    TrackingText::TrackingCsvChecks,
    TrackingText::TrackingCsvPreviousShared,
    TrackingText::TrackingCsvPreviousMet,
    TrackingText::TrackingCsvChanges,
    TrackingText::TrackingCsvMetOverTime,
    TrackingText::TrackingCsvRegistered,
    TrackingText::TrackingCsvAppraisal,
    TrackingText::TrackingCsvAppraisedOn,
    TrackingText::TrackingCsvDecisionNumber,
    TrackingText::TrackingCsvDecisionDate,
    TrackingText::TrackingCsvSet,
    TrackingText::TrackingCsvLink,
];

/// The columns of the progress over time, in order.
pub const PROGRESS_COLUMNS: [TrackingText; 11] = [
    TrackingText::TrackingCsvPeriod,
    TrackingText::TrackingCsvCells,
    TrackingText::TrackingCsvAssessedInPeriod,
    TrackingText::TrackingCsvMeeting,
    TrackingText::TrackingCsvMeetingShare,
    TrackingText::TrackingCsvRegisteredCells,
    TrackingText::TrackingCsvRecognisedCells,
    TrackingText::TrackingCsvRecognisedShare,
    TrackingText::TrackingCsvTargetMin,
    TrackingText::TrackingCsvTargetMax,
    TrackingText::TrackingCsvReachesTarget,
];

/// The table as CSV, one line per cell, from its latest check: cell,
/// hamlet, commune, province, year, assessor, date shared (YYYY-MM-DD),
/// verdict (words), met, answered, total, the share of conditions met (%,
/// two decimals), gaps (numbers and titles joined by "; "), then the history:
/// how many checks, the previous check's date and met count, the conditions
/// that changed, the met counts of every check ("5 → 7 → 9"), then the
/// record: year registered, appraisal outcome, its date, the decision's number
/// and date; then the set the latest check was made with, as its link names it
/// ("ben-tre-2021, phiên bản 1, mã kiểm tra bac783de"); last the link's fragment.
pub fn to_csv(rows: &[Row], lang: Lang) -> String {
    let mut out = String::with_capacity(256 + rows.len() * 500);
    out.push('\u{feff}');
    let header: Vec<&str> = COLUMNS.iter().map(|&c| c.get(lang)).collect();
    line(&mut out, &header);
    for row in rows {
        let latest = row.latest();
        let previous = row.previous();
        let verdict = if latest.can_propose {
            TrackingText::TrackingVerdictMeets
        } else {
            TrackingText::TrackingVerdictNotYet
        }
        .get(lang);
        let gaps = latest
            .gaps
            .iter()
            .zip(&latest.gap_numbers)
            .map(|((_, title), number)| format!("{number}. {}", title.get(lang)))
            .collect::<Vec<_>>()
            .join("; ");
        let changes = row
            .changes
            .iter()
            .map(|c| c.message(lang))
            .collect::<Vec<_>>()
            .join("; ");
        let over_time = row
            .checks
            .iter()
            .map(|c| c.met.to_string())
            .collect::<Vec<_>>()
            .join(" → ");
        let appraisal = row.record.as_ref().and_then(|r| r.appraisal.as_ref());
        let fields: [String; 25] = [
            row.cell.clone(),
            row.hamlet.clone(),
            row.commune.clone(),
            row.province.clone(),
            latest.year.map(|y| y.to_string()).unwrap_or_default(),
            latest.assessor.clone(),
            iso(latest.assessed_on),
            verdict.to_owned(),
            latest.met.to_string(),
            latest.answered.to_string(),
            latest.total.to_string(),
            decimal(crate::domain::scoring::rate_bp(
                latest.met as i64,
                latest.total as i64,
            )),
            gaps,
            row.checks.len().to_string(),
            iso(previous.and_then(|p| p.assessed_on)),
            previous.map(|p| p.met.to_string()).unwrap_or_default(),
            changes,
            over_time,
            row.record
                .as_ref()
                .and_then(|r| r.registered_year)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            appraisal
                .map(|a| a.outcome(lang).to_owned())
                .unwrap_or_default(),
            iso(appraisal.map(|a| a.appraised_on)),
            appraisal
                .map(|a| a.decision_number.trim().to_owned())
                .unwrap_or_default(),
            iso(appraisal.and_then(|a| a.decision_date)),
            latest.set.label(lang),
            latest.fragment.clone(),
        ];
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        line(&mut out, &fields);
    }
    out
}

/// The progress over time as CSV: the quarters, then the years, one line
/// each: the period ("Quý 2/2026", "Năm 2026"), the cells, the cells checked
/// in it, those meeting the standard and their share (%), registered,
/// recognised and their share (%), the target's two ends (%), and whether the
/// self-checks reach it.
pub fn progress_csv(by_quarter: &Progress, by_year: &Progress, lang: Lang) -> String {
    let mut out = String::with_capacity(256 + 120 * (by_quarter.periods.len() + 8));
    out.push('\u{feff}');
    let header: Vec<&str> = PROGRESS_COLUMNS.iter().map(|&c| c.get(lang)).collect();
    line(&mut out, &header);
    for progress in [by_quarter, by_year] {
        for p in &progress.periods {
            let fields: [String; 11] = [
                p.period.label(lang),
                p.cells.to_string(),
                p.assessed.to_string(),
                p.meeting.to_string(),
                decimal(p.meeting_bp),
                p.registered.to_string(),
                p.recognised.to_string(),
                decimal(p.recognised_bp),
                progress.target.min_percent.to_string(),
                progress.target.max_percent.to_string(),
                if p.reaches_target {
                    TrackingText::TrackingTargetReached
                } else {
                    TrackingText::TrackingTargetNotReached
                }
                .get(lang)
                .to_owned(),
            ];
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            line(&mut out, &fields);
        }
    }
    out
}

/// A share in basis points as a percentage with two decimals after a comma,
/// as Excel set to Vietnamese reads a number: 6250 is "62,50".
fn decimal(bp: i64) -> String {
    numfmt::fixed(Lang::Vi, bp, 2)
}

/// `YYYY-MM-DD`, empty without a date (a date every spreadsheet reads).
fn iso(date: Option<ShareDate>) -> String {
    date.map(|d| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()))
        .unwrap_or_default()
}

fn line(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// One field, neutralised and quoted when it needs to be.
fn push_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = field.contains([SEPARATOR, '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = String::new();
        push_field(&mut out, text);
        out
    }

    #[test]
    fn fields_are_quoted_and_neutralised() {
        let cases = [
            ("ấp Phú Hòa", "ấp Phú Hòa"),
            ("", ""),
            ("a;b", "\"a;b\""),
            // A comma is no separator here: it stays as it is.
            ("a,b", "a,b"),
            ("62,50", "62,50"),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=1+2", "'=1+2"),
            ("+84", "'+84"),
            ("-3", "'-3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            (
                "=HYPERLINK(\"x\";\"y\")",
                "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"",
            ),
            ("#k=AV-_", "#k=AV-_"),
        ];
        for (text, want) in cases {
            assert_eq!(field(text), want, "{text:?}");
        }
    }

    #[test]
    fn shares_are_written_with_a_decimal_comma() {
        assert_eq!(decimal(6250), "62,50");
        assert_eq!(decimal(3704), "37,04");
        assert_eq!(decimal(10000), "100,00");
        assert_eq!(decimal(0), "0,00");
    }
}
