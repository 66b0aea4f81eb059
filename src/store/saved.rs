//! The saved cases in localStorage: read (opened with the key when the lock is on), changed
//! and written back, sealed or open.

use super::crypto;
use super::error::StoreError;
use super::ids::now_ms;
use super::key::{unlocked, Unlocked};
use crate::formats::footprint::set_aside_key;
use crate::formats::store::{
    parse_store, LoadError, LockedStore, StoreEnvelope, StoreFile, STORE_KEY,
};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

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
    let mut opened = Vec::new();
    for (sealed, aad) in locked.sealed_values() {
        opened.push(crypto::open(&u.key, sealed, &aad).await.ok());
    }
    let mut opened = opened.into_iter();
    match locked.open_with(|_, _| opened.next().flatten()) {
        Ok(env) => Stored::Ok(env),
        Err(error) => Stored::Unreadable {
            error,
            raw: raw.to_string(),
        },
    }
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
    let mut sealed = Vec::with_capacity(env.cases.len() + 1);
    for (plain, aad) in LockedStore::to_seal(env) {
        sealed.push(crypto::seal(&u.key, &plain, &aad).await?);
    }
    Ok(StoreFile::Locked(LockedStore::from_sealed(
        env,
        u.lock.clone(),
        sealed,
    )))
}

/// Moves unreadable stored data aside (under a new key, unchanged) so saving can start again.
pub fn set_unreadable_aside() -> Result<String, StoreError> {
    let raw = raw_store().unwrap_or_default();
    let key = set_aside_key(now_ms());
    LocalStorage::raw()
        .set_item(&key, &raw)
        .map_err(|_| StoreError::SetAsideFailed)?;
    LocalStorage::delete(STORE_KEY);
    Ok(key)
}
