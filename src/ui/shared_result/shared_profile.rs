//! Who and what a shared result is about: the cell's profile, the day it was
//! assessed, the criteria set it was scored with, and, when the link carries
//! them (format 3), the year the cell registered and its latest appraisal.

use crate::domain::criteria::{CriteriaSet, fingerprint_text};
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::share_link::SharedResult;
use yew::prelude::*;

pub fn shared_profile(
    lang: Lang,
    result: &SharedResult,
    set: &CriteriaSet,
    fingerprint: u32,
) -> Html {
    let profile = &result.profile;
    let row = |label: Text, value: String| {
        let value = if value.trim().is_empty() {
            Text::NotProvided.get(lang).to_owned()
        } else {
            value
        };
        html! {
            <div class="profile-row">
                <dt>{ label.get(lang) }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    html! {
        <dl class="profile-summary">
            { row(Text::ProfileCellName, profile.cell_name.clone()) }
            { row(Text::ProfileHamlet, profile.hamlet.clone()) }
            { row(Text::ProfileCommune, profile.commune.clone()) }
            { row(Text::ProfileProvince, profile.province.clone()) }
            { row(Text::ProfileYear, match (&profile.year_typed, profile.year) {
                (Some(typed), _) => i18n::typed_invalid(lang, typed),
                (None, year) => year.map(|y| y.to_string()).unwrap_or_default(),
            }) }
            { row(Text::ProfileAssessor, profile.assessor.clone()) }
            { row(Text::SharedAssessedOn, result.assessed_on.map(|d| i18n::date(lang, d.year(), d.month(), d.day())).unwrap_or_default()) }
            { row(Text::SharedSet, i18n::set_named(lang, set.title.get(lang), set.version, &set.issuer, Some(&fingerprint_text(fingerprint)))) }
            if let Some(record) = &result.record {
                { row(Text::SharedRegistered, record.registration_message(lang)) }
                { row(Text::SharedAppraisal, record.appraisal_message(lang)) }
            }
        </dl>
    }
}
