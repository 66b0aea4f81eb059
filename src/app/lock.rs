//! The passphrase lock: turn it on or off, unlock, and the minutes without use after which
//! the app locks itself. Locking itself waits for the last write (`save::lock_now`).

use crate::app::actions::{change_saved, keep_on_device};
use crate::app::leaving::announce_lock;
use crate::app::save::save_working_now;
use crate::app::state::{AppState, LockState};
use crate::content::catalogue;
use crate::formats::lock::{DEFAULT_LOCK_MINUTES, WRONG_PASSPHRASE};
use crate::formats::store::StoreFile;
use crate::formats::working::{lock_to_open, Protection, SessionCopy};
use crate::store::{self, Stored, Target};
use leptos::prelude::*;

/// The minutes without use after which the app locks itself (the saved setting).
pub fn lock_minutes(stored: &Stored) -> u32 {
    match stored {
        Stored::Ok(env) => env.settings.lock_after_minutes,
        _ => DEFAULT_LOCK_MINUTES,
    }
}

/// Turns the lock on: a new key from the passphrase seals the saved cases and this tab's
/// working copy.
pub async fn lock_on(state: AppState, passphrase: &str, minutes: u32) -> Result<(), String> {
    store::new_lock(passphrase).await.map_err(|_| {
        crate::content::catalogue()
            .screens
            .messages
            .lock_encrypt_failed
            .to_string()
    })?;
    let result = change_saved(
        state,
        &mut |env| {
            env.settings.lock_after_minutes = minutes;
            true
        },
        Target::Locked,
    )
    .await;
    if result.is_err() {
        store::forget_key();
        return result;
    }
    // The sociale kaart is sealed with the same key.
    if let Err(e) = store::rewrite_contacts(false).await {
        state.notice.set(Some(e.into()));
    }
    state.lock.set(LockState::Open);
    save_working_now(state);
    // The other tabs seal their working copies with this key and lock.
    announce_lock();
    Ok(())
}

/// Keeps the open case on this device when the lock is off: a new lock from `passphrase`
/// (with the saved minutes) first, then the case is kept, sealed from its first write.
pub async fn keep_with_new_lock(state: AppState, passphrase: &str) -> Result<(), String> {
    let minutes = state.stored.with_untracked(lock_minutes);
    lock_on(state, passphrase, minutes).await?;
    keep_on_device(state);
    Ok(())
}

/// True while cases an earlier version kept without the lock are stored open: the user is
/// asked for a passphrase, which seals them.
pub fn open_cases_kept(state: AppState) -> bool {
    state.lock.get() == LockState::Off
        && state
            .stored
            .with(|s| matches!(s, Stored::Ok(env) if !env.cases.is_empty()))
}

/// Turns the lock off: the working copy is written open again. Refused while cases are kept
/// (they are always sealed).
pub async fn lock_off(state: AppState) -> Result<(), String> {
    if state
        .stored
        .with_untracked(|s| matches!(s, Stored::Ok(env) if !env.cases.is_empty()))
    {
        return Err(catalogue().privacy.screen.lock_off_refused.to_string());
    }
    change_saved(state, &mut |_| true, Target::Open).await?;
    // The sociale kaart is written open again, before the key goes.
    store::rewrite_contacts(true).await?;
    store::forget_key();
    state.lock.set(LockState::Off);
    save_working_now(state);
    Ok(())
}

/// Unlocks with the passphrase: the key comes back into memory, and with it the saved cases
/// and this tab's working copy. `Err` is the Dutch message for a wrong passphrase.
pub async fn unlock(state: AppState, passphrase: &str) -> Result<(), &'static str> {
    let session = store::read_session();
    let read = store::read_store_file();
    let protection = Protection::of(read.as_ref().map(Option::as_ref).map_err(|(e, _)| e));
    let file = read.ok().flatten();
    let Some(lock) = lock_to_open(file.as_ref(), session.as_ref()).cloned() else {
        if protection.allows_plain_text() {
            state.lock.set(LockState::Off);
        }
        return Ok(());
    };
    if !store::unlock(passphrase, &lock).await {
        return Err(WRONG_PASSPHRASE);
    }
    match session {
        Some(SessionCopy::Sealed(s)) => match store::open_working(&s, passphrase).await {
            Some(w) => state.restore(w),
            None => state.notice.set(Some(
                crate::content::catalogue()
                    .screens
                    .messages
                    .working_copy_unreadable
                    .to_string(),
            )),
        },
        // Locked from another tab: this tab's case stayed in memory.
        Some(SessionCopy::Open(_)) | None => {}
    }
    // Only the working copy was sealed and the saved cases are open (the lock was turned off
    // elsewhere): the lock is off. Saved cases that cannot be read (damaged, edited, newer)
    // may be locked: the key stays, and the working copy stays sealed.
    let lock_off =
        file.as_ref().and_then(StoreFile::lock).is_none() && protection.allows_plain_text();
    if lock_off {
        store::forget_key();
    }
    state.stored.set(store::load().await);
    crate::app::contacts::reload(state);
    state.lock.set(if lock_off {
        LockState::Off
    } else {
        LockState::Open
    });
    save_working_now(state);
    Ok(())
}
