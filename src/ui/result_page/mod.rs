//! The result page (`ket-qua.html`, its own wasm): "Gửi và in kết quả", the
//! open draft's result as a link, a QR code and the printed form, so that the
//! app's first load carries neither the link's writer and the QR encoder nor
//! the form. Its small shell is `domain::shell::result_page`.

mod result_app;
mod send_and_print;

pub use result_app::ResultApp;
