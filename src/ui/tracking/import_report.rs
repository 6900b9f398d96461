//! What the last paste did: checks added (new cells, further checks of cells
//! already listed), links already collected, and each link that could not be
//! read, with its line and why (a set this device lacks or has with other
//! content named, with what to do).

use crate::domain::i18n::{self, Lang, TrackingText};
use crate::domain::tracking::ImportReport;
use yew::prelude::*;

pub fn import_report(lang: Lang, r: &ImportReport) -> Html {
    html! {
        <div class="tracking-report">
            <p role="status">{
                r.message(lang)
            }</p>
            if !r.bad.is_empty() {
                <section class="notice notice-error" aria-labelledby="tracking-bad-heading">
                    <h3 id="tracking-bad-heading">{ TrackingText::TrackingBadHeading.get(lang) }</h3>
                    <ul class="tracking-bad">
                        { for r.bad.iter().map(|b| html! {
                            <li>
                                <p><code>{ b.excerpt.clone() }</code>{ format!(" ({})", i18n::line_number(lang, b.line)) }</p>
                                <p>{ b.message(lang) }</p>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        </div>
    }
}
