//! Today's date, read from the browser. The core never reads the clock: the
//! UI passes these values in.

/// The calendar year on this device today.
pub fn current_year() -> u16 {
    let year = js_sys::Date::new_0().get_full_year();
    u16::try_from(year).unwrap_or(u16::MAX)
}
