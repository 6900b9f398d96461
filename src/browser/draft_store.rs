//! Drafts in localStorage: the open draft is saved after every change and
//! found again on the next visit, on the same step. Nothing is lost silently:
//! a stored draft that cannot be read is moved aside under a recovery key and
//! reported; a full or blocked storage is reported, and the app goes on in
//! memory (the UI offers an export).

use super::storage::{self, KEY_PREFIX, StorageError};
use crate::domain::criteria::{CriteriaSet, Registry};
use crate::domain::draft::{self, Draft, DraftError};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::share_link::SharedResult;
use crate::domain::short_sort;

/// What the user must be told after loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// Storage cannot be used: the app works in memory only.
    Unavailable(String),
    /// A stored draft could not be read; its text is kept under `key`.
    MovedAside { key: String, error: DraftError },
    /// A stored draft could not be read nor moved aside (storage full): it is
    /// left where it was, and a new draft started beside it.
    LeftInPlace { key: String, error: DraftError },
    /// Some answers of the draft could not be read (made by a newer app).
    DroppedAnswers(Vec<String>),
}

/// The key of the id of the draft open last.
pub fn current_key() -> String {
    format!("{KEY_PREFIX}current-draft")
}

/// The key of a draft.
pub fn draft_key(id: &str) -> String {
    format!("{KEY_PREFIX}draft:{id}")
}

/// The device's clock, as an ISO 8601 string.
pub fn now() -> String {
    if !super::IN_BROWSER {
        // The first screen rendered at build time: shown nowhere, kept nowhere.
        return "1970-01-01T00:00:00.000Z".into();
    }
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A new draft id: the time and a random part, unique on this device.
pub fn new_id() -> String {
    if !super::IN_BROWSER {
        return "first-screen".into();
    }
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{millis:x}-{random:08x}")
}

/// Opens the draft open last, or a new draft of `default_set`.
pub fn load(
    registry: &Registry,
    default_set: &CriteriaSet,
) -> (Draft, Questionnaire, Vec<LoadNotice>) {
    let mut notices = Vec::new();
    let fresh = |notices: Vec<LoadNotice>| {
        let draft = Draft::new(new_id(), now(), default_set);
        let questionnaire = draft
            .open(registry)
            .unwrap_or_else(|_| Questionnaire::new(std::rc::Rc::new(default_set.clone())));
        (draft, questionnaire, notices)
    };
    let current = match storage::read_raw(&current_key()) {
        Ok(current) => current,
        Err(StorageError::Unavailable(reason)) | Err(StorageError::Other(reason)) => {
            return fresh(vec![LoadNotice::Unavailable(reason)]);
        }
        Err(_) => None,
    };
    let Some(id) = current else {
        return fresh(notices);
    };
    let key = draft_key(&id);
    let text = match storage::read_raw(&key) {
        Ok(Some(text)) => text,
        _ => return fresh(notices),
    };
    let opened = draft::read(&text).and_then(|read| {
        let questionnaire = read.draft.open(registry)?;
        Ok((read, questionnaire))
    });
    match opened {
        Ok((read, questionnaire)) => {
            if !read.dropped_answers.is_empty() {
                notices.push(LoadNotice::DroppedAnswers(read.dropped_answers.clone()));
            }
            (read.draft, questionnaire, notices)
        }
        Err(error) => {
            notices.push(move_aside(&key, &text, error));
            fresh(notices)
        }
    }
}

/// Keeps an unreadable draft's text under a recovery key, then frees its place.
fn move_aside(key: &str, text: &str, error: DraftError) -> LoadNotice {
    let recovery = format!("{KEY_PREFIX}recovery:{}", now());
    match storage::write_raw(&recovery, text) {
        Ok(()) => {
            storage::remove(key);
            LoadNotice::MovedAside {
                key: recovery,
                error,
            }
        }
        Err(_) => LoadNotice::LeftInPlace {
            key: key.to_owned(),
            error,
        },
    }
}

/// The revision of the stored copy of draft `id`, if it can be read.
pub fn stored_revision(id: &str) -> Option<u64> {
    let text = storage::read_raw(&draft_key(id)).ok().flatten()?;
    draft::read(&text).ok().map(|read| read.draft.revision)
}

/// The stored copy of draft `id`, opened, if it can be read.
pub fn stored(id: &str, registry: &Registry) -> Option<(Draft, Questionnaire)> {
    let text = storage::read_raw(&draft_key(id)).ok().flatten()?;
    let read = draft::read(&text).ok()?;
    let questionnaire = read.draft.open(registry).ok()?;
    Some((read.draft, questionnaire))
}

/// Saves `draft` and remembers it as the one open.
pub fn save(draft: &Draft) -> Result<(), StorageError> {
    let text = draft::write(draft);
    // A draft the reader would refuse is not written: it stays on screen,
    // and the notice asks her to shorten it or download it.
    if text.len() > draft::MAX_DRAFT_BYTES {
        return Err(StorageError::TooLarge(text.len()));
    }
    storage::write_raw(&draft_key(&draft.id), &text)?;
    storage::write_raw(&current_key(), &draft.id)
}

/// The stored text under `key`, for an export of what could not be read.
pub fn raw_text(key: &str) -> Option<String> {
    storage::read_raw(key).ok().flatten()
}

/// One stored draft, as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedDraft {
    pub id: String,
    /// `None` when the stored text cannot be read as a draft.
    pub summary: Option<crate::domain::draft::DraftSummary>,
}

