//! One set on this phone: its title, issuer, source, dates in force,
//! version, fingerprint, provinces and number of criteria; for an added one
//! where it came from and the day, and the button that removes it.

use super::Action;
use crate::domain::criteria::fingerprint_text;
use crate::domain::i18n::{Lang, SetsText, Text, numfmt};
use crate::domain::record::date::day_text;
use crate::domain::sets_page::{SetOrigin, ShelfRow};
use yew::prelude::*;

fn row(label: &'static str, value: Html) -> Html {
    html! {
        <div class="profile-row">
            <dt>{ label }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

pub fn set_card(lang: Lang, shelf_row: &ShelfRow, on_action: &Callback<Action>) -> Html {
    let set = &shelf_row.set;
    let title = set.title.get(lang).to_owned();
    let text = |s: String| html! { { s } };
    // As text, not a link: the page never leads to another host, and a
    // link inside a line is too small a target for a thumb.
    let url = set
        .source
        .url
        .as_deref()
        .map(|url| row(SetsText::SetSourceUrlLabel.get(lang), text(url.to_owned())));
    let added = shelf_row.added.as_ref().map(|added| {
        let (id, version) = (set.id.to_string(), set.version);
        let onclick = on_action.reform(move |_: MouseEvent| Action::Remove {
            id: id.clone(),
            version,
        });
        let label = format!("{}: {title}, {} {version}", SetsText::SetRemove.get(lang), Text::VersionLabel.get(lang).to_lowercase());
        html! {
            <>
                <dl class="profile-summary">
                    { row(SetsText::SetOriginLabel.get(lang), text(SetOrigin::read(&added.origin).describe(lang))) }
                    { row(SetsText::SetAddedOnLabel.get(lang), text(day_text(lang, &added.added_on))) }
                </dl>
                <div class="draft-actions">
                    <button type="button" class="button-secondary" {onclick} aria-label={label}>
                        { SetsText::SetRemove.get(lang) }
                    </button>
                </div>
            </>
        }
    });
    html! {
        <li class="draft-item">
            <h4 class="draft-name">{ title.clone() }</h4>
            if shelf_row.added.is_none() {
                <p class="field-hint">{ SetsText::SetBundled.get(lang) }</p>
            }
            <dl class="profile-summary">
                { row(SetsText::SetIssuerLabel.get(lang), text(set.issuer.to_string())) }
                { row(SetsText::SetSourceLabel.get(lang), text(shelf_row.source(lang))) }
                { for url }
                { row(SetsText::SetEffectiveLabel.get(lang), text(shelf_row.effective(lang))) }
                { row(Text::VersionLabel.get(lang), text(set.version.to_string())) }
                { row(SetsText::SetFingerprintLabel.get(lang), text(fingerprint_text(shelf_row.fingerprint))) }
                { row(SetsText::SetProvincesLabel.get(lang), text(shelf_row.provinces(lang))) }
                { row(SetsText::SetCriteriaLabel.get(lang), text(numfmt::int(lang, set.criteria.len() as i64))) }
            </dl>
            { for added }
        </li>
    }
}
