//! The cell's registrations, the latest year first: the day, the note, the
//! roadmap's tasks, and how many were done at each check since; and, while no
//! form is open (`on_action`), a button that opens each in the form to
//! correct or remove it. `form` is the registration form, or the button that
//! opens it for a new one.

use super::{RecordAction, RecordView, hint, para, sentences};
use crate::domain::i18n::{self, Lang, RecordText};
use crate::domain::record::Registration;
use yew::prelude::*;

pub fn registrations(
    lang: Lang,
    view: &RecordView,
    on_action: Option<&Callback<RecordAction>>,
    form: Html,
) -> Html {
    let set = view.newest().or(view.checks.last()).map(|c| c.set.clone());
    let item = |(position, registration): (usize, &Registration)| {
        let progress = view.record.progress(registration.year, &view.checks);
        let task = |(id, item): (&String, &crate::domain::plan::PlanItem)| {
            let (number, title) = set
                .as_ref()
                .and_then(|set| {
                    let i = set.criteria.iter().position(|c| *c.id == **id)?;
                    Some((i + 1, set.criteria[i].title.get(lang)))
                })
                .unwrap_or((0, id.as_str()));
            let details: Vec<&str> = [item.who.as_str(), item.due.as_str()]
                .into_iter()
                .filter(|t| !t.trim().is_empty())
                .collect();
            html! {
                <li>
                    <strong>{ i18n::record_condition(lang, number, title) }</strong>
                    <p class="record-task">{ item.action.clone().unwrap_or_default() }</p>
                    if !details.is_empty() {
                        { hint(&details.join(" · ")) }
                    }
                </li>
            }
        };
        html! {
            <li class="record-registration">
                <p><strong>{ registration.title(lang) }</strong></p>
                if !registration.note.is_empty() {
                    { para(&registration.note) }
                }
                if registration.plan.is_empty() {
                    { para(RecordText::RecordNoTasks.get(lang)) }
                } else {
                    { para(RecordText::RecordTasksHeading.get(lang)) }
                    <ul class="reasons">{ for registration.plan.iter().map(task) }</ul>
                }
                if progress.is_empty() {
                    { para(RecordText::RecordNoProgress.get(lang)) }
                } else {
                    { sentences(progress.iter().map(|p| p.text(lang)).collect()) }
                }
                if let Some(on_action) = on_action {
                    <button type="button" class="button-secondary"
                        onclick={on_action.reform(move |_: MouseEvent| RecordAction::EditRegistration(position))}>
                        { RecordText::RecordEditRegistration.get(lang) }
                    </button>
                }
            </li>
        }
    };
    html! {
        <section class="record-section" aria-labelledby="record-registrations-heading">
            <h3 id="record-registrations-heading">{ RecordText::RecordRegistrationsHeading.get(lang) }</h3>
            if view.record.registrations.is_empty() {
                { para(RecordText::RecordNoRegistration.get(lang)) }
            } else {
                <ul class="record-list">{ for view.record.registrations.iter().enumerate().rev().map(item) }</ul>
            }
            { form }
        </section>
    }
}
