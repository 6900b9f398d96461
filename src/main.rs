//! Entry point of the web app. The browser runs `main` once the wasm is loaded.

#[cfg(target_arch = "wasm32")]
fn main() {
    tsvmtd::browser::panic_screen::install();
    tsvmtd::browser::startup::start();
}

/// Natively: `first-screen` prints the first screen of a first visit as HTML
/// (`ui::first_screen`), for the build to write into `index.html`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if std::env::args().nth(1).as_deref() == Some("first-screen") {
        print!("{}", tsvmtd::ui::first_screen::render());
        return;
    }
    eprintln!("This is a web app: serve it with `scripts/serve` and open it in a browser.");
    eprintln!("Natively, `first-screen` prints its first screen as HTML (the build uses it).");
    std::process::exit(2);
}
