//! "Bộ tiêu chí": the set a result needs (when the app sent her here), the
//! sets on this phone, those published on this site, and a set file to open.
//! The stored sets are read again after every change; the published index
//! once at start, and again on request; the fragment at start and on every
//! change.

use super::actions::{Handles, Removed, Revision, carry_out, read_index};
use super::{
    Action, Outcome, Section, needed_notice, outcome_notice, published_list, set_card, set_file,
    sets_notices,
};
use crate::browser::{location, set_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, SetsText, Text};
use crate::domain::sets_page::{APP_PAGE, IndexState, NeededSet, shelf};
use crate::ui::hooks::use_focus_on_mount;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn SetsScreen() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let heading = use_focus_on_mount();
    let handles = Handles {
        revision: use_reducer(Revision::default),
        outcome: use_state(|| None::<Rc<Outcome>>),
        removed: use_state(|| None::<Rc<Removed>>),
        busy: use_state(|| None::<String>),
        index: use_state(|| None::<Rc<IndexState>>),
    };
    // The set a result needs, from the fragment: at start, and whenever it
    // changes (another result's link followed while the page is open).
    let fragment = use_state(location::fragment);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            let listener = location::FragmentListener::new(move |f| fragment.set(f));
            move || drop(listener)
        });
    }
    let needed = use_memo((*fragment).clone(), |f| NeededSet::from_fragment(f));
    let stored = use_memo(handles.revision.0, |_| {
        let (added, mut report) = set_store::added();
        let (registry, conflicts) = Registry::with_added(&added);
        report.conflicts = conflicts;
        let rows = shelf(&registry, &added);
        (registry, rows, report)
    });
    {
        let index = handles.index.clone();
        use_effect_with((), move |_| read_index(&index));
    }
    let on_action = {
        let handles = handles.clone();
        Callback::from(move |action: Action| carry_out(action, &handles))
    };
    let (registry, rows, report) = &*stored;
    let outcome = handles.outcome.as_deref();
    let said_in = |section: Section| {
        outcome
            .filter(|o| o.section == section)
            .map(|o| outcome_notice(lang, &o.said))
    };
    html! {
        <section class="step" aria-labelledby="sets-heading">
            <h2 id="sets-heading" class="step-heading" tabindex="-1" ref={heading}>{ SetsText::SetsHeading.get(lang) }</h2>
            if let Some(needed) = &*needed {
                { needed_notice(lang, needed, registry, handles.index.as_deref()) }
            }
            <p class="step-intro">{ SetsText::SetsIntro.get(lang) }</p>
            <div class="draft-actions">
                <a class="button-secondary" href={APP_PAGE}>{ Text::TrackingBack.get(lang) }</a>
            </div>
            <section aria-labelledby="sets-on-phone">
                <h3 id="sets-on-phone">{ SetsText::SetsOnPhoneHeading.get(lang) }</h3>
                { sets_notices(lang, handles.removed.is_some(), report, &on_action) }
                { said_in(Section::Shelf) }
                <ul class="draft-list">
                    { for rows.iter().map(|row| set_card(lang, row, &on_action)) }
                </ul>
            </section>
            <section aria-labelledby="sets-published">
                <h3 id="sets-published">{ SetsText::SetsPublishedHeading.get(lang) }</h3>
                { said_in(Section::Published) }
                { published_list(lang, handles.index.as_deref(), registry, needed.as_ref().as_ref(), handles.busy.as_deref(), &on_action) }
            </section>
            <section aria-labelledby="sets-file">
                <h3 id="sets-file">{ SetsText::SetsFileHeading.get(lang) }</h3>
                { set_file(lang, &on_action) }
                { said_in(Section::File) }
            </section>
        </section>
    }
}
