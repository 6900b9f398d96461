//! The self-assessment form (phiếu tự đánh giá) as printed for the appraisal:
//! the profile, every condition with its answers, result, reasons and
//! evidence, the overall result, the plan, the date and place line, and the
//! signature blocks. Hidden on screen; the print stylesheet shows only it
//! (A4 portrait, black on white).

use super::{criteria_table, plan_table, record_history};
use crate::browser::record_store::LoadedRecord;
use crate::domain::criteria::{CriteriaSet, fingerprint_text};
use crate::domain::i18n::{self, Lang, ResultText, SharedText, Text};
use crate::domain::plan::PlanRow;
use crate::domain::profile::CellProfile;
use crate::domain::scoring::{Answers, Assessment};
use crate::domain::share_link::ShareDate;
use crate::domain::vec_map::VecMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintFormProps {
    pub set: Rc<CriteriaSet>,
    pub profile: CellProfile,
    pub answers: Answers,
    pub notes: VecMap<String, String>,
    pub assessment: Assessment,
    pub plan: Vec<PlanRow>,
    /// The day it is printed, for the date line.
    pub today: Option<ShareDate>,
    /// The cell's record with its checks, when the check belongs to one: its
    /// history is printed on a page after the form.
    #[prop_or_default]
    pub record: Option<Rc<LoadedRecord>>,
    /// The set's fingerprint, printed beside its title and version.
    #[prop_or_default]
    pub fingerprint: Option<u32>,
}

#[component]
pub fn PrintForm(props: &PrintFormProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let p = &props.profile;
    let a = &props.assessment;
    let given = |text: &str| {
        if text.trim().is_empty() {
            SharedText::NotProvided.get(lang).to_owned()
        } else {
            text.trim().to_owned()
        }
    };
    let general = [
        (Text::ProfileCellName.get(lang), given(&p.cell_name)),
        (Text::ProfileHamlet.get(lang), given(&p.hamlet)),
        (Text::ProfileCommune.get(lang), given(&p.commune)),
        (Text::ProfileProvince.get(lang), given(&p.province)),
        (Text::ProfileAssessor.get(lang), given(&p.assessor)),
        (
            SharedText::SharedSet.get(lang),
            i18n::set_named(
                lang,
                props.set.title.get(lang),
                props.set.version,
                &props.set.issuer,
                props.fingerprint.map(fingerprint_text).as_deref(),
            ),
        ),
    ];
    let date_line = props
        .today
        .map(|d| i18n::date_place_line(lang, &p.commune, d.year(), d.month(), d.day()));
    html! {
        <article class="print-form" aria-label={ResultText::FormTitle.get(lang)}>
            <header class="form-header">
                <div class="form-issuer">
                    <p class="form-upper">{ format!("{} {}", ResultText::FormPartyCommittee.get(lang), p.commune.trim()) }</p>
                    <p class="form-upper form-strong">{ p.cell_name.trim() }</p>
                    <p>{ "*" }</p>
                </div>
                <div class="form-party">
                    <p class="form-upper form-strong">{ ResultText::FormParty.get(lang) }</p>
                    if let Some(line) = &date_line {
                        <p class="form-date">{ line.clone() }</p>
                    }
                </div>
            </header>
            <h1 class="form-title">{ ResultText::FormTitle.get(lang) }</h1>
            <p class="form-subtitle">{ ResultText::FormSubtitle.get(lang) }</p>
            <p class="form-subtitle">{ i18n::form_year(lang, p.year) }</p>

            <h2>{ ResultText::FormGeneral.get(lang) }</h2>
            <dl class="form-general">
                { for general.into_iter().map(|(label, value)| html! {
                    <div><dt>{ format!("{label}:") }</dt><dd>{ value }</dd></div>
                }) }
            </dl>

            <h2>{ ResultText::FormCriteria.get(lang) }</h2>
            { criteria_table(lang, &props.set, &props.answers, &props.notes, a) }

            <h2>{ ResultText::FormOverall.get(lang) }</h2>
            <p><strong>{ if a.can_propose { Text::VerdictCanPropose.get(lang) } else { Text::VerdictCannotPropose.get(lang) } }</strong></p>
            <p>{ i18n::met_summary(lang, a.met, a.answered, a.total) }</p>
            <p>{ match a.earliest_year {
                Some(year) => i18n::earliest_year(lang, year),
                None => Text::EarliestYearUnknown.get(lang).to_owned(),
            } }</p>

            <h2>{ ResultText::FormPlan.get(lang) }</h2>
            { plan_table(lang, &props.set, &props.plan) }

            <div class="form-signatures">
                <div class="form-signature">
                    <p class="form-upper form-strong">{ ResultText::FormSignCommune.get(lang) }</p>
                    <p class="form-sign-note">{ ResultText::FormSignCommuneNote.get(lang) }</p>
                </div>
                <div class="form-signature">
                    <p class="form-upper form-strong">{ ResultText::FormSignCell.get(lang) }</p>
                    <p class="form-sign-note">{ ResultText::FormSignCellNote.get(lang) }</p>
                </div>
            </div>
            if let Some(loaded) = &props.record {
                { record_history(lang, loaded) }
            }
        </article>
    }
}
