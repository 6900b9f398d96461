//! Over her questionnaire: the links to the commune's page ("Theo dõi các chi
//! bộ", `domain::shell::commune`) and to the record's page ("Hồ sơ chi bộ",
//! `domain::shell::record_page`), pages of their own. A view function rather
//! than a component: a component of its own would cost the first load about
//! half a kilobyte (gzip) for two controls.

use crate::domain::i18n::{Lang, Text};
use crate::domain::shell::{commune, record_page};
use yew::prelude::*;

/// The two links.
pub fn screen_switch(lang: Lang) -> Html {
    html! {
        <div class="screen-switch">
            <a class="button-secondary" href={commune::PAGE}>
                { Text::TrackingButton.get(lang) }
            </a>
            <a class="button-secondary" href={record_page::PAGE}>
                { Text::RecordHeading.get(lang) }
            </a>
        </div>
    }
}
