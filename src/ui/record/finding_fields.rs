//! One condition in the appraisal form: the self-check beside what the
//! appraisal found, and her choice where it found otherwise, with its remark.

use crate::domain::i18n::{self, Lang, RecordText};
use crate::domain::record::{Finding, SideRow};
use crate::domain::scoring::Status;
use crate::ui::{SelectField, TextField};
use yew::prelude::*;

/// The findings the form offers, in order.
const FINDINGS: [Status; 2] = [Status::Met, Status::NotMet];

/// `on_finding` gets the condition's id and its finding (`None`: as the
/// self-check).
pub fn finding_fields(
    lang: Lang,
    row: &SideRow,
    finding: Option<&Finding>,
    on_finding: &Callback<(String, Option<Finding>)>,
) -> Html {
    let id = row.criterion_id.clone();
    let on_change = {
        let (id, note) = (
            id.clone(),
            finding.map(|f| f.note.clone()).unwrap_or_default(),
        );
        on_finding.reform(move |choice: Option<usize>| {
            let status = choice.and_then(|i| FINDINGS.get(i).copied());
            let finding = status.map(|status| Finding {
                status,
                note: note.clone(),
            });
            (id.clone(), finding)
        })
    };
    let on_note = finding.map(|f| {
        let (id, status) = (id.clone(), f.status);
        on_finding.reform(move |note: String| (id.clone(), Some(Finding { status, note })))
    });
    html! {
        <fieldset class={classes!("record-finding", row.disagrees.then_some("record-disagrees"))}>
            <legend>{ i18n::record_condition(lang, row.number, row.title.get(lang)) }</legend>
            <p class="field-hint">{ row.text(lang) }</p>
            <SelectField
                id={format!("finding-{id}")}
                label={RecordText::RecordFindingLabel.get(lang)}
                options={FINDINGS.iter().map(|s| AttrValue::from(s.label(lang))).collect::<Vec<_>>()}
                value={finding.and_then(|f| FINDINGS.iter().position(|s| *s == f.status))}
                empty_label={RecordText::RecordFindingSame.get(lang)}
                {on_change}
            />
            if let (Some(f), Some(on_input)) = (finding, on_note) {
                <TextField id={format!("finding-{id}-note")} label={RecordText::RecordFindingNote.get(lang)} value={f.note.clone()} {on_input} />
            }
        </fieldset>
    }
}
