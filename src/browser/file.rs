//! Reading a file she picked (an import) as text, without any server.

use super::promise::when_settled;

/// Reads `file` as text and calls `on_read` once with it, or with `None`
/// when the browser cannot read it (the file was moved or deleted since she
/// picked it).
pub fn read_text(file: &web_sys::File, on_read: impl FnOnce(Option<String>) + 'static) {
    when_settled(file.text(), move |text| {
        on_read(text.ok().and_then(|text| text.as_string()))
    });
}

/// Reads `file` as bytes and calls `on_read` once with them, or with `None`
/// when the browser cannot read it.
pub fn read_bytes(file: &web_sys::File, on_read: impl FnOnce(Option<Vec<u8>>) + 'static) {
    when_settled(file.array_buffer(), move |buffer| {
        on_read(buffer.ok().map(|b| js_sys::Uint8Array::new(&b).to_vec()))
    });
}
