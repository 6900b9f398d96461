//! The table as CSV for a spreadsheet.
//!
//! UTF-8 with a byte order mark (so that a spreadsheet reads the Vietnamese
//! text as UTF-8), CRLF line ends, RFC 4180 quoting, a header row in the
//! interface language. A field that a spreadsheet would take for a formula
//! (starting with `=` `+` `-` `@`, a tab or a carriage return) gets a leading
//! apostrophe, so that a cell name cannot run a formula on the cadre's computer.

use super::collection::{Collection, Row};
use crate::domain::i18n::{Lang, Text, t};

/// The columns, in order.
pub const COLUMNS: [Text; 13] = [
    Text::TrackingCsvCell,
    Text::TrackingCsvHamlet,
    Text::TrackingCsvCommune,
    Text::TrackingCsvProvince,
    Text::TrackingCsvYear,
    Text::TrackingCsvAssessor,
    Text::TrackingCsvShared,
    Text::TrackingCsvVerdict,
    Text::TrackingCsvMet,
    Text::TrackingCsvAnswered,
    Text::TrackingCsvTotal,
    Text::TrackingCsvGaps,
    Text::TrackingCsvLink,
];

/// The table as CSV: columns cell, hamlet, commune, province, year, assessor,
/// date shared (YYYY-MM-DD), verdict (words), met, answered, total, gaps
/// (numbers and titles joined by "; "), link fragment. The province comes from
/// the row's entry in `collection`.
pub fn to_csv(rows: &[Row], collection: &Collection, lang: Lang) -> String {
    let mut out = String::with_capacity(256 + rows.len() * 400);
    out.push('\u{feff}');
    let header: Vec<&str> = COLUMNS.iter().map(|&c| t(lang, c)).collect();
    line(&mut out, &header);
    for row in rows {
        let province = collection
            .entries
            .get(row.index)
            .map_or("", |e| e.result.profile.province.trim());
        let year = row.year.map(|y| y.to_string()).unwrap_or_default();
        let shared = row
            .assessed_on
            .map(|d| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()))
            .unwrap_or_default();
        let verdict = t(
            lang,
            if row.can_propose {
                Text::TrackingVerdictMeets
            } else {
                Text::TrackingVerdictNotYet
            },
        );
        let gaps = row
            .gaps
            .iter()
            .zip(&row.gap_numbers)
            .map(|((_, title), number)| format!("{number}. {}", title.get(lang)))
            .collect::<Vec<_>>()
            .join("; ");
        let (met, answered, total) = (
            row.met.to_string(),
            row.answered.to_string(),
            row.total.to_string(),
        );
        line(
            &mut out,
            &[
                &row.cell,
                &row.hamlet,
                &row.commune,
                province,
                &year,
                &row.assessor,
                &shared,
                verdict,
                &met,
                &answered,
                &total,
                &gaps,
                &row.fragment,
            ],
        );
    }
    out
}

fn line(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// One field, neutralised and quoted when it needs to be.
fn push_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = field.contains([',', '"', '\n', '\r']);
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
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=1+2", "'=1+2"),
            ("+84", "'+84"),
            ("-3", "'-3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            (
                "=HYPERLINK(\"x\",\"y\")",
                "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
            ),
            ("#k=AV-_", "#k=AV-_"),
        ];
        for (text, want) in cases {
            assert_eq!(field(text), want, "{text:?}");
        }
    }
}
