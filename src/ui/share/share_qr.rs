//! The link's QR code, to scan across the table, or why there is none.

use crate::domain::i18n::{Lang, ResultText};
use crate::domain::qr::QrSvg;
use yew::prelude::*;

pub fn share_qr(lang: Lang, code: Option<&QrSvg>) -> Html {
    match code {
        Some(code) => html! {
            <figure class="qr">
                <div class="qr-code" role="img" aria-label={ResultText::QrLabel.get(lang)}>
                    // ok: safe as markup: the crate writes only numbers and
                    // fixed colours; the link is in the modules, never as text.
                    { Html::from_html_unchecked(AttrValue::from(code.svg.clone())) }
                </div>
                <figcaption>{ ResultText::QrCaption.get(lang) }</figcaption>
            </figure>
        },
        None => html! { <p>{ ResultText::QrTooLong.get(lang) }</p> },
    }
}
