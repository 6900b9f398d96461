//! Saving a text as a file on the device (an export), without any server.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`. Returns false if the browser
/// could not (the caller then says so).
pub fn offer(file_name: &str, mime: &str, text: &str) -> bool {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The object URL is not revoked: revoking at once can cancel the download in
    // some browsers, and it is freed with the page anyway.
    true
}
