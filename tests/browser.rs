//! In-browser tests (wasm-bindgen-test in headless Chromium) for the code that
//! touches browser APIs. Run with
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use tsvmtd::browser::{panic_screen, startup};
use tsvmtd::domain::i18n::{Lang, Text};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Gives the test a fresh app root and no error panel, and sets the page language.
/// (The runner's own elements in `<body>` must stay: it reads its results there.)
fn fresh_page(lang: &str) -> Document {
    let document = document();
    for id in [
        panic_screen::APP_ROOT_ID,
        panic_screen::PANEL_ID,
        startup::LOADING_ID,
    ] {
        while let Some(old) = document.get_element_by_id(id) {
            old.remove();
        }
    }
    let app = document.create_element("div").unwrap();
    app.set_id(panic_screen::APP_ROOT_ID);
    app.set_inner_html("<p>app</p>");
    document.body().unwrap().append_child(&app).unwrap();
    document
        .document_element()
        .unwrap()
        .set_attribute("lang", lang)
        .unwrap();
    document
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn error_screen_replaces_the_app_in_vietnamese_and_focuses_reload() {
    let document = fresh_page("vi");
    panic_screen::show("panicked at src/x.rs:1:1: boom");

    let panel = document.get_element_by_id(panic_screen::PANEL_ID).unwrap();
    assert!(!panel.has_attribute("hidden"));
    // The page's main landmark, holding the alert.
    assert_eq!(panel.tag_name(), "MAIN");
    assert!(panel.query_selector("[role=alert] h1").unwrap().is_some());
    assert_eq!(text_of(&panel, "h1"), Text::FatalTitle.get(Lang::Vi));
    assert_eq!(text_of(&panel, "p"), Text::FatalBody.get(Lang::Vi));
    assert_eq!(text_of(&panel, "summary"), Text::FatalDetails.get(Lang::Vi));
    assert_eq!(text_of(&panel, "pre"), "panicked at src/x.rs:1:1: boom");

    let button = panel.query_selector("button").unwrap().unwrap();
    assert_eq!(
        button.text_content().unwrap(),
        Text::FatalReload.get(Lang::Vi)
    );
    assert_eq!(
        button.get_attribute("data-action").as_deref(),
        Some("reload")
    );
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    let focused = document.active_element().unwrap();
    assert!(focused.is_same_node(Some(button.unchecked_ref())));

    let app = document
        .get_element_by_id(panic_screen::APP_ROOT_ID)
        .unwrap();
    assert!(app.has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn error_screen_follows_the_page_language_and_can_show_twice() {
    let document = fresh_page("en-GB");
    panic_screen::show("first");
    panic_screen::show("second");

    let panels = document.query_selector_all("#fatal-error").unwrap();
    assert_eq!(panels.length(), 1, "a second panic must not stack panels");
    let panel = document.get_element_by_id(panic_screen::PANEL_ID).unwrap();
    assert_eq!(text_of(&panel, "h1"), Text::FatalTitle.get(Lang::En));
    assert_eq!(text_of(&panel, "pre"), "second");
    assert_eq!(panel.query_selector_all("h1").unwrap().length(), 1);
}

/// Resolves on the next turn of the event loop (after Yew's scheduled render).
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

mod storage_adapter {
    use super::*;
    use tsvmtd::browser::preferences;
    use tsvmtd::browser::storage::{self, StorageError};

    fn raw() -> web_sys::Storage {
        web_sys::window().unwrap().local_storage().unwrap().unwrap()
    }

    /// Makes `window.localStorage` throw like a browser that blocks site data,
    /// runs `f`, then puts the real storage back.
    fn with_blocked_storage(f: impl FnOnce()) {
        js_sys::eval(
            "window.__realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
             Object.defineProperty(window, 'localStorage', { configurable: true, \
             get() { throw new DOMException('The user denied storage', 'SecurityError'); } });",
        )
        .unwrap();
        f();
        js_sys::eval(
            "if (window.__realStorage) { \
               Object.defineProperty(window, 'localStorage', window.__realStorage); \
             } else { delete window.localStorage; }",
        )
        .unwrap();
        assert!(
            storage::check_available().is_ok(),
            "the real storage is back"
        );
    }

    #[wasm_bindgen_test]
    fn language_is_remembered() {
        raw().clear().unwrap();
        assert_eq!(
            preferences::load_lang(),
            Lang::Vi,
            "Vietnamese when nothing is stored"
        );
        preferences::save_lang(Lang::En).unwrap();
        assert_eq!(preferences::load_lang(), Lang::En);
        assert_eq!(
            raw().get_item("tsvmtd:lang").unwrap().as_deref(),
            Some("\"en\"")
        );
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn unreadable_value_is_reported_and_kept() {
        raw().clear().unwrap();
        raw().set_item("tsvmtd:lang", "{not json").unwrap();
        assert!(matches!(
            storage::read::<Lang>("tsvmtd:lang"),
            Err(StorageError::Unreadable(_))
        ));
        assert_eq!(preferences::load_lang(), Lang::Vi);
        assert_eq!(
            raw().get_item("tsvmtd:lang").unwrap().as_deref(),
            Some("{not json"),
            "reading never deletes what it cannot parse"
        );
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn blocked_storage_is_reported_not_thrown() {
        with_blocked_storage(|| {
            assert!(matches!(
                storage::check_available(),
                Err(StorageError::Unavailable(reason)) if reason.contains("SecurityError")
            ));
            assert_eq!(preferences::load_lang(), Lang::Vi);
            assert!(matches!(
                preferences::save_lang(Lang::En),
                Err(StorageError::Unavailable(_))
            ));
            assert!(matches!(
                storage::read::<Lang>("tsvmtd:lang"),
                Err(StorageError::Unavailable(_))
            ));
            storage::remove("tsvmtd:lang");
        });
    }

    #[wasm_bindgen_test]
    fn full_storage_is_reported_as_quota_exceeded() {
        let storage = raw();
        storage.clear().unwrap();
        // Really fill it: chunks of 1 MiB, then smaller, until the browser refuses.
        let mut chunk = "x".repeat(1 << 20);
        let mut n = 0;
        while chunk.len() >= 16 {
            if storage.set_item(&format!("fill:{n}"), &chunk).is_ok() {
                n += 1;
            } else {
                chunk.truncate(chunk.len() / 2);
            }
            assert!(n < 10_000, "storage never filled up");
        }
        let result = storage::write("tsvmtd:big", &"y".repeat(4096));
        storage.clear().unwrap();
        assert_eq!(result, Err(StorageError::QuotaExceeded));
        // Once space is freed, writing works again.
        assert_eq!(storage::write("tsvmtd:big", &"y"), Ok(()));
        storage.clear().unwrap();
    }
}

mod draft_store_adapter {
    use super::*;
    use tsvmtd::browser::draft_store::{self, LoadNotice};
    use tsvmtd::domain::criteria::{DEFAULT_SET_ID, Registry};
    use tsvmtd::domain::draft::DraftError;
    use tsvmtd::domain::questionnaire::{Action, Step};

    fn raw() -> web_sys::Storage {
        web_sys::window().unwrap().local_storage().unwrap().unwrap()
    }

    #[wasm_bindgen_test]
    fn a_saved_draft_comes_back_on_its_step() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap().clone();
        let (draft, mut q, notices) = draft_store::load(&registry, &set);
        assert!(notices.is_empty());
        q.apply(Action::GoTo(Step::Criterion("c4".into())));
        let saved = draft.updated(&q, draft_store::now());
        draft_store::save(&saved).unwrap();

        let (again, q2, notices) = draft_store::load(&registry, &set);
        assert!(notices.is_empty());
        assert_eq!(again, saved);
        assert_eq!(q2.step, Step::Criterion("c4".into()));
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_draft_too_large_to_read_back_is_not_written_over_the_last_good_one() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap().clone();
        let (draft, mut q, _) = draft_store::load(&registry, &set);
        q.apply(Action::Note("c3".into(), "Biên bản họp".into()));
        let good = draft.updated(&q, draft_store::now());
        draft_store::save(&good).unwrap();
        // A whole document pasted into a note by mistake.
        q.apply(Action::Note(
            "c3".into(),
            "x".repeat(tsvmtd::domain::draft::MAX_DRAFT_BYTES),
        ));
        let huge = good.updated(&q, draft_store::now());
        assert!(matches!(
            draft_store::save(&huge),
            Err(tsvmtd::browser::storage::StorageError::TooLarge(n)) if n > tsvmtd::domain::draft::MAX_DRAFT_BYTES
        ));
        // What is stored still reads: the last good draft, never set aside.
        let (again, _, notices) = draft_store::load(&registry, &set);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(again, good);
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_draft_from_a_newer_app_is_moved_aside_not_lost() {
        raw().clear().unwrap();
        let text = r#"{"format":99,"id":"future","answers":{}}"#;
        raw().set_item("tsvmtd:current-draft", "future").unwrap();
        raw().set_item("tsvmtd:draft:future", text).unwrap();
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap().clone();
        let (draft, _, notices) = draft_store::load(&registry, &set);
        assert_ne!(draft.id, "future", "a new draft starts beside it");
        let Some(LoadNotice::MovedAside { key, error }) = notices.first() else {
            panic!("no notice: {notices:?}");
        };
        assert_eq!(*error, DraftError::NewerFormat(99));
        assert_eq!(raw().get_item(key).unwrap().as_deref(), Some(text));
        assert_eq!(raw().get_item("tsvmtd:draft:future").unwrap(), None);
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn delete_then_restore_gives_the_same_draft_back() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap().clone();
        let created = draft_store::create(&set).unwrap();
        let listed = draft_store::list(&registry, 2026).unwrap();
        assert_eq!(listed.len(), 1);
        let text = draft_store::delete(&created.id).unwrap();
        assert!(draft_store::list(&registry, 2026).unwrap().is_empty());
        draft_store::restore(&created.id, &text).unwrap();
        assert_eq!(
            draft_store::list(&registry, 2026).unwrap()[0].id,
            created.id
        );
        raw().clear().unwrap();
    }
}

mod links {
    //! The page address, its fragment, Web Share and the clipboard.
    use super::next_tick;
    use std::cell::RefCell;
    use std::rc::Rc;
    use tsvmtd::browser::location::{self, FragmentListener};
    use tsvmtd::browser::share::{self, Outcome};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn set_hash(hash: &str) {
        web_sys::window()
            .unwrap()
            .location()
            .set_hash(hash)
            .unwrap();
    }

    #[wasm_bindgen_test]
    fn the_base_of_links_is_the_page_without_its_fragment() {
        let before = location::page_address();
        set_hash("k=AbC");
        assert_eq!(location::fragment(), "#k=AbC");
        assert_eq!(location::page_address(), before);
        assert!(!before.contains('#'));
        location::clear_fragment();
        assert_eq!(location::fragment(), "");
        assert_eq!(location::page_address(), before);
    }

    #[wasm_bindgen_test]
    async fn fragment_changes_are_reported_until_the_listener_is_dropped() {
        let seen = Rc::new(RefCell::new(Vec::<String>::new()));
        let listener = {
            let seen = seen.clone();
            FragmentListener::new(move |fragment| seen.borrow_mut().push(fragment))
        };
        set_hash("k=first");
        for _ in 0..50 {
            if !seen.borrow().is_empty() {
                break;
            }
            next_tick().await;
        }
        assert_eq!(*seen.borrow(), vec!["#k=first".to_string()]);
        drop(listener);
        set_hash("k=second");
        for _ in 0..10 {
            next_tick().await;
        }
        assert_eq!(seen.borrow().len(), 1);
        location::clear_fragment();
    }

    /// Waits for the outcome reported to `slot`.
    async fn outcome(slot: &Rc<RefCell<Option<Outcome>>>) -> Outcome {
        for _ in 0..50 {
            if let Some(o) = *slot.borrow() {
                return o;
            }
            next_tick().await;
        }
        panic!("no outcome reported");
    }

    fn recorder() -> (Rc<RefCell<Option<Outcome>>>, impl FnOnce(Outcome) + 'static) {
        let slot = Rc::new(RefCell::new(None));
        let writer = slot.clone();
        (slot, move |o| *writer.borrow_mut() = Some(o))
    }

    #[wasm_bindgen_test]
    async fn sharing_reports_done_cancelled_or_failed() {
        let cases = [
            (
                "async (data) => { window.__sharedUrl = data.url; }",
                Outcome::Done,
            ),
            (
                "async () => { throw new DOMException('closed', 'AbortError'); }",
                Outcome::Cancelled,
            ),
            (
                "async () => { throw new DOMException('no', 'NotAllowedError'); }",
                Outcome::Failed,
            ),
        ];
        for (stub, expected) in cases {
            js_sys::eval(&format!(
                "Object.defineProperty(navigator, 'share', {{ value: {stub}, configurable: true }})"
            ))
            .unwrap();
            assert!(share::can_share());
            let (slot, done) = recorder();
            share::share("Kết quả", "Kết quả", "https://example.org/#k=A", done);
            assert_eq!(outcome(&slot).await, expected);
        }
        let url = js_sys::eval("window.__sharedUrl").unwrap().as_string();
        assert_eq!(url.as_deref(), Some("https://example.org/#k=A"));
        // Where the API is missing, the failure is reported at once.
        js_sys::eval(
            "Object.defineProperty(navigator, 'share', { value: undefined, configurable: true })",
        )
        .unwrap();
        assert!(!share::can_share());
        let (slot, done) = recorder();
        share::share("a", "b", "c", done);
        assert_eq!(*slot.borrow(), Some(Outcome::Failed));
    }

    #[wasm_bindgen_test]
    async fn copying_reports_whether_the_clipboard_took_the_text() {
        js_sys::eval(
            "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: \
               { writeText: async (t) => { window.__copied = t; } } })",
        )
        .unwrap();
        let (slot, done) = recorder();
        share::copy("https://example.org/#k=B", done);
        assert_eq!(outcome(&slot).await, Outcome::Done);
        let copied = js_sys::eval("window.__copied").unwrap().as_string();
        assert_eq!(copied.as_deref(), Some("https://example.org/#k=B"));

        js_sys::eval(
            "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: \
               { writeText: async () => { throw new DOMException('no', 'NotAllowedError'); } } })",
        )
        .unwrap();
        let (slot, done) = recorder();
        share::copy("x", done);
        assert_eq!(outcome(&slot).await, Outcome::Failed);

        js_sys::eval("Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined })")
            .unwrap();
        let (slot, done) = recorder();
        share::copy("x", done);
        assert_eq!(*slot.borrow(), Some(Outcome::Failed));
    }
}

/// The browser's history entries the app writes, and the user agent it reads
/// (issue 15: Back on a phone, chat apps' browsers).
mod history_and_user_agent {
    use super::next_tick;
    use std::cell::RefCell;
    use std::rc::Rc;
    use tsvmtd::browser::{in_app, location, screen_history};
    use tsvmtd::domain::in_app_browser::{ChatApp, Platform};
    use tsvmtd::domain::questionnaire::Step;
    use tsvmtd::domain::shell::commune::Place;
    use tsvmtd::domain::shell::history::Entry;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Goes back one entry and waits, a bounded number of turns, until the
    /// browser is on `expected`.
    async fn back_to(expected: &Entry) {
        screen_history::back();
        for _ in 0..50 {
            if screen_history::current().as_ref() == Some(expected) {
                return;
            }
            next_tick().await;
        }
        panic!("Back did not reach {expected:?}");
    }

    #[wasm_bindgen_test]
    async fn moves_in_the_history_are_reported_until_the_listener_is_dropped() {
        let seen = Rc::new(RefCell::new(Vec::<Option<Entry>>::new()));
        let listener = {
            let seen = seen.clone();
            screen_history::HistoryListener::new(move |entry| seen.borrow_mut().push(entry))
        };
        // Entries of the draft the app mounted by `start_mounts_the_shell…`
        // has open (its entry names it), if it is mounted: its shell then
        // only shows their steps (an entry of another draft it would mark
        // with its own).
        let open = match screen_history::current() {
            Some(Entry::Step { draft, .. }) => draft,
            _ => "d1".into(),
        };
        let below = Entry::step(&open, &Step::Profile);
        screen_history::mark(&below);
        screen_history::push(&Entry::step(&open, &Step::Result));
        back_to(&below).await;
        assert_eq!(*seen.borrow(), vec![Some(below.clone())]);

        drop(listener);
        screen_history::push(&Entry::step(&open, &Step::Result));
        back_to(&below).await;
        assert_eq!(seen.borrow().len(), 1);
        // No entry left ahead, for the tests after this one.
        screen_history::push(&below);
    }

    #[wasm_bindgen_test]
    fn entries_are_written_read_and_replaced_at_the_same_address() {
        let history = web_sys::window().unwrap().history().unwrap();
        let address = location::page_address();
        let length = history.length().unwrap();

        let step = Entry::Step {
            draft: "d1".into(),
            step: Step::Criterion("c4".into()),
            below: Some(Step::Criterion("c3".into())),
        };
        screen_history::push(&step);
        assert_eq!(history.length().unwrap(), length + 1);
        assert_eq!(screen_history::current(), Some(step));
        assert_eq!(location::page_address(), address);

        let other = Entry::step("d2", &Step::Profile);
        screen_history::mark(&other);
        assert_eq!(history.length().unwrap(), length + 1);
        assert_eq!(screen_history::current(), Some(other));

        // A result link's fragment is dropped with the mark, nothing reloaded.
        location::set_fragment("#k=AAAA");
        screen_history::mark_without_fragment(&Entry::step("d1", &Step::Result));
        assert_eq!(location::fragment(), "");
        assert_eq!(
            screen_history::current(),
            Some(Entry::step("d1", &Step::Result))
        );

        // State another script wrote is no entry of the app's.
        history
            .replace_state(&wasm_bindgen::JsValue::from_str("someone else"), "")
            .unwrap();
        assert_eq!(screen_history::current(), None);
        history
            .replace_state(&wasm_bindgen::JsValue::NULL, "")
            .unwrap();
        assert_eq!(screen_history::current(), None);

        // The commune's page writes and reads its own places; they are no
        // entries of the app's, nor the app's entries places of its.
        screen_history::mark(&Place::Link);
        assert_eq!(screen_history::read(), Some(Place::Link));
        assert_eq!(screen_history::current(), None);
        screen_history::mark(&Entry::step("d1", &Step::Result));
        assert_eq!(screen_history::read::<Place>(), None);
    }

    #[wasm_bindgen_test]
    fn the_user_agent_names_the_chat_app() {
        // Headless Chromium is the phone's own kind of browser: none.
        assert_eq!(in_app::detect(), None);
        js_sys::eval(
            "Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => \
               'Mozilla/5.0 (Linux; Android 12; SM-A135F Build/SP1A.210812.016; wv) AppleWebKit/537.36 \
               (KHTML, like Gecko) Version/4.0 Chrome/104.0.5112.97 Mobile Safari/537.36 \
               [FB_IAB/Orca-Android;FBAV/376.1.0.25.106;]' })",
        )
        .unwrap();
        let found = in_app::detect().map(|b| (b.app, b.platform));
        js_sys::eval("delete navigator.userAgent").unwrap();
        assert_eq!(found, Some((ChatApp::Messenger, Platform::Android)));
    }
}

/// Browser glue from the ecosystem (issue 16): window events through
/// gloo-events, promises awaited as futures, each outcome reported once.
mod glue {
    use super::next_tick;
    use std::cell::RefCell;
    use std::rc::Rc;
    use tsvmtd::browser::file;
    use tsvmtd::browser::persistence::{self, Persistence};
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Waits a bounded number of event-loop turns for `slot` to be filled.
    async fn reported<T: Clone>(slot: &Rc<RefCell<Vec<T>>>) -> T {
        for _ in 0..50 {
            if let Some(value) = slot.borrow().first() {
                return value.clone();
            }
            next_tick().await;
        }
        panic!("nothing reported");
    }

    /// A slot and a function that records every value it is called with.
    fn recorder<T: 'static>() -> (Rc<RefCell<Vec<T>>>, impl FnOnce(T) + 'static) {
        let slot = Rc::new(RefCell::new(Vec::new()));
        let writer = slot.clone();
        (slot, move |value| writer.borrow_mut().push(value))
    }

    #[wasm_bindgen_test]
    async fn a_picked_file_is_read_as_text_once() {
        let parts = js_sys::Array::of1(&"{\"kind\":\"tsvmtd-drafts\"} ấp Hòa Thạnh".into());
        let picked = web_sys::File::new_with_str_sequence(&parts, "ban-danh-gia.json").unwrap();
        let (slot, on_read) = recorder();
        file::read_text(&picked, on_read);
        assert_eq!(
            reported(&slot).await.as_deref(),
            Some("{\"kind\":\"tsvmtd-drafts\"} ấp Hòa Thạnh")
        );
        for _ in 0..5 {
            next_tick().await;
        }
        assert_eq!(slot.borrow().len(), 1);
    }

    /// Replaces `navigator.storage` with `value` (JavaScript) for one request.
    async fn persistence_with(value: &str) -> Vec<Persistence> {
        js_sys::eval(&format!(
            "Object.defineProperty(navigator, 'storage', {{ configurable: true, value: {value} }})"
        ))
        .unwrap();
        let (slot, report) = recorder();
        persistence::request(report);
        reported(&slot).await;
        for _ in 0..5 {
            next_tick().await;
        }
        js_sys::eval("delete navigator.storage").unwrap();
        slot.borrow().clone()
    }

    #[wasm_bindgen_test]
    async fn persistent_storage_reports_the_browsers_answer_once() {
        let cases = [
            ("{ persist: async () => true }", Persistence::Granted),
            ("{ persist: async () => false }", Persistence::NotGranted),
            (
                "{ persist: async () => { throw new DOMException('no', 'NotAllowedError'); } }",
                Persistence::Unsupported,
            ),
            (
                "{ persist: () => { throw new TypeError('no'); } }",
                Persistence::Unsupported,
            ),
            ("undefined", Persistence::Unsupported),
        ];
        for (storage, expected) in cases {
            assert_eq!(persistence_with(storage).await, vec![expected], "{storage}");
        }
    }
}

/// The cell's record in localStorage (issue 17): drafts arranged into records
/// on the first start, checks started and kept, changes made on the stored
/// copy, unreadable records set aside, export and import, a full storage.
mod record_store_adapter {
    use tsvmtd::browser::draft_store;
    use tsvmtd::browser::record_store::{
        self, ImportFailure, RecordNotice, RecordStoreError, record_key,
    };
    use tsvmtd::browser::storage::StorageError;
    use tsvmtd::domain::criteria::{DEFAULT_SET_ID, Registry};
    use tsvmtd::domain::draft::{self, Draft};
    use tsvmtd::domain::i18n::Lang;
    use tsvmtd::domain::record::{self, Appraisal, History, RecordError, Registration};
    use tsvmtd::domain::scoring::{Answer, YearRating};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn raw() -> web_sys::Storage {
        web_sys::window().unwrap().local_storage().unwrap().unwrap()
    }

    fn keys() -> Vec<String> {
        let raw = raw();
        (0..raw.length().unwrap())
            .filter_map(|i| raw.key(i).unwrap())
            .collect()
    }

    /// A draft of cell `cell` in commune Lương Hòa, year `year`, stored.
    fn stored_draft(id: &str, cell: &str, year: u16, changed: &str) -> Draft {
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap();
        let mut d = Draft::new(id.into(), changed.into(), set);
        d.content.profile.cell_name = cell.into();
        d.content.profile.commune = "Lương Hòa".into();
        d.content.profile.year = Some(year);
        d.content.answers.answers.insert(
            "c1".into(),
            Answer::YearlyRatings {
                years: vec![YearRating {
                    year: i64::from(year) - 1,
                    level: None,
                    score_tenths: Some(925),
                }],
            },
        );
        raw()
            .set_item(&draft_store::draft_key(id), &draft::write(&d))
            .unwrap();
        d
    }

    #[wasm_bindgen_test]
    fn the_first_start_arranges_every_draft_into_records_once_and_deletes_nothing() {
        raw().clear().unwrap();
        stored_draft("a1", "Chi bộ ấp 1", 2025, "2025-11-01T00:00:00Z");
        stored_draft("a2", "chi bộ ấp 1 ", 2026, "2026-03-01T00:00:00Z");
        stored_draft("b1", "Chi bộ ấp 2", 2026, "2026-02-01T00:00:00Z");
        raw().set_item("tsvmtd:draft:broken", "{not json").unwrap();
        let before: Vec<(String, Option<String>)> = keys()
            .into_iter()
            .map(|k| {
                let v = raw().get_item(&k).unwrap();
                (k, v)
            })
            .collect();

        let report = record_store::migrate().unwrap().unwrap();
        assert_eq!(
            (report.records, report.drafts, report.unreadable),
            (2, 3, 1)
        );
        assert_eq!(report.error, None);
        assert!(report.message(Lang::Vi).unwrap().contains("2 hồ sơ chi bộ"));
        // Nothing deleted nor changed: the drafts are as they were.
        for (key, value) in &before {
            assert_eq!(raw().get_item(key).unwrap(), *value, "{key}");
        }
        let registry = Registry::bundled();
        let (records, notices) = record_store::list(&registry).unwrap();
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(records.len(), 2);
        let one = records.iter().find(|r| r.title == "chi bộ ấp 1").unwrap();
        assert_eq!(one.checks, 2);
        assert_eq!(one.commune, "Lương Hòa");
        let stored = record_store::stored(&one.id).unwrap();
        assert_eq!(
            stored
                .checks
                .iter()
                .map(|c| c.draft.as_str())
                .collect::<Vec<_>>(),
            ["a1", "a2"]
        );
        assert_eq!(record_store::record_of_draft("b1").unwrap().checks.len(), 1);
        // Done once: a second start changes nothing.
        let count = keys().len();
        assert_eq!(record_store::migrate().unwrap(), None);
        assert_eq!(keys().len(), count);
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_record_grows_check_by_check_and_the_ratings_are_entered_once() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap().clone();
        let first = stored_draft("d1", "Chi bộ ấp Hòa Thạnh A", 2026, "2026-01-10T00:00:00Z");
        let record = record_store::create_from_draft(&first).unwrap();
        assert_eq!(record.checks.len(), 1);
        assert_eq!(record.ratings.len(), 1);
        // The same draft again gives the same record.
        assert_eq!(
            record_store::create_from_draft(&first).unwrap().id,
            record.id
        );

        let (record, second) = record_store::start_check(&record.id, &registry).unwrap();
        assert_eq!(record.checks.len(), 2);
        assert!(record.is_newest(&second.id));
        assert_eq!(record.revision, 1);
        assert_eq!(
            raw().get_item("tsvmtd:current-draft").unwrap().as_deref(),
            Some(second.id.as_str()),
            "the new check is the one open"
        );
        // She adds a year's rating in the new check: the record takes it.
        let mut edited = second.clone();
        edited.content.answers.answers.insert(
            "c1".into(),
            Answer::YearlyRatings {
                years: vec![YearRating::default(); 2],
            },
        );
        draft_store::save(&edited).unwrap();
        assert!(record_store::keep_ratings(&record.id, &edited, &set).unwrap());
        assert!(!record_store::keep_ratings(&record.id, &edited, &set).unwrap());
        assert_eq!(record_store::stored(&record.id).unwrap().ratings.len(), 2);
        // The first check keeps what it had.
        let (loaded, notices) = record_store::load(&record.id, &registry).unwrap();
        assert!(notices.is_empty(), "{notices:?}");
        let loaded = loaded.unwrap();
        assert_eq!(loaded.checks.len(), 2);
        assert_eq!(
            loaded.checks[0].draft.content.answers.answers["c1"],
            first.content.answers.answers["c1"]
        );
        let history = History::new(&loaded.checks);
        assert_eq!(history.points.len(), 2);
        // Opening the newest for editing gives it the record's ratings.
        let (_, newest) = record_store::open_newest(&record.id, &registry).unwrap();
        assert_eq!(newest.id, second.id);
        assert_eq!(
            newest.content.answers.answers["c1"],
            edited.content.answers.answers["c1"]
        );
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn every_change_is_made_on_the_stored_copy_so_another_tabs_change_is_kept() {
        raw().clear().unwrap();
        let first = stored_draft("d1", "Chi bộ ấp 3", 2026, "2026-01-10T00:00:00Z");
        let record = record_store::create_from_draft(&first).unwrap();
        // This tab's view is now stale: the other tab registers.
        let stale = record.clone();
        record_store::set_registration(
            &record.id,
            Registration {
                year: 2026,
                date: "2026-01-15".into(),
                ..Registration::default()
            },
            2026,
        )
        .unwrap();
        // This tab records an appraisal from its stale view: both are kept.
        let mut appraisal = Appraisal::new(record_store::new_appraisal_id());
        appraisal.date = "2026-11-20".into();
        appraisal.body = "Đảng ủy xã Lương Hòa".into();
        appraisal.recognised = true;
        let saved = record_store::save_appraisal(&stale.id, appraisal).unwrap();
        assert_eq!(saved.registrations.len(), 1);
        assert_eq!(saved.appraisals.len(), 1);
        assert_eq!(saved.revision, 2);
        assert_eq!(record_store::stored_revision(&record.id), Some(2));
        // A refused change writes nothing.
        let mut bad = Appraisal::new("x".into());
        bad.date = "2026-02-30".into();
        let err = record_store::save_appraisal(&record.id, bad).unwrap_err();
        assert!(matches!(err, RecordStoreError::Refused(_)));
        assert!(err.message(Lang::Vi).contains("Ngày thẩm định"));
        assert_eq!(record_store::stored_revision(&record.id), Some(2));
        assert_eq!(
            record_store::remove_appraisal(&record.id, "nope").unwrap_err(),
            RecordStoreError::Refused(vec![record::RecordProblem::NotFound])
        );
        assert_eq!(
            record_store::set_registration("gone", Registration::default(), 2026).unwrap_err(),
            RecordStoreError::Missing
        );
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn records_that_cannot_be_read_are_set_aside_and_reported_never_lost() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let newer = r#"{"format":9,"id":"future"}"#;
        raw().set_item(&record_key("future"), newer).unwrap();
        let first = stored_draft("d1", "Chi bộ ấp 4", 2026, "2026-01-10T00:00:00Z");
        let record = record_store::create_from_draft(&first).unwrap();
        // One part of the good record is damaged, and one check's draft is gone.
        let damaged = record::write(&record)
            .replace(r#""revision":0"#, r#""revision":"x""#)
            .replace(
                r#""checks":["#,
                r#""checks":[{"draft":"lost","date":"2025-01-01"},"#,
            );
        raw().set_item(&record_key(&record.id), &damaged).unwrap();

        let (summaries, notices) = record_store::list(&registry).unwrap();
        assert_eq!(summaries.len(), 1);
        let aside = notices
            .iter()
            .find_map(|n| match n {
                RecordNotice::SetAside { key, moved, error } => Some((key, moved, error)),
                _ => None,
            })
            .unwrap();
        assert!(*aside.1);
        assert_eq!(*aside.2, RecordError::NewerFormat(9));
        assert_eq!(raw().get_item(aside.0).unwrap().as_deref(), Some(newer));
        assert_eq!(raw().get_item(&record_key("future")).unwrap(), None);
        let parts = notices
            .iter()
            .find_map(|n| match n {
                RecordNotice::PartsSetAside { key, parts, .. } => Some((key.clone(), parts)),
                _ => None,
            })
            .unwrap();
        assert_eq!(parts.1, &["revision".to_owned()]);
        assert_eq!(
            raw().get_item(&parts.0.unwrap()).unwrap().as_deref(),
            Some(damaged.as_str()),
            "the whole text is kept before the rest is stored back"
        );
        // Next time it reads clean; the missing check is reported, the other shows.
        let (loaded, notices) = record_store::load(&record.id, &registry).unwrap();
        assert_eq!(
            notices,
            [RecordNotice::ChecksMissing {
                record_id: record.id.clone(),
                drafts: vec!["lost".into()]
            }]
        );
        assert!(
            notices[0]
                .message(Lang::Vi)
                .starts_with("1 lần tự đánh giá")
        );
        assert_eq!(loaded.unwrap().checks.len(), 1);
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_record_exports_whole_and_imports_beside_what_is_stored() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let first = stored_draft("d1", "Chi bộ ấp 5", 2026, "2026-01-10T00:00:00Z");
        let record = record_store::create_from_draft(&first).unwrap();
        let (record, _) = record_store::start_check(&record.id, &registry).unwrap();
        let file = record_store::export(&record.id, &registry).unwrap();
        // Imported on the same device: nothing is overwritten, twice gives two.
        let imported = record_store::import(&file).unwrap();
        assert_ne!(imported.record.id, record.id);
        assert!(
            imported
                .drafts
                .iter()
                .all(|d| record.position(&d.id).is_none())
        );
        assert!(imported.message(Lang::Vi).contains("2 lần tự đánh giá"));
        record_store::import(&file).unwrap();
        let (summaries, _) = record_store::list(&registry).unwrap();
        assert_eq!(summaries.len(), 3);
        assert_eq!(record_store::stored(&record.id).unwrap(), record);
        for d in &imported.drafts {
            assert!(
                raw()
                    .get_item(&draft_store::draft_key(&d.id))
                    .unwrap()
                    .is_some()
            );
        }
        assert!(matches!(
            record_store::import(&draft::write_bundle(&[first])),
            Err(ImportFailure::File(_))
        ));
        raw().clear().unwrap();
    }

    /// Ten years of quarterly checks: started one by one through the store,
    /// then the record loaded with every check opened and scored, and its
    /// history. The time is printed (`--nocapture`), not asserted.
    #[wasm_bindgen_test]
    fn forty_checks_load_with_their_history() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let first = stored_draft("q0", "Chi bộ ấp 7", 2026, "2026-01-10T00:00:00Z");
        let mut record = record_store::create_from_draft(&first).unwrap();
        for _ in 1..40 {
            record = record_store::start_check(&record.id, &registry).unwrap().0;
        }
        let now = js_sys::Date::now;
        let start = now();
        let (loaded, notices) = record_store::load(&record.id, &registry).unwrap();
        let loaded_ms = now() - start;
        let history = History::new(&loaded.as_ref().unwrap().checks);
        let total_ms = now() - start;
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(history.points.len(), 40);
        wasm_bindgen_test::console_log!(
            "bench: record_40_checks_browser_load_ms {loaded_ms}; with history {total_ms}"
        );
        raw().clear().unwrap();
    }

    /// Fills localStorage until the browser refuses; returns the filler keys.
    fn fill() -> Vec<String> {
        let storage = raw();
        let mut chunk = "x".repeat(1 << 20);
        let mut filled = Vec::new();
        while chunk.len() >= 16 {
            let key = format!("fill:{}", filled.len());
            if storage.set_item(&key, &chunk).is_ok() {
                filled.push(key);
            } else {
                chunk.truncate(chunk.len() / 2);
            }
            assert!(filled.len() < 10_000, "storage never filled up");
        }
        filled
    }

    #[wasm_bindgen_test]
    fn a_full_storage_is_reported_and_leaves_the_record_as_it_was() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let first = stored_draft("d1", "Chi bộ ấp 6", 2026, "2026-01-10T00:00:00Z");
        let record = record_store::create_from_draft(&first).unwrap();
        let file = record_store::export(&record.id, &registry).unwrap();
        let before = keys();
        let filled = fill();
        let err = record_store::start_check(&record.id, &registry).unwrap_err();
        let import = record_store::import(&file).unwrap_err();
        for key in &filled {
            raw().remove_item(key).unwrap();
        }
        assert_eq!(err, RecordStoreError::Storage(StorageError::QuotaExceeded));
        assert!(!err.message(Lang::Vi).is_empty());
        assert_eq!(import, ImportFailure::Storage(StorageError::QuotaExceeded));
        // Nothing half-written stays behind.
        let mut after = keys();
        after.sort();
        let mut before = before;
        before.sort();
        assert_eq!(after, before);
        assert_eq!(record_store::stored(&record.id).unwrap(), record);
        raw().clear().unwrap();
    }
}

/// What the record's screens ask of storage besides the record's own rules:
/// a record for a draft on none, deleting a record with undo, drafts of an
/// older file arranged into records, the record following its newest check.
mod record_screens_adapter {
    use tsvmtd::browser::{draft_store, record_store};
    use tsvmtd::domain::criteria::{DEFAULT_SET_ID, Registry};
    use tsvmtd::domain::draft::{self, Draft};
    use tsvmtd::domain::scoring::{Answer, YearRating};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn raw() -> web_sys::Storage {
        web_sys::window().unwrap().local_storage().unwrap().unwrap()
    }

    fn keys() -> Vec<String> {
        let raw = raw();
        let mut keys: Vec<String> = (0..raw.length().unwrap())
            .filter_map(|i| raw.key(i).unwrap())
            .collect();
        keys.sort();
        keys
    }

    fn draft_of(id: &str, cell: &str) -> Draft {
        let registry = Registry::bundled();
        let set = registry.latest(DEFAULT_SET_ID).unwrap();
        let mut d = Draft::new(id.into(), "2026-03-01T00:00:00Z".into(), set);
        d.content.profile.cell_name = cell.into();
        d.content.profile.commune = "Lương Hòa".into();
        d
    }

    fn store(d: &Draft) {
        raw()
            .set_item(&draft_store::draft_key(&d.id), &draft::write(d))
            .unwrap();
    }

    #[wasm_bindgen_test]
    fn a_stored_draft_on_no_record_gets_one_once_and_stays_as_it_was() {
        raw().clear().unwrap();
        let d = draft_of("d1", "Chi bộ ấp 1");
        store(&d);
        let text = raw().get_item("tsvmtd:draft:d1").unwrap();
        let record = record_store::ensure_record("d1").unwrap();
        assert_eq!(record.checks.len(), 1);
        assert_eq!(record_store::ensure_record("d1").unwrap().id, record.id);
        assert_eq!(raw().get_item("tsvmtd:draft:d1").unwrap(), text);
        // A draft that is not stored gets none.
        assert!(record_store::ensure_record("nowhere").is_err());
        assert_eq!(
            keys()
                .iter()
                .filter(|k| k.starts_with("tsvmtd:record:"))
                .count(),
            1
        );
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_record_deleted_with_its_checks_comes_back_whole_and_the_open_one_is_never_deleted() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let d = draft_of("d1", "Chi bộ ấp 2");
        store(&d);
        let record = record_store::ensure_record("d1").unwrap();
        let (record, second) = record_store::start_check(&record.id, &registry).unwrap();
        store(&draft_of("other", "Chi bộ ấp 3"));
        let before: Vec<(String, Option<String>)> = keys()
            .into_iter()
            .map(|k| {
                let v = raw().get_item(&k).unwrap();
                (k, v)
            })
            .collect();
        // Open: its newest check, or an older one, is shown; nothing goes.
        assert!(record_store::delete(&record.id, &second.id).is_none());
        assert!(record_store::delete(&record.id, "d1").is_none());
        let gone = record_store::delete(&record.id, "other").unwrap();
        let left = keys();
        assert!(!left.iter().any(|k| k.contains(&record.id)));
        assert!(!left.contains(&"tsvmtd:draft:d1".to_owned()));
        assert!(!left.contains(&format!("tsvmtd:draft:{}", second.id)));
        assert!(left.contains(&"tsvmtd:draft:other".to_owned()));
        record_store::restore(&gone).unwrap();
        let after: Vec<(String, Option<String>)> = keys()
            .into_iter()
            .map(|k| {
                let v = raw().get_item(&k).unwrap();
                (k, v)
            })
            .collect();
        assert_eq!(after, before);
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn drafts_of_an_older_file_become_records_one_cell_each_and_the_open_draft_stays_open() {
        raw().clear().unwrap();
        raw().set_item("tsvmtd:current-draft", "mine").unwrap();
        let mut a2025 = draft_of("a1", "Chi bộ ấp 4");
        a2025.content.profile.year = Some(2025);
        let mut a2026 = draft_of("a2", "Chi bộ ấp 4");
        a2026.content.profile.year = Some(2026);
        let b = draft_of("b1", "Chi bộ ấp 5");
        // One id is taken on this device: that draft gets a new one.
        store(&draft_of("b1", "Chi bộ ấp 9"));
        let stored = draft_store::import(vec![a2025, a2026, b]).unwrap();
        assert_eq!(stored.len(), 3);
        assert_ne!(stored[2].id, "b1");
        assert_eq!(
            raw().get_item("tsvmtd:current-draft").unwrap().as_deref(),
            Some("mine")
        );
        assert_eq!(record_store::adopt(&stored).unwrap(), 2);
        let of_a = record_store::record_of_draft("a1").unwrap();
        assert_eq!(of_a.checks.len(), 2);
        assert!(of_a.is_newest("a2"));
        assert!(record_store::record_of_draft(&stored[2].id).is_some());
        assert!(record_store::record_of_draft("b1").is_none());
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn the_record_takes_the_ratings_its_newest_check_holds() {
        raw().clear().unwrap();
        let registry = Registry::bundled();
        let mut d = draft_of("d1", "Chi bộ ấp 6");
        store(&d);
        let record = record_store::ensure_record("d1").unwrap();
        assert!(record.ratings.is_empty());
        assert!(!record_store::sync_ratings(&record.id, &registry).unwrap());
        d.content.answers.answers.insert(
            "c1".into(),
            Answer::YearlyRatings {
                years: vec![YearRating {
                    year: 2025,
                    level: None,
                    score_tenths: Some(925),
                }],
            },
        );
        store(&d);
        assert!(record_store::sync_ratings(&record.id, &registry).unwrap());
        assert!(!record_store::sync_ratings(&record.id, &registry).unwrap());
        assert_eq!(record_store::stored(&record.id).unwrap().ratings.len(), 1);
        assert!(record_store::sync_ratings("nowhere", &registry).is_err());
        raw().clear().unwrap();
    }
}

mod set_store_adapter {
    use super::*;
    use std::borrow::Cow;
    use tsvmtd::browser::set_store;
    use tsvmtd::domain::criteria::{AddConflict, AddedSet, Registry, StoredSetError};

    fn raw() -> web_sys::Storage {
        web_sys::window().unwrap().local_storage().unwrap().unwrap()
    }

    /// A copy of the bundled set under another id; its fingerprint as given
    /// (the browser test does not compute one: the native tests do).
    fn added(id: &str, fingerprint: u32) -> AddedSet {
        let mut set = Registry::bundled().latest("ben-tre-2021").unwrap().clone();
        set.id = Cow::Owned(id.into());
        set.title.vi = Cow::Owned(format!("Bộ kiểm thử {id}"));
        AddedSet {
            set,
            fingerprint,
            origin: "https://example.org/sets/kiem-thu.json".into(),
            added_on: "2026-12-01".into(),
        }
    }

    #[wasm_bindgen_test]
    fn an_added_set_is_kept_and_read_back_by_every_start() {
        raw().clear().unwrap();
        let a = added("kiem-thu-a", 7);
        set_store::save(&a).unwrap();
        let (sets, report) = set_store::added();
        assert_eq!(sets, vec![a.clone()]);
        assert!(report.is_empty());
        let (registry, report) = set_store::registry();
        assert!(report.is_empty());
        assert_eq!(registry.fingerprint("kiem-thu-a", 1), Some(7));
        assert!(!registry.is_bundled("kiem-thu-a", 1));
        // Removed and put back.
        let text = set_store::remove("kiem-thu-a", 1).unwrap();
        assert!(set_store::added().0.is_empty());
        set_store::restore("kiem-thu-a", 1, &text).unwrap();
        assert_eq!(set_store::added().0, vec![a]);
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_damaged_stored_set_is_reported_and_left_where_it_is() {
        raw().clear().unwrap();
        let good = added("kiem-thu-b", 8);
        set_store::save(&good).unwrap();
        let key = set_store::set_key("kiem-thu-c", 1);
        let sealed = added("kiem-thu-c", 9).seal();
        let cut = &sealed[..sealed.len() / 2];
        raw().set_item(&key, cut).unwrap();
        let (sets, report) = set_store::added();
        assert_eq!(sets, vec![good]);
        assert_eq!(
            report.unreadable,
            vec![(key.clone(), StoredSetError::Damaged)]
        );
        // Never deleted.
        assert_eq!(raw().get_item(&key).unwrap().as_deref(), Some(cut));
        raw().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn a_stored_set_changed_under_the_same_version_is_left_out() {
        raw().clear().unwrap();
        // The bundled set's id and version with other content.
        let mut other = added("ben-tre-2021", 1);
        other.set.title.vi = Cow::Borrowed("Khác");
        set_store::save(&other).unwrap();
        let (registry, report) = set_store::registry();
        assert_eq!(
            report.conflicts,
            vec![AddConflict::ChangedUnderSameVersion {
                id: "ben-tre-2021".into(),
                version: 1
            }]
        );
        assert_eq!(registry, Registry::bundled());
        raw().clear().unwrap();
    }
}

/// The sets page's fetch of published files: what came back, a failure too,
/// as a value, handed on once.
mod published_sets_fetch {
    use super::next_tick;
    use std::cell::RefCell;
    use std::rc::Rc;
    use tsvmtd::browser::published_sets;
    use tsvmtd::domain::sets_page::Fetched;
    use wasm_bindgen_test::wasm_bindgen_test;

    async fn fetched(path: &str) -> Fetched {
        let slot: Rc<RefCell<Vec<Fetched>>> = Rc::default();
        let into = slot.clone();
        published_sets::fetch(path, move |f| into.borrow_mut().push(f));
        for _ in 0..500 {
            if !slot.borrow().is_empty() {
                break;
            }
            next_tick().await;
        }
        // Once, and only once.
        next_tick().await;
        let got = slot.borrow();
        assert_eq!(got.len(), 1, "{got:?}");
        got[0].clone()
    }

    #[wasm_bindgen_test]
    async fn a_file_that_is_not_there_is_its_status() {
        assert_eq!(fetched("sets/no-such-set.json").await, Fetched::Status(404));
    }

    #[wasm_bindgen_test]
    async fn a_host_that_does_not_answer_is_unreachable_not_a_panic() {
        // Port 9 (discard) on the loopback: refused at once.
        assert_eq!(
            fetched("http://127.0.0.1:9/sets/index.json").await,
            Fetched::Unreachable
        );
    }
}
