//! The passphrase lock: turn it on or off, unlock, and the minutes without use after which
//! the app locks itself. Locking itself waits for the last write (`save::lock_now`). The work
//! with storage and Web Crypto is `app::locking`, run through `app::storage`.

use crate::app::actions::keep_on_device;
use crate::app::ops::{Op, Reply};
use crate::app::save::{announce_lock, save_working_now};
use crate::app::state::{AppState, LockState};
use crate::app::storage::run;
use crate::formats::lock::DEFAULT_LOCK_MINUTES;
use crate::store::Stored;
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
    run(state, Op::LockOn(passphrase.to_string(), minutes))
        .await
        .result()?;
    save_working_now(state);
    // The other tabs seal their working copies with this key and lock.
    announce_lock(state).await;
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
    run(state, Op::LockOff).await.result()?;
    save_working_now(state);
    Ok(())
}

/// Unlocks with the passphrase: the key comes back into memory, and with it the saved cases
/// and this tab's working copy. `Err` is the Dutch message for a wrong passphrase.
pub async fn unlock(state: AppState, passphrase: &str) -> Result<(), &'static str> {
    let result = match run(state, Op::Unlock(passphrase.to_string())).await {
        Reply::Unlock(result) => result,
        _ => Err(crate::formats::lock::WRONG_PASSPHRASE),
    };
    if result.is_ok() {
        save_working_now(state);
    }
    result
}
