//! The result page (`ket-qua.html`, its own wasm): a result from a link
//! (`link_result`), else "Gửi và in kết quả", the open draft's result as a
//! link, a QR code and the printed form (`own_result`, `SendAndPrint`), so
//! that the app's first load carries none of it. Its small shell is
//! `domain::shell::result_page`.

mod link_result;
mod own_result;
mod result_app;
mod send_and_print;

pub use result_app::ResultApp;
