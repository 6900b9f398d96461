//! Today's date, read from the browser. The core never reads the clock: the
//! UI passes these values in.

/// The calendar year on this device today.
pub fn current_year() -> u16 {
    if !super::IN_BROWSER {
        return native_year();
    }
    let year = js_sys::Date::new_0().get_full_year();
    u16::try_from(year).unwrap_or(u16::MAX)
}

/// Today's date on this device (its local calendar day).
pub fn today() -> Option<crate::domain::share_link::ShareDate> {
    if !super::IN_BROWSER {
        return None;
    }
    let now = js_sys::Date::new_0();
    crate::domain::share_link::ShareDate::new(
        i32::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}

/// Natively (the first screen rendered at build time): the year of the
/// build's own clock, in UTC.
fn native_year() -> u16 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut days = seconds / 86_400;
    let mut year = 1970u16;
    loop {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let length = if leap { 366 } else { 365 };
        if days < length {
            return year;
        }
        days -= length;
        year += 1;
    }
}
