//! "Alles wissen": exactly what Thuiswijzer wrote in this browser.

use super::key::forget_key;
use crate::formats::footprint::{is_own_cache, is_own_storage_key};
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The URL of the folder the app is served from (the `<base href>`): the scope of its service
/// worker, which registers `sw.js` relative to it.
pub fn app_scope() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base("./", &base).ok())
        .map(|u| u.href())
        .unwrap_or_default()
}

/// "Alles wissen": the key, and exactly what Thuiswijzer wrote: its localStorage and
/// sessionStorage keys and the caches of its service worker. Other apps on the same origin
/// keep theirs.
pub async fn wipe_everything() {
    let scope = app_scope();
    forget_key();
    for storage in [LocalStorage::raw(), SessionStorage::raw()] {
        let n = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..n)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect();
        for k in keys.iter().filter(|k| is_own_storage_key(k)) {
            let _ = storage.remove_item(k);
        }
    }
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    if let Ok(keys) = JsFuture::from(caches.keys()).await {
        let keys: js_sys::Array = keys.unchecked_into();
        for name in keys.iter().filter_map(|k| k.as_string()) {
            if is_own_cache(&name, &scope) {
                let _ = JsFuture::from(caches.delete(&name)).await;
            }
        }
    }
    // The app's files are not the user's data: the worker fetches them again at once, so the
    // app keeps working offline.
    if let Some(worker) = controlling_worker() {
        let _ = worker.post_message(&JsValue::from_str("refill"));
    }
}

/// The service worker controlling this page, where there is one (`navigator.serviceWorker`
/// is missing in some in-app web views and where workers are turned off).
fn controlling_worker() -> Option<web_sys::ServiceWorker> {
    let navigator = web_sys::window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    if container.is_undefined() || container.is_null() {
        return None;
    }
    container
        .unchecked_into::<web_sys::ServiceWorkerContainer>()
        .controller()
}
