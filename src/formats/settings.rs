//! The user's settings kept with the saved cases: how long a case is kept, and after how many
//! minutes without use the app locks itself.

use crate::formats::lock::{DEFAULT_LOCK_MINUTES, MAX_LOCK_MINUTES, MIN_LOCK_MINUTES};
use serde::{Deserialize, Serialize};

/// Default number of days a saved case is kept after its last save.
pub const DEFAULT_EXPIRY_DAYS: u32 = 30;
pub const MIN_EXPIRY_DAYS: u32 = 1;
pub const MAX_EXPIRY_DAYS: u32 = 365;
pub const DAY_MS: u64 = 86_400_000;

/// User settings kept with the stored cases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Days after its last save that a case is removed ([`MIN_EXPIRY_DAYS`]..=[`MAX_EXPIRY_DAYS`]).
    pub expiry_days: u32,
    /// Minutes without use after which the app locks itself, when the lock is on
    /// ([`MIN_LOCK_MINUTES`]..=[`MAX_LOCK_MINUTES`]).
    pub lock_after_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            expiry_days: DEFAULT_EXPIRY_DAYS,
            lock_after_minutes: DEFAULT_LOCK_MINUTES,
        }
    }
}

impl Settings {
    pub fn clamped(self) -> Self {
        Settings {
            expiry_days: clamp_days(self.expiry_days),
            lock_after_minutes: self
                .lock_after_minutes
                .clamp(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES),
        }
    }
}

pub fn default_expiry_days() -> u32 {
    DEFAULT_EXPIRY_DAYS
}

pub fn clamp_days(days: u32) -> u32 {
    days.clamp(MIN_EXPIRY_DAYS, MAX_EXPIRY_DAYS)
}
