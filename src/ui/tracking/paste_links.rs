//! Where the commune's cadre pastes the links the cells sent: one, or a whole
//! chat message with links among other words.

use crate::domain::i18n::{Lang, Text};
use crate::ui::NotesField;
use yew::prelude::*;

/// The introduction, the box with what is pasted so far, and "add".
pub fn paste_links(
    lang: Lang,
    pasted: &str,
    on_paste: Callback<String>,
    on_add: Callback<MouseEvent>,
) -> Html {
    html! {
        <>
            <p>{ Text::TrackingIntro.get(lang) }</p>
            <NotesField
                id="tracking-paste"
                label={Text::TrackingPasteLabel.get(lang)}
                hint={Some(AttrValue::from(Text::TrackingPasteHint.get(lang)))}
                value={pasted.to_owned()}
                on_input={on_paste}
            />
            <div class="button-row">
                <button type="button" class="button-primary" onclick={on_add}>{ Text::TrackingAdd.get(lang) }</button>
            </div>
        </>
    }
}
