//! The document-level facts that follow the interface language: `<html lang>`
//! (screen readers, hyphenation, the error screen) and the window title.

use crate::domain::i18n::{Lang, Text};

/// Sets `<html lang>` and the document title for `lang`.
pub fn apply_lang(lang: Lang) {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    document.set_title(Text::DocumentTitle.get(lang));
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    if let Some(window) = super::window() {
        let _ = window.print();
    }
}
