//! The shell driven the way the end-to-end tests drive the app
//! (`e2e/tests/navigation.spec.ts`, `share.spec.ts`, `tracking.spec.ts`,
//! `drafts.spec.ts`), against a model of the browser: a tab's list of history
//! entries (each with its state and fragment), the questionnaire (which says
//! every step it shows), and the drafts stored on the device. Effects run as
//! `App` runs them: what reads storage reports back at once; what the browser
//! does later (`popstate`, `hashchange`, a re-render) is queued. The result
//! page, where a result link opens, is a page of its own: what its buttons do
//! is `result_page`'s.

use super::history::{self, BackButton, Entry};
use super::result_page::{self, FromApp, Leave};
use super::*;
use crate::domain::questionnaire::Steps;
use std::collections::{BTreeMap, VecDeque};

const LINK: &str = "#k=AbCd";
const OTHER_LINK: &str = "#k=EfGh";

/// One entry of the tab's history.
#[derive(Clone, Debug)]
struct Slot {
    /// An entry of the app's page (else another page: the one she was on
    /// before, the record's page, the result page).
    app: bool,
    state: Option<Entry>,
    fragment: String,
    /// The result page showing the link in `fragment`: `true` when the app
    /// opened it, followed in its tab (`FromApp` on its entry).
    result: Option<bool>,
}

/// What the browser or the app does after the event being handled.
enum Task {
    Event(Event),
    Back,
    /// The questionnaire (re)mounted on this draft and step.
    Mounted(DraftStep),
}

struct Tab {
    history: Vec<Slot>,
    at: usize,
    shell: Shell,
    /// What the questionnaire shows (None before it mounts).
    questionnaire: Option<DraftStep>,
    /// Drafts stored on the device, with the step each was saved on.
    stored: BTreeMap<String, Step>,
    /// The draft open last (`tsvmtd:current-draft`).
    current: Option<String>,
    storage: bool,
    made: u32,
    tasks: VecDeque<Task>,
    /// Drafts that are older checks of a record: kept, never opened to edit
    /// (`Startup::stored` finds them as not there).
    older: Vec<String>,
}

fn steps() -> Steps {
    Steps::new(["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"])
}

/// "Bước n/11".
fn step(n: usize) -> Step {
    steps().iter().nth(n - 1).unwrap().clone()
}

impl Tab {
    /// A tab on the page before, then the app opened on `fragment`.
    fn new(storage: bool) -> Tab {
        Tab {
            history: vec![Slot {
                app: false,
                state: None,
                fragment: String::new(),
                result: None,
            }],
            at: 0,
            shell: Shell::new(Lang::Vi),
            questionnaire: None,
            stored: BTreeMap::new(),
            current: None,
            storage,
            made: 0,
            tasks: VecDeque::new(),
            older: Vec::new(),
        }
    }

    fn new_draft(&mut self) -> String {
        self.made += 1;
        let id = format!("d{}", self.made);
        if self.storage {
            self.stored.insert(id.clone(), Step::Profile);
            self.current = Some(id.clone());
        }
        id
    }

    /// The draft open last, as `draft_store::load` reads it (a new one when
    /// there is none, or when storage is blocked).
    fn load_current(&mut self) -> DraftStep {
        match &self.current {
            Some(id) => DraftStep::new(id, &self.stored[id]),
            None => {
                let id = self.new_draft();
                DraftStep::new(&id, &Step::Profile)
            }
        }
    }

    fn slot(&self) -> &Slot {
        &self.history[self.at]
    }

    fn entry(&self) -> Option<Entry> {
        self.slot().state.clone()
    }

    /// The page loads (opened, reloaded, or come back to from another page:
    /// `by_history`).
    fn boot_by(&mut self, by_history: bool) {
        self.shell = Shell::new(self.shell.lang);
        self.questionnaire = None;
        self.tasks.clear();
        let draft = self.load_current();
        let opened = Event::Opened {
            entry: self.entry(),
            fragment: self.slot().fragment.clone(),
            draft: Some(draft.clone()),
            by_history,
        };
        // The questionnaire mounts on the draft loaded, as the effects of
        // the opening left it.
        self.tasks.push_back(Task::Mounted(draft));
        self.dispatch(opened);
        self.settle();
    }

    fn boot(&mut self) {
        self.boot_by(false);
    }

    fn dispatch(&mut self, event: Event) {
        let (shell, effects) = transition(self.shell.clone(), event);
        self.shell = shell;
        for effect in effects {
            self.run(effect);
        }
    }

