//! Entry point of the result page, `ket-qua.html` ("Gửi và in kết quả"): a
//! wasm of its own, so that the app's first load carries neither the link's
//! writer and the QR encoder nor the printed form. The browser runs `main`
//! once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::page_start::start::<tsvmtd::ui::ResultApp>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a web page: serve it with `scripts/serve` and open ket-qua.html in a browser."
    );
    std::process::exit(2);
}
