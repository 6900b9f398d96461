//! "Theo dõi": the commune's collection of the cells' result links. Paste one
//! link or a whole chat message; each becomes a check on its cell's line. See
//! every cell's latest verdict against its previous check and its trend, the
//! share of cells meeting the standard against the commune's target, its
//! progress by quarter or year, and the most common gaps as bar charts; export
//! as CSV or JSON. The rules (reading links, the cells' lines, the summary,
//! the progress, CSV) live in `crate::domain::tracking`.

use super::{SummaryView, import_report, load_notices, paste_links, track_row, tracking_summary};
use crate::browser::storage::StorageError;
use crate::browser::{collection_store, draft_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, Text};
use crate::domain::i18n::{TrackingText, numfmt};
use crate::domain::tracking::{self, Collection, Granularity, ImportReport, Target};
use crate::ui::hooks::use_focus_on_mount;
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
    let registry = &props.registry;
    let loaded = use_memo((), |_| collection_store::load(registry));
    let held = use_state(|| Held {
        revision: 0,
        collection: Rc::new(loaded.0.clone()),
    });
    let pasted = use_state(String::new);
    let report = use_state(|| None::<Rc<ImportReport>>);
    let save_error = use_state(|| None::<StorageError>);
    let target = use_state(|| None::<Target>);
    let by = use_state(Granularity::default);
    let heading = use_focus_on_mount();
    // Every change is saved at once; a failure is shown with an export.
    let commit = {
        let (held, save_error) = (held.clone(), save_error.clone());
        move |collection: Collection| {
            save_error.set(collection_store::save(&collection).err());
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
        let (pasted, report, held) = (pasted.clone(), report.clone(), held.clone());
        let (registry, commit) = (registry.clone(), commit.clone());
        Callback::from(move |_: MouseEvent| {
            let mut collection = (*held.collection).clone();
            let outcome = collection.import_text(&pasted, &registry, &draft_store::now());
            if outcome.added > 0 {
                commit(collection);
            }
            if outcome.bad.is_empty() {
                pasted.set(String::new());
            }
            report.set(Some(Rc::new(outcome)));
        })
    };
    let on_remove = {
        let held = held.clone();
        Callback::from(move |indices: Vec<usize>| {
            let mut collection = (*held.collection).clone();
            collection.remove_all(&indices);
            commit(collection);
        })
    };
    let current_year = props.current_year;
    let collection = held.collection.clone();
    let rows = use_memo((held.revision, current_year), |_| {
        collection.rows(registry, current_year)
    });
    let target_now = target.unwrap_or_else(|| collection.default_target());
    // From the rows already scored, not scoring every result again.
    let summary = use_memo((held.revision, current_year, target_now), |_| {
        tracking::summary::summarise(&rows, registry, target_now)
    });
    let progress = use_memo((held.revision, current_year, target_now, *by), |_| {
        tracking::progress(&rows, *by, target_now)
    });
    let on_target = Callback::from(move |t: Target| target.set(Some(t)));
    let on_by = Callback::from(move |b: Granularity| by.set(b));
    html! {
        <section class="step tracking" aria-labelledby="tracking-heading">
            <h2 id="tracking-heading" class="step-heading" tabindex="-1" ref={heading}>{ TrackingText::TrackingHeading.get(lang) }</h2>
            { load_notices(lang, &loaded.1, save_error.as_ref(), &collection) }
            { paste_links(lang, &pasted, on_paste, on_add) }
            if let Some(report) = &*report {
                { import_report(lang, report) }
            }
            if rows.is_empty() {
                <p>{ TrackingText::TrackingEmpty.get(lang) }</p>
            } else {
                { tracking_summary(lang, SummaryView {
                    summary: &summary,
                    progress: &progress,
                    rows: &rows,
                    collection: &collection,
                    on_target: &on_target,
                    on_by: &on_by,
                }) }
                <section aria-labelledby="tracking-list-heading">
                    <h3 id="tracking-list-heading">{ format!("{} ({})", TrackingText::TrackingListHeading.get(lang), numfmt::int(lang, rows.len() as i64)) }</h3>
                    <ol class="track-list">{ for rows.iter().map(|row| track_row(lang, row, &props.on_open, &on_remove)) }</ol>
                </section>
            }
            <div class="button-row">
                <button type="button" class="button-secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ Text::TrackingBack.get(lang) }</button>
            </div>
        </section>
    }
}
