//! Every check of a cell, newest first, each with its date, met / total,
//! verdict and the set it was made with, and a button to open it (folded away under "Các lần đánh giá").

use super::track_row::{day, verdict};
use crate::domain::i18n::{self, Lang, TrackingText};
use crate::domain::tracking::Row;
use yew::prelude::*;

/// `name` is the cell's as its heading shows it; `on_open` is asked to open
/// a check (its fragment, `#k=…`).
pub fn check_list(lang: Lang, row: &Row, name: &str, on_open: &Callback<String>) -> Html {
    html! {
        <details class="track-checks">
            <summary>{ i18n::tracking_checks_heading(lang, row.checks.len()) }</summary>
            <ol>
                { for row.checks.iter().rev().map(|c| {
                    let on = day(lang, c.assessed_on);
                    let fragment = c.fragment.clone();
                    html! {
                        <li>
                            <div>
                                <p class="track-check-line">{ i18n::tracking_check_line(lang, on.as_deref(), c.met, c.total, verdict(lang, c, true)) }</p>
                                <p class="field-hint">{ c.set_message(lang) }</p>
                            </div>
                            <button type="button" class="button-secondary"
                                onclick={on_open.reform(move |_: MouseEvent| fragment.clone())}
                                aria-label={i18n::tracking_open_check(lang, name, on.as_deref())}>
                                { TrackingText::TrackingOpenCheck.get(lang) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}
