//! Days on the record: a check's date, a registration's, an appraisal's, a
//! decision's. Stored as `YYYY-MM-DD` text (what a date field gives), so that
//! a date that does not read loses nothing else; read as a [`ShareDate`], the
//! app's calendar day, which orders and checks them.

use crate::domain::i18n::{self, Lang};
use crate::domain::share_link::ShareDate;

/// The day a stored text names: `2026-03-15`, or the day of an ISO 8601 time
/// (`2026-03-15T08:30:00Z`). `None` for an empty text or one that is not a
/// real date.
pub fn parse_day(text: &str) -> Option<ShareDate> {
    ShareDate::from_iso(text.trim())
}

/// `day` as stored: `2026-03-15`.
pub fn iso_day(day: ShareDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// A stored day the language's way ("15/3/2026", "15 March 2026"); a text
/// that is not a date is shown as it is.
pub fn day_text(lang: Lang, text: &str) -> String {
    match parse_day(text) {
        Some(d) => i18n::date(lang, d.year(), d.month(), d.day()),
        None => text.trim().to_owned(),
    }
}

/// The year of a stored day, when it reads and fits.
pub(crate) fn day_year(text: &str) -> Option<u16> {
    parse_day(text).and_then(|d| u16::try_from(d.year()).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_write_and_show_the_languages_way() {
        let day = parse_day(" 2026-03-05 ").unwrap();
        assert_eq!(iso_day(day), "2026-03-05");
        assert_eq!(parse_day("2026-03-05T23:59:00Z"), Some(day));
        assert_eq!(day_text(Lang::Vi, "2026-03-05"), "5/3/2026");
        assert_eq!(day_text(Lang::En, "2026-03-05"), "5 March 2026");
        for bad in ["", "2026-02-30", "05/03/2026", "2026-3-5"] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
        assert_eq!(day_text(Lang::Vi, "hôm qua"), "hôm qua");
        assert_eq!(day_year("2027-01-01"), Some(2027));
    }
}
