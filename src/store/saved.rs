//! The saved cases in localStorage: read (opened with the key when the lock is on), changed
//! and written back, sealed or open; a write sets only the keys of the cases that changed and
//! the index (format 4, `formats::split`).

use super::crypto;
use super::error::StoreError;
use super::ids::now_ms;
use super::key::{unlocked, Unlocked};
use crate::formats::footprint::set_aside_key;
use crate::formats::keeping::may_write_open;
use crate::formats::settings::Settings;
use crate::formats::split::{
    plan_write, read_store, recovery_text, Layout, WritePlan, CASE_KEY_PREFIX,
};
use crate::formats::store::{
    LoadError, LockedStore, SealStep, StoreEnvelope, StoreFile, StoredCase, STORE_KEY,
};
use gloo_storage::{LocalStorage, Storage};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `localStorage`, with a `getItem` that leaves the text a JS string.
    #[wasm_bindgen(js_name = Storage)]
    type JsStorage;
    /// `Storage.getItem`, the text left a JS string: it is copied into WebAssembly only when
    /// it differs from the text this tab last read or wrote (an older store in one key can be
    /// megabytes, read on every save).
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_js(this: &JsStorage, key: &str) -> Result<JsValue, JsValue>;
}

/// What localStorage holds for the saved cases, as this tab can see it.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Nothing saved yet.
    Empty,
    /// Shared with the copy this tab holds in memory: handing it out copies no case.
    Ok(Arc<StoreEnvelope>),
    /// Sealed with the lock, and this tab has no key.
    Locked,
    /// Present but unreadable: kept untouched under its key; `raw` can be exported for recovery.
    Unreadable { error: LoadError, raw: String },
}

impl Stored {
    /// Every saved case and the settings (shared, not copied).
    pub fn envelope(&self) -> Option<Arc<StoreEnvelope>> {
        match self {
            Stored::Empty => Some(Arc::new(StoreEnvelope::new())),
            Stored::Ok(e) => Some(e.clone()),
            Stored::Locked | Stored::Unreadable { .. } => None,
        }
    }

    /// A copy of one saved case, when it can be read.
    pub fn case(&self, id: &str) -> Option<StoredCase> {
        match self {
            Stored::Ok(e) => e.get(id).cloned(),
            _ => None,
        }
    }

    /// The settings, when they can be read (the defaults while nothing is saved).
    pub fn settings(&self) -> Option<Settings> {
        match self {
            Stored::Empty => Some(Settings::default()),
            Stored::Ok(e) => Some(e.settings.clone()),
            Stored::Locked | Stored::Unreadable { .. } => None,
        }
    }
}

/// The index of the saved cases (format 4), or the whole store of an older version, as a JS
/// string (`None` when there is none).
fn raw_store() -> Option<JsValue> {
    LocalStorage::raw()
        .unchecked_ref::<JsStorage>()
        .get_item_js(STORE_KEY)
        .ok()
        .filter(JsValue::is_string)
}

/// The text of [`raw_store`], copied into WebAssembly.
fn raw_store_text() -> Option<String> {
    raw_store().and_then(|raw| raw.as_string())
}

fn raw_item(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Every case key in localStorage with its text (also keys the index no longer names).
fn case_items() -> Vec<(String, String)> {
    let s = LocalStorage::raw();
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(CASE_KEY_PREFIX))
        .filter_map(|k| raw_item(&k).map(|v| (k, v)))
        .collect()
}

/// The store as last read or written by this tab, parsed, and opened when the key allowed.
/// It is used while localStorage still holds exactly the index `raw`: every write gives the
/// index a new `rev`, so another tab's write makes it stale, and it is read again (only the
/// case keys written since). So a keystroke costs one read of the index and a comparison of
/// two JS strings, not a copy into WebAssembly, a parse and a Web Crypto call per saved case.
struct Cached {
    /// The text under [`STORE_KEY`], a JS string (compared with `===`).
    raw: JsValue,
    file: StoreFile,
    /// Where the cases of `file` live (format 4).
    layout: Layout,
    /// The open cases: of an open store, or of a locked one opened with the key of `salt`.
    opened: Option<(Option<Vec<u8>>, Arc<StoreEnvelope>)>,
}

