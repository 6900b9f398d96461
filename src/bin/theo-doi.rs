//! Entry point of the commune's page, `theo-doi.html` ("Theo dõi các chi
//! bộ"): a wasm of its own, so that the app's first load does not carry the
//! commune's view. The browser runs `main` once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::page_start::start::<tsvmtd::ui::CommuneApp>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a web page: serve it with `scripts/serve` and open theo-doi.html in a browser."
    );
    std::process::exit(2);
}