    /// The questionnaire's next mount, if one is queued.
    fn mounting(&mut self) -> Option<&mut DraftStep> {
        self.tasks.iter_mut().rev().find_map(|task| match task {
            Task::Mounted(draft) => Some(draft),
            _ => None,
        })
    }

    fn remount(&mut self, draft: DraftStep) {
        match self.mounting() {
            Some(next) => *next = draft,
            None => self.tasks.push_back(Task::Mounted(draft)),
        }
    }

    fn run(&mut self, effect: Effect) {
        let at = self.at;
        match effect {
            Effect::Push(entry) => {
                let fragment = self.slot().fragment.clone();
                self.history.truncate(at + 1);
                self.history.push(Slot {
                    app: true,
                    state: Some(entry),
                    fragment,
                    result: None,
                });
                self.at += 1;
            }
            Effect::Replace(entry) => self.history[at].state = Some(entry),
            Effect::ReplaceDroppingFragment(entry) => {
                self.history[at].state = Some(entry);
                self.history[at].fragment.clear();
            }
            Effect::ClearFragment => {
                self.history[at].state = None;
                self.history[at].fragment.clear();
            }
            Effect::Back => self.tasks.push_back(Task::Back),
            Effect::ShowStep(step) => {
                if let Some(next) = self.mounting() {
                    next.step = steps().resolve(&step);
                } else if self.questionnaire.is_some() {
                    self.visit(step);
                }
            }
            Effect::OpenStored { draft, step, .. } => match self.stored.get(&draft) {
                Some(_) if !self.older.contains(&draft) => {
                    self.remount(DraftStep::new(&draft, &steps().resolve(&step)))
                }
                _ => self.dispatch(Event::Missing { step }),
            },
            Effect::Reload => {
                let draft = self.load_current();
                self.remount(draft.clone());
                self.dispatch(Event::Reloaded { draft: Some(draft) });
            }
            // The result page loads in this entry's place: the app is gone.
            Effect::OpenResultPage { fragment, from_app } => {
                self.history[at] = Slot {
                    app: false,
                    state: None,
                    fragment,
                    result: Some(from_app),
                };
                self.questionnaire = None;
                self.tasks.clear();
            }
            Effect::RememberLang(_) => {}
        }
    }

    /// The questionnaire's own change of step, saved with the draft.
    fn change_step(&mut self, step: Step, how: StepMove) {
        let Some(open) = &mut self.questionnaire else {
            return;
        };
        let step = steps().resolve(&step);
        if open.step == step {
            return;
        }
        open.step = step.clone();
        let draft = open.draft.clone();
        if let Some(saved) = self.stored.get_mut(&draft) {
            *saved = step.clone();
        }
        let entry = self.entry();
        let shown = Event::StepShown {
            draft,
            step,
            how,
            entry,
        };
        // Her own moves are told at once; a visit, after the re-render.
        match how {
            StepMove::Visited => self.tasks.push_back(Task::Event(shown)),
            _ => self.dispatch(shown),
        }
    }

    fn visit(&mut self, step: Step) {
        self.change_step(step, StepMove::Visited);
    }

    /// Runs what the browser and the app do after her action.
    fn settle(&mut self) {
        while let Some(task) = self.tasks.pop_front() {
            match task {
                Task::Event(event) => self.dispatch(event),
                Task::Back => self.back(),
                Task::Mounted(draft) => {
                    self.questionnaire = Some(draft.clone());
                    let entry = self.entry();
                    self.dispatch(Event::StepShown {
                        draft: draft.draft,
                        step: draft.step,
                        how: StepMove::Opened,
                        entry,
                    });
                }
            }
        }
    }

    /// The browser moves to entry `to` of the tab.
    fn traverse(&mut self, to: usize) {
        let from = self.at;
        self.at = to;
        let (was, now) = (&self.history[from], &self.history[to]);
        if !now.app {
            return;
        }
        if !was.app {
            return self.boot_by(true);
        }
        let fragment_changed = was.fragment != now.fragment;
        let popped = Event::Popped {
            entry: now.state.clone(),
            fragment: now.fragment.clone(),
        };
        self.tasks.push_back(Task::Event(popped));
        if fragment_changed {
            let changed = Event::FragmentChanged(now.fragment.clone());
            self.tasks.push_back(Task::Event(changed));
        }
    }

    // What she does.

    fn open(&mut self, fragment: &str) {
        self.history.truncate(self.at + 1);
        self.history.push(Slot {
            app: true,
            state: None,
            fragment: fragment.into(),
            result: None,
        });
        self.at += 1;
        self.boot();
    }

