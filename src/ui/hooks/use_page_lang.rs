//! The interface language of a page of its own (the record's, the result
//! page, the sets page): the one remembered on this device, on the page's
//! `<html lang>` and title, and switched by the header's button (remembered
//! again; a preference that cannot be remembered still applies to this
//! visit).

use crate::browser::{document, preferences};
use crate::domain::i18n::Lang;
use yew::prelude::*;

/// The page's language, and the header's switch.
pub struct PageLang {
    pub lang: Lang,
    pub on_switch: Callback<()>,
}

#[hook]
pub fn use_page_lang() -> PageLang {
    let lang = use_state(preferences::load_lang);
    use_effect_with(*lang, |lang| document::apply_lang(*lang));
    let on_switch = {
        let lang = lang.clone();
        Callback::from(move |()| {
            let next = lang.other();
            let _ = preferences::save_lang(next);
            lang.set(next);
        })
    };
    PageLang {
        lang: *lang,
        on_switch,
    }
}
