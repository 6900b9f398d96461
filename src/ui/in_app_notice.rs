//! Inside a chat app's own browser (Zalo, Messenger…), over her draft: says
//! plainly that drafts kept there stay inside the app and may be wiped with its
//! cache, offers the draft as a download (imported in the phone's browser, so
//! nothing typed is lost on the way) and the same address in the phone's
//! browser: an intent link on Android, the app's menu or a copied address
//! elsewhere. The rules live in `crate::domain::in_app_browser`.

use crate::browser::{in_app, location, share};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::in_app_browser::{self, Platform};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InAppNoticeProps {
    /// Asked to download the open draft.
    pub on_export: Callback<()>,
}

#[component]
pub fn InAppNotice(props: &InAppNoticeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let browser = *use_memo((), |_| in_app::detect());
    let hidden = use_state(|| false);
    let copied = use_state(|| None::<Text>);
    let Some(browser) = browser else {
        return html! {};
    };
    if *hidden {
        return html! {};
    }
    let app = browser.app.name();
    let intent = match browser.platform {
        Platform::Android => in_app_browser::intent_link(&location::page_address()),
        Platform::Ios | Platform::Other => None,
    };
    let on_export = props.on_export.reform(|_: MouseEvent| ());
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            share::copy(&location::page_address(), move |outcome| {
                copied.set(Some(match outcome {
                    share::Outcome::Done => Text::InAppAddressCopied,
                    _ => Text::InAppCopyFailed,
                }));
            });
        })
    };
    let on_hide = {
        let hidden = hidden.clone();
        Callback::from(move |_: MouseEvent| hidden.set(true))
    };
    html! {
        <section class="notice notice-warning" aria-label={Text::InAppNoticeLabel.get(lang)}>
            <p>{ i18n::in_app_notice(lang, app) }</p>
            <p>{ Text::InAppTakeDraft.get(lang) }</p>
            <div class="button-row">
                <button type="button" class="button-primary" onclick={on_export}>
                    { Text::InAppDownloadDraft.get(lang) }
                </button>
                if let Some(href) = intent {
                    <a class="file-button" {href}>{ Text::InAppOpenInChrome.get(lang) }</a>
                }
            </div>
            <p class="field-hint">{ i18n::in_app_menu_hint(lang, app) }</p>
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={on_copy}>
                    { Text::InAppCopyAddress.get(lang) }
                </button>
                <button type="button" class="button-secondary" onclick={on_hide}>
                    { Text::InAppStayHere.get(lang) }
                </button>
            </div>
            if let Some(text) = *copied {
                <p role="status">{ text.get(lang) }</p>
            }
        </section>
    }
}
