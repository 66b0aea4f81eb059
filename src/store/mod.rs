//! The browser side of persistence: sessionStorage for the working copy of this tab,
//! localStorage (through gloo-storage) for the cases the user chose to keep, files for export
//! and import, Web Crypto for encrypted exports and the lock, and "Alles wissen".
//!
//! Formats and migrations live in `crate::formats`; this module only does the I/O, and every
//! failure is a [`StoreError`]. With the lock on, the key lives here, in memory only, from
//! unlocking until the app locks again; every write of a saved case or the working copy is
//! then sealed with it.

pub mod crypto;
mod error;
mod files;

pub use error::StoreError;
pub use files::{copy_text, download, read_file};

use crate::formats::crypto::MIN_PBKDF2_ITERATIONS;
use crate::formats::lock::{check_opens, LockParams, LOCK_CHECK};
use crate::formats::store::{
    casus_plaintext, open_case, parse_store, LoadError, LockedStore, StoreEnvelope, StoreFile,
    StoredCase, STORE_KEY,
};
use crate::formats::working::{
    parse_session, parse_working_plaintext, working_plaintext, SealedSession, SessionCopy,
    WorkingCopy,
};
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The key of this tab's working copy in sessionStorage.
pub const SESSION_KEY: &str = "thuiswijzer.sessie";

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A random id for a saved case (never derived from its content).
pub fn new_id() -> String {
    let mut bytes = [0u8; 9];
    random_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Cryptographically random bytes from the browser.
pub fn random_bytes(buf: &mut [u8]) {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .expect("Web Crypto");
    crypto
        .get_random_values_with_u8_array(buf)
        .expect("getRandomValues");
}

// ---------------------------------------------------------------------------------- the key

/// The unlocked key (non-extractable) with the lock it opens.
#[derive(Clone)]
struct Unlocked {
    key: web_sys::CryptoKey,
    lock: LockParams,
}

thread_local! {
    static UNLOCKED: RefCell<Option<Unlocked>> = const { RefCell::new(None) };
}

fn unlocked() -> Option<Unlocked> {
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
    match crypto::open(&key, &lock.check).await {
        Ok(plain) if check_opens(&plain) => {
            UNLOCKED.with(|u| {
                *u.borrow_mut() = Some(Unlocked {
                    key,
                    lock: lock.clone(),
                })
            });
            true
        }
        _ => false,
    }
}

/// Makes a new lock for `passphrase` (random salt) and keeps its key; the saved cases are
/// sealed with it by the next [`update`] with [`Target::Locked`].
pub async fn new_lock(passphrase: &str) -> Result<(), JsValue> {
    let salt = crypto::new_salt();
    let iterations = MIN_PBKDF2_ITERATIONS;
    let key = crypto::derive_key(passphrase, &salt, iterations).await?;
    let check = crypto::seal(&key, LOCK_CHECK).await?;
    UNLOCKED.with(|u| {
        *u.borrow_mut() = Some(Unlocked {
            key,
            lock: LockParams {
                iterations,
                salt,
                check,
            },
        })
    });
    Ok(())
}

// ------------------------------------------------------------------------- the saved cases

/// What localStorage holds for the saved cases, as this tab can see it.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Nothing saved yet.
    Empty,
    Ok(StoreEnvelope),
    /// Sealed with the lock, and this tab has no key.
    Locked,
    /// Present but unreadable: kept untouched under its key; `raw` can be exported for recovery.
    Unreadable {
        error: LoadError,
        raw: String,
    },
}

impl Stored {
    pub fn envelope(&self) -> Option<StoreEnvelope> {
        match self {
            Stored::Empty => Some(StoreEnvelope::new()),
            Stored::Ok(e) => Some(e.clone()),
            Stored::Locked | Stored::Unreadable { .. } => None,
        }
    }
}

fn raw_store() -> Option<String> {
    LocalStorage::raw().get_item(STORE_KEY).ok().flatten()
}

/// localStorage as it is now, parsed but not opened (no key needed).
pub fn read_store_file() -> Result<Option<StoreFile>, (LoadError, String)> {
    match LocalStorage::raw().get_item(STORE_KEY) {
        Ok(Some(raw)) => parse_store(&raw).map(Some).map_err(|e| (e, raw)),
        Ok(None) => Ok(None),
        Err(_) => Err((LoadError::NotJson, String::new())),
    }
}

/// Writes a store file as it is (no key needed: for expiry and deletes of sealed cases too).
pub fn write_file(file: &StoreFile) -> Result<(), StoreError> {
    LocalStorage::raw()
        .set_item(STORE_KEY, &file.to_json())
        .map_err(|_| StoreError::Full)
}

/// Opens a store file with the key in memory.
async fn open_file(file: StoreFile, raw: &str) -> Stored {
    let locked = match file {
        StoreFile::Open(env) => return Stored::Ok(env),
        StoreFile::Locked(l) => l,
    };
    let Some(u) = unlocked().filter(|u| u.lock.same_key_as(&locked.lock)) else {
        return Stored::Locked;
    };
    let mut env = StoreEnvelope {
        cases: Vec::with_capacity(locked.env.cases.len()),
        settings: locked.env.settings.clone(),
    };
    for c in locked.env.cases {
        let casus = match crypto::open(&u.key, &c.casus).await {
            Ok(plain) => open_case(&plain),
            Err(_) => Err(LoadError::Malformed { what: "casus" }),
        };
        match casus {
            Ok(casus) => env.cases.push(StoredCase {
                id: c.id,
                saved_at_ms: c.saved_at_ms,
                expires_after_days: c.expires_after_days,
                casus,
            }),
            Err(error) => {
                return Stored::Unreadable {
                    error,
                    raw: raw.to_string(),
                }
            }
        }
    }
    Stored::Ok(env)
}

