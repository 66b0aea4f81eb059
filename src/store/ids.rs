//! The clock and random ids.

use super::crypto;

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A random id for a saved case (never derived from its content).
pub fn new_id() -> String {
    let mut bytes = [0u8; 9];
    crypto::random_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
