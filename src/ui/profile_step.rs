//! The first step: the cell's profile.

use super::{NumberField, TextField, YesNoField};
use crate::domain::i18n::{Lang, Text};
use crate::domain::profile::{self, CellProfile, ProfileEdit, ProfileProblem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileStepProps {
    pub profile: CellProfile,
    /// The calendar year today (years after next year are refused).
    pub current_year: u16,
    pub on_edit: Callback<ProfileEdit>,
    /// After the profile's fields: the criteria set of the assessment.
    #[prop_or_default]
    pub children: Html,
}

fn problem_text(lang: Lang, problem: Option<ProfileProblem>) -> Option<AttrValue> {
    problem.map(|problem| problem.message(lang).into())
}

#[component]
pub fn ProfileStep(props: &ProfileStepProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let profile = &props.profile;
    let text_field = |field: profile::TextField,
                      id: &'static str,
                      label: Text,
                      hint: Option<Text>| {
        let on_input = props
            .on_edit
            .reform(move |value: String| ProfileEdit::Text(field, value));
        html! {
            <TextField
                id={id}
                label={label.get(lang)}
                hint={hint.map(|h| AttrValue::from(h.get(lang)))}
                value={AttrValue::from(profile.text(field).to_owned())}
                error={problem_text(lang, profile.text_problem(field))}
                max_chars={Some(field.max_chars())}
                autocomplete={if field == profile::TextField::Assessor { "name" } else { "off" }}
                {on_input}
            />
        }
    };
    let on_year = props.on_edit.reform(ProfileEdit::Year);
    let on_recognised = props.on_edit.reform(ProfileEdit::CommuneRecognised);
    html! {
        <div class="step-body">
            <p class="step-intro">{ Text::ProfileIntro.get(lang) }</p>
            { text_field(profile::TextField::CellName, "profile-cell", Text::ProfileCellName, Some(Text::ProfileCellNameHint)) }
            { text_field(profile::TextField::Hamlet, "profile-hamlet", Text::ProfileHamlet, None) }
            { text_field(profile::TextField::Commune, "profile-commune", Text::ProfileCommune, None) }
            { text_field(profile::TextField::Province, "profile-province", Text::ProfileProvince, None) }
            <NumberField
                id="profile-year"
                label={Text::ProfileYear.get(lang)}
                value={profile.year.map(i64::from)}
                typed={profile.year_typed.clone().map(AttrValue::from)}
                error={problem_text(lang, profile.year_problem(props.current_year))}
                on_change={on_year}
            />
            { text_field(profile::TextField::Assessor, "profile-assessor", Text::ProfileAssessor, Some(Text::ProfileAssessorHint)) }
            <YesNoField
                id="profile-recognised"
                legend={Text::ProfileCommuneRecognised.get(lang)}
                hint={AttrValue::from(Text::ProfileCommuneRecognisedHint.get(lang))}
                yes_label={Text::ProfileRecognisedYes.get(lang)}
                no_label={Text::ProfileRecognisedNo.get(lang)}
                value={profile.commune_recognised}
                on_change={on_recognised}
            />
            { props.children.clone() }
        </div>
    }
}
