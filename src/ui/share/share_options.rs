//! What the link carries besides the verdict: notes, and the names of works
//! and models, each only when she ticks it.

use crate::domain::i18n::{Lang, ResultText, SharedText};
use crate::domain::share_link::ShareOptions;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The two boxes; a tick changes `options` and clears `message` (what the
/// last share or copy said).
pub fn share_options(
    lang: Lang,
    options: &UseStateHandle<ShareOptions>,
    message: &UseStateHandle<Option<ResultText>>,
) -> Html {
    let check = |id: &'static str, label: SharedText, pick: fn(&mut ShareOptions) -> &mut bool| {
        let mut current = **options;
        let checked = *pick(&mut current);
        let (options, message) = (options.clone(), message.clone());
        let onchange = Callback::from(move |event: Event| {
            let mut next = *options;
            *pick(&mut next) = event.target_unchecked_into::<HtmlInputElement>().checked();
            options.set(next);
            message.set(None);
        });
        html! {
            <label class="choice" for={id}>
                <input type="checkbox" {id} {checked} {onchange} />
                <span>{ label.get(lang) }</span>
            </label>
        }
    };
    html! {
        <fieldset class="field field-choice" aria-describedby="share-options-hint">
            <legend class="visually-hidden">{ ResultText::ShareHeading.get(lang) }</legend>
            <p class="field-hint" id="share-options-hint">{ ResultText::ShareOptionsHint.get(lang) }</p>
            <div class="choices">
                { check("share-notes", SharedText::ShareIncludeNotes, |o| &mut o.include_notes) }
                { check("share-names", SharedText::ShareIncludeNames, |o| &mut o.include_item_names) }
            </div>
        </fieldset>
    }
}
