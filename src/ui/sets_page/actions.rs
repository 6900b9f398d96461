//! What she asks of the sets page, carried out through the adapters (the
//! store of added sets, the published files, the drafts), with what the
//! page then says. The rules are the core's (`domain::sets_page`).

use super::said::{Outcome, Said, Section};
use crate::browser::{clock, draft_store, published_sets, set_store};
use crate::domain::criteria::{PublishedEntry, Registry};
use crate::domain::record::date::iso_day;
use crate::domain::sets_page::{
    Admission, IndexState, Refusal, SetOrigin, admit_bytes, admit_fetched, file_path, index_path,
    may_remove,
};
use std::rc::Rc;
use yew::prelude::*;

/// What she asks.
#[derive(Clone, PartialEq)]
pub enum Action {
    /// Fetch a published set and keep it.
    Add(Rc<PublishedEntry>),
    /// A file she picked, by name, with its bytes (`None`: unreadable).
    OpenFile {
        name: String,
        bytes: Option<Vec<u8>>,
    },
    Remove {
        id: String,
        version: u32,
    },
    /// Puts back the set removed last.
    Undo,
    /// Reads the published index again.
    RetryIndex,
}

/// A set removed, to put back.
pub struct Removed {
    pub id: String,
    pub version: u32,
    pub text: String,
}

/// Bumped after every change of the stored sets: the page reads them again.
#[derive(Default, PartialEq)]
pub struct Revision(pub u32);

impl Reducible for Revision {
    type Action = ();
    fn reduce(self: Rc<Self>, (): ()) -> Rc<Self> {
        Rc::new(Revision(self.0.wrapping_add(1)))
    }
}

/// What the actions change.
#[derive(Clone)]
pub struct Handles {
    pub revision: UseReducerHandle<Revision>,
    pub outcome: UseStateHandle<Option<Rc<Outcome>>>,
    pub removed: UseStateHandle<Option<Rc<Removed>>>,
    /// The published file being fetched.
    pub busy: UseStateHandle<Option<String>>,
    /// `None` while the index is read.
    pub index: UseStateHandle<Option<Rc<IndexState>>>,
}

impl Handles {
    fn say(&self, section: Section, said: Said) {
        self.outcome.set(Some(Rc::new(Outcome { section, said })));
    }

    /// Keeps an admitted set, or says why not.
    fn keep(&self, section: Section, name: String, admitted: Result<Admission, Refusal>) {
        let said = match admitted {
            Ok(Admission::New(added)) => match set_store::save(&added) {
                Ok(()) => Said::Admitted(Admission::New(added)),
                Err(error) => Said::NotKept(error),
            },
            Ok(already) => Said::Admitted(already),
            Err(refusal) => Said::Refused { name, refusal },
        };
        self.say(section, said);
        self.revision.dispatch(());
    }
}

/// The sets on this phone as they are stored now.
fn registry() -> Registry {
    set_store::registry().0
}

fn today() -> String {
    clock::today().map(iso_day).unwrap_or_default()
}

/// Reads the published index into `index`.
pub fn read_index(index: &UseStateHandle<Option<Rc<IndexState>>>) {
    index.set(None);
    let index = index.clone();
    published_sets::fetch(&index_path(), move |fetched| {
        index.set(Some(Rc::new(IndexState::from_fetch(fetched))));
    });
}

/// Carries out `action`.
pub fn carry_out(action: Action, h: &Handles) {
    match action {
        Action::Add(entry) => {
            let Some(path) = file_path(&entry) else {
                return;
            };
            h.busy.set(Some(entry.file.clone()));
            h.outcome.set(None);
            let h = h.clone();
            published_sets::fetch(&path, move |fetched| {
                let admitted = admit_fetched(&registry(), fetched, &entry, &today());
                h.busy.set(None);
                h.keep(Section::Published, entry.file.clone(), admitted);
            });
        }
        Action::OpenFile { name, bytes } => match bytes {
            None => h.say(Section::File, Said::FileUnreadable),
            Some(bytes) => {
                let admitted =
                    admit_bytes(&registry(), &bytes, None, SetOrigin::File(&name), &today());
                h.keep(Section::File, name, admitted);
            }
        },
        Action::Remove { id, version } => {
            match may_remove(&registry(), &draft_store::all(), &id, version) {
                Err(refusal) => h.say(Section::Shelf, Said::NotRemoved(refusal)),
                Ok(()) => {
                    if let Some(text) = set_store::remove(&id, version) {
                        h.removed.set(Some(Rc::new(Removed { id, version, text })));
                    }
                    h.outcome.set(None);
                    h.revision.dispatch(());
                }
            }
        }
        Action::Undo => {
            if let Some(removed) = &*h.removed {
                match set_store::restore(&removed.id, removed.version, &removed.text) {
                    Ok(()) => h.removed.set(None),
                    Err(error) => h.say(Section::Shelf, Said::NotKept(error)),
                }
                h.revision.dispatch(());
            }
        }
        Action::RetryIndex => read_index(&h.index),
    }
}
