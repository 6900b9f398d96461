//! The assessments stored on this device: open one, start a new one, copy one
//! for next year, delete one (with undo).

use crate::browser::{clock, download, draft_store, file};
use crate::domain::criteria::Registry;
use crate::domain::draft;
use crate::domain::i18n::{self, Lang, Text};
use std::rc::Rc;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsScreenProps {
    pub registry: Rc<Registry>,
    /// The id of the draft open now.
    pub current_id: AttrValue,
    /// Asked to open a stored draft (it is already made current).
    pub on_open: Callback<()>,
    /// Asked to go back to the open draft.
    pub on_back: Callback<()>,
    /// Asked to read the open draft again from storage (it was renamed here).
    pub on_reopen: Callback<()>,
}

#[component]
pub fn DraftsScreen(props: &DraftsScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current_year = *use_memo((), |_| clock::current_year());
    let refresh = use_state(|| 0u32);
    let deleted = use_state(|| None::<(String, String)>);
    let listing = {
        let registry = props.registry.clone();
        use_memo(*refresh, move |_| {
            draft_store::list(&registry, current_year)
        })
    };
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(heading) = heading.cast::<HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let bump = {
        let refresh = refresh.clone();
        move || refresh.set(refresh.wrapping_add(1))
    };
    let open = |id: String| {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| {
            if draft_store::set_current(&id).is_ok() {
                on_open.emit(());
            }
        })
    };
    let on_new = {
        let on_open = props.on_open.clone();
        let registry = props.registry.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(set) = registry.latest(crate::domain::criteria::DEFAULT_SET_ID)
                && draft_store::create(set).is_ok()
            {
                on_open.emit(());
            }
        })
    };
    let on_undo = {
        let deleted = deleted.clone();
        let bump = bump.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((id, text)) = (*deleted).clone()
                && draft_store::restore(&id, &text).is_ok()
            {
                deleted.set(None);
                bump();
            }
        })
    };
    // Import: the outcome of the last file read, as a sentence.
    let import_message = use_state(|| None::<(bool, String)>);
    let on_import = {
        let import_message = import_message.clone();
        let bump = bump.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let import_message = import_message.clone();
            let bump = bump.clone();
            file::read_text(&file, move |text| {
                // A file the browser can no longer read: nothing was imported.
                let Some(text) = text else {
                    return;
                };
                let message = match draft::read_import(&text) {
                    Ok((read, unreadable)) => {
                        match draft_store::import(read.into_iter().map(|r| r.draft).collect()) {
                            Ok(stored) => (true, i18n::imported(lang, stored, unreadable)),
                            Err(_) => (false, Text::StorageFailed.get(lang).to_owned()),
                        }
                    }
                    Err(error) => (false, error.message(lang).to_owned()),
                };
                import_message.set(Some(message));
                bump();
            });
        })
    };
    let on_export_all = Callback::from(|_: MouseEvent| {
        download::offer(
            "tsvmtd-tat-ca-ban-danh-gia.json",
            "application/json",
            &draft::write_bundle(&draft_store::all()),
        );
    });
    // Renaming: the draft being renamed and the name typed so far.
    let renaming = use_state(|| None::<(String, String)>);
    let body = match &*listing {
        Err(_) => html! { <p role="alert">{ Text::DraftsUnavailable.get(lang) }</p> },
        Ok(drafts) => html! {
            <ul class="draft-list">
                { for drafts.iter().map(|entry| {
                    let name = entry
                        .summary
                        .as_ref()
                        .map(|s| s.title.trim().to_owned())
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| {
                            if entry.summary.is_some() { Text::UntitledDraft } else { Text::UnreadableDraftEntry }
                                .get(lang)
                                .to_owned()
                        });
                    let is_current = entry.id == props.current_id.as_str();
                    let on_duplicate = {
                        let id = entry.id.clone();
                        let on_open = props.on_open.clone();
                        Callback::from(move |_: MouseEvent| {
                            if draft_store::duplicate(&id).is_ok() {
                                on_open.emit(());
                            }
                        })
                    };
                    let on_rename = {
                        let renaming = renaming.clone();
                        let id = entry.id.clone();
                        let name = name.clone();
                        Callback::from(move |_: MouseEvent| renaming.set(Some((id.clone(), name.clone()))))
                    };
                    let rename_form = match &*renaming {
                        Some((rid, text)) if *rid == entry.id => {
                            let on_input = {
                                let renaming = renaming.clone();
                                let rid = rid.clone();
                                Callback::from(move |text: String| renaming.set(Some((rid.clone(), text))))
                            };
                            let on_save = {
                                let renaming = renaming.clone();
                                let bump = bump.clone();
                                let on_reopen = props.on_reopen.clone();
                                let current = props.current_id.clone();
                                let (rid, text) = (rid.clone(), text.clone());
                                Callback::from(move |_: MouseEvent| {
                                    if draft_store::rename(&rid, &text).is_ok() {
                                        renaming.set(None);
                                        bump();
                                        if current.as_str() == rid {
                                            on_reopen.emit(());
                                        }
                                    }
                                })
                            };
                            Some(html! {
                                <div class="rename">
                                    <crate::ui::TextField
                                        id={format!("rename-{}", entry.id)}
                                        label={Text::DraftTitle.get(lang)}
                                        value={AttrValue::from(text.clone())}
                                        {on_input}
                                    />
                                    <button type="button" class="button-primary" onclick={on_save}>{ Text::SaveTitle.get(lang) }</button>
                                </div>
                            })
                        }
                        _ => None,
                    };
                    let on_delete = {
                        let id = entry.id.clone();
                        let deleted = deleted.clone();
                        let bump = bump.clone();
                        Callback::from(move |_: MouseEvent| {
                            if let Some(text) = draft_store::delete(&id) {
                                deleted.set(Some((id.clone(), text)));
                                bump();
                            }
                        })
                    };
                    html! {
                        <li class={classes!("draft-item", is_current.then_some("draft-current"))}>
                            <p class="draft-name">
                                { name.clone() }
                                if is_current {
                                    <span class="draft-badge">{ format!(" · {}", Text::CurrentDraft.get(lang)) }</span>
                                }
                            </p>
                            if let Some(summary) = &entry.summary {
                                <p class="field-hint">
                                    { i18n::draft_details(lang, summary.year, summary.answered, &clock::local_date_time(&summary.changed, lang)) }
                                </p>
                            }
                            if let Some(form) = rename_form {
                                { form }
                            }
                            <div class="draft-actions">
                                if entry.summary.is_some() {
                                    <button type="button" class="button-primary" onclick={open(entry.id.clone())}
                                        aria-label={format!("{}: {name}", Text::OpenDraft.get(lang))}>
                                        { Text::OpenDraft.get(lang) }
                                    </button>
                                    <button type="button" class="button-secondary" onclick={on_duplicate}
                                        aria-label={format!("{}: {name}", Text::DuplicateDraft.get(lang))}>
                                        { Text::DuplicateDraft.get(lang) }
                                    </button>
                                    <button type="button" class="button-secondary" onclick={on_rename}
                                        aria-label={format!("{}: {name}", Text::RenameDraft.get(lang))}>
                                        { Text::RenameDraft.get(lang) }
                                    </button>
                                }
                                <button type="button" class="button-secondary" onclick={on_delete}
                                    aria-label={format!("{}: {name}", Text::DeleteDraft.get(lang))}>
                                    { Text::DeleteDraft.get(lang) }
                                </button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    html! {
        <section class="step" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading" class="step-heading" tabindex="-1" ref={heading}>{ Text::DraftsHeading.get(lang) }</h2>
            if deleted.is_some() {
                <div class="notice" role="status">
                    <p>{ Text::DraftDeleted.get(lang) }</p>
                    <button type="button" class="button-secondary" onclick={on_undo}>{ Text::Undo.get(lang) }</button>
                </div>
            }
            if let Some((ok, message)) = (*import_message).clone() {
                <div class={classes!("notice", (!ok).then_some("notice-warning"))} role="status"><p>{ message }</p></div>
            }
            <div class="draft-actions">
                <button type="button" class="button-primary" onclick={on_new}>
                    <span aria-hidden="true">{ "+ " }</span>{ Text::NewDraft.get(lang) }
                </button>
                <button type="button" class="button-secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>
                    { Text::BackToAssessment.get(lang) }
                </button>
            </div>
            { body }
            <div class="draft-actions draft-transfer">
                <button type="button" class="button-secondary" onclick={on_export_all}>{ Text::ExportAll.get(lang) }</button>
                <label class="button-secondary file-button" for="import-file">{ Text::ImportFile.get(lang) }</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_import} />
            </div>
        </section>
    }
}
