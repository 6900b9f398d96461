//! A button that removes something for good asks once more: its first tap
//! only asks to be sure (the form then says what a second tap does), the
//! second carries it out.

use yew::prelude::*;

/// Whether the button is asking to be sure, and its `onclick`: the first tap
/// asks, the next one runs `act`.
#[hook]
pub fn use_second_tap(act: Callback<()>) -> (bool, Callback<MouseEvent>) {
    let asking = use_state(|| false);
    let onclick = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            if *asking {
                act.emit(());
            } else {
                asking.set(true);
            }
        })
    };
    (*asking, onclick)
}
