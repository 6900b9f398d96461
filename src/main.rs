//! Entry point of the web app. The browser runs `main` once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::startup::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: serve it with `scripts/serve` and open it in a browser.");
    std::process::exit(2);
}
