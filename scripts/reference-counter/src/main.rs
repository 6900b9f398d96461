//! A minimal Yew counter whose value survives a reload (localStorage).

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

const KEY: &str = "reference-counter";

#[component]
fn Counter() -> Html {
    let count = use_state(|| LocalStorage::get::<i64>(KEY).unwrap_or(0));
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| {
            let next = *count + 1;
            let _ = LocalStorage::set(KEY, next);
            count.set(next);
        })
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <button {onclick}>{ format!("+1 ({})", *count) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
