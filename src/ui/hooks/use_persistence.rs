//! Asks the browser to keep the drafts for good; what it answered, once it has.

use crate::browser::persistence::{self, Persistence};
use yew::prelude::*;

#[hook]
pub fn use_persistence() -> Option<Persistence> {
    let answer = use_state(|| None::<Persistence>);
    {
        let answer = answer.clone();
        use_effect_with((), move |_| {
            persistence::request(move |given| answer.set(Some(given)));
        });
    }
    *answer
}
