//! Leaving the page: the one way this page is replaced by a fresh load (after locking and
//! wiping, and from the back/forward cache), after which it writes nothing more; and the
//! channel on which the tabs of this app tell each other that they wipe or lock.

use crate::store;
use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;

/// The message of a tab that wipes everything.
pub const WIPED: &str = "gewist";
/// The message of a tab whose lock went on or closed (with its key).
pub const LOCKED: &str = "op-slot";

thread_local! {
    /// Set once the page is about to be replaced: nothing is written anymore.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
    static CHANNEL: RefCell<Option<web_sys::BroadcastChannel>> = const { RefCell::new(None) };
}

/// True once this page stopped writing (it is being replaced).
pub fn stopped() -> bool {
    STOPPED.get()
}

/// No more writes from this page (it is about to be replaced by a fresh one).
pub fn stop_writing() {
    STOPPED.set(true);
}

/// Loads the page again from scratch: nothing of the case stays in memory.
pub fn fresh_page() {
    stop_writing();
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The channel of this app's tabs (same origin and scope), opened once.
pub fn channel() -> Option<web_sys::BroadcastChannel> {
    CHANNEL.with(|c| {
        if c.borrow().is_none() {
            *c.borrow_mut() =
                web_sys::BroadcastChannel::new(&format!("thuiswijzer:{}", store::app_scope())).ok();
        }
        c.borrow().clone()
    })
}

fn post(kind: &str, key: Option<(web_sys::CryptoKey, String)>) {
    let msg = Object::new();
    let _ = Reflect::set(&msg, &"kind".into(), &kind.into());
    if let Some((key, lock)) = key {
        let _ = Reflect::set(&msg, &"key".into(), &key);
        let _ = Reflect::set(&msg, &"lock".into(), &JsValue::from_str(&lock));
    }
    if let Some(c) = channel() {
        let _ = c.post_message(&msg);
    }
}

/// Tells the other tabs that everything is being wiped (before it is).
pub fn announce_wipe() {
    post(WIPED, None);
}

/// Tells the other tabs that the lock went on or closed, with the key (and its lock as JSON)
/// so that they can seal their working copies first (`app::save::announce_lock`).
pub fn announce_lock(key: Option<(web_sys::CryptoKey, String)>) {
    post(LOCKED, key);
}
