//! The record's checks, newest first: the day, conditions met of all, the
//! verdict, and what changed since the check before, in numbers. The newest
//! is edited in the questionnaire; an older one shows its result read-only.

use super::{RecordAction, RecordView, hint, para, sentences};
use crate::domain::i18n::{self, Lang, RecordText, Text};
use crate::domain::record::Check;
use crate::ui::ResultStep;
use yew::prelude::*;

/// `viewing`: the position of the older check whose result is shown.
pub fn check_list(
    lang: Lang,
    view: &RecordView,
    viewing: Option<usize>,
    on_action: &Callback<RecordAction>,
) -> Html {
    let item = |(index, check): (usize, &Check)| {
        let point = &view.history.points[index];
        let newest = view.record.is_newest(&check.draft.id);
        let shown = viewing == Some(check.position) && !newest;
        let result_id = format!("record-check-{}", check.position);
        let changes = match &view.changes[index] {
            None => para(RecordText::RecordFirstCheck.get(lang)),
            Some(changes) if changes.is_empty() => para(Text::TrackingNoChanges.get(lang)),
            Some(changes) => html! {
                <>
                    { para(Text::TrackingChangesHeading.get(lang)) }
                    { sentences(changes.iter().map(|c| c.text(lang)).collect()) }
                </>
            },
        };
        let toggle = {
            let position = check.position;
            on_action.reform(move |_: MouseEvent| RecordAction::View((!shown).then_some(position)))
        };
        html! {
            <li class={classes!("record-check", if point.can_propose { "status-met" } else { "status-not-met" })}>
                <p class="record-check-title">
                    <span class="status-icon" aria-hidden="true">{ if point.can_propose { "✔ " } else { "✘ " } }</span>
                    <strong>{ point.text(lang) }</strong>
                    { format!(" — {}", if point.can_propose { RecordText::RecordCheckMeets } else { RecordText::RecordCheckShort }.get(lang)) }
                </p>
                if newest {
                    <p class="draft-badge">{ RecordText::RecordNewestCheck.get(lang) }</p>
                }
                { changes }
                if newest {
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_: MouseEvent| RecordAction::EditNewest)}>
                        { RecordText::RecordEditNewest.get(lang) }
                    </button>
                } else {
                    <button type="button" class="button-secondary" onclick={toggle} aria-expanded={shown.to_string()} aria-controls={shown.then(|| result_id.clone())}
                        aria-label={format!("{}: {}", if shown { RecordText::RecordHideCheck } else { RecordText::RecordViewCheck }.get(lang), check.date_text(lang))}>
                        { if shown { RecordText::RecordHideCheck } else { RecordText::RecordViewCheck }.get(lang) }
                    </button>
                }
                if shown {
                    <section class="record-check-result" id={result_id} aria-label={i18n::record_check_heading(lang, &check.date_text(lang))}>
                        { hint(Text::RecordOlderCheckKept.get(lang)) }
                        <ResultStep set={check.set.clone()} assessment={check.assessment.clone()} notes={check.draft.content.notes.clone()} />
                    </section>
                }
            </li>
        }
    };
    html! {
        <section class="record-section" aria-labelledby="record-checks-heading">
            <h3 id="record-checks-heading">{ RecordText::RecordChecksHeading.get(lang) }</h3>
            <ol class="record-list" reversed=true>
                { for view.checks.iter().enumerate().rev().map(item) }
            </ol>
        </section>
    }
}