thread_local! {
    static CACHE: RefCell<Option<Rc<Cached>>> = const { RefCell::new(None) };
}

fn cached(raw: &JsValue) -> Option<Rc<Cached>> {
    CACHE.with(|c| c.borrow().clone().filter(|c| c.raw == *raw))
}

fn remember(c: Cached) -> Rc<Cached> {
    let c = Rc::new(c);
    CACHE.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    c
}

/// The store as localStorage holds it now, parsed (from memory when unchanged).
fn current() -> Result<Option<Rc<Cached>>, (LoadError, String)> {
    current_of(raw_store())
}

/// The store that `raw` (just read from localStorage) holds, parsed (from memory when it is
/// the text last read or written).
fn current_of(raw: Option<JsValue>) -> Result<Option<Rc<Cached>>, (LoadError, String)> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    if let Some(c) = cached(&raw) {
        return Ok(Some(c));
    }
    let text = raw.as_string().unwrap_or_default();
    let known = CACHE.with(|c| c.borrow().clone());
    match read_store(
        &text,
        raw_item,
        known.as_deref().map(|k| (&k.file, &k.layout)),
    ) {
        Ok((file, layout)) => {
            let opened = match &file {
                StoreFile::Open(env) => Some((None, Arc::new(env.clone()))),
                StoreFile::Locked(_) => None,
            };
            Ok(Some(remember(Cached {
                raw,
                file,
                layout,
                opened,
            })))
        }
        Err(e) => Err((e, recovery_text(&text, &case_items()))),
    }
}

/// Forgets the store held in memory (with the opened cases in it).
pub fn forget_cache() {
    CACHE.with(|c| *c.borrow_mut() = None);
}

/// Lets `f` look at localStorage as it is now, parsed but not opened (no key needed), without
/// copying it.
pub fn with_store_file<R>(f: impl FnOnce(Result<Option<&StoreFile>, &LoadError>) -> R) -> R {
    match current() {
        Ok(c) => f(Ok(c.as_deref().map(|c| &c.file))),
        Err((e, _)) => f(Err(&e)),
    }
}

/// localStorage as it is now, parsed but not opened (no key needed).
pub fn read_store_file() -> Result<Option<StoreFile>, (LoadError, String)> {
    current().map(|c| c.map(|c| c.file.clone()))
}

/// Writes a store file as it is (no key needed: for expiry and deletes of sealed cases too).
pub fn write_file(file: &StoreFile) -> Result<(), StoreError> {
    let before = current().ok().flatten();
    let plan = plan_write(before.as_deref().map(|c| (&c.file, &c.layout)), file);
    apply(&plan)?;
    let opened = match file {
        StoreFile::Open(env) => Some((None, Arc::new(env.clone()))),
        StoreFile::Locked(_) => None,
    };
    remember(Cached {
        raw: JsValue::from_str(&plan.index),
        file: file.clone(),
        layout: plan.layout,
        opened,
    });
    Ok(())
}

/// Writes `plan` in its order: the new case keys, the index (the commit), then the removal of
/// the keys it no longer names. When the browser refuses a write, the case keys written for it
/// are removed again and the store stays as it was.
fn apply(plan: &WritePlan) -> Result<(), StoreError> {
    let s = LocalStorage::raw();
    let undo = |written: &[(String, String)]| {
        for (k, _) in written {
            let _ = s.remove_item(k);
        }
    };
    for (i, (k, v)) in plan.cases.iter().enumerate() {
        if s.set_item(k, v).is_err() {
            undo(&plan.cases[..i]);
            return Err(StoreError::Full);
        }
    }
    if s.set_item(STORE_KEY, &plan.index).is_err() {
        undo(&plan.cases);
        return Err(StoreError::Full);
    }
    for k in &plan.remove {
        let _ = s.remove_item(k);
    }
    Ok(())
}

