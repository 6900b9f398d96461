//! A cell's trend as a few small bars (the conditions met at each of its last
//! checks), drawn as inline SVG and hidden from screen readers: the words
//! beside it say the same (`Row::trend_message`).

use yew::prelude::*;

const BAR: usize = 6;
const GAP: usize = 3;
const HEIGHT: usize = 20;

/// `counts`: (met, total) of each check, oldest first.
pub fn trend_bars(counts: &[(usize, usize)]) -> Html {
    let width = counts.len() * (BAR + GAP);
    html! {
        <svg class="trend-bars" aria-hidden="true" focusable="false"
            width={width.to_string()} height={HEIGHT.to_string()}
            viewBox={format!("0 0 {width} {HEIGHT}")}>
            { for counts.iter().enumerate().map(|(i, &(met, total))| {
                // A check with nothing met still shows as a sliver.
                let h = (met * HEIGHT).checked_div(total).unwrap_or(0).clamp(1, HEIGHT);
                html! {
                    <rect x={(i * (BAR + GAP)).to_string()} y={(HEIGHT - h).to_string()}
                        width={BAR.to_string()} height={h.to_string()} />
                }
            }) }
        </svg>
    }
}
