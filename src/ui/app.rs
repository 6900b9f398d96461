//! The root component: renders the shell's state (`domain::shell`, run by
//! `use_shell`) in the interface language: her questionnaire, always
//! mounted, with the links to the other pages over it. The commune's view
//! (`CommuneApp`), the record screens (`RecordApp`) and the result page with
//! a result from a link (`ResultApp`) are pages of their own.

use super::QuestionnaireScreen;
use super::hooks::{ShellHandle, use_persistence, use_shell, use_update_ready};
use super::page_frame::page_frame;
use super::screen_switch::screen_switch;
use crate::browser::{document, draft_store, location, set_store};
use crate::domain::i18n::Text;
use crate::domain::shell::Event;
use yew::prelude::*;

/// The root component.
#[component]
pub fn App() -> Html {
    let registry = use_memo((), |_| set_store::registry().0);
    let ShellHandle {
        shell,
        startup,
        dispatch,
        on_step,
        migration,
    } = use_shell(registry.clone());
    let update_ready = use_update_ready();
    let persistence = use_persistence();
    let lang = shell.lang;
    use_effect_with(lang, |lang| document::apply_lang(*lang));
    let send = |event: Event| dispatch.reform(move |()| event.clone());
    // Brought back from the browser's cache after the record's page made
    // another draft current (Back from there): the app opens again, on the
    // entry it shows (what it names is in storage).
    let open_draft = shell
        .draft
        .as_ref()
        .map(|d| d.draft.clone())
        .or_else(|| startup.as_ref().map(|s| s.draft.id.clone()))
        .unwrap_or_default();
    let shown_draft = use_mut_ref(String::new);
    shown_draft.borrow_mut().clone_from(&open_draft);
    // Likewise after the sets page added or removed a set: the registry is
    // read once, at start.
    let sets_at_start = use_memo((), |_| set_store::keys());
    use_effect_with((), move |_| {
        let listener = location::RestoredListener::new(move || {
            if draft_store::current_id().is_some_and(|id| id != *shown_draft.borrow())
                || set_store::keys() != *sets_at_start
            {
                location::reload();
            }
        });
        move || drop(listener)
    });
    let main = match startup {
        Some(startup) => html! {
            <>
                { screen_switch(lang) }
                if shell.kept {
                    <div class="notice" role="status"><p>{ Text::SharedSaved.get(lang) }</p></div>
                }
                if let Some(text) = migration.as_ref().and_then(|m| m.message(lang)) {
                    <div class="notice" role="status"><p>{ text }</p></div>
                }
                <QuestionnaireScreen
                    key={format!("{}@{}", startup.draft.id, startup.draft.revision)}
                    startup={startup.clone()}
                    on_reopen={send(Event::DraftChanged)}
                    {on_step}
                />
            </>
        },
        None => html! { <p role="alert">{ Text::CriteriaMissing.get(lang) }</p> },
    };
    page_frame(
        lang,
        send(Event::SwitchLang),
        update_ready,
        persistence,
        main,
    )
}
