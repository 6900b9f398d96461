//! Today's date, read from the browser. The core never reads the clock: the
//! UI passes these values in.

/// The calendar year on this device today.
pub fn current_year() -> u16 {
    let year = js_sys::Date::new_0().get_full_year();
    u16::try_from(year).unwrap_or(u16::MAX)
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
