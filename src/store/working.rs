//! This tab's working copy in sessionStorage: sealed while the key is in memory, open only
//! when the saved cases are known to be open.

use super::crypto;
use super::error::StoreError;
use super::key::unlocked;
use super::saved::with_store_file;
use crate::formats::footprint::{NOTICE_KEY, SESSION_KEY};
use crate::formats::working::{
    parse_session, parse_working_plaintext, working_aad, working_plaintext, Protection,
    SealedSession, SessionCopy, WorkingCopy,
};
use gloo_storage::{SessionStorage, Storage};

pub fn read_session() -> Option<SessionCopy> {
    SessionStorage::raw()
        .get_item(SESSION_KEY)
        .ok()
        .flatten()
        .and_then(|raw| parse_session(&raw))
}

/// Writes this tab's working copy: sealed while the key is in memory. Without a key it is
/// written open only when the saved cases are known to be open (or absent); when they are
/// locked, unreadable or newer, an open copy left from before is removed instead and the case
/// stays in memory only. `Err` when the browser refused the write.
pub async fn write_working(w: &WorkingCopy) -> Result<(), StoreError> {
    let json = match unlocked() {
        Some(u) => {
            let sealed = crypto::seal(&u.key, &working_plaintext(w), &working_aad(u.lock.version))
                .await
                .map_err(|_| StoreError::NoCrypto)?;
            SealedSession {
                lock: u.lock,
                sealed,
            }
            .to_json()
        }
        None => {
            if !protection().allows_plain_text() {
                if matches!(read_session(), Some(SessionCopy::Open(_))) {
                    delete_working();
                }
                return Ok(());
            }
            serde_json::to_string(w).expect("the working copy serialises")
        }
    };
    SessionStorage::raw()
        .set_item(SESSION_KEY, &json)
        .map_err(|_| StoreError::Full)
}

/// How the saved cases are protected now (see [`Protection`]).
pub fn protection() -> Protection {
    with_store_file(Protection::of)
}

/// Opens a sealed working copy with the key in memory, or else (it was sealed under an
/// earlier lock) with a key derived from the passphrase for that lock.
pub async fn open_working(s: &SealedSession, passphrase: &str) -> Option<WorkingCopy> {
    let key = match unlocked().filter(|u| u.lock.same_key_as(&s.lock)) {
        Some(u) => u.key,
        None => crypto::derive_key(passphrase, &s.lock.salt, s.lock.iterations)
            .await
            .ok()?,
    };
    let plain = crypto::open(&key, &s.sealed, &s.aad()).await.ok()?;
    parse_working_plaintext(&plain)
}

pub fn delete_working() {
    SessionStorage::delete(SESSION_KEY);
}

/// Keeps a notice for the next page load of this tab (after wiping or locking, which end with
/// a fresh page).
pub fn notice_after_reload(text: &str) {
    let _ = SessionStorage::raw().set_item(NOTICE_KEY, text);
}

/// The notice kept by [`notice_after_reload`], once.
pub fn take_notice() -> Option<String> {
    let text = SessionStorage::raw().get_item(NOTICE_KEY).ok().flatten()?;
    let _ = SessionStorage::raw().remove_item(NOTICE_KEY);
    Some(text)
}
