//! Writing the open case: this tab's working copy on every change, and the saved copy when
//! the user chose "Bewaar op dit apparaat".
//!
//! Writes may wait for Web Crypto (with the lock on), so they run one at a time: a change
//! during a write asks for one more write afterwards, and locking waits until the last change
//! is sealed.

use crate::app::state::{AppState, LockState};
use crate::formats::working::{changed_elsewhere, WorkingCopy};
use crate::store::{self, Stored, Target};
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static SAVING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static LOCK_WHEN_SAVED: Cell<bool> = const { Cell::new(false) };
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

/// Locks now: the last change is sealed first, then the key and the case leave memory.
pub fn lock_now(state: AppState) {
    if state.lock.get_untracked() != LockState::Open {
        return;
    }
    LOCK_WHEN_SAVED.set(true);
    request_save(state);
}

/// Closes the lock: the key and the case leave memory, the lock screen shows.
fn close(state: AppState) {
    store::forget_key();
    state.lock.set(LockState::Closed);
    state.notice.set(None);
    state.stored.set(Stored::Locked);
    state.clear_case();
}

/// Writes the working copy, and the saved copy unless another tab changed it first.
async fn save(state: AppState) {
    if state.lock.get_untracked() == LockState::Closed {
        return;
    }
    let casus = state.casus.get_untracked();
    let case_id = state.case_id.get_untracked();
    let base = state.base_saved_at.get_untracked();
    if case_id.is_none() && casus.is_empty() && casus.role.is_none() {
        // Nothing typed yet (or everything wiped): keep no working copy at all. A chosen role
        // is kept, so it survives a reload.
        store::delete_working();
        return;
    }
    if let Err(e) = store::write_working(&WorkingCopy {
        case_id: case_id.clone(),
        base_saved_at_ms: base,
        casus: casus.clone(),
    })
    .await
    {
        state.notice.set(Some(e.into()));
    }
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
            if let Err(e) = store::write_working(&WorkingCopy {
                case_id: Some(id),
                base_saved_at_ms: Some(now),
                casus: state.casus.get_untracked(),
            })
            .await
            {
                state.notice.set(Some(e.into()));
            }
            state.stored.set(Stored::Ok(env));
        }
        Ok(None) if conflict => state.conflict.set(true),
        Ok(None) => state.base_saved_at.set(same_as),
        Err(e) => state.notice.set(Some(e.into())),
    }
}
