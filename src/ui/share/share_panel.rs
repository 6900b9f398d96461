//! Sending the result on (on the result page, `ket-qua.html`): the link to
//! the app's page (Web Share, or copy), what it includes, and its QR code. The link codec (`crate::domain::share_link`) makes the link; this only
//! shows it and hands it to the browser.

use super::{share_buttons, share_options, share_qr};
use crate::browser::{clock, location};
use crate::domain::criteria::{CriteriaSet, Registry};
use crate::domain::i18n::{Lang, ResultText};
use crate::domain::profile::CellProfile;
use crate::domain::qr;
use crate::domain::scoring::Answers;
use crate::domain::share_link::{self, RecordStatus, ShareOptions, SharedResult};
use crate::domain::shell::result_page;
use crate::domain::vec_map::VecMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The set the answers are scored against.
    pub set: Rc<CriteriaSet>,
    /// Where that set's fingerprint is kept (the link names the set by id,
    /// version and fingerprint).
    pub registry: Rc<Registry>,
    pub profile: CellProfile,
    pub answers: Answers,
    pub notes: VecMap<String, String>,
    /// Where the cell stands on its record, sent along when there is
    /// something to say (link format 3).
    #[prop_or_default]
    pub record: Option<RecordStatus>,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let options = use_state(ShareOptions::default);
    let message = use_state(|| None::<ResultText>);
    let link = {
        let (set, registry) = (props.set.clone(), props.registry.clone());
        // The result page's links open the app's page, its folder.
        let app = result_page::app_address(&location::page_address());
        use_memo(
            (
                *options,
                props.profile.clone(),
                props.answers.clone(),
                props.notes.clone(),
                props.record.clone(),
            ),
            move |(options, profile, answers, notes, record)| {
                // The screen scores the answers against `set` (by criterion id),
                // so the link names it too.
                let mut answers = answers.clone();
                answers.set_id = set.id.to_string();
                answers.set_version = set.version;
                let result = SharedResult {
                    profile: profile.clone(),
                    answers,
                    notes: notes.clone(),
                    assessed_on: clock::today(),
                    record: record.clone(),
                };
                share_link::encode(&result, &registry, *options)
                    .map(|fragment| share_link::link(&app, &fragment))
            },
        )
    };
    let qr = {
        let link = link.clone();
        use_memo(link, |link| {
            link.as_ref().as_ref().ok().and_then(|l| qr::svg(l))
        })
    };
    // A tap in the link box selects all of it, ready to copy by hand.
    let on_focus_link = Callback::from(|event: FocusEvent| {
        event.target_unchecked_into::<HtmlInputElement>().select();
    });
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h3 id="share-heading">{ ResultText::ShareHeading.get(lang) }</h3>
            <p>{ ResultText::ShareIntro.get(lang) }</p>
            { share_options(lang, &options, &message) }
            { match link.as_ref() {
                Ok(url) => html! {
                    <>
                        <div class="field">
                            <label class="field-label" for="share-link">{ ResultText::ShareLinkLabel.get(lang) }</label>
                            <input class="share-link" id="share-link" type="text" readonly=true
                                value={url.clone()} onfocus={on_focus_link} />
                        </div>
                        { share_buttons(lang, url, &message) }
                        { share_qr(lang, qr.as_ref().as_ref()) }
                    </>
                },
                Err(error) => html! { <p role="alert">{ error.message(lang) }</p> },
            } }
        </section>
    }
}
