//! This tab's working copy in sessionStorage: the case being edited, which survives a reload
//! and is gone when the tab closes. With the lock on it is sealed too, with the lock
//! parameters beside it, so that it can be opened again after a reload or after the lock was
//! turned off in another tab:
//! `{ "format": "thuiswijzer-sessie", "lock": {…}, "sealed": { "iv", "data" } }`.

use crate::formats::crypto::Sealed;
use crate::formats::lock::{aad, LockParams};
use crate::formats::store::{LoadError, StoreFile, StoredCase};
use crate::model::Casus;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Format marker of a sealed working copy in sessionStorage.
pub const SESSION_FORMAT: &str = "thuiswijzer-sessie";

/// The working copy of the case in this browser tab (sessionStorage): survives a reload, gone
/// when the tab closes. `case_id` is set when the user chose to keep the case on this device;
/// `base_saved_at_ms` is the stored version this copy was last saved as or loaded from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkingCopy {
    pub case_id: Option<String>,
    pub base_saved_at_ms: Option<u64>,
    pub casus: Casus,
}

/// Another tab saved this case after the version we started from: writing now would silently
/// overwrite that tab's changes.
pub fn changed_elsewhere(base_saved_at_ms: Option<u64>, stored: Option<&StoredCase>) -> bool {
    match (base_saved_at_ms, stored) {
        (Some(base), Some(s)) => s.saved_at_ms > base,
        (None, Some(_)) => true,
        (_, None) => false,
    }
}

/// What this tab does when another tab saved the case it has open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherSave {
    /// The other tab saved what this tab shows (for example, it opened the case): nothing to
    /// do but take its save time as the base.
    Same,
    /// The case is no longer saved (deleted in the other tab).
    Removed,
    /// The saved version is not newer than this tab's base: nothing changed elsewhere.
    Unchanged,
    /// Changed elsewhere, and this tab changed nothing since its base: show the other
    /// version; there is nothing to lose, so no question.
    TakeTheirs,
    /// Changed elsewhere while this tab has changes of its own: the user chooses.
    Conflict,
}

/// Decides what another tab's save means for this tab. `mine` is the case as this tab shows
/// it, `base_saved_at_ms` the saved version it is based on, `known` the saved case as this tab
/// last read it, `theirs` as it is saved now.
pub fn after_other_save(
    mine: &Casus,
    base_saved_at_ms: Option<u64>,
    known: Option<&StoredCase>,
    theirs: Option<&StoredCase>,
) -> OtherSave {
    let Some(theirs) = theirs else {
        return OtherSave::Removed;
    };
    if theirs.casus == *mine {
        return OtherSave::Same;
    }
    if !changed_elsewhere(base_saved_at_ms, Some(theirs)) {
        return OtherSave::Unchanged;
    }
    let untouched_here =
        known.is_some_and(|k| Some(k.saved_at_ms) == base_saved_at_ms && k.casus == *mine);
    if untouched_here {
        OtherSave::TakeTheirs
    } else {
        OtherSave::Conflict
    }
}

/// This tab's working copy as sessionStorage holds it.
// One value per read, so the size of the `Open` variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionCopy {
    Open(WorkingCopy),
    Sealed(SealedSession),
}

/// A sealed working copy with the lock it was sealed under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedSession {
    pub lock: LockParams,
    pub sealed: Sealed,
}

/// The associated data of a working copy sealed under a lock of `version`.
pub fn working_aad(version: u32) -> Vec<u8> {
    aad(version, &["werkkopie"])
}

impl SealedSession {
    /// The associated data this copy was sealed with (that of its lock's version).
    pub fn aad(&self) -> Vec<u8> {
        working_aad(self.lock.version)
    }
}

#[derive(Serialize)]
struct SessionWire<'a> {
    format: &'static str,
    #[serde(flatten)]
    body: &'a SealedSession,
}

impl SealedSession {
    pub fn to_json(&self) -> String {
        serde_json::to_string(&SessionWire {
            format: SESSION_FORMAT,
            body: self,
        })
        .expect("the working copy serialises")
    }
}

/// Reads the working copy from sessionStorage: sealed (with the format marker) or open.
/// `None` when it is neither (the tab then starts empty, as before).
pub fn parse_session(json: &str) -> Option<SessionCopy> {
    let value: Value = serde_json::from_str(json).ok().filter(Value::is_object)?;
    if value.get("format").and_then(Value::as_str) == Some(SESSION_FORMAT) {
        return serde_json::from_value(value).ok().map(SessionCopy::Sealed);
    }
    serde_json::from_value(value).ok().map(SessionCopy::Open)
}

/// The bytes to seal for the working copy.
pub fn working_plaintext(w: &WorkingCopy) -> Vec<u8> {
    serde_json::to_vec(w).expect("the working copy serialises")
}

/// The working copy after AES-GCM opened it.
pub fn parse_working_plaintext(plaintext: &[u8]) -> Option<WorkingCopy> {
    serde_json::from_slice(plaintext).ok()
}

/// How the saved cases are protected, as far as this tab can read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Nothing saved, or saved without the lock.
    Off,
    /// Sealed with the lock.
    On,
    /// Unreadable, damaged or written by a newer version: it may well be locked, so it
    /// counts as locked. An unreadable store never lowers protection.
    Unknown,
}

impl Protection {
    /// Of the saved cases as read from localStorage.
    pub fn of(store: Result<Option<&StoreFile>, &LoadError>) -> Protection {
        match store {
            Ok(None) | Ok(Some(StoreFile::Open(_))) => Protection::Off,
            Ok(Some(StoreFile::Locked(_))) => Protection::On,
            Err(_) => Protection::Unknown,
        }
    }

    /// Whether this tab may write its working copy (or the saved cases) in plain text and
    /// show the lock as off: only when the saved cases are known to be open or absent.
    pub fn allows_plain_text(self) -> bool {
        self == Protection::Off
    }
}

/// Which lock to open: the one of the saved cases, or else the one this tab's working copy
/// was sealed under (the lock may have been turned off in another tab meanwhile).
pub fn lock_to_open<'a>(
    store: Option<&'a StoreFile>,
    session: Option<&'a SessionCopy>,
) -> Option<&'a LockParams> {
    store.and_then(StoreFile::lock).or(match session {
        Some(SessionCopy::Sealed(s)) => Some(&s.lock),
        _ => None,
    })
}

#[cfg(test)]
#[path = "working_tests.rs"]
mod tests;
