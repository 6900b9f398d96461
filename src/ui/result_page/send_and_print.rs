//! "Gửi và in kết quả": the open draft's verdict in a line, then the link
//! with its options and QR code (`SharePanel`), and "In phiếu", which renders
//! the self-assessment form (`PrintForm`, with the record's history after
//! it) and opens the print dialog; printing from the browser's menu prints
//! the form too.

use crate::browser::{clock, record_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{self, Lang, ResultText, Text};
use crate::domain::plan;
use crate::domain::questionnaire::Questionnaire;
use crate::ui::hooks::{Print, use_focus_on_mount, use_print};
use crate::ui::{PrintForm, SharePanel};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SendAndPrintProps {
    pub registry: Rc<Registry>,
    /// The open draft, a check of its cell's record.
    pub draft_id: AttrValue,
    /// The draft opened with its criteria set.
    pub questionnaire: Rc<Questionnaire>,
    pub current_year: u16,
    pub on_back: Callback<()>,
}

#[component]
pub fn SendAndPrint(props: &SendAndPrintProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let heading = use_focus_on_mount();
    let Print { printing, on_print } = use_print();
    let q = &props.questionnaire;
    let (set, content) = (&q.set, &q.content);
    let assessment = use_memo(props.current_year, {
        let q = q.clone();
        move |year| q.score(*year)
    });
    // Where the cell stands on its record (registered, appraised), for the
    // link to carry; the record with its checks, read while printing only:
    // its history is printed after the form.
    let record_status = use_memo(props.draft_id.clone(), |id| {
        record_store::record_status_of_draft(id)
    });
    let printed_record = {
        let (id, registry) = (props.draft_id.clone(), props.registry.clone());
        use_memo(printing, move |printing| {
            printing
                .then(|| record_store::loaded_of_draft(&id, &registry))
                .flatten()
                .map(Rc::new)
        })
    };
    let a = &*assessment;
    html! {
        <section class="step" aria-labelledby="page-heading">
            <h2 id="page-heading" class="step-heading" tabindex="-1" ref={heading}>
                { ResultText::Heading.get(lang) }
            </h2>
            <section class={classes!("verdict", if a.can_propose { "status-met" } else { "status-not-met" })}>
                if !content.profile.cell_name.trim().is_empty() {
                    <p><strong>{ content.profile.cell_name.trim() }</strong></p>
                }
                <p class="verdict-line">
                    <span class="status-icon" aria-hidden="true">{ if a.can_propose { "✔" } else { "✘" } }</span>
                    <strong>{ if a.can_propose { Text::VerdictCanPropose.get(lang) } else { Text::VerdictCannotPropose.get(lang) } }</strong>
                </p>
                <p>{ i18n::met_summary(lang, a.met, a.answered, a.total) }</p>
            </section>
            <SharePanel
                set={set.clone()}
                registry={props.registry.clone()}
                profile={content.profile.clone()}
                answers={content.answers.clone()}
                notes={content.notes.clone()}
                record={(*record_status).clone()}
            />
            <section class="print-offer" aria-labelledby="print-heading">
                <h3 id="print-heading">{ ResultText::PrintButton.get(lang) }</h3>
                <p class="field-hint">{ ResultText::PrintHint.get(lang) }</p>
                <button type="button" class="button-primary" onclick={on_print}>
                    { ResultText::PrintButton.get(lang) }
                </button>
            </section>
            // Only while printing: hidden text would double every line of the screen.
            if printing {
                <PrintForm
                    set={set.clone()}
                    profile={content.profile.clone()}
                    answers={content.answers.clone()}
                    notes={content.notes.clone()}
                    assessment={a.clone()}
                    plan={plan::rows(set, a, &content.plan, lang)}
                    today={clock::today()}
                    record={(*printed_record).clone()}
                    fingerprint={props.registry.fingerprint(&set.id, set.version)}
                />
            }
            <div class="draft-actions">
                <button type="button" class="button-secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>
                    { ResultText::BackToAssessment.get(lang) }
                </button>
            </div>
        </section>
    }
}
