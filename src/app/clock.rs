//! Dates as the user's clock shows them.

use crate::model::date_nl;

/// The local date of a moment (Unix milliseconds) as dd-mm-jjjj, in this browser's time zone.
pub fn local_date_nl(ms: u64) -> String {
    let offset =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset();
    // JavaScript counts the offset west-positive, in minutes.
    date_nl(ms, -(offset as i32))
}

/// Today in this browser's time zone: the day the follow-up rules count from.
pub fn today() -> crate::model::Date {
    let now = js_sys::Date::new_0();
    crate::model::Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| crate::model::Date::from_unix_ms(now.get_time() as u64, 0))
}
