//! Every open tab of Thuiswijzer acts as one, and nothing of a case outlives locking or wiping
//! in memory:
//!
//! * "Alles wissen" in one tab wipes the others (each removes its own working copy);
//! * the lock going on, or closing, in one tab closes every tab: the tab hands its key to
//!   the others (a non-extractable `CryptoKey`, over a `BroadcastChannel` of this app only),
//!   so each seals its working copy before it locks;
//! * locking and wiping end with a fresh page load, so the case leaves WebAssembly memory;
//! * a page brought back from the back/forward cache is loaded fresh as well (it may show a
//!   case that was wiped or locked meanwhile);
//! * leaving the page writes what is still waiting to be written.

use crate::app::leaving::{channel, fresh_page, stop_writing, stopped, LOCKED, WIPED};
use crate::app::ops::{Op, Reply};
use crate::app::save::{flush, write_now};
use crate::app::state::{AppState, LockState};
use crate::app::storage::run;
use crate::store;
use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Listens to the other tabs, to the back/forward cache and to the page being left.
pub fn install(state: AppState) {
    let handle = window_event_listener(leptos::ev::pageshow, |ev| {
        if ev.persisted() {
            fresh_page();
        }
    });
    on_cleanup(move || handle.remove());
    let handle = window_event_listener(leptos::ev::pagehide, move |_| flush(state));
    on_cleanup(move || handle.remove());

    // The same channel object posts and listens: a tab never hears its own messages.
    let Some(channel) = channel() else {
        return;
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let kind = Reflect::get(&data, &"kind".into())
                .ok()
                .and_then(|k| k.as_string());
            match kind.as_deref() {
                Some(WIPED) => wiped_elsewhere(),
                Some(LOCKED) => {
                    let key = Reflect::get(&data, &"key".into())
                        .ok()
                        .and_then(|k| k.dyn_into::<web_sys::CryptoKey>().ok());
                    let lock = Reflect::get(&data, &"lock".into())
                        .ok()
                        .and_then(|l| l.as_string());
                    leptos::task::spawn_local(locked_elsewhere(state, key.zip(lock)));
                }
                _ => {}
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

/// The saved cases were locked by another tab: wait a moment for its key (announced right
/// after it wrote), then lock anyway, keeping nothing open on disk.
pub fn lock_unless_told(state: AppState) {
    set_timeout(
        move || {
            if !stopped() {
                leptos::task::spawn_local(locked_elsewhere(state, None));
            }
        },
        std::time::Duration::from_millis(2000),
    );
}

fn wiped_elsewhere() {
    stop_writing();
    store::forget_key();
    store::delete_working();
    store::notice_after_reload(
        &crate::content::catalogue()
            .screens
            .messages
            .wiped_in_other_tab,
    );
    fresh_page();
}

async fn locked_elsewhere(state: AppState, key: Option<(web_sys::CryptoKey, String)>) {
    if state.lock.get_untracked() == LockState::Closed {
        return;
    }
    // Seal what this tab holds with the key of the lock before it goes.
    let mut sealed = state.lock.get_untracked() == LockState::Open;
    if !sealed {
        if let Some((key, lock)) = key {
            sealed = matches!(
                run(state, Op::AdoptKey(key, lock)).await,
                Reply::Adopted(true)
            );
        }
    }
    if sealed {
        write_now(state).await;
    } else {
        // Without the key nothing may stay open on disk.
        store::delete_working();
    }
    stop_writing();
    store::forget_key();
    fresh_page();
}
