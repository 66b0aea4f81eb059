//! Keeps the case: this tab's working copy on every change, and the saved copy when the user
//! chose "Bewaar op dit apparaat". Also the cross-tab guard, the lock and the app's storage
//! actions.
//!
//! Writes may wait for Web Crypto (with the lock on), so they run one at a time: a change
//! during a write asks for one more write afterwards, and locking waits until the last change
//! is sealed.

use super::app::{AppState, LockState};
use crate::formats::lock::WRONG_PASSPHRASE;
use crate::formats::store::{StoreEnvelope, StoreFile, STORE_KEY};
use crate::formats::working::{changed_elsewhere, lock_to_open, SessionCopy, WorkingCopy};
use crate::model::Casus;
use crate::store::{self, Stored, Target};
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static SAVING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static LOCK_WHEN_SAVED: Cell<bool> = const { Cell::new(false) };
}

/// Loads this tab's working copy and the saved cases, removes expired cases (sealed ones too:
/// no key is needed for that), decides whether the app starts locked, and installs the effects
/// that keep everything written.
pub fn install(state: AppState) {
    let session = store::read_session();
    if let Some(SessionCopy::Open(w)) = &session {
        restore(state, w.clone());
    }
    let mut file = store::read_store_file();
    if let Ok(Some(f)) = &mut file {
        let gone = f.remove_expired(store::now_ms());
        if !gone.is_empty() {
            let _ = store::write_file(f);
            state.notice.set(Some(format!(
                "{} opgeslagen casus(sen) waren verlopen en zijn verwijderd.",
                gone.len()
            )));
            if state
                .case_id
                .with_untracked(|id| id.as_ref().is_some_and(|id| gone.contains(id)))
            {
                state.case_id.set(None);
                state.base_saved_at.set(None);
            }
        }
    }
    let needs_key = lock_to_open(
        file.as_ref().ok().and_then(Option::as_ref),
        session.as_ref(),
    );
    if needs_key.is_some() {
        state.lock.set(LockState::Closed);
    }
    state.stored.set(store::stored_now());

    // Every change: the working copy of this tab, and the saved copy when there is one.
    Effect::new(move |_| {
        state.casus.track();
        state.case_id.track();
        request_save(state);
    });

    // Another tab changed the saved cases: never overwrite its work silently.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref().is_some_and(|k| k != STORE_KEY) {
            return;
        }
        leptos::task::spawn_local(refresh(state));
    });
    on_cleanup(move || handle.remove());
}

fn restore(state: AppState, w: WorkingCopy) {
    state.casus.set(w.casus);
    state.case_id.set(w.case_id);
    state.base_saved_at.set(w.base_saved_at_ms);
}

/// Reads the saved cases again after another tab wrote them.
async fn refresh(state: AppState) {
    let lock_on = matches!(store::read_store_file(), Ok(Some(StoreFile::Locked(_))));
    if state.lock.get_untracked() == LockState::Open && !lock_on {
        // The lock was turned off (or everything wiped) in another tab.
        store::forget_key();
        state.lock.set(LockState::Off);
    }
    let stored = store::load().await;
    if stored == Stored::Locked {
        // Locked in another tab, with a key this tab does not have. The open case stays in
        // memory behind the lock screen and is sealed once this tab is unlocked.
        store::forget_key();
        state.lock.set(LockState::Closed);
        state.stored.set(stored);
        return;
    }
    if let Some(id) = state.case_id.get_untracked() {
        let env = stored.envelope();
        let mine = env.as_ref().and_then(|e| e.get(&id).cloned());
        match mine {
            None if env.is_some() => {
                state.case_id.set(None);
                state.base_saved_at.set(None);
                state.notice.set(Some("Deze casus is in een ander tabblad verwijderd van dit apparaat. Hij staat nu alleen nog in dit tabblad.".into()));
            }
            // The same content saved elsewhere (for example opened there) is no conflict.
            Some(s) if state.casus.with_untracked(|c| *c == s.casus) => {
                state.base_saved_at.set(Some(s.saved_at_ms));
            }
            Some(s) if changed_elsewhere(state.base_saved_at.get_untracked(), Some(&s)) => {
                state.conflict.set(true);
            }
            _ => {}
        }
    }
    state.stored.set(stored);
}

/// Asks for a write of the current case; writes run one at a time.
pub fn request_save(state: AppState) {
    if SAVING.get() {
        AGAIN.set(true);
        return;
    }
    SAVING.set(true);
    leptos::task::spawn_local(async move {
        loop {
            AGAIN.set(false);
            save(state).await;
            if !AGAIN.get() {
                break;
            }
        }
        SAVING.set(false);
        if LOCK_WHEN_SAVED.replace(false) {
            close(state);
        }
    });
}

