//! What every page of the app puts around its screens (the app, the record's
//! page, the commune's page): the language as a context, the header with the
//! language switch, the banner of a newer release, the main region and the
//! footer. A view function, not a component (see `screen_switch`).

use super::shell_footer::shell_footer;
use super::{Header, UpdateBanner};
use crate::browser::persistence::Persistence;
use crate::browser::service_worker;
use crate::domain::i18n::Lang;
use yew::prelude::*;

/// The frame around `main`, the page's own screens.
pub fn page_frame(
    lang: Lang,
    on_switch_lang: Callback<()>,
    update_ready: bool,
    persistence: Option<Persistence>,
    main: Html,
) -> Html {
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="shell">
                <Header {on_switch_lang} />
                if update_ready {
                    <UpdateBanner on_apply={Callback::from(|()| service_worker::apply_update())} />
                }
                <main class="shell-main" id="main">
                    { main }
                </main>
                { shell_footer(lang, persistence) }
            </div>
        </ContextProvider<Lang>>
    }
}
