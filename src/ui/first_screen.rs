//! The first screen of a first visit, rendered to HTML natively at build time
//! by Yew's server renderer from the same `App` the browser runs (`cargo run
//! -- first-screen`, called by `scripts/post-build.mjs`, which writes it into
//! `index.html`'s `#app`). In the browser, `browser::startup` takes it over in
//! place (hydration) when the page decided, before its first paint, that this
//! is a first visit: nothing stored, no result link in the address.
//!
//! Natively the browser adapters answer as a browser seen for the first time
//! would: storage empty, no address fragment, no history entry
//! (`browser::NATIVE` and the adapters' native branches), so that the page
//! rendered here and the app's first render on a first visit are the same.

use super::App;

/// The HTML of `App`'s first render on a first visit, with the markers
/// hydration needs.
pub fn render() -> String {
    futures::executor::block_on(yew::ServerRenderer::<App>::new().hydratable(true).render())
}
