//! localStorage, through gloo-storage, with every failure as a value.
//!
//! gloo-storage's `LocalStorage` throws (panics) when the page may not use
//! localStorage at all (blocked site data, some private modes), so every call
//! here first asks the browser, through web-sys, whether storage is there.
//! A full storage (`QuotaExceededError`) is told apart from other failures, so
//! that the app can say so and offer an export instead of losing anything.

use super::IN_BROWSER;
use crate::domain::i18n::{Lang, Text};
use crate::domain::json::{self, FromJson};
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// Prefix of every key this app writes, so that its data is easy to find and
/// never collides with another app on the same origin.
pub const KEY_PREFIX: &str = "tsvmtd:";

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage cannot be used at all (blocked, private mode, no window).
    Unavailable(String),
    /// The storage is full: the value was not written.
    QuotaExceeded,
    /// The value is larger than the app reads back (its size in bytes): it
    /// was not written, so that it is never set aside as unreadable later.
    TooLarge(usize),
    /// The stored text is not what was expected (kept as it is, not deleted).
    Unreadable(String),
    /// Any other failure reported by the browser.
    Other(String),
}

impl StorageError {
    /// What she is told when a save fails, in `lang`: what went wrong, and
    /// that what she entered is still on the page, to download.
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            StorageError::QuotaExceeded => Text::StorageFull,
            StorageError::TooLarge(_) => Text::DraftTooLargeToSave,
            StorageError::Unavailable(_) => Text::StorageUnavailable,
            StorageError::Unreadable(_) | StorageError::Other(_) => Text::StorageFailed,
        }
        .get(lang)
    }
}

/// Whether the page may use localStorage; the browser's reason when not.
pub fn check_available() -> Result<(), StorageError> {
    if !IN_BROWSER {
        return Ok(());
    }
    let window = super::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(StorageError::Unavailable("localStorage is missing".into())),
        Err(error) => Err(StorageError::Unavailable(describe(&error))),
    }
}

/// Reads the JSON value under `key` as a `T`; `Ok(None)` when there is none.
pub fn read<T: FromJson>(key: &str) -> Result<Option<T>, StorageError> {
    let Some(text) = read_raw(key)? else {
        return Ok(None);
    };
    let value = json::parse(&text).map_err(StorageError::Unreadable)?;
    T::from_json(&value)
        .map(Some)
        .ok_or_else(|| StorageError::Unreadable(format!("{key}: not of its type")))
}

/// Writes `value` as JSON under `key`.
pub fn write<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    if !IN_BROWSER {
        return Ok(());
    }
    check_available()?;
    let text = serde_json::to_string(value).map_err(|e| StorageError::Other(e.to_string()))?;
    // Through the raw Storage, to see the DOMException's name (gloo flattens it).
    LocalStorage::raw()
        .set_item(key, &text)
        .map_err(|error| classify_write_error(&error))
}

/// Reads the text under `key` as it is; `Ok(None)` when there is none.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    if !IN_BROWSER {
        return Ok(None);
    }
    check_available()?;
    LocalStorage::raw()
        .get_item(key)
        .map_err(|error| StorageError::Other(describe(&error)))
}

/// Writes `text` under `key` as it is.
pub fn write_raw(key: &str, text: &str) -> Result<(), StorageError> {
    if !IN_BROWSER {
        return Ok(());
    }
    check_available()?;
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|error| classify_write_error(&error))
}

/// Every key in localStorage.
pub fn keys() -> Result<Vec<String>, StorageError> {
    if !IN_BROWSER {
        return Ok(Vec::new());
    }
    check_available()?;
    let raw = LocalStorage::raw();
    let length = raw
        .length()
        .map_err(|error| StorageError::Other(describe(&error)))?;
    Ok((0..length)
        .filter_map(|i| raw.key(i).ok().flatten())
        .collect())
}

/// Removes `key`; nothing happens when storage is unavailable.
pub fn remove(key: &str) {
    if IN_BROWSER && check_available().is_ok() {
        LocalStorage::delete(key);
    }
}

fn classify_write_error(error: &JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        // Chromium and Firefox name it QuotaExceededError; old Firefox used code 1014.
        Some(exception)
            if exception.name() == "QuotaExceededError"
                || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || exception.code() == 22 =>
        {
            StorageError::QuotaExceeded
        }
        Some(exception) if exception.name() == "SecurityError" => {
            StorageError::Unavailable(exception.message())
        }
        _ => StorageError::Other(describe(error)),
    }
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) => format!("{}: {}", exception.name(), exception.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
