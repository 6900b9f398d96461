//! Who and what a shared result is about: the cell's profile, the day it was
//! assessed, the criteria set it was scored with, and, when the link carries
//! them (format 3), the year the cell registered and its latest appraisal.

use crate::domain::criteria::{CriteriaSet, fingerprint_text};
use crate::domain::i18n::{self, Lang, SharedText, Text};
use crate::domain::share_link::SharedResult;
use yew::prelude::*;

pub fn shared_profile(
    lang: Lang,
    result: &SharedResult,
    set: &CriteriaSet,
    fingerprint: u32,
) -> Html {
    let profile = &result.profile;
    let row = |label: &'static str, value: String| {
        let value = if value.trim().is_empty() {
            SharedText::NotProvided.get(lang).to_owned()
        } else {
            value
        };
        html! {
            <div class="profile-row">
                <dt>{ label }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    html! {
        <dl class="profile-summary">
            { row(Text::ProfileCellName.get(lang), profile.cell_name.clone()) }
            { row(Text::ProfileHamlet.get(lang), profile.hamlet.clone()) }
            { row(Text::ProfileCommune.get(lang), profile.commune.clone()) }
            { row(Text::ProfileProvince.get(lang), profile.province.clone()) }
            { row(Text::ProfileYear.get(lang), match (&profile.year_typed, profile.year) {
                (Some(typed), _) => i18n::typed_invalid(lang, typed),
                (None, year) => year.map(|y| y.to_string()).unwrap_or_default(),
            }) }
            { row(Text::ProfileAssessor.get(lang), profile.assessor.clone()) }
            { row(SharedText::SharedAssessedOn.get(lang), result.assessed_on.map(|d| i18n::date(lang, d.year(), d.month(), d.day())).unwrap_or_default()) }
            { row(SharedText::SharedSet.get(lang), i18n::set_named(lang, set.title.get(lang), set.version, &set.issuer, Some(&fingerprint_text(fingerprint)))) }
            if let Some(record) = &result.record {
                { row(SharedText::SharedRegistered.get(lang), record.registration_message(lang)) }
                { row(SharedText::SharedAppraisal.get(lang), record.appraisal_message(lang)) }
            }
        </dl>
    }
}
