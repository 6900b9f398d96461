//! Her own result on the result page: the open draft sent and printed
//! (`SendAndPrint`), its back button to the app; or, with no draft to open,
//! a way to the app. A view function over the page's state.

use super::send_and_print::SendAndPrint;
use crate::browser::{location, screen_history};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, ResultText};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::shell::commune;
use crate::domain::shell::result_page::{self, ToApp};
use std::rc::Rc;
use yew::prelude::*;

/// The open draft (its id, opened with its set), if it could be read.
pub type Opened = Option<(AttrValue, Rc<Questionnaire>)>;

pub fn own_result(lang: Lang, registry: Rc<Registry>, opened: &Opened, current_year: u16) -> Html {
    let Some((draft_id, questionnaire)) = opened else {
        return html! {
            <section class="step" aria-labelledby="page-heading">
                <h2 id="page-heading" class="step-heading">{ ResultText::Heading.get(lang) }</h2>
                <p role="alert">{ ResultText::NoDraft.get(lang) }</p>
                <a class="button-primary" href={result_page::APP_PAGE}>{ ResultText::OpenApp.get(lang) }</a>
            </section>
        };
    };
    let on_back = Callback::from(|()| {
        let from_app = commune::came_from_app(&location::referrer(), &location::page_address());
        match result_page::to_app(from_app) {
            ToApp::Back => screen_history::back(),
            ToApp::Open => location::open(result_page::APP_PAGE, false),
        }
    });
    html! {
        <SendAndPrint
            {registry}
            draft_id={draft_id.clone()}
            questionnaire={questionnaire.clone()}
            {current_year}
            {on_back}
        />
    }
}
