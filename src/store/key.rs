//! The key of the lock: derived from the passphrase when the user unlocks, kept in memory only
//! (a non-extractable `CryptoKey`) until the app locks again.

use super::crypto;
use crate::formats::crypto::{Sealed, MIN_PBKDF2_ITERATIONS};
use crate::formats::lock::{check_aad, check_opens, LockParams, LOCK_CHECK, SEAL_VERSION};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The unlocked key (non-extractable) with the lock it opens.
#[derive(Clone)]
pub(super) struct Unlocked {
    pub key: web_sys::CryptoKey,
    pub lock: LockParams,
}

thread_local! {
    static UNLOCKED: RefCell<Option<Unlocked>> = const { RefCell::new(None) };
}

pub(super) fn unlocked() -> Option<Unlocked> {
    UNLOCKED.with(|u| u.borrow().clone())
}

/// Drops the key: from now on nothing sealed can be read or written in this tab.
pub fn forget_key() {
    UNLOCKED.with(|u| *u.borrow_mut() = None);
}

/// Derives the key for `lock` and keeps it when the passphrase opens the lock's check value.
pub async fn unlock(passphrase: &str, lock: &LockParams) -> bool {
    let Ok(key) = crypto::derive_key(passphrase, &lock.salt, lock.iterations).await else {
        return false;
    };
    match crypto::open(&key, &lock.check, &lock.check_aad()).await {
        Ok(plain) if check_opens(&plain) => {
            let mut lock = lock.clone();
            if lock.version < SEAL_VERSION {
                // A lock from before associated data: the next write seals everything in the
                // current version, with a bound check value.
                let Ok(check) = bound_check(&key).await else {
                    return false;
                };
                lock.check = check;
                lock.version = SEAL_VERSION;
            }
            UNLOCKED.with(|u| *u.borrow_mut() = Some(Unlocked { key, lock }));
            true
        }
        _ => false,
    }
}

async fn bound_check(key: &web_sys::CryptoKey) -> Result<Sealed, JsValue> {
    crypto::seal(key, LOCK_CHECK, &check_aad(SEAL_VERSION)).await
}

/// Makes a new lock for `passphrase` (random salt) and keeps its key; the saved cases are
/// sealed with it by the next [`update`] with [`Target::Locked`].
pub async fn new_lock(passphrase: &str) -> Result<(), JsValue> {
    let salt = crypto::new_salt();
    let iterations = MIN_PBKDF2_ITERATIONS;
    let key = crypto::derive_key(passphrase, &salt, iterations).await?;
    let check = bound_check(&key).await?;
    UNLOCKED.with(|u| {
        *u.borrow_mut() = Some(Unlocked {
            key,
            lock: LockParams {
                iterations,
                salt,
                check,
                version: SEAL_VERSION,
            },
        })
    });
    Ok(())
}
