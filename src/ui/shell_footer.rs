//! The page's footer: where the data lives, whether the browser keeps it for
//! good, and the app's version. A view function, not a component (see
//! `screen_switch`).

use crate::APP_VERSION;
use crate::browser::persistence::Persistence;
use crate::domain::i18n::{Lang, Text};
use yew::prelude::*;

/// The footer; `persistence` is what the browser answered when asked to keep
/// the drafts, once it has.
pub fn shell_footer(lang: Lang, persistence: Option<Persistence>) -> Html {
    let persistence = match persistence {
        Some(Persistence::Granted) => Some(Text::PersistGranted),
        Some(Persistence::NotGranted) => Some(Text::PersistNotGranted),
        _ => None,
    };
    html! {
        <footer class="shell-footer">
            <p>{ Text::PrivacyNote.get(lang) }</p>
            if let Some(text) = persistence {
                <p>{ text.get(lang) }</p>
            }
            <p>{ format!("{} {}", Text::VersionLabel.get(lang), APP_VERSION) }</p>
        </footer>
    }
}
