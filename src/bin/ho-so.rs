//! Entry point of the record's page, `ho-so.html` ("Hồ sơ chi bộ", "Các hồ
//! sơ trên máy này"): a wasm of its own, so that the app's first load does not
//! carry the record screens. The browser runs `main` once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::page_start::start::<tsvmtd::ui::RecordApp>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a web page: serve it with `scripts/serve` and open ho-so.html in a browser."
    );
    std::process::exit(2);
}
