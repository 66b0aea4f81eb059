//! Dates as the user's clock shows them.

use crate::model::date_nl;

/// The local date of a moment (Unix milliseconds) as dd-mm-jjjj, in this browser's time zone.
pub fn local_date_nl(ms: u64) -> String {
    let offset =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset();
    // JavaScript counts the offset west-positive, in minutes.
    date_nl(ms, -(offset as i32))
}
