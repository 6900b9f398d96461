//! A result opened from a link: who and what it is about, the verdict and
//! every criterion, read-only. Her own drafts are not touched unless she
//! chooses to keep the result as a draft of her own. A link that cannot be
//! read gets its explanation instead.

use super::shared_profile;
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, SharedText};
use crate::domain::scoring;
use crate::domain::sets_page::{self, NeededSet};
use crate::domain::share_link::{Decoded, LinkError, SetRef};
use crate::ui::ResultStep;
use crate::ui::hooks::use_focus_on_change;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedResultScreenProps {
    pub registry: Rc<Registry>,
    /// The link as read.
    pub link: Rc<Result<Decoded, LinkError>>,
    pub current_year: u16,
    /// Asked to keep the result as a draft of her own.
    pub on_save: Callback<()>,
    /// Asked to close the result and go back to her own assessment, or to the
    /// list it was opened from.
    pub on_close: Callback<()>,
    /// Closing goes back to a list ("Theo dõi", the drafts) rather than to her
    /// own assessment: the close button says so.
    #[prop_or_default]
    pub closes_to_list: bool,
    /// Why saving failed, when it did.
    #[prop_or_default]
    pub save_error: Option<AttrValue>,
    /// Asked to add the result to the commune's list ("Theo dõi"), on the
    /// commune's page; in the app, [`Self::track_href`] instead.
    #[prop_or_default]
    pub on_track: Option<Callback<()>>,
    /// In the app: the commune's page, adding the result on arrival.
    #[prop_or_default]
    pub track_href: Option<AttrValue>,
    /// What adding it to the list did.
    #[prop_or_default]
    pub tracked: Option<AttrValue>,
    /// The link's payload: a result whose set this phone lacks opens again
    /// from the sets page once the set is added.
    #[prop_or_default]
    pub payload: Option<AttrValue>,
}

/// The sets page, on the set a result needs, with the result to open again.
fn needed_set_address(set: &SetRef, payload: Option<&str>) -> String {
    let needed = NeededSet {
        id: set.id.clone(),
        version: set.version,
        fingerprint: set.fingerprint,
        result: payload.map(str::to_owned),
    };
    format!("{}{}", sets_page::PAGE, needed.fragment())
}

#[component]
pub fn SharedResultScreen(props: &SharedResultScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // The screen replaces whatever was shown (and another link may replace
    // the one shown): move focus to its heading.
    let heading = use_focus_on_change(props.link.clone(), true);
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    let close = html! {
        <button type="button" class="button-secondary" onclick={on_close}>
            { if props.closes_to_list { SharedText::CloseSharedToList } else { SharedText::CloseShared }.get(lang) }
        </button>
    };
    let decoded = match props.link.as_ref() {
        Ok(decoded) => decoded,
        Err(error) => {
            return html! {
                <section class="step" aria-labelledby="shared-heading">
                    <h2 id="shared-heading" class="step-heading" tabindex="-1" ref={heading}>
                        { SharedText::SharedBrokenHeading.get(lang) }
                    </h2>
                    <div class="notice notice-error" role="alert"><p>{ error.message(lang) }</p></div>
                    if let Some(set) = error.needed_set() {
                        <p>{ SharedText::NeededSetHint.get(lang) }</p>
                        <div class="button-row">
                            <a class="button-primary" href={needed_set_address(set, props.payload.as_deref())}>
                                { SharedText::FindNeededSet.get(lang) }
                            </a>
                        </div>
                    }
                    <div class="button-row">{ close }</div>
                </section>
            };
        }
    };
    let result = &decoded.result;
    let Some(set) = props
        .registry
        .get(&result.answers.set_id, result.answers.set_version)
    else {
        // The decoder only accepts links whose set is on this phone.
        return html! {};
    };
    let assessment = scoring::score(set, &result.answers, props.current_year);
    let on_save = props.on_save.reform(|_: MouseEvent| ());
    let track = match (&props.on_track, &props.track_href) {
        (Some(on_track), _) => html! {
            <button type="button" class="button-secondary" onclick={on_track.reform(|_: MouseEvent| ())}>
                { SharedText::TrackingAddShared.get(lang) }
            </button>
        },
        (None, Some(href)) => html! {
            <a class="button-secondary" href={href.clone()}>{ SharedText::TrackingAddShared.get(lang) }</a>
        },
        (None, None) => html! {},
    };
    html! {
        <section class="step" aria-labelledby="shared-heading">
            <h2 id="shared-heading" class="step-heading" tabindex="-1" ref={heading}>
                { SharedText::SharedHeading.get(lang) }
            </h2>
            <p>{ SharedText::SharedIntro.get(lang) }</p>
            { shared_profile(lang, result, set, decoded.fingerprint) }
            if !decoded.options.include_notes {
                <p class="field-hint">{ SharedText::SharedWithoutNotes.get(lang) }</p>
            }
            if !decoded.options.include_item_names {
                <p class="field-hint">{ SharedText::SharedWithoutNames.get(lang) }</p>
            }
            <ResultStep set={Rc::new(set.clone())} {assessment} notes={result.notes.clone()} />
            if let Some(error) = &props.save_error {
                <div class="notice notice-error" role="alert"><p>{ error.clone() }</p></div>
            }
            if let Some(tracked) = &props.tracked {
                <p role="status">{ tracked.clone() }</p>
            }
            <div class="button-row">
                <button type="button" class="button-primary" onclick={on_save}>
                    { SharedText::SaveAsMyDraft.get(lang) }
                </button>
                { track }
                { close }
            </div>
        </section>
    }
}
