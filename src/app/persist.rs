//! Keeping the case across reloads and tabs: what is read at start (this tab's working copy,
//! the saved cases, expiry, whether the app starts locked), the effect that writes on every
//! change, and reading the saved cases again when another tab wrote them.

use crate::app::save::request_save;
use crate::app::state::{AppState, LockState};
use crate::formats::store::{StoreFile, STORE_KEY};
use crate::formats::working::{after_other_save, lock_to_open, OtherSave, SessionCopy};
use crate::store::{self, Stored};
use leptos::prelude::*;

/// Loads this tab's working copy and the saved cases, removes expired cases (sealed ones too:
/// no key is needed for that), decides whether the app starts locked, and installs the effects
/// that keep everything written.
pub fn install(state: AppState) {
    if let Some(text) = store::take_notice() {
        state.notice.set(Some(text));
    }
    let session = store::read_session();
    if let Some(SessionCopy::Open(w)) = &session {
        state.restore(w.clone());
    }
    let mut file = store::read_store_file();
    if let Ok(Some(f)) = &mut file {
        let gone = f.remove_expired(store::now_ms());
        if !gone.is_empty() {
            let _ = store::write_file(f);
            state.notice.set(Some(
                crate::content::catalogue()
                    .screens
                    .messages
                    .expired
                    .fill(&[&gone.len()]),
            ));
            if state
                .case_id
                .with_untracked(|id| id.as_ref().is_some_and(|id| gone.contains(id)))
            {
                state.unlink_case();
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

/// Reads the saved cases again after another tab wrote them.
async fn refresh(state: AppState) {
    // Only saved cases that are there and open mean the lock was turned off in another tab.
    // Gone (being wiped: the other tab says so) or unreadable never lowers protection.
    let lock_off = store::with_store_file(|read| matches!(read, Ok(Some(StoreFile::Open(_)))));
    if state.lock.get_untracked() == LockState::Open && lock_off {
        store::forget_key();
        state.lock.set(LockState::Off);
    }
    let stored = store::load().await;
    if stored == Stored::Locked {
        // Locked in another tab, with a key this tab does not have. That tab hands over its
        // key so this one can seal its working copy and lock (`tabs`); should that message
        // not come, this tab locks without it.
        crate::app::tabs::lock_unless_told(state);
        return;
    }
    if let Some(id) = state.case_id.get_untracked() {
        let theirs = stored.case(&id);
        // The saved case as this tab last read or wrote it.
        let known = state.stored.with_untracked(|s| s.case(&id));
        let what = state.casus.with_untracked(|mine| {
            after_other_save(
                mine,
                state.base_saved_at.get_untracked(),
                known.as_ref(),
                theirs.as_ref(),
            )
        });
        match (what, theirs) {
            (OtherSave::Removed, _) if matches!(stored, Stored::Empty | Stored::Ok(_)) => {
                state.unlink_case();
                state.notice.set(Some(
                    crate::content::catalogue()
                        .screens
                        .messages
                        .deleted_in_other_tab
                        .to_string(),
                ));
            }
            (OtherSave::Same, Some(s)) => state.base_saved_at.set(Some(s.saved_at_ms)),
            (OtherSave::TakeTheirs, Some(s)) => {
                state.base_saved_at.set(Some(s.saved_at_ms));
                state.casus.set(s.casus);
            }
            (OtherSave::Conflict, _) => state.raise_conflict(),
            _ => {}
        }
    }
    state.stored.set(stored);
}