/// Every draft stored on this device, the most recently changed first.
pub fn list(registry: &Registry, current_year: u16) -> Result<Vec<ListedDraft>, StorageError> {
    storage::check_available()?;
    let prefix = draft_key("");
    let mut drafts: Vec<ListedDraft> = storage::keys()?
        .into_iter()
        .filter_map(|key| key.strip_prefix(&prefix).map(str::to_owned))
        .map(|id| {
            let summary = storage::read_raw(&draft_key(&id))
                .ok()
                .flatten()
                .and_then(|text| draft::read(&text).ok())
                .map(|read| read.draft.summary(registry, current_year));
            ListedDraft { id, summary }
        })
        .collect();
    short_sort::by(&mut drafts, |a, b| {
        let changed = |d: &ListedDraft| {
            d.summary
                .as_ref()
                .map(|s| s.changed.clone())
                .unwrap_or_default()
        };
        changed(b).cmp(&changed(a))
    });
    Ok(drafts)
}

/// The id of the draft the app opens (none when storage says none).
pub fn current_id() -> Option<String> {
    storage::read_raw(&current_key()).ok().flatten()
}

/// Makes draft `id` the one the app opens.
pub fn set_current(id: &str) -> Result<(), StorageError> {
    storage::write_raw(&current_key(), id)
}

/// Starts a new, empty draft of `set` and makes it current (saved at once, so
/// that it shows in the list).
pub fn create(set: &CriteriaSet) -> Result<Draft, StorageError> {
    let draft = Draft::new(new_id(), now(), set);
    save(&draft)?;
    Ok(draft)
}

/// Keeps a result she was sent as a draft of her own, made current; its id.
pub fn save_shared(shared: &SharedResult) -> Result<String, StorageError> {
    let stored = import(vec![Draft::from_shared(new_id(), now(), shared)])?;
    let id = stored
        .into_iter()
        .next()
        .map(|d| d.id)
        .ok_or_else(|| StorageError::Other("nothing stored".into()))?;
    set_current(&id)?;
    Ok(id)
}

/// Deletes draft `id`, returning its text so that the deletion can be undone.
pub fn delete(id: &str) -> Option<String> {
    let key = draft_key(id);
    let text = storage::read_raw(&key).ok().flatten()?;
    storage::remove(&key);
    Some(text)
}

/// Puts back a deleted draft.
pub fn restore(id: &str, text: &str) -> Result<(), StorageError> {
    storage::write_raw(&draft_key(id), text)
}

/// Every readable draft stored on this device (for an export of all).
pub fn all() -> Vec<Draft> {
    let prefix = draft_key("");
    storage::keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|key| key.starts_with(&prefix))
        .filter_map(|key| storage::read_raw(&key).ok().flatten())
        .filter_map(|text| draft::read(&text).ok().map(|r| r.draft))
        .collect()
}

/// Stores imported drafts beside the others (one whose id is taken gets a new
/// id: nothing on the device is overwritten); the draft open stays the one
/// open. Returns the drafts as stored (with their ids on this device).
pub fn import(drafts: Vec<Draft>) -> Result<Vec<Draft>, StorageError> {
    let mut stored = Vec::with_capacity(drafts.len());
    for mut draft in drafts {
        if storage::read_raw(&draft_key(&draft.id))?.is_some() {
            draft.id = new_id();
        }
        storage::write_raw(&draft_key(&draft.id), &draft::write(&draft))?;
        stored.push(draft);
    }
    Ok(stored)
}
