//! Writing the open case: this tab's working copy on every change, and the saved copy when
//! the user chose "Bewaar op dit apparaat".
//!
//! Writes may wait for Web Crypto (with the lock on), so they run one at a time: a change
//! during a write asks for one more write afterwards, and locking waits until the last change
//! is sealed. The saved copy is written when typing pauses ([`SAVED_COPY_DELAY`]), the working
//! copy of the tab just after the change has been painted ([`WORKING_COPY_DELAY`]), and both at
//! once when the page is left or the app locks ([`flush`]).
//!
//! The writes themselves run through `app::storage` (`app::persisted`).

use crate::app::leaving::{fresh_page, stopped};
use crate::app::ops::{Op, Reply};
use crate::app::state::{AppState, LockState};
use crate::app::storage::run;
use crate::store;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::thread::LocalKey;
use std::time::Duration;

thread_local! {
    static SAVING: Cell<bool> = const { Cell::new(false) };
    /// Another write was asked for during a write: `Some(true)` when it includes the saved
    /// copy.
    static AGAIN: Cell<Option<bool>> = const { Cell::new(None) };
    static LOCK_WHEN_SAVED: Cell<bool> = const { Cell::new(false) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    /// The write of the working copy that waits for the change to be painted.
    static WORKING_TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
}

/// How long typing may pause before the saved copy is written.
const SAVED_COPY_DELAY: Duration = Duration::from_millis(500);

/// How long after a change the working copy of the tab is written: longer than a frame, so
/// copying, serialising and sealing the case do not delay showing the change, and a burst of
/// keys is written once.
const WORKING_COPY_DELAY: Duration = Duration::from_millis(100);

/// Asks for a write of the current case: the working copy once the change is painted, the
/// saved copy (when the case is kept) once typing pauses. Writes run one at a time.
pub fn request_save(state: AppState) {
    schedule(&WORKING_TIMER, WORKING_COPY_DELAY, state, false);
    if state.case_id.with_untracked(Option::is_some) {
        schedule(&TIMER, SAVED_COPY_DELAY, state, true);
    } else if let Some(t) = TIMER.take() {
        t.clear();
    }
}

/// Replaces the write that waits on `timer` by one after `delay` (`saved`: the saved copy too).
fn schedule(
    timer: &'static LocalKey<RefCell<Option<TimeoutHandle>>>,
    delay: Duration,
    state: AppState,
    saved: bool,
) {
    if let Some(t) = timer.take() {
        t.clear();
    }
    let handle = set_timeout_with_handle(
        move || {
            timer.set(None);
            enqueue(state, saved);
        },
        delay,
    );
    timer.set(handle.ok());
}

/// As [`request_save`], but the working copy is written at once: the lock went on or off, so
/// it is sealed or opened now, not after a pause.
pub fn save_working_now(state: AppState) {
    request_save(state);
    if clear_working_timer() {
        enqueue(state, false);
    }
}

/// Writes everything that waits, now (the page is left, or the app locks).
pub fn flush(state: AppState) {
    let working = clear_working_timer();
    if let Some(t) = TIMER.take() {
        t.clear();
        enqueue(state, true);
    } else if working {
        enqueue(state, false);
    }
}

/// Cancels the waiting write of the working copy (a write that is about to run writes it);
/// `true` when one was waiting.
fn clear_working_timer() -> bool {
    WORKING_TIMER.take().map(|t| t.clear()).is_some()
}

fn enqueue(state: AppState, with_saved_copy: bool) {
    if stopped() {
        return;
    }
    if SAVING.get() {
        AGAIN.set(Some(AGAIN.get().unwrap_or(false) || with_saved_copy));
        return;
    }
    SAVING.set(true);
    leptos::task::spawn_local(async move {
        let mut full = with_saved_copy;
        loop {
            save(state, full).await;
            match AGAIN.take() {
                Some(f) => full = f,
                None => break,
            }
        }
        SAVING.set(false);
        if LOCK_WHEN_SAVED.replace(false) {
            close(state).await;
        }
    });
}

/// Writes the working copy and the saved copy now, outside the queue (another tab is locking
/// this one and handed over its key).
pub async fn write_now(state: AppState) {
    if let Some(t) = TIMER.take() {
        t.clear();
    }
    save(state, true).await;
}

/// Locks now, in every tab: the last change is sealed first, then the key goes to the other
/// tabs (they seal theirs) and this page starts afresh, without key or case.
pub fn lock_now(state: AppState) {
    if state.lock.get_untracked() != LockState::Open {
        return;
    }
    LOCK_WHEN_SAVED.set(true);
    if let Some(t) = TIMER.take() {
        t.clear();
    }
    enqueue(state, true);
}

async fn close(state: AppState) {
    announce_lock(state).await;
    store::forget_key();
    fresh_page();
}

/// Tells the other tabs that the lock went on or closed, with the key so that they can seal
/// their working copies first.
pub async fn announce_lock(state: AppState) {
    let key = match run(state, Op::KeyForOtherTabs).await {
        Reply::Key(key) => key,
        _ => None,
    };
    crate::app::leaving::announce_lock(key);
}

/// Writes the saved copy (with `with_saved_copy`, unless another tab changed it first), then
/// the working copy (`app::persisted`).
async fn save(state: AppState, with_saved_copy: bool) {
    if stopped() || state.lock.get_untracked() == LockState::Closed {
        return;
    }
    // This write takes the case as it is now: a working copy still waiting is part of it.
    clear_working_timer();
    run(state, Op::Save(with_saved_copy)).await;
}
