//! The passphrase lock's work with storage and Web Crypto, run through `app::storage`
//! (`app::persisted::dispatch`): turn it on or off, unlock. What follows in the app (the working
//! copy written again, the other tabs told) is `app::lock`.

use crate::app::state::{AppState, LockState};
use crate::content::catalogue;
use crate::formats::lock::WRONG_PASSPHRASE;
use crate::formats::store::{StoreEnvelope, StoreFile};
use crate::formats::working::{lock_to_open, Protection, SessionCopy};
use crate::store::{self, Stored, Target};
use leptos::prelude::*;

async fn change_saved(
    state: AppState,
    change: &mut dyn FnMut(&mut StoreEnvelope) -> bool,
    target: Target,
) -> Result<(), String> {
    let env = store::update(change, target).await?;
    if let Some(env) = env {
        state.stored.set(Stored::Ok(env));
    }
    Ok(())
}

/// Turns the lock on: a new key from the passphrase seals the saved cases (and the sociale
/// kaart); the app then writes this tab's working copy sealed.
pub async fn lock_on(state: AppState, passphrase: &str, minutes: u32) -> Result<(), String> {
    store::new_lock(passphrase)
        .await
        .map_err(|_| catalogue().screens.messages.lock_encrypt_failed.to_string())?;
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
    Ok(())
}

/// Turns the lock off: the saved settings and the sociale kaart are written open. Refused
/// while cases are kept (they are always sealed).
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
                catalogue()
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
    if let Ok(list) = store::load_contacts().await {
        state.contacts.set(list);
    }
    state.lock.set(if lock_off {
        LockState::Off
    } else {
        LockState::Open
    });
    Ok(())
}
