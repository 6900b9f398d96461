//! Entry point of the sets page, `bo-tieu-chi.html` ("Bộ tiêu chí"): a wasm
//! of its own, so that the app's first load carries neither the page nor
//! the set checker. The browser runs `main` once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::page_start::start::<tsvmtd::ui::SetsApp>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a web page: serve it with `scripts/serve` and open bo-tieu-chi.html in a browser."
    );
    std::process::exit(2);
}
