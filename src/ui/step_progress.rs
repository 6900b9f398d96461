//! Where she is in the questionnaire: "Bước 3/11", a bar, and the list of
//! steps with each one's status, to jump to any of them.

use super::status_box::status_icon;
use super::step_list::{StepEntry, StepList};
use crate::domain::criteria::CriteriaSet;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::profile::CellProfile;
use crate::domain::questionnaire::{Step, Steps};
use crate::domain::scoring::Assessment;
use yew::prelude::*;

/// What the progress shows.
pub struct StepProgress<'a> {
    pub set: &'a CriteriaSet,
    pub steps: &'a Steps,
    pub step: &'a Step,
    /// Questions of the profile answered.
    pub profile_answered: usize,
    pub assessment: &'a Assessment,
    pub on_select: Callback<Step>,
}

/// The progress and the list of steps (a view: it keeps no state of its own).
pub fn step_progress(lang: Lang, props: StepProgress) -> Html {
    let total = props.steps.len();
    let position = props.steps.position(props.step).unwrap_or(0);
    let entries: Vec<StepEntry> = props
        .steps
        .iter()
        .map(|step| StepEntry {
            step: step.clone(),
            label: step_title(lang, props.set, step),
            status: match step {
                Step::Profile => {
                    Some(format!("{}/{}", props.profile_answered, CellProfile::QUESTIONS).into())
                }
                Step::Criterion(id) => props.assessment.result(id).map(|r| {
                    AttrValue::from(format!(
                        "{} {}",
                        status_icon(r.status),
                        r.status.label(lang)
                    ))
                }),
                Step::Result => None,
            },
        })
        .collect();
    // Width of the progress bar, in percent of the whole.
    let done = (position + 1) * 100 / total.max(1);

    html! {
        <div class="progress">
            <p class="progress-text">{ i18n::step_progress(lang, position + 1, total) }</p>
            <div class="progress-bar" aria-hidden="true">
                <div class="progress-bar-fill" style={format!("width: {done}%")}></div>
            </div>
            <StepList {entries} current={props.step.clone()} on_select={props.on_select} />
        </div>
    }
}

/// A step's title: its heading, and its name in the list of steps.
pub fn step_title(lang: Lang, set: &CriteriaSet, step: &Step) -> AttrValue {
    match step {
        Step::Profile => Text::ProfileHeading.get(lang).into(),
        Step::Criterion(id) => set
            .criterion(id)
            .map(|c| AttrValue::from(c.title.get(lang).to_owned()))
            .unwrap_or_else(|| AttrValue::from(id.clone())),
        Step::Result => Text::ResultHeading.get(lang).into(),
    }
}

/// The line over a condition's heading: "Điều kiện 4/9".
pub fn step_kicker(lang: Lang, set: &CriteriaSet, step: &Step) -> Option<String> {
    let Step::Criterion(id) = step else {
        return None;
    };
    let position = set.criteria.iter().position(|c| &c.id == id)?;
    Some(i18n::criterion_number(
        lang,
        position + 1,
        set.criteria.len(),
    ))
}