    fn reload(&mut self) {
        self.boot();
    }

    fn back(&mut self) {
        if self.at > 0 {
            self.traverse(self.at - 1);
        }
        self.settle();
    }

    fn forward(&mut self) {
        if self.at + 1 < self.history.len() {
            self.traverse(self.at + 1);
        }
        self.settle();
    }

    /// A fragment followed in the same page (a link pasted into the address
    /// bar, `location.hash` set).
    fn follow(&mut self, fragment: &str) {
        self.history.truncate(self.at + 1);
        self.history.push(Slot {
            app: true,
            state: None,
            fragment: fragment.into(),
            result: None,
        });
        self.at += 1;
        self.tasks.push_back(Task::Event(Event::Popped {
            entry: None,
            fragment: fragment.into(),
        }));
        self.tasks
            .push_back(Task::Event(Event::FragmentChanged(fragment.into())));
    }

    /// A link opened from where she is: followed in the app's page, else
    /// (on another page) the app's page loads on it.
    fn go(&mut self, fragment: &str) {
        if self.slot().app {
            self.follow(fragment);
            self.settle();
        } else {
            self.open(fragment);
        }
    }

    fn next(&mut self) {
        let here = self.questionnaire.clone().unwrap().step;
        self.change_step(steps().next(&here).unwrap().clone(), StepMove::Moved);
        self.settle();
    }

    fn jump(&mut self, n: usize) {
        self.change_step(step(n), StepMove::Moved);
        self.settle();
    }

    fn quay_lai(&mut self) {
        let open = self.questionnaire.clone().unwrap();
        let entry = self.entry();
        match history::back_button(entry.as_ref(), &open.draft, &steps(), &open.step) {
            BackButton::History => self.back(),
            BackButton::Previous => {
                let previous = steps().previous(&open.step).unwrap().clone();
                self.change_step(previous, StepMove::Moved);
                self.settle();
            }
        }
    }

    // The result page: a result from a link.

    /// Its close button.
    fn close_link(&mut self) {
        let from_app = self.slot().result.expect("a result page");
        self.leave(result_page::close_link(from_app.then_some(FromApp)));
    }

    /// "Lưu thành bản nháp của tôi": a new draft, made current, on its
    /// result; false (said on the page, nothing else changes) where storage
    /// is blocked.
    fn keep_link(&mut self) -> bool {
        assert!(self.slot().result.is_some(), "a result page");
        if !self.storage {
            return false;
        }
        let id = self.new_draft();
        self.stored.insert(id, Step::Result);
        self.leave(result_page::kept());
        true
    }

    fn leave(&mut self, how: Leave) {
        match how {
            Leave::Back => self.back(),
            Leave::Replace(href) => {
                let fragment = href.strip_prefix(result_page::APP_PAGE).unwrap();
                self.history[self.at] = Slot {
                    app: true,
                    state: None,
                    fragment: fragment.into(),
                    result: None,
                };
                self.boot();
            }
        }
    }

    /// The link the result page shows, if it is on screen.
    fn shows_link(&self) -> Option<&str> {
        self.slot().result.map(|_| self.slot().fragment.as_str())
    }

    // The record's page (`record_page`), a page of its own: what it does to
    // storage and to the tab's history.

    /// The app's link "Hồ sơ chi bộ": the record's page as the next page.
    fn open_record_page(&mut self) {
        self.history.truncate(self.at + 1);
        self.history.push(Slot {
            app: false,
            state: None,
            fragment: String::new(),
            result: None,
        });
        self.at += 1;
    }

    /// The record's page opens the app in its place, on the current draft.
    fn app_in_place(&mut self) {
        self.history[self.at] = Slot {
            app: true,
            state: None,
            fragment: String::new(),
            result: None,
        };
        self.boot();
    }

    /// "Hồ sơ mới (chi bộ khác)" in the list: a new draft, made current.
    fn start_new_draft(&mut self) {
        self.new_draft();
        self.app_in_place();
    }

    /// "Kiểm tra lại" on the record screen: a new check of the open draft's
    /// record, made current; the open draft becomes an older check.
    fn start_check(&mut self) {
        let older = self.draft();
        self.older.push(older);
        self.new_draft();
        self.app_in_place();
    }

    /// "Xem hồ sơ" of another record in the list: its newest check made
    /// current (`draft`, stored on `step`), its record shown on the page.
    fn choose_record(&mut self, draft: &str, step: Step) {
        self.stored.insert(draft.to_owned(), step);
        self.current = Some(draft.to_owned());
    }

    // What she sees.