/// The saved cases as far as they can be read without waiting: sealed ones count as locked.
pub fn stored_now() -> Stored {
    match read_store_file() {
        Ok(None) => Stored::Empty,
        Ok(Some(StoreFile::Open(env))) => Stored::Ok(env),
        Ok(Some(StoreFile::Locked(_))) => Stored::Locked,
        Err((error, raw)) => Stored::Unreadable { error, raw },
    }
}

/// The saved cases, opened with the key when the lock is on.
pub async fn load() -> Stored {
    match read_store_file() {
        Ok(None) => Stored::Empty,
        Ok(Some(file)) => open_file(file, &raw_store().unwrap_or_default()).await,
        Err((error, raw)) => Stored::Unreadable { error, raw },
    }
}

/// How [`update`] writes the saved cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// As they are: sealed when the lock is on, open when it is off.
    Same,
    /// Sealed with the key made by [`new_lock`] (the lock goes on).
    Locked,
    /// Open (the lock goes off).
    Open,
}

/// Reads the saved cases, lets `change` edit them (it returns `false` to write nothing) and
/// writes them back, sealed or open as `target` says. Never writes over unreadable data, never
/// writes open over sealed data unless the lock goes off, and starts again when another tab
/// wrote in the meantime (sealing waits for Web Crypto), so no other tab's save is lost.
/// Returns the cases as written, or `None` when `change` wrote nothing.
pub async fn update(
    change: &mut dyn FnMut(&mut StoreEnvelope) -> bool,
    target: Target,
) -> Result<Option<StoreEnvelope>, StoreError> {
    loop {
        let before = raw_store();
        let was_locked = match read_store_file() {
            Err(_) => return Err(StoreError::Unreadable),
            Ok(file) => file.as_ref().and_then(StoreFile::lock).is_some(),
        };
        let mut env = match load().await {
            Stored::Empty => StoreEnvelope::new(),
            Stored::Ok(env) => env,
            Stored::Locked => return Err(StoreError::Locked),
            Stored::Unreadable { .. } => return Err(StoreError::Unreadable),
        };
        if !change(&mut env) {
            return Ok(None);
        }
        let seal = match target {
            Target::Same => was_locked,
            Target::Locked => true,
            Target::Open => false,
        };
        let file = if seal {
            let u = unlocked().ok_or(StoreError::Locked)?;
            sealed_file(&env, &u)
                .await
                .map_err(|_| StoreError::NoCrypto)?
        } else {
            StoreFile::Open(env.clone())
        };
        if raw_store() != before {
            continue;
        }
        write_file(&file)?;
        return Ok(Some(env));
    }
}

async fn sealed_file(env: &StoreEnvelope, u: &Unlocked) -> Result<StoreFile, JsValue> {
    let mut cases = Vec::with_capacity(env.cases.len());
    for c in &env.cases {
        cases.push(StoredCase {
            id: c.id.clone(),
            saved_at_ms: c.saved_at_ms,
            expires_after_days: c.expires_after_days,
            casus: crypto::seal(&u.key, &casus_plaintext(&c.casus)).await?,
        });
    }
    Ok(StoreFile::Locked(LockedStore {
        lock: u.lock.clone(),
        env: StoreEnvelope {
            cases,
            settings: env.settings.clone(),
        },
    }))
}

/// Moves unreadable stored data aside (under a new key, unchanged) so saving can start again.
pub fn set_unreadable_aside() -> Result<String, StoreError> {
    let raw = raw_store().unwrap_or_default();
    let key = format!("{STORE_KEY}.onleesbaar.{}", now_ms());
    LocalStorage::raw()
        .set_item(&key, &raw)
        .map_err(|_| StoreError::SetAsideFailed)?;
    LocalStorage::delete(STORE_KEY);
    Ok(key)
}

// ----------------------------------------------------------------------- the working copy

pub fn read_session() -> Option<SessionCopy> {
    SessionStorage::raw()
        .get_item(SESSION_KEY)
        .ok()
        .flatten()
        .and_then(|raw| parse_session(&raw))
}

/// Writes this tab's working copy: sealed while the key is in memory. Without a key it is
/// written open, unless the saved cases are locked (then it is left as it is).
pub async fn write_working(w: &WorkingCopy) {
    let json = match unlocked() {
        Some(u) => match crypto::seal(&u.key, &working_plaintext(w)).await {
            Ok(sealed) => SealedSession {
                lock: u.lock,
                sealed,
            }
            .to_json(),
            Err(_) => return,
        },
        None if matches!(read_store_file(), Ok(Some(StoreFile::Locked(_)))) => return,
        None => serde_json::to_string(w).expect("the working copy serialises"),
    };
    let _ = SessionStorage::raw().set_item(SESSION_KEY, &json);
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
    let plain = crypto::open(&key, &s.sealed).await.ok()?;
    parse_working_plaintext(&plain)
}

pub fn delete_working() {
    SessionStorage::delete(SESSION_KEY);
}

/// "Alles wissen": localStorage, sessionStorage and every cache this origin made.
pub async fn wipe_everything() {
    forget_key();
    LocalStorage::clear();
    SessionStorage::clear();
    if let Some(w) = web_sys::window() {
        if let Ok(caches) = w.caches() {
            if let Ok(keys) = JsFuture::from(caches.keys()).await {
                let keys: js_sys::Array = keys.unchecked_into();
                for k in keys.iter() {
                    if let Some(name) = k.as_string() {
                        let _ = JsFuture::from(caches.delete(&name)).await;
                    }
                }
            }
        }
    }
}
