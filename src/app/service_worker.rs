//! The service worker: offline use after the first visit, and word when a new version waits.

use crate::app::leaving::fresh_page;
use crate::app::save::flush;
use crate::app::state::AppState;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The service-worker container, when this browser has one. In-app web views, private modes
/// and browsers with service workers turned off have no `navigator.serviceWorker`; web-sys
/// would hand out `undefined` typed as a container, and the first call on it would throw.
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(value.unchecked_into())
}

thread_local! {
    static REGISTRATION: RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { RefCell::new(None) };
}

/// Registers the service worker and announces a new version when one is installed while this
/// page runs on the old one. The new version waits until the user takes it
/// ([`take_update`]); then every tab of the app is loaded again, after writing what waits.
/// Does nothing where service workers are not available.
pub fn register(state: AppState) {
    let Some(container) = service_workers() else {
        return;
    };
    let had_controller = container.controller().is_some();
    if had_controller {
        // A new worker took over (the user took the update, here or in another tab).
        let on_change = Closure::<dyn FnMut()>::new(move || {
            flush(state);
            fresh_page();
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.register("sw.js")).await
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if had_controller && reg.waiting().is_some() {
            state.update_ready.set(true);
        }
        let on_update = Closure::<dyn FnMut()>::new(move || {
            if service_workers().and_then(|c| c.controller()).is_some() {
                state.update_ready.set(true);
            }
        });
        let _ =
            reg.add_event_listener_with_callback("updatefound", on_update.as_ref().unchecked_ref());
        on_update.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
}

/// Takes the new version now: the waiting worker takes over, and every tab loads again.
pub fn take_update() {
    let worker = REGISTRATION.with(|r| {
        r.borrow()
            .as_ref()
            .and_then(|reg| reg.waiting().or_else(|| reg.installing()))
    });
    match worker {
        Some(w) => {
            let _ = w.post_message(&JsValue::from_str("skipWaiting"));
        }
        None => fresh_page(),
    }
}
