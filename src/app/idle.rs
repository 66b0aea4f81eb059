//! The idle timer: the app locks itself after the saved number of minutes without use.

use crate::app::lock::lock_minutes;
use crate::app::save::lock_now;
use crate::app::state::{AppState, LockState};
use crate::formats::lock::idle_too_long;
use crate::store;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static LAST_ACTIVITY_MS: Cell<u64> = const { Cell::new(0) };
}

/// Counts keys, clicks, touches and scrolling as use, and checks every few seconds (and when
/// the tab becomes visible again) whether the lock is due.
pub fn install_idle_lock(state: AppState) {
    LAST_ACTIVITY_MS.set(store::now_ms());
    for event in ["pointerdown", "keydown", "input", "wheel", "scroll"] {
        let handle = window_event_listener_untyped(event, |_| {
            LAST_ACTIVITY_MS.set(store::now_ms());
        });
        on_cleanup(move || handle.remove());
    }
    let check = move || {
        if state.lock.get_untracked() == LockState::Open
            && idle_too_long(
                store::now_ms(),
                LAST_ACTIVITY_MS.get(),
                state.stored.with_untracked(lock_minutes),
            )
        {
            lock_now(state);
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, Duration::from_secs(5)) {
        on_cleanup(move || handle.clear());
    }
    let handle = window_event_listener_untyped("visibilitychange", move |_| check());
    on_cleanup(move || handle.remove());
}
