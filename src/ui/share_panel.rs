//! Sending the result on: the link (Web Share, or copy), what it includes, and
//! its QR code. The link codec (`crate::domain::share_link`) makes the link; this only
//! shows it and hands it to the browser.

use crate::browser::share::{self, Outcome};
use crate::browser::{clock, location};
use crate::domain::criteria::CriteriaSet;
use crate::domain::i18n::{Lang, Text};
use crate::domain::profile::CellProfile;
use crate::domain::qr;
use crate::domain::scoring::Answers;
use crate::domain::share_link::{self, ShareOptions, SharedResult};
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The set the answers are scored against.
    pub set: Rc<CriteriaSet>,
    pub profile: CellProfile,
    pub answers: Answers,
    pub notes: BTreeMap<String, String>,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let options = use_state(ShareOptions::default);
    let message = use_state(|| None::<Text>);
    let link = {
        let set = props.set.clone();
        use_memo(
            (
                *options,
                props.profile.clone(),
                props.answers.clone(),
                props.notes.clone(),
            ),
            move |(options, profile, answers, notes)| {
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
                };
                share_link::encode(&result, &set, *options)
                    .map(|fragment| share_link::link(&location::page_address(), &fragment))
            },
        )
    };
    let qr = {
        let link = link.clone();
        use_memo(link, |link| {
            link.as_ref().as_ref().ok().and_then(|l| qr::svg(l))
        })
    };
    let toggle = |pick: fn(&mut ShareOptions) -> &mut bool| {
        let options = options.clone();
        let message = message.clone();
        Callback::from(move |event: Event| {
            let mut next = *options;
            *pick(&mut next) = event.target_unchecked_into::<HtmlInputElement>().checked();
            options.set(next);
            message.set(None);
        })
    };
    let link_text = link.as_ref().as_ref().ok().cloned().unwrap_or_default();
    let on_share = {
        let message = message.clone();
        let url = link_text.clone();
        Callback::from(move |_: MouseEvent| {
            let message = message.clone();
            let title = Text::ShareSheetTitle.get(lang);
            share::share(title, title, &url, move |outcome| {
                message.set(match outcome {
                    Outcome::Failed => Some(Text::ShareFailed),
                    Outcome::Done | Outcome::Cancelled => None,
                });
            });
        })
    };
    let on_copy = {
        let message = message.clone();
        let url = link_text.clone();
        Callback::from(move |_: MouseEvent| {
            let message = message.clone();
            share::copy(&url, move |outcome| {
                message.set(Some(match outcome {
                    Outcome::Done => Text::LinkCopied,
                    _ => Text::CopyFailed,
                }));
            });
        })
    };
    // A tap in the link box selects all of it, ready to copy by hand.
    let on_focus_link = Callback::from(|event: FocusEvent| {
        event.target_unchecked_into::<HtmlInputElement>().select();
    });
    let check = |id: &'static str, label: Text, checked: bool, onchange: Callback<Event>| {
        html! {
            <label class="choice" for={id}>
                <input type="checkbox" {id} {checked} {onchange} />
                <span>{ label.get(lang) }</span>
            </label>
        }
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h3 id="share-heading">{ Text::ShareHeading.get(lang) }</h3>
            <p>{ Text::ShareIntro.get(lang) }</p>
            <fieldset class="field field-choice" aria-describedby="share-options-hint">
                <legend class="visually-hidden">{ Text::ShareHeading.get(lang) }</legend>
                <p class="field-hint" id="share-options-hint">{ Text::ShareOptionsHint.get(lang) }</p>
                <div class="choices">
                    { check("share-notes", Text::ShareIncludeNotes, options.include_notes, toggle(|o| &mut o.include_notes)) }
                    { check("share-names", Text::ShareIncludeNames, options.include_item_names, toggle(|o| &mut o.include_item_names)) }
                </div>
            </fieldset>
            { match link.as_ref() {
                Ok(url) => html! {
                    <>
                        <div class="field">
                            <label class="field-label" for="share-link">{ Text::ShareLinkLabel.get(lang) }</label>
                            <input class="share-link" id="share-link" type="text" readonly=true
                                value={url.clone()} onfocus={on_focus_link} />
                        </div>
                        <div class="button-row">
                            if share::can_share() {
                                <button type="button" class="button-primary" onclick={on_share}>
                                    { Text::ShareButton.get(lang) }
                                </button>
                            }
                            <button type="button" class="button-secondary" onclick={on_copy}>
                                { Text::CopyLink.get(lang) }
                            </button>
                        </div>
                        <p role="status" class="share-message">
                            { message.map(|m| m.get(lang)).unwrap_or_default() }
                        </p>
                        { match qr.as_ref() {
                            Some(code) => html! {
                                <figure class="qr">
                                    <div class="qr-code" role="img" aria-label={Text::QrLabel.get(lang)}>
                                        // Safe as markup: the crate writes only numbers and
                                        // fixed colours; the link is in the modules, never as text.
                                        { Html::from_html_unchecked(AttrValue::from(code.svg.clone())) }
                                    </div>
                                    <figcaption>{ Text::QrCaption.get(lang) }</figcaption>
                                </figure>
                            },
                            None => html! { <p>{ Text::QrTooLong.get(lang) }</p> },
                        } }
                    </>
                },
                Err(error) => html! { <p role="alert">{ error.message(lang) }</p> },
            } }
        </section>
    }
}
