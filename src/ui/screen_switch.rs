//! Over her questionnaire: the link to the commune's page ("Theo dõi các chi
//! bộ", a page of its own: `domain::shell::commune`) and the button that opens
//! the cell's record ("Hồ sơ chi bộ"); focus comes back to the button when its
//! screen closes. A view function rather than a component: a component of its
//! own would cost the first load about half a kilobyte (gzip) for two
//! controls.

use crate::domain::i18n::{Lang, Text};
use crate::domain::shell::commune;
use crate::domain::shell::history::Screen;
use yew::prelude::*;

/// The link and the button; `on_open` is asked to open a screen.
pub fn screen_switch(lang: Lang, on_open: &Callback<Screen>, record_button: NodeRef) -> Html {
    let open = |screen: Screen| on_open.reform(move |_: MouseEvent| screen);
    html! {
        <div class="screen-switch">
            <a class="button-secondary" href={commune::PAGE}>
                { Text::TrackingButton.get(lang) }
            </a>
            <button type="button" class="button-secondary" ref={record_button} onclick={open(Screen::Record)}>
                { Text::RecordHeading.get(lang) }
            </button>
        </div>
    }
}
