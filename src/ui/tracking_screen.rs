//! "Theo dõi": the commune's collection of the cells' result links. Paste one
//! link or a whole chat message; see every cell's verdict and gaps, the share
//! of cells meeting the standard against the commune's target, and the most
//! common gaps as a bar chart; export as CSV or JSON. The rules (reading
//! links, merging, the summary, CSV) live in `crate::domain::tracking`.

use super::status_box::status_icon;
use super::{NotesField, NumberField};
use crate::browser::collection_store::{self, CollectionNotice};
use crate::browser::storage::StorageError;
use crate::browser::{download, draft_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::numfmt;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::NumberEntry;
use crate::domain::scoring::Status;
use crate::domain::tracking::{self, Collection, ImportReport, Target};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackingScreenProps {
    pub registry: Rc<Registry>,
    pub current_year: u16,
    /// Asked to open a collected result (its fragment, `#k=…`).
    pub on_open: Callback<String>,
    pub on_back: Callback<()>,
}

/// The collection with a revision that changes with it (cheap to compare).
#[derive(Clone, PartialEq)]
struct Held {
    revision: u32,
    collection: Rc<Collection>,
}

#[component]
pub fn TrackingScreen(props: &TrackingScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let loaded = {
        let registry = props.registry.clone();
        use_memo((), move |_| collection_store::load(&registry))
    };
    let held = {
        let loaded = loaded.clone();
        use_state(move || Held {
            revision: 0,
            collection: Rc::new(loaded.0.clone()),
        })
    };
    let pasted = use_state(String::new);
    let report = use_state(|| None::<Rc<ImportReport>>);
    let save_error = use_state(|| None::<StorageError>);
    let target = use_state(|| None::<Target>);
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    // Every change is saved at once; a failure is shown with an export.
    let commit = {
        let held = held.clone();
        let save_error = save_error.clone();
        move |collection: Collection| {
            let result = collection_store::save(&collection);
            save_error.set(result.err());
            held.set(Held {
                revision: held.revision.wrapping_add(1),
                collection: Rc::new(collection),
            });
        }
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |text: String| pasted.set(text))
    };
    let on_add = {
        let pasted = pasted.clone();
        let report = report.clone();
        let held = held.clone();
        let registry = props.registry.clone();
        let commit = commit.clone();
        Callback::from(move |_: MouseEvent| {
            let mut collection = (*held.collection).clone();
            let outcome = collection.import_text(&pasted, &registry, &draft_store::now());
            if outcome.added > 0 || outcome.updated() > 0 {
                commit(collection);
            }
            if outcome.bad.is_empty() {
                pasted.set(String::new());
            }
            report.set(Some(Rc::new(outcome)));
        })
    };
    let current_year = props.current_year;
    let rows = {
        let registry = props.registry.clone();
        use_memo((held.revision, current_year), {
            let collection = held.collection.clone();
            move |_| collection.rows(&registry, current_year)
        })
    };
    let target_now = target.unwrap_or_else(|| held.collection.default_target());
    let summary = {
        let registry = props.registry.clone();
        // From the rows already scored, not scoring every result again.
        use_memo((held.revision, current_year, target_now), {
            let rows = rows.clone();
            move |_| tracking::summary::summarise(&rows, &registry, target_now)
        })
    };
    let on_target = |min: bool| {
        let target = target.clone();
        // Text that is not a number stays in the field with its message; the
        // summary keeps the target it states until a number is typed.
        Callback::from(move |entry: NumberEntry| {
            let NumberEntry::Value(value) = entry else {
                return;
            };
            let Some(v) = value.and_then(|v| u8::try_from(v).ok()) else {
                return;
            };
            let (lo, hi) = if min {
                (v, target_now.max_percent.max(v))
            } else {
                (target_now.min_percent.min(v), v)
            };
            if let Some(t) = Target::new(lo, hi) {
                target.set(Some(t));
            }
        })
    };
    let on_csv = {
        let held = held.clone();
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            download::offer(
                "tsvmtd-theo-doi.csv",
                "text/csv;charset=utf-8",
                &tracking::to_csv(&rows, &held.collection, lang),
            );
        })
    };
    let on_json = {
        let held = held.clone();
        Callback::from(move |_: MouseEvent| {
            download::offer(
                "tsvmtd-theo-doi.json",
                "application/json",
                &tracking::write(&held.collection),
            );
        })
    };
    let notices = loaded.1.iter().map(|notice| {
        let text = match notice {
            CollectionNotice::Unavailable => Text::StorageUnavailable,
            CollectionNotice::SetAside { .. } => Text::TrackingStoredAside,
            CollectionNotice::EntriesSetAside { .. } => Text::TrackingEntriesAside,
        };
        html! { <div class="notice notice-warning" role="status"><p>{ text.get(lang) }</p></div> }
    });
    let report_view = report.as_ref().map(|r| {
        html! {
            <div class="tracking-report">
                <p role="status">{
                    r.message(lang)
                }</p>
                if !r.replaced.is_empty() {
                    <ul>{ for r.replaced.iter().map(|x| html! { <li>{ x.message(lang) }</li> }) }</ul>
                }
                if !r.bad.is_empty() {
                    <section class="notice notice-error" aria-labelledby="tracking-bad-heading">
                        <h3 id="tracking-bad-heading">{ Text::TrackingBadHeading.get(lang) }</h3>
                        <ul class="tracking-bad">
                            { for r.bad.iter().map(|b| html! {
                                <li>
                                    <p><code>{ b.excerpt.clone() }</code>{ format!(" ({})", i18n::line_number(lang, b.line)) }</p>
                                    <p>{ b.error.message(lang) }</p>
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            </div>
        }
    });
    let assessed = summary.assessed.max(1);
    let row_view = |row: &tracking::Row| {
        let index = row.index;
        let on_remove = {
            let held = held.clone();
            let commit = commit.clone();
            Callback::from(move |_: MouseEvent| {
                let mut collection = (*held.collection).clone();
                collection.remove(index);
                commit(collection);
            })
        };
        let on_open = {
            let fragment = row.fragment.clone();
            props.on_open.reform(move |_: MouseEvent| fragment.clone())
        };
        let status = if row.can_propose {
            Status::Met
        } else {
            Status::NotMet
        };
        let title = match row.year {
            Some(year) => format!("{} — {year}", row.cell),
            None => row.cell.clone(),
        };
        let details: Vec<String> = [
            row.hamlet.clone(),
            row.commune.clone(),
            row.assessor.clone(),
            row.assessed_on
                .map(|d| i18n::date(lang, d.year(), d.month(), d.day()))
                .unwrap_or_default(),
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
        html! {
            <li class={classes!("track-row", if row.can_propose { "status-met" } else { "status-not-met" })}>
                <h4 class="track-row-title">{ title }</h4>
                <p class="field-hint">{ details.join(" · ") }</p>
                <p>
                    <span class="status-icon" aria-hidden="true">{ status_icon(status) }</span>
                    <strong>{ if row.can_propose { Text::VerdictCanPropose.get(lang) } else { Text::VerdictCannotPropose.get(lang) } }</strong>
                </p>
                <p>{ i18n::met_summary(lang, row.met, row.answered, row.total) }</p>
                if !row.gaps.is_empty() {
                    <p>{ format!("{}: ", Text::GapsHeading.get(lang)) }{ row.gaps.iter().map(|(_, t)| t.get(lang)).collect::<Vec<_>>().join("; ") }</p>
                }
                <div class="button-row">
                    <button type="button" class="button-secondary" onclick={on_open}
                        aria-label={format!("{}: {}", Text::TrackingOpen.get(lang), row.cell)}>
                        { Text::TrackingOpen.get(lang) }
                    </button>
                    <button type="button" class="button-secondary" onclick={on_remove}
                        aria-label={format!("{}: {}", Text::TrackingRemove.get(lang), row.cell)}>
                        { Text::TrackingRemove.get(lang) }
                    </button>
                </div>
            </li>
        }
    };
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <section class="step tracking" aria-labelledby="tracking-heading">
            <h2 id="tracking-heading" class="step-heading" tabindex="-1" ref={heading}>{ Text::TrackingHeading.get(lang) }</h2>
            { for notices }
            if let Some(error) = &*save_error {
                <div class="notice notice-error" role="alert">
                    <p>{ error.message(lang) }</p>
                    <button type="button" class="button-secondary" onclick={on_json.clone()}>{ Text::TrackingExportJson.get(lang) }</button>
                </div>
            }
            <p>{ Text::TrackingIntro.get(lang) }</p>
            <NotesField
                id="tracking-paste"
                label={Text::TrackingPasteLabel.get(lang)}
                hint={Some(AttrValue::from(Text::TrackingPasteHint.get(lang)))}
                value={(*pasted).clone()}
                on_input={on_paste}
            />
            <div class="button-row">
                <button type="button" class="button-primary" onclick={on_add}>{ Text::TrackingAdd.get(lang) }</button>
            </div>
            { report_view.unwrap_or_default() }

            if rows.is_empty() {
                <p>{ Text::TrackingEmpty.get(lang) }</p>
            } else {
                <section class="tracking-summary" aria-labelledby="tracking-summary-heading">
                    <h3 id="tracking-summary-heading">{ Text::TrackingSummaryHeading.get(lang) }</h3>
                    <p class="tracking-share"><strong>{ summary.message(lang) }</strong></p>
                    <fieldset class="field tracking-target" aria-describedby="tracking-target-hint">
                        <legend class="field-label">{ Text::TrackingTargetLegend.get(lang) }</legend>
                        <p class="field-hint" id="tracking-target-hint">{ Text::TrackingTargetHint.get(lang) }</p>
                        <div class="tracking-target-fields">
                            <NumberField id="tracking-target-min" label={Text::TrackingTargetMin.get(lang)}
                                value={Some(i64::from(target_now.min_percent))} on_change={on_target(true)} />
                            <NumberField id="tracking-target-max" label={Text::TrackingTargetMax.get(lang)}
                                value={Some(i64::from(target_now.max_percent))} on_change={on_target(false)} />
                        </div>
                    </fieldset>
                    <h4 id="tracking-gaps-heading">{ Text::TrackingGapsHeading.get(lang) }</h4>
                    <ol class="bar-chart" aria-labelledby="tracking-gaps-heading">
                        { for summary.gaps.iter().map(|g| {
                            let width = g.missing * 100 / assessed;
                            html! {
                                <li class="bar-row">
                                    <span class="bar-label">{ format!("{}. {}", g.number, g.title.get(lang)) }</span>
                                    <span class="bar-track" aria-hidden="true">
                                        <span class="bar-fill" style={format!("width: {width}%")}></span>
                                    </span>
                                    <span class="bar-value">{ i18n::cells_missing(lang, g.missing, summary.assessed) }</span>
                                </li>
                            }
                        }) }
                    </ol>
                    <div class="button-row">
                        <button type="button" class="button-secondary" onclick={on_csv}>{ Text::TrackingExportCsv.get(lang) }</button>
                        <button type="button" class="button-secondary" onclick={on_json}>{ Text::TrackingExportJson.get(lang) }</button>
                    </div>
                </section>
                <section aria-labelledby="tracking-list-heading">
                    <h3 id="tracking-list-heading">{ format!("{} ({})", Text::TrackingListHeading.get(lang), numfmt::int(lang, rows.len() as i64)) }</h3>
                    <ol class="track-list">{ for rows.iter().map(row_view) }</ol>
                </section>
            }
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={on_back}>{ Text::TrackingBack.get(lang) }</button>
            </div>
        </section>
    }
}
