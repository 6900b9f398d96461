//! The record's page (`ho-so.html`, its own wasm): "Hồ sơ chi bộ", the record
//! of the open check, and "Các hồ sơ trên máy này", the records on this
//! device, in place of each other. The open check is storage's current draft,
//! the one the app opens on. Its small shell: which screen shows (kept in its
//! history entry, so that a reload stays there), and how the page goes back
//! to the app.

use super::history::HistoryState;

/// The record's page, beside the app's in the same folder: the app's button
/// "Hồ sơ chi bộ" links to it (relative, so that it works under any sub-path
/// and offline).
pub const PAGE: &str = "ho-so.html";

/// The app's page, from the record's (the same folder).
pub const APP_PAGE: &str = "./";

/// The screen the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// "Hồ sơ chi bộ": the record of the open check.
    #[default]
    Record,
    /// "Các hồ sơ trên máy này", opened from the record, in its place.
    Records,
}

/// What the page knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordPage {
    pub view: View,
    /// Another draft was made current here (another record's check): the
    /// app's entry under this page names the draft open before.
    pub chose: bool,
}

/// The mark that starts the page's entry's text.
const MARK: &str = "tsvmtd:record-page:";

impl HistoryState for RecordPage {
    fn to_state(&self) -> String {
        let view = match self.view {
            View::Record => "record",
            View::Records => "records",
        };
        let chose = if self.chose { ";chose" } else { "" };
        format!("{MARK}{view}{chose}")
    }

    fn from_state(state: &str) -> Option<RecordPage> {
        let rest = state.strip_prefix(MARK)?;
        let (view, chose) = match rest.split_once(';') {
            Some((view, "chose")) => (view, true),
            Some(_) => return None,
            None => (rest, false),
        };
        let view = match view {
            "record" => View::Record,
            "records" => View::Records,
            _ => return None,
        };
        Some(RecordPage { view, chose })
    }
}

impl RecordPage {
    /// The page opened (or reloaded) on the history entry `entry`: as it
    /// names, else the record.
    pub fn opened(entry: Option<RecordPage>) -> RecordPage {
        entry.unwrap_or_default()
    }
}

/// What happened on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The record's "Các hồ sơ trên máy này".
    OpenRecords,
    /// The list made another record's newest check current: its record shows.
    RecordChosen,
    /// Another draft was made current (a check opened, a new record, a new
    /// check started): the app shows it.
    DraftChosen,
    /// A back button of the page; `from_app` when the page was opened from
    /// the app's page (`commune::came_from_app`).
    ToApp { from_app: bool },
}

/// What the UI does for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Writes the page as it is now over its history entry.
    Mark(RecordPage),
    /// Goes one entry back, as the browser's Back does: the app, where she was.
    Back,
    /// Opens the app's page on the current draft: `replace`, in place of this
    /// page's entry (Back from the app then returns to the draft she had open
    /// before), else as the next entry.
    OpenApp { replace: bool },
}

/// The page after `event`, and what to do for it.
pub fn transition(mut page: RecordPage, event: Event) -> (RecordPage, Vec<Effect>) {
    let effects = match event {
        Event::OpenRecords => {
            page.view = View::Records;
            vec![Effect::Mark(page.clone())]
        }
        Event::RecordChosen => {
            page.view = View::Record;
            page.chose = true;
            vec![Effect::Mark(page.clone())]
        }
        Event::DraftChosen => vec![Effect::OpenApp { replace: true }],
        // Back would show the app's entry of the draft open before.
        Event::ToApp { .. } if page.chose => vec![Effect::OpenApp { replace: true }],
        Event::ToApp { from_app: true } => vec![Effect::Back],
        Event::ToApp { from_app: false } => vec![Effect::OpenApp { replace: false }],
    };
    (page, effects)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(view: View, chose: bool) -> RecordPage {
        RecordPage { view, chose }
    }

    #[test]
    fn each_transition() {
        let cases = [
            (
                "the record's list button: the list in its place",
                page(View::Record, false),
                Event::OpenRecords,
                page(View::Records, false),
                vec![Effect::Mark(page(View::Records, false))],
            ),
            (
                "another record chosen in the list: its record",
                page(View::Records, false),
                Event::RecordChosen,
                page(View::Record, true),
                vec![Effect::Mark(page(View::Record, true))],
            ),
            (
                "a check opened or started: the app on it, in this page's place",
                page(View::Records, false),
                Event::DraftChosen,
                page(View::Records, false),
                vec![Effect::OpenApp { replace: true }],
            ),
            (
                "back, opened from the app: the browser's Back",
                page(View::Record, false),
                Event::ToApp { from_app: true },
                page(View::Record, false),
                vec![Effect::Back],
            ),
            (
                "back from the list, opened from the app: the browser's Back",
                page(View::Records, false),
                Event::ToApp { from_app: true },
                page(View::Records, false),
                vec![Effect::Back],
            ),
            (
                "back, opened some other way: the app as the next page",
                page(View::Record, false),
                Event::ToApp { from_app: false },
                page(View::Record, false),
                vec![Effect::OpenApp { replace: false }],
            ),
            (
                "back after another record was chosen: the app on its check",
                page(View::Record, true),
                Event::ToApp { from_app: true },
                page(View::Record, true),
                vec![Effect::OpenApp { replace: true }],
            ),
        ];
        for (what, before, event, after, effects) in cases {
            assert_eq!(transition(before, event), (after, effects), "{what}");
        }
    }

    #[test]
    fn a_reload_stays_where_the_entry_says() {
        for shown in [
            page(View::Record, false),
            page(View::Records, false),
            page(View::Record, true),
            page(View::Records, true),
        ] {
            let entry = RecordPage::from_state(&shown.to_state());
            assert_eq!(RecordPage::opened(entry), shown);
        }
        assert_eq!(
            page(View::Records, true).to_state(),
            "tsvmtd:record-page:records;chose"
        );
        // Opened anew, or on text it did not write: the record.
        for text in [
            "",
            "tsvmtd:record-page:",
            "tsvmtd:record-page:settings",
            "tsvmtd:record-page:records;",
            "tsvmtd:record-page:records;maybe",
            "tsvmtd:step:profile;;a",
            "tsvmtd:list",
        ] {
            assert_eq!(RecordPage::from_state(text), None, "{text:?}");
        }
        assert_eq!(RecordPage::opened(None), page(View::Record, false));
    }
}
