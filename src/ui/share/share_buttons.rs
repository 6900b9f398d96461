//! The link handed to the browser: the phone's share sheet (where there is
//! one) or the clipboard, and a line that says what came of it.

use crate::browser::share::{self, Outcome};
use crate::domain::i18n::{Lang, ResultText};
use yew::prelude::*;

/// The buttons for `url`, and `message`: what is said after a share or a copy
/// (`None`: nothing).
pub fn share_buttons(lang: Lang, url: &str, message: &UseStateHandle<Option<ResultText>>) -> Html {
    let on_share = {
        let (message, url) = (message.clone(), url.to_owned());
        Callback::from(move |_: MouseEvent| {
            let message = message.clone();
            let title = ResultText::ShareSheetTitle.get(lang);
            share::share(title, title, &url, move |outcome| {
                message.set(match outcome {
                    Outcome::Failed => Some(ResultText::ShareFailed),
                    Outcome::Done | Outcome::Cancelled => None,
                });
            });
        })
    };
    let on_copy = {
        let (message, url) = (message.clone(), url.to_owned());
        Callback::from(move |_: MouseEvent| {
            let message = message.clone();
            share::copy(&url, move |outcome| {
                message.set(Some(match outcome {
                    Outcome::Done => ResultText::LinkCopied,
                    _ => ResultText::CopyFailed,
                }));
            });
        })
    };
    html! {
        <>
            <div class="button-row">
                if share::can_share() {
                    <button type="button" class="button-primary" onclick={on_share}>
                        { ResultText::ShareButton.get(lang) }
                    </button>
                }
                <button type="button" class="button-secondary" onclick={on_copy}>
                    { ResultText::CopyLink.get(lang) }
                </button>
            </div>
            <p role="status" class="share-message">
                { message.map(|m| m.get(lang)).unwrap_or_default() }
            </p>
        </>
    }
}
