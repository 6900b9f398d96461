//! "Bộ tiêu chí công bố trên trang này": the index of `sets/` read (or why
//! not, with "Thử lại"), each entry with its title, issuer and version, and
//! "Thêm vào máy" or "Đã có trên máy này"; the set the result needs first.

use super::Action;
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, SetsText, Text};
use crate::domain::sets_page::{EntryState, IndexState, NeededSet, PublishedRow, published_rows};
use std::rc::Rc;
use yew::prelude::*;

/// `index`: `None` while it is read; `busy`: the file being fetched.
pub fn published_list(
    lang: Lang,
    index: Option<&IndexState>,
    registry: &Registry,
    needed: Option<&NeededSet>,
    busy: Option<&str>,
    on_action: &Callback<Action>,
) -> Html {
    let Some(index) = index else {
        return html! { <p role="status">{ SetsText::SetsIndexLoading.get(lang) }</p> };
    };
    let IndexState::Listed(listed) = index else {
        let warning = !matches!(index, IndexState::Empty);
        return html! {
            <div class={classes!("notice", warning.then_some("notice-warning"))} role="status">
                <p>{ index.message(lang).unwrap_or_default() }</p>
                if warning {
                    <button type="button" class="button-secondary" onclick={on_action.reform(|_: MouseEvent| Action::RetryIndex)}>
                        { SetsText::SetsRetry.get(lang) }
                    </button>
                }
            </div>
        };
    };
    html! {
        <>
            if busy.is_some() {
                <p role="status">{ SetsText::SetsAdding.get(lang) }</p>
            }
            <ul class="draft-list">
                { for published_rows(listed, registry, needed).into_iter().map(|row| entry(lang, row, busy.is_some(), on_action)) }
            </ul>
        </>
    }
}

fn entry(lang: Lang, row: PublishedRow, busy: bool, on_action: &Callback<Action>) -> Html {
    let e = Rc::new(row.entry);
    let title = if e.title.trim().is_empty() {
        e.id.clone()
    } else {
        e.title.clone()
    };
    let version = format!("{} {}", Text::VersionLabel.get(lang), e.version);
    let state = match row.state {
        EntryState::Addable => {
            let label = format!(
                "{}: {title}, {}",
                SetsText::SetAdd.get(lang),
                version.to_lowercase()
            );
            let entry = e.clone();
            html! {
                <div class="draft-actions">
                    <button type="button" class="button-primary" disabled={busy} aria-label={label}
                        onclick={on_action.reform(move |_: MouseEvent| Action::Add(entry.clone()))}>
                        { SetsText::SetAdd.get(lang) }
                    </button>
                </div>
            }
        }
        EntryState::OnPhone => {
            html! { <p class="field-hint">{ SetsText::SetOnPhone.get(lang) }</p> }
        }
        EntryState::BadFileName => {
            html! { <p class="field-hint">{ SetsText::SetBadFileName.get(lang) }</p> }
        }
    };
    html! {
        <li class={classes!("draft-item", row.needed.then_some("draft-current"))}>
            <h4 class="draft-name">{ title.clone() }</h4>
            if row.needed {
                <p class="field-hint"><strong>{ SetsText::SetNeededBadge.get(lang) }</strong></p>
            }
            if !e.issuer.trim().is_empty() {
                <p class="field-hint">{ e.issuer.clone() }</p>
            }
            <p class="field-hint">{ version }</p>
            { state }
        </li>
    }
}