    fn on_step(&self, n: usize) -> bool {
        self.slot().app && self.questionnaire.as_ref().map(|q| &q.step) == Some(&step(n))
    }

    fn draft(&self) -> String {
        self.questionnaire.clone().unwrap().draft
    }

    fn left_the_app(&self) -> bool {
        !self.slot().app
    }
}

#[test]
fn back_walks_back_through_her_steps_and_leaves_the_app_only_where_she_came_in() {
    let mut tab = Tab::new(true);
    tab.open("");
    for n in 2..=7 {
        tab.next();
        assert!(tab.on_step(n), "step {n}");
    }
    for n in [6, 5, 4] {
        tab.back();
        assert!(tab.on_step(n), "back to {n}");
    }
    tab.forward();
    assert!(tab.on_step(5));
    // A reload stays on the step, and Back still walks back from it.
    tab.reload();
    assert!(tab.on_step(5));
    for n in [4, 3, 2, 1] {
        tab.back();
        assert!(tab.on_step(n), "back to {n} after the reload");
    }
    tab.back();
    assert!(tab.left_the_app());
    tab.forward();
    assert!(tab.on_step(1));
    tab.forward();
    assert!(tab.on_step(2));
}

#[test]
fn quay_lai_and_back_agree() {
    let mut tab = Tab::new(true);
    tab.open("");
    for _ in 0..3 {
        tab.next();
    }
    let length = tab.history.len();
    tab.quay_lai();
    assert!(tab.on_step(3));
    assert_eq!(tab.history.len(), length, "no new entry");
    tab.forward();
    assert!(tab.on_step(4));
    // Jumped to the result through the list: Quay lại is a move of its own.
    tab.jump(11);
    tab.quay_lai();
    assert!(tab.on_step(10));
    tab.back();
    assert!(tab.on_step(11));
    tab.back();
    assert!(tab.on_step(4));
}

#[test]
fn the_steps_walk_back_through_the_record_s_page_and_a_link_in_between() {
    let mut tab = Tab::new(true);
    tab.open("");
    let mine = tab.draft();
    tab.next();
    tab.next();
    assert!(tab.on_step(3));

    tab.open_record_page();
    assert!(tab.left_the_app());
    tab.back();
    assert!(tab.on_step(3));

    // A result link opened in this tab: on the result page; Back closes it,
    // Forward opens it again.
    tab.go(LINK);
    assert_eq!(tab.shows_link(), Some(LINK));
    tab.back();
    assert!(tab.on_step(3));
    tab.forward();
    assert_eq!(tab.shows_link(), Some(LINK));
    // Its close button does what Back does: the next Back goes on to step 2.
    tab.close_link();
    assert!(tab.on_step(3));
    assert_eq!(tab.slot().fragment, "");
    tab.back();
    assert!(tab.on_step(2));

    // Kept as a draft of her own: opens on its result; Back returns to her
    // draft on the step she opened the link from.
    tab.go(LINK);
    assert!(tab.keep_link());
    assert!(tab.on_step(11));
    assert_ne!(tab.draft(), mine);
    assert!(tab.shell.kept);
    assert_eq!(tab.slot().fragment, "");
    tab.back();
    assert!(tab.on_step(2));
    assert_eq!(tab.draft(), mine);
    tab.back();
    assert!(tab.on_step(1));
    tab.forward();
    assert!(tab.on_step(2));
    tab.forward();
    assert!(tab.on_step(11));
    assert_ne!(tab.draft(), mine);
}

#[test]
fn with_storage_blocked_back_still_walks_the_steps_after_a_reload_too() {
    let mut tab = Tab::new(false);
    tab.open("");
    for _ in 0..3 {
        tab.next();
    }
    tab.back();
    assert!(tab.on_step(3));
    // The reload makes a new draft in memory; the entries name the old one.
    tab.reload();
    assert!(tab.on_step(3));
    tab.back();
    assert!(tab.on_step(2));
    tab.forward();
    assert!(tab.on_step(3));
}

#[test]
fn back_from_the_record_s_page_returns_to_the_app_where_she_was() {
    let mut tab = Tab::new(true);
    tab.open("");
    tab.next();
    tab.open_record_page();
    assert!(tab.left_the_app());
    // Back (or its own button, opened from the app): the app, on her step.
    tab.back();
    assert!(tab.on_step(2));
    tab.forward();
    assert!(tab.left_the_app());
    tab.back();
    assert!(tab.on_step(2));
    tab.back();
    assert!(tab.on_step(1));
}

