//! The self-assessment form (phiếu tự đánh giá) as printed for the appraisal:
//! the profile, every condition with its answers, result, reasons and
//! evidence, the overall result, the plan, the date and place line, and the
//! signature blocks. Hidden on screen; the print stylesheet shows only it
//! (A4 portrait, black on white).

use super::status_box::status_icon;
use crate::domain::answer_text;
use crate::domain::criteria::CriteriaSet;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::plan::PlanRow;
use crate::domain::profile::CellProfile;
use crate::domain::scoring::{Answers, Assessment};
use crate::domain::share_link::ShareDate;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintFormProps {
    pub set: Rc<CriteriaSet>,
    pub profile: CellProfile,
    pub answers: Answers,
    pub notes: BTreeMap<String, String>,
    pub assessment: Assessment,
    pub plan: Vec<PlanRow>,
    /// The day it is printed, for the date line.
    pub today: Option<ShareDate>,
}

#[component]
pub fn PrintForm(props: &PrintFormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let p = &props.profile;
    let a = &props.assessment;
    let given = |text: &str| {
        if text.trim().is_empty() {
            Text::NotProvided.get(lang).to_owned()
        } else {
            text.trim().to_owned()
        }
    };
    let general = [
        (Text::ProfileCellName, given(&p.cell_name)),
        (Text::ProfileHamlet, given(&p.hamlet)),
        (Text::ProfileCommune, given(&p.commune)),
        (Text::ProfileProvince, given(&p.province)),
        (Text::ProfileAssessor, given(&p.assessor)),
        (
            Text::SharedSet,
            i18n::set_title_version(lang, props.set.title.get(lang), props.set.version),
        ),
    ];
    let criterion_row = |(i, criterion): (usize, &crate::domain::criteria::Criterion)| {
        let result = a.result(&criterion.id);
        let answer_lines =
            answer_text::describe(criterion, props.answers.answers.get(&*criterion.id), lang);
        let note = props
            .notes
            .get(&*criterion.id)
            .map(|n| n.trim().to_owned())
            .unwrap_or_default();
        html! {
            <tr>
                <td class="form-number">{ i + 1 }</td>
                <td>{ criterion.title.get(lang) }</td>
                <td>{ for answer_lines.iter().map(|l| html! { <p>{ l }</p> }) }</td>
                <td>
                    if let Some(result) = result {
                        <p><strong>{ format!("{} {}", status_icon(result.status), result.status.label(lang)) }</strong></p>
                        { for result.reasons.iter().map(|r| html! { <p>{ r.get(lang) }</p> }) }
                    }
                </td>
                <td class="form-notes">{ note }</td>
            </tr>
        }
    };
    let plan_row = |(i, row): (usize, &PlanRow)| {
        let title = props
            .set
            .criterion(&row.criterion_id)
            .map(|c| c.title.get(lang))
            .unwrap_or_default();
        html! {
            <tr>
                <td class="form-number">{ i + 1 }</td>
                <td>
                    <p><strong>{ format!("{}. {}", row.number, title) }</strong></p>
                    <p class="form-notes">{ row.action.clone() }</p>
                </td>
                <td>{ row.who.clone() }</td>
                <td class="form-nowrap">{ short_date(lang, &row.due) }</td>
                <td>{ row.difficulty.label(lang) }</td>
                <td>{ if row.done { Text::PlanDone.get(lang) } else { Text::PlanInProgress.get(lang) } }</td>
            </tr>
        }
    };
    let date_line = props
        .today
        .map(|d| i18n::date_place_line(lang, &p.commune, d.year(), d.month(), d.day()));
    html! {
        <article class="print-form" aria-label={Text::FormTitle.get(lang)}>
            <header class="form-header">
                <div class="form-issuer">
                    <p class="form-upper">{ format!("{} {}", Text::FormPartyCommittee.get(lang), p.commune.trim()) }</p>
                    <p class="form-upper form-strong">{ p.cell_name.trim() }</p>
                    <p>{ "*" }</p>
                </div>
                <div class="form-party">
                    <p class="form-upper form-strong">{ Text::FormParty.get(lang) }</p>
                    if let Some(line) = &date_line {
                        <p class="form-date">{ line.clone() }</p>
                    }
                </div>
            </header>
            <h1 class="form-title">{ Text::FormTitle.get(lang) }</h1>
            <p class="form-subtitle">{ Text::FormSubtitle.get(lang) }</p>
            <p class="form-subtitle">{ i18n::form_year(lang, p.year) }</p>

            <h2>{ Text::FormGeneral.get(lang) }</h2>
            <dl class="form-general">
                { for general.into_iter().map(|(label, value)| html! {
                    <div><dt>{ format!("{}:", label.get(lang)) }</dt><dd>{ value }</dd></div>
                }) }
            </dl>

            <h2>{ Text::FormCriteria.get(lang) }</h2>
            <table class="form-table">
                <thead><tr>
                    <th class="form-number">{ Text::FormColNumber.get(lang) }</th>
                    <th class="form-criterion">{ Text::FormColCriterion.get(lang) }</th>
                    <th>{ Text::FormColAnswer.get(lang) }</th>
                    <th>{ Text::FormColResult.get(lang) }</th>
                    <th class="form-evidence">{ Text::FormColEvidence.get(lang) }</th>
                </tr></thead>
                <tbody>{ for props.set.criteria.iter().enumerate().map(criterion_row) }</tbody>
            </table>

            <h2>{ Text::FormOverall.get(lang) }</h2>
            <p><strong>{ if a.can_propose { Text::VerdictCanPropose.get(lang) } else { Text::VerdictCannotPropose.get(lang) } }</strong></p>
            <p>{ i18n::met_summary(lang, a.met, a.answered, a.total) }</p>
            <p>{ match a.earliest_year {
                Some(year) => i18n::earliest_year(lang, year),
                None => Text::EarliestYearUnknown.get(lang).to_owned(),
            } }</p>

            <h2>{ Text::FormPlan.get(lang) }</h2>
            if props.plan.is_empty() {
                <p>{ Text::PlanNone.get(lang) }</p>
            } else {
                <table class="form-table">
                    <thead><tr>
                        <th class="form-number">{ Text::FormColNumber.get(lang) }</th>
                        <th>{ Text::PlanAction.get(lang) }</th>
                        <th>{ Text::PlanWho.get(lang) }</th>
                        <th>{ Text::PlanDue.get(lang) }</th>
                        <th>{ Text::PlanDifficulty.get(lang) }</th>
                        <th>{ Text::FormColStatus.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for props.plan.iter().enumerate().map(plan_row) }</tbody>
                </table>
            }

            <div class="form-signatures">
                <div class="form-signature">
                    <p class="form-upper form-strong">{ Text::FormSignCommune.get(lang) }</p>
                    <p class="form-sign-note">{ Text::FormSignCommuneNote.get(lang) }</p>
                </div>
                <div class="form-signature">
                    <p class="form-upper form-strong">{ Text::FormSignCell.get(lang) }</p>
                    <p class="form-sign-note">{ Text::FormSignCellNote.get(lang) }</p>
                </div>
            </div>
        </article>
    }
}

/// `YYYY-MM-DD` in `lang`'s way ("30/9/2026"); anything else as it is.
fn short_date(lang: Lang, iso: &str) -> String {
    ShareDate::from_iso(iso)
        .map(|d| i18n::date(lang, d.year(), d.month(), d.day()))
        .unwrap_or_else(|| iso.to_owned())
}
