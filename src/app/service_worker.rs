//! The service worker: offline use after the first visit, and word when a new version waits.

use crate::app::state::AppState;
use leptos::prelude::*;
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

/// Registers the service worker and announces a new version when one is installed while this
/// page runs on the old one. Does nothing where service workers are not available.
pub fn register(state: AppState) {
    let Some(container) = service_workers() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.register("sw.js")).await
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            if service_workers().and_then(|c| c.controller()).is_some() {
                state.update_ready.set(true);
            }
        });
        let _ =
            reg.add_event_listener_with_callback("updatefound", on_update.as_ref().unchecked_ref());
        on_update.forget();
    });
}
