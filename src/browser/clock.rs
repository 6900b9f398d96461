//! Today's date, read from the browser. The core never reads the clock: the
//! UI passes these values in.

/// The calendar year on this device today.
pub fn current_year() -> u16 {
    let year = js_sys::Date::new_0().get_full_year();
    u16::try_from(year).unwrap_or(u16::MAX)
}

/// An ISO 8601 time as the device's local date and time, in `lang`'s style
/// ("15/6/2026, 09:40"); the text as it is when it is not a time.
pub fn local_date_time(iso: &str, lang: crate::domain::i18n::Lang) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let locale = match lang {
        crate::domain::i18n::Lang::Vi => "vi-VN",
        crate::domain::i18n::Lang::En => "en-GB",
    };
    String::from(date.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED))
}

/// Today's date on this device (its local calendar day).
pub fn today() -> Option<crate::domain::share_link::ShareDate> {
    let now = js_sys::Date::new_0();
    crate::domain::share_link::ShareDate::new(
        i32::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}