#[test]
fn a_draft_opened_from_the_list_takes_the_record_s_page_s_place() {
    let mut tab = Tab::new(true);
    tab.open("");
    let first = tab.draft();
    tab.next();
    tab.open_record_page();
    tab.start_new_draft();
    assert!(tab.on_step(1));
    let second = tab.draft();
    assert_ne!(second, first);

    // Back skips the record's page and reopens her first draft where she was.
    tab.back();
    assert!(tab.on_step(2));
    assert_eq!(tab.draft(), first);
    tab.back();
    assert!(tab.on_step(1));
    assert_eq!(tab.draft(), first);
    tab.forward();
    tab.forward();
    assert_eq!(tab.draft(), second);
    // A reload stays on the draft this tab shows.
    tab.reload();
    assert_eq!(tab.draft(), second);
    tab.back();
    assert!(tab.on_step(2));
    assert_eq!(tab.draft(), first);
    tab.reload();
    assert!(tab.on_step(2));
    assert_eq!(tab.draft(), first);
    tab.back();
    assert_eq!(tab.draft(), first);
    assert!(tab.on_step(1));
}

#[test]
fn a_result_kept_on_the_commune_s_page_opens_as_her_draft_and_says_so() {
    let mut tab = Tab::new(true);
    tab.open("");
    tab.next();
    // The commune's page stored the result as a new draft, made current, and
    // opened the app with the fragment that says so.
    let kept = tab.new_draft();
    tab.stored.insert(kept.clone(), Step::Result);
    tab.open(KEPT_FRAGMENT);
    assert_eq!(tab.draft(), kept);
    assert!(tab.on_step(11));
    assert!(tab.shell.kept);
    assert_eq!(tab.slot().fragment, "");
    // A reload no longer says it.
    tab.reload();
    assert!(!tab.shell.kept);
    assert!(tab.on_step(11));
}

#[test]
fn a_link_she_came_in_on_closes_where_it_is() {
    let mut tab = Tab::new(true);
    tab.open(LINK);
    assert_eq!(tab.shows_link(), Some(LINK));
    tab.close_link();
    assert!(tab.on_step(1));
    assert_eq!(tab.slot().fragment, "");
    // Back from there leaves the app: nothing of the link left to reopen.
    tab.back();
    assert!(tab.left_the_app());
}

#[test]
fn bad_links_one_after_another_close_back_to_her_own_result() {
    let mut tab = Tab::new(true);
    tab.open("");
    tab.jump(11);
    for fragment in [LINK, OTHER_LINK, "#k="] {
        tab.go(fragment);
        assert_eq!(tab.shows_link(), Some(fragment));
    }
    tab.close_link();
    assert!(tab.on_step(11));
    assert_eq!(tab.slot().fragment, "");
}

#[test]
fn a_link_opened_where_storage_is_blocked_is_said_not_kept() {
    let mut tab = Tab::new(false);
    tab.open(LINK);
    assert!(!tab.keep_link());
    assert_eq!(tab.shows_link(), Some(LINK));
}

#[test]
fn another_record_chosen_on_the_record_s_page_opens_in_its_place_and_back_returns_to_the_draft_she_had_open()
 {
    let mut tab = Tab::new(true);
    tab.open("");
    let first = tab.draft();
    tab.next();
    tab.open_record_page();
    // Another record chosen in the list; the page's own button then opens
    // the app in its place, on that record's check, where it was saved.
    tab.choose_record("other", step(5));
    tab.app_in_place();
    assert!(tab.on_step(5));
    assert_eq!(tab.draft(), "other");
    // Back: the draft she had open before, where she was.
    tab.back();
    assert!(tab.on_step(2));
    assert_eq!(tab.draft(), first);
    // Forward: that check again.
    tab.forward();
    assert!(tab.on_step(5));
    assert_eq!(tab.draft(), "other");
}

#[test]
fn a_new_check_opens_in_the_record_s_page_s_place_and_the_older_one_is_never_edited() {
    let mut tab = Tab::new(true);
    tab.open("");
    let first = tab.draft();
    tab.jump(11);
    tab.open_record_page();
    tab.start_check();
    assert!(tab.on_step(1));
    let second = tab.draft();
    assert_ne!(second, first);
    // Back to the entry of the older check: the new check shows, on that
    // step, and the entry names it from then on.
    tab.back();
    assert!(tab.on_step(11));
    assert_eq!(tab.draft(), second);
    assert_eq!(tab.entry(), Some(Entry::step(&second, &step(11))));
    tab.forward();
    assert!(tab.on_step(1));
    assert_eq!(tab.draft(), second);
}