/// The cases of an open store as held in memory (a copy only when none is held).
fn shared_open(
    env: &StoreEnvelope,
    opened: &Option<(Option<Vec<u8>>, Arc<StoreEnvelope>)>,
) -> Arc<StoreEnvelope> {
    match opened {
        Some((None, held)) => held.clone(),
        _ => Arc::new(env.clone()),
    }
}

/// Opens the store with the key in memory (from memory when it was opened before).
async fn open_current(c: Rc<Cached>) -> Stored {
    let locked = match &c.file {
        StoreFile::Open(env) => return Stored::Ok(shared_open(env, &c.opened)),
        StoreFile::Locked(l) => l,
    };
    let Some(u) = unlocked().filter(|u| u.lock.same_key_as(&locked.lock)) else {
        return Stored::Locked;
    };
    if let Some((Some(salt), env)) = &c.opened {
        if *salt == u.lock.salt {
            return Stored::Ok(env.clone());
        }
    }
    let mut opened = Vec::new();
    for (sealed, aad) in locked.sealed_values() {
        opened.push(crypto::open(&u.key, sealed, &aad).await.ok());
    }
    let mut opened = opened.into_iter();
    match locked.open_with(|_, _| opened.next().flatten()) {
        Ok(env) => {
            let env = Arc::new(env);
            if cached(&c.raw).is_some() {
                remember(Cached {
                    raw: c.raw.clone(),
                    file: c.file.clone(),
                    layout: c.layout.clone(),
                    opened: Some((Some(u.lock.salt.clone()), env.clone())),
                });
            }
            Stored::Ok(env)
        }
        Err(error) => Stored::Unreadable {
            error,
            raw: c.raw.as_string().unwrap_or_default(),
        },
    }
}

/// The saved cases as far as they can be read without waiting: sealed ones count as locked
/// unless they were opened before with the key still in memory.
pub fn stored_now() -> Stored {
    match current() {
        Ok(None) => Stored::Empty,
        Ok(Some(c)) => match (&c.file, &c.opened) {
            (StoreFile::Open(env), opened) => Stored::Ok(shared_open(env, opened)),
            (StoreFile::Locked(l), Some((Some(salt), env)))
                if unlocked()
                    .is_some_and(|u| u.lock.same_key_as(&l.lock) && u.lock.salt == *salt) =>
            {
                Stored::Ok(env.clone())
            }
            (StoreFile::Locked(_), _) => Stored::Locked,
        },
        Err((error, raw)) => Stored::Unreadable { error, raw },
    }
}

/// The saved cases, opened with the key when the lock is on.
pub async fn load() -> Stored {
    match current() {
        Ok(None) => Stored::Empty,
        Ok(Some(c)) => open_current(c).await,
        Err((error, raw)) => Stored::Unreadable { error, raw },
    }
}

/// How [`update`] writes the saved cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// As they are: sealed when the lock is on, open when it is off.
    Same,
    /// Sealed with the key made by [`super::new_lock`] (the lock goes on).
    Locked,
    /// Open (the lock goes off).
    Open,
}

