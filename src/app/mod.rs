//! The app layer (wasm32 only, no views): the state of the app and everything that acts on
//! it without drawing anything. Components in `ui` read the state and call these actions.
//!
//! * [`state`]: `AppState` (the open case, where it is kept, notices, the lock) and its
//!   context, and the one way to replace the open case.
//! * [`persist`]: what is read at start, the effect that writes on every change, cross-tab
//!   refresh; [`save`]: the one-at-a-time write queue and locking after the last write.
//! * [`storage`]: the one boundary to the persistence code, which runs the [`ops`]
//!   (`persisted`, `locking`: reading, writing, the lock's Web Crypto work).
//! * [`actions`]: keep, open, delete, new, import, conflict, settings, wipe.
//! * [`contacts`]: the sociale kaart (the professional's own contacts on this device).
//! * [`lock`]: lock on, off, unlock; [`idle`]: the idle timer.
//! * [`routing`]: router base and hrefs; [`page`]: title, focus, the static start screen.
//! * [`service_worker`]: offline use and update notice; [`clock`]: local dates.
//! * [`leaving`]: fresh page loads and the channel between tabs;
//! * [`tabs`]: every tab wiped and locked together, fresh pages after locking and wiping and
//!   from the back/forward cache, writes flushed when the page is left.

pub mod actions;
pub mod clock;
pub mod contacts;
pub mod idle;
pub mod leaving;
pub mod lock;
mod locking;
pub mod ops;
pub mod page;
pub mod persist;
mod persisted;
pub mod routing;
pub mod save;
pub mod service_worker;
pub mod state;
pub mod storage;
pub mod tabs;

/// Starts the app under `owner`: a fresh state as its context, the saved case read back (when
/// anything is stored) and kept written, the idle lock and the service worker.
pub async fn start(owner: &leptos::prelude::Owner) -> state::AppState {
    let stored = storage::stored_at_start();
    let state = owner.with(|| {
        let state = state::AppState::new();
        state.provide();
        state
    });
    persist::read_back(state, stored).await;
    owner.with(|| {
        persist::install(state, stored);
        contacts::install(state, stored);
        tabs::install(state);
        idle::install_idle_lock(state);
        service_worker::register(state);
    });
    state
}
