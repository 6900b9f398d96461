//! Where the commune's cadre pastes the links the cells sent: one, or a whole
//! chat message with links among other words.

use crate::domain::i18n::{Lang, TrackingText};
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
            <p>{ TrackingText::TrackingIntro.get(lang) }</p>
            <NotesField
                id="tracking-paste"
                label={TrackingText::TrackingPasteLabel.get(lang)}
                hint={Some(AttrValue::from(TrackingText::TrackingPasteHint.get(lang)))}
                value={pasted.to_owned()}
                on_input={on_paste}
            />
            <div class="button-row">
                <button type="button" class="button-primary" onclick={on_add}>{ TrackingText::TrackingAdd.get(lang) }</button>
            </div>
        </>
    }
}
