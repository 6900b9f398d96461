//! The criteria set of the assessment, on the profile step: a choice among
//! the sets on this phone (the latest version of each, and the one in use),
//! or the one set's name when there is no other; who issued it, since when,
//! its fingerprint; and the link to the sets page, where sets are added. A
//! view function: the choice sends the core's `Action::UseSet`.

use crate::domain::criteria::{CriteriaSet, Registry, fingerprint_text};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::questionnaire::Action;
use crate::domain::sets_page;
use crate::domain::share_link::ShareDate;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The choice of set for the assessment now using `set`.
pub fn set_choice(
    lang: Lang,
    registry: &Rc<Registry>,
    set: &CriteriaSet,
    on_action: &Callback<Action>,
) -> Html {
    let mut sets: Vec<&CriteriaSet> = registry.latest_of_each();
    if !sets
        .iter()
        .any(|s| s.id == set.id && s.version == set.version)
    {
        sets.push(set);
    }
    let name = |s: &CriteriaSet| i18n::set_title_version(lang, s.title.get(lang), s.version);
    let from = ShareDate::from_iso(&set.effective.from).map_or_else(
        || set.effective.from.to_string(),
        |d| i18n::date(lang, d.year(), d.month(), d.day()),
    );
    let fingerprint = registry
        .fingerprint(&set.id, set.version)
        .map(fingerprint_text)
        .unwrap_or_default();
    let facts = i18n::set_facts(lang, &set.issuer, &from, &fingerprint);
    let choice = if sets.len() > 1 {
        let choices: Vec<(String, u32)> =
            sets.iter().map(|s| (s.id.to_string(), s.version)).collect();
        let onchange = {
            let (registry, on_action) = (registry.clone(), on_action.clone());
            move |event: Event| {
                let index = event
                    .target_unchecked_into::<HtmlSelectElement>()
                    .selected_index();
                let chosen = usize::try_from(index)
                    .ok()
                    .and_then(|i| choices.get(i))
                    .and_then(|(id, version)| registry.get(id, *version));
                if let Some(s) = chosen {
                    on_action.emit(Action::UseSet(Rc::new(s.clone())));
                }
            }
        };
        html! {
            <select id="profile-set" class="field-input" aria-describedby="profile-set-hint" {onchange}>
                { for sets.iter().map(|s| html! {
                    <option selected={s.id == set.id && s.version == set.version}>{ name(s) }</option>
                }) }
            </select>
        }
    } else {
        html! { <p id="profile-set" class="set-name">{ name(set) }</p> }
    };
    html! {
        <div class="field">
            if sets.len() > 1 {
                <label class="field-label" for="profile-set">{ Text::SetChoiceLabel.get(lang) }</label>
            } else {
                <p class="field-label">{ Text::SetChoiceLabel.get(lang) }</p>
            }
            { choice }
            <p id="profile-set-hint" class="field-hint">{ facts }</p>
            if sets.len() > 1 {
                <p class="field-hint">{ Text::SetChoiceHint.get(lang) }</p>
            }
            <p class="set-link"><a href={sets_page::PAGE}>{ Text::SetsPageLink.get(lang) }</a></p>
        </div>
    }
}