/// Writes the working copy, and the saved copy unless another tab changed it first.
async fn save(state: AppState) {
    if state.lock.get_untracked() == LockState::Closed {
        return;
    }
    let casus = state.casus.get_untracked();
    let case_id = state.case_id.get_untracked();
    let base = state.base_saved_at.get_untracked();
    if case_id.is_none() && casus == Casus::new() {
        // Nothing typed yet (or everything wiped): keep no working copy at all.
        store::delete_working();
        return;
    }
    store::write_working(&WorkingCopy {
        case_id: case_id.clone(),
        base_saved_at_ms: base,
        casus: casus.clone(),
    })
    .await;
    let Some(id) = case_id else { return };
    if state.conflict.get_untracked() {
        return;
    }
    let now = store::now_ms();
    let mut same_as = None;
    let mut conflict = false;
    let written = store::update(
        &mut |env| {
            if let Some(stored) = env.get(&id).filter(|s| s.casus == casus) {
                // Nothing changed (for example, the case was just opened): nothing to write.
                same_as = Some(stored.saved_at_ms);
                return false;
            }
            conflict = changed_elsewhere(base, env.get(&id));
            if conflict {
                return false;
            }
            env.upsert(&id, casus.clone(), now);
            true
        },
        Target::Same,
    )
    .await;
    match written {
        Ok(Some(env)) => {
            state.base_saved_at.set(Some(now));
            store::write_working(&WorkingCopy {
                case_id: Some(id),
                base_saved_at_ms: Some(now),
                casus: state.casus.get_untracked(),
            })
            .await;
            state.stored.set(Stored::Ok(env));
        }
        Ok(None) if conflict => state.conflict.set(true),
        Ok(None) => state.base_saved_at.set(same_as),
        Err(e) => state.notice.set(Some(e.into())),
    }
}

/// Runs a change of the saved cases and shows the result; `Err` carries the Dutch message.
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

/// Changes a setting of the saved cases (sealed or not) and reports the outcome: `done` on
/// success, else the reason.
pub fn change_setting(
    state: AppState,
    edit: impl Fn(&mut StoreEnvelope) + 'static,
    done: String,
    report: RwSignal<Option<(bool, String)>>,
) {
    leptos::task::spawn_local(async move {
        let result = change_saved(
            state,
            &mut |env| {
                edit(env);
                true
            },
            Target::Same,
        )
        .await;
        report.set(Some(match result {
            Ok(()) => (true, done),
            Err(e) => (false, e),
        }));
    });
}

/// "Bewaar op dit apparaat": give the case an id and save it.
pub fn keep_on_device(state: AppState) {
    if state.case_id.get_untracked().is_some() {
        return;
    }
    state.conflict.set(false);
    state.base_saved_at.set(None);
    state.case_id.set(Some(store::new_id()));
}

/// Stop keeping this case on the device: remove the saved copy, keep it in this tab.
pub fn forget_on_device(state: AppState) {
    if let Some(id) = state.case_id.get_untracked() {
        delete_saved(state, &id);
    }
}

/// Removes one saved case. When it is the open case, it stays open in this tab only.
pub fn delete_saved(state: AppState, id: &str) {
    if state.case_id.get_untracked().as_deref() == Some(id) {
        state.case_id.set(None);
        state.base_saved_at.set(None);
        state.conflict.set(false);
    }
    let id = id.to_string();
    leptos::task::spawn_local(async move {
        if let Err(msg) = change_saved(state, &mut |env| env.remove(&id), Target::Same).await {
            state.notice.set(Some(msg));
        }
    });
}

/// True when replacing the open case would lose work: it has content and is not saved.
/// Then the user is asked first (a native dialog, keyboard and screen-reader friendly).
pub fn confirm_replace(state: AppState) -> bool {
    let unsaved = state.case_id.with_untracked(|id| id.is_none())
        && state.casus.with_untracked(|c| *c != Casus::new());
    !unsaved
        || window()
            .confirm_with_message("De open casus is niet bewaard op dit apparaat en gaat dan verloren. Wilt u doorgaan?")
            .unwrap_or(false)
}

/// Opens a saved case in this tab.
pub fn open_saved(state: AppState, id: &str) {
    if !confirm_replace(state) {
        return;
    }
    if let Some(s) = state
        .stored
        .with_untracked(|s| s.envelope())
        .and_then(|e| e.get(id).cloned())
    {
        state.conflict.set(false);
        state.base_saved_at.set(Some(s.saved_at_ms));
        state.case_id.set(Some(s.id));
        state.casus.set(s.casus);
    }
}

