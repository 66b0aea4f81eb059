//! The one boundary between the app and its persistence code. Everything that reads or
//! writes storage (the storage formats, serde_json, the case's serde, `store`, Web Crypto)
//! is reached only through [`run`], which in the release build is a split point: that code
//! lives in the chunk `tw_store` (what the page bodies use of it too, such as export and
//! import on the data page, in the chunk both share), fetched (with its
//! integrity hash) when it is first needed, on the user's first input, or when the browser is
//! idle after start. A fresh profile (nothing stored) therefore loads no persistence code
//! before its first interaction; a returning one waits for the chunk before the app mounts
//! ([`stored_at_start`], `ui::mount`).
//!
//! Once the chunk is there a call completes without waiting (the loader resolves at once), so
//! the write on `pagehide` stays synchronous. Without `--cfg thuiswijzer_split` (clippy, the
//! wasm tests) [`run`] calls the operations directly.

use crate::app::ops::{Op, Reply};
use crate::app::state::AppState;
use crate::formats::contacts::CONTACTS_KEY;
use crate::formats::footprint::{NOTICE_KEY, SESSION_KEY};
use crate::formats::store::STORE_KEY;
use leptos::prelude::{Set, WithUntracked};
use std::cell::Cell;
#[cfg(thuiswijzer_split)]
use std::{future::Future, pin::Pin};

thread_local! {
    /// The chunk is loaded (always, without chunks).
    static LOADED: Cell<bool> = const { Cell::new(!cfg!(thuiswijzer_split)) };
    /// The chunk is being fetched.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// The chunk could not be fetched (offline without the service worker's copy, or the page is
/// being left and its fetch was cut off): never a panic, which would stop the whole app.
#[cfg(thuiswijzer_split)]
type LoadError = ::leptos::wasm_split::SplitLoaderError;

#[cfg(thuiswijzer_split)]
#[::leptos::wasm_split::wasm_split(
    tw_store,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    return_wrapper(let future = _; { Ok(future.await) } -> Result<Reply, LoadError>),
    preload(preload_store)
)]
fn enter(state: AppState, op: Op) -> Pin<Box<dyn Future<Output = Reply>>> {
    Box::pin(crate::app::persisted::dispatch(state, op))
}

/// Runs `op` in the persistence chunk (fetched first when it is not there yet). When the
/// chunk cannot be fetched, nothing runs: the user is told (nothing is lost silently) and the
/// answer is that failure; the next write fetches the chunk again, and once it runs the
/// notice goes.
pub async fn run(state: AppState, op: Op) -> Reply {
    let not_loaded = crate::content::catalogue()
        .screens
        .messages
        .not_loaded
        .as_str();
    #[cfg(thuiswijzer_split)]
    let reply = match enter(state, op).await {
        Ok(reply) => reply,
        Err(_) => {
            state.notice.set(Some(not_loaded.to_string()));
            return Reply::Failed(not_loaded.to_string());
        }
    };
    #[cfg(not(thuiswijzer_split))]
    let reply = crate::app::persisted::dispatch(state, op).await;
    LOADED.set(true);
    if state
        .notice
        .with_untracked(|n| n.as_deref() == Some(not_loaded))
    {
        state.notice.set(None);
    }
    reply
}

/// Fetches the persistence chunk now (once), without running anything in it.
pub fn preload() {
    #[cfg(thuiswijzer_split)]
    if !LOADED.get() && !FETCHING.replace(true) {
        leptos::task::spawn_local(async {
            if preload_store().await.is_ok() {
                LOADED.set(true);
            }
            FETCHING.set(false);
        });
    }
}

/// The loading of the persistence chunk, to await before the app mounts (a returning user:
/// the working copy and the saved cases appear with the app). Done at once when loaded.
pub async fn ready() {
    #[cfg(thuiswijzer_split)]
    if !LOADED.get() && preload_store().await.is_ok() {
        LOADED.set(true);
    }
}

/// True when this browser holds anything of Thuiswijzer that is read at start: saved cases
/// (or what is left of them), the sociale kaart, this tab's working copy, a notice kept over
/// a reload. Only looks whether the keys are there (no parsing, no persistence code).
pub fn stored_at_start() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let has = |s: Option<web_sys::Storage>, key: &str| {
        s.and_then(|s| s.get_item(key).ok().flatten()).is_some()
    };
    let local = w.local_storage().ok().flatten();
    let session = w.session_storage().ok().flatten();
    has(local.clone(), STORE_KEY)
        || has(local, CONTACTS_KEY)
        || has(session.clone(), SESSION_KEY)
        || has(session, NOTICE_KEY)
}

/// Fetches the persistence chunk on the user's first key, click or touch, before the first
/// change can ask for a write: a change made right after must be written even when the page
/// is left at once.
pub fn preload_on_first_input() {
    if LOADED.get() {
        return;
    }
    for event in ["pointerdown", "keydown", "touchstart", "focusin"] {
        // (Idempotent and cheap; the listeners live as long as the page.)
        let _ = leptos::prelude::window_event_listener_untyped(event, |_| preload());
    }
}