/// Reads the saved cases, lets `change` edit them (it returns `false` to write nothing) and
/// writes them back, sealed or open as `target` says. Never writes over unreadable data, never
/// writes open over sealed data unless the lock goes off, and starts again when another tab
/// wrote in the meantime (sealing waits for Web Crypto), so no other tab's save is lost.
/// Only what changed is sealed again. Returns the cases as written, or `None` when `change`
/// wrote nothing.
pub async fn update(
    change: &mut dyn FnMut(&mut StoreEnvelope) -> bool,
    target: Target,
) -> Result<Option<Arc<StoreEnvelope>>, StoreError> {
    loop {
        // One read of the (possibly large) text per round: it is compared again before
        // writing, so a write by another tab meanwhile starts the round again.
        let before = raw_store();
        let current = current_of(before.clone()).map_err(|_| StoreError::Unreadable)?;
        let was_locked = current
            .as_ref()
            .is_some_and(|c| matches!(c.file, StoreFile::Locked(_)));
        let mut env = match &current {
            None => StoreEnvelope::new(),
            Some(c) => match open_current(c.clone()).await {
                Stored::Ok(env) => StoreEnvelope::clone(&env),
                Stored::Empty => StoreEnvelope::new(),
                Stored::Locked => return Err(StoreError::Locked),
                Stored::Unreadable { .. } => return Err(StoreError::Unreadable),
            },
        };
        // The cases as read, to seal only what `change` changed: the opened cases held in
        // memory with this text when there are (`open_current` just copied them, so no second
        // copy of every case is made), else a copy.
        let held = current
            .as_deref()
            .and_then(|c| c.opened.as_ref())
            .filter(|(salt, _)| {
                salt.is_none() || unlocked().is_some_and(|u| Some(&u.lock.salt) == salt.as_ref())
            })
            .map(|(_, e)| &**e);
        let copy;
        let opened: &StoreEnvelope = match held {
            Some(e) => e,
            None => {
                copy = env.clone();
                &copy
            }
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
            let previous = match current.as_deref() {
                Some(Cached {
                    file: StoreFile::Locked(l),
                    ..
                }) if l.lock.same_key_as(&u.lock) => Some((l, opened)),
                _ => None,
            };
            sealed_file(&env, &u, previous)
                .await
                .map_err(|_| StoreError::NoCrypto)?
        } else {
            // A kept case is never written unencrypted: an open write may only remove cases or
            // change settings beside cases an earlier version kept open.
            let open_now = match current.as_deref() {
                Some(Cached {
                    file: StoreFile::Open(open),
                    ..
                }) => Some(open),
                _ => None,
            };
            if !may_write_open(open_now, &env) {
                return Err(StoreError::NeedsLock);
            }
            StoreFile::Open(env.clone())
        };
        if raw_store() != before {
            continue;
        }
        // Only the cases that changed get a key of their own; then the index.
        let plan = plan_write(current.as_deref().map(|c| (&c.file, &c.layout)), &file);
        apply(&plan)?;
        let salt = match &file {
            StoreFile::Locked(l) => Some(l.lock.salt.clone()),
            StoreFile::Open(_) => None,
        };
        let env = Arc::new(env);
        remember(Cached {
            raw: JsValue::from_str(&plan.index),
            file,
            layout: plan.layout,
            opened: Some((salt, env.clone())),
        });
        return Ok(Some(env));
    }
}

async fn sealed_file(
    env: &StoreEnvelope,
    u: &Unlocked,
    previous: Option<(&LockedStore, &StoreEnvelope)>,
) -> Result<StoreFile, JsValue> {
    let mut sealed = Vec::with_capacity(env.cases.len() + 1);
    for step in LockedStore::plan_seal(env, previous) {
        sealed.push(match step {
            SealStep::Keep(s) => s,
            SealStep::Seal { plain, aad } => crypto::seal(&u.key, &plain, &aad).await?,
        });
    }
    Ok(StoreFile::Locked(LockedStore::from_sealed(
        env,
        u.lock.clone(),
        sealed,
    )))
}

/// Moves unreadable stored data aside (under a new key, unchanged: the index and every case
/// key in one text) so saving can start again.
pub fn set_unreadable_aside() -> Result<String, StoreError> {
    let cases = case_items();
    let raw = recovery_text(&raw_store_text().unwrap_or_default(), &cases);
    let key = set_aside_key(now_ms());
    LocalStorage::raw()
        .set_item(&key, &raw)
        .map_err(|_| StoreError::SetAsideFailed)?;
    LocalStorage::delete(STORE_KEY);
    for (k, _) in cases {
        LocalStorage::delete(&k);
    }
    forget_cache();
    Ok(key)
}
