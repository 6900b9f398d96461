//! Over her questionnaire: the buttons that open the commune's view ("Theo
//! dõi các chi bộ") and the cell's record ("Hồ sơ chi bộ"); focus comes back
//! to them when their screen closes. A view function rather than a
//! component: a component of its own would cost the first load about half a
//! kilobyte (gzip) for two buttons.

use crate::domain::i18n::{Lang, Text};
use crate::domain::shell::history::Screen;
use yew::prelude::*;

/// The two buttons; `on_open` is asked to open a screen.
pub fn screen_switch(
    lang: Lang,
    on_open: &Callback<Screen>,
    record_button: NodeRef,
    tracking_button: NodeRef,
) -> Html {
    let open = |screen: Screen| on_open.reform(move |_: MouseEvent| screen);
    html! {
        <div class="screen-switch">
            <button type="button" class="button-secondary" ref={tracking_button} onclick={open(Screen::Tracking)}>
                { Text::TrackingButton.get(lang) }
            </button>
            <button type="button" class="button-secondary" ref={record_button} onclick={open(Screen::Record)}>
                { Text::RecordHeading.get(lang) }
            </button>
        </div>
    }
}