/// Starts a new, empty case in this tab (saved cases stay saved).
pub fn new_case(state: AppState) {
    if !confirm_replace(state) {
        return;
    }
    state.conflict.set(false);
    state.case_id.set(None);
    state.base_saved_at.set(None);
    state.casus.set(Casus::new());
}

/// Resolves a conflict with another tab: take its version, or keep this one (and save it).
pub fn resolve_conflict(state: AppState, take_theirs: bool) {
    let Some(id) = state.case_id.get_untracked() else {
        state.conflict.set(false);
        return;
    };
    leptos::task::spawn_local(async move {
        let theirs = store::load()
            .await
            .envelope()
            .and_then(|e| e.get(&id).cloned());
        state.conflict.set(false);
        if let Some(s) = theirs {
            state.base_saved_at.set(Some(s.saved_at_ms));
            if take_theirs {
                state.casus.set(s.casus);
            } else {
                request_save(state);
            }
        }
    });
}

/// "Alles wissen": memory, the key, localStorage, sessionStorage and caches.
pub fn wipe_all(state: AppState) {
    leptos::task::spawn_local(async move {
        store::wipe_everything().await;
        state.lock.set(LockState::Off);
        state.conflict.set(false);
        state.case_id.set(None);
        state.base_saved_at.set(None);
        state.casus.set(Casus::new());
        state.stored.set(Stored::Empty);
        state.notice.set(Some("Alles is gewist: de casus in dit tabblad, de opgeslagen casussen en de bestanden die Thuiswijzer bewaarde.".into()));
    });
}

// ------------------------------------------------------------------------------ the lock

/// Turns the lock on: a new key from the passphrase seals the saved cases and this tab's
/// working copy.
pub async fn lock_on(state: AppState, passphrase: &str, minutes: u32) -> Result<(), String> {
    store::new_lock(passphrase).await.map_err(|_| {
        "Versleutelen lukt niet in deze browser. Het slot is niet aangezet.".to_string()
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
    state.lock.set(LockState::Open);
    request_save(state);
    Ok(())
}

/// Turns the lock off: the saved cases and the working copy are written open again.
pub async fn lock_off(state: AppState) -> Result<(), String> {
    change_saved(state, &mut |_| true, Target::Open).await?;
    store::forget_key();
    state.lock.set(LockState::Off);
    request_save(state);
    Ok(())
}

/// Locks now: the last change is sealed first, then the key and the case leave memory.
pub fn lock_now(state: AppState) {
    if state.lock.get_untracked() != LockState::Open {
        return;
    }
    LOCK_WHEN_SAVED.set(true);
    request_save(state);
}

fn close(state: AppState) {
    store::forget_key();
    state.lock.set(LockState::Closed);
    state.conflict.set(false);
    state.notice.set(None);
    state.stored.set(Stored::Locked);
    state.case_id.set(None);
    state.base_saved_at.set(None);
    state.casus.set(Casus::new());
}

/// Unlocks with the passphrase: the key comes back into memory, and with it the saved cases
/// and this tab's working copy. `Err` is the Dutch message for a wrong passphrase.
pub async fn unlock(state: AppState, passphrase: &str) -> Result<(), &'static str> {
    let session = store::read_session();
    let file = store::read_store_file().ok().flatten();
    let Some(lock) = lock_to_open(file.as_ref(), session.as_ref()).cloned() else {
        state.lock.set(LockState::Off);
        return Ok(());
    };
    if !store::unlock(passphrase, &lock).await {
        return Err(WRONG_PASSPHRASE);
    }
    match session {
        Some(SessionCopy::Sealed(s)) => match store::open_working(&s, passphrase).await {
            Some(w) => restore(state, w),
            None => state.notice.set(Some(
                "De casus die in dit tabblad open stond, kon niet worden geopend. Uw bewaarde casussen vindt u onder ‘Mijn casussen en privacy’."
                    .into(),
            )),
        },
        // Locked from another tab: this tab's case stayed in memory.
        Some(SessionCopy::Open(_)) | None => {}
    }
    if file.as_ref().and_then(StoreFile::lock).is_none() {
        // Only the working copy was sealed; the lock itself was turned off elsewhere.
        store::forget_key();
    }
    state.stored.set(store::load().await);
    state
        .lock
        .set(if file.and_then(|f| f.lock().cloned()).is_some() {
            LockState::Open
        } else {
            LockState::Off
        });
    request_save(state);
    Ok(())
}
