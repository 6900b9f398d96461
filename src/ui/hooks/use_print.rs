//! The printed form is rendered while the browser prints: from "In phiếu"
//! (then the dialog opens once it is rendered) or from the browser's own menu
//! (`beforeprint` renders it before the page is laid out for paper).

use crate::browser::document;
use gloo_events::EventListener;
use yew::prelude::*;

/// Whether the page is being printed, and the button's handler.
pub struct Print {
    pub printing: bool,
    pub on_print: Callback<MouseEvent>,
}

#[hook]
pub fn use_print() -> Print {
    let printing = use_state(|| false);
    let requests = use_state(|| 0u32);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let listeners = crate::browser::window().map(|window| {
                let before = {
                    let printing = printing.clone();
                    EventListener::new(&window, "beforeprint", move |_| printing.set(true))
                };
                let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
                (before, after)
            });
            move || drop(listeners)
        });
    }
    use_effect_with(*requests, |requests| {
        if *requests > 0 {
            document::print();
        }
    });
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| {
            printing.set(true);
            requests.set(*requests + 1);
        })
    };
    Print {
        printing: *printing,
        on_print,
    }
}
