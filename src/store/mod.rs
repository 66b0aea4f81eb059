//! The browser side of persistence: sessionStorage for the working copy of this tab,
//! localStorage (through gloo-storage) for the cases the user chose to keep, files for export
//! and import, Web Crypto for encrypted exports, and "Alles wissen".
//!
//! Formats, migrations and every error message live in `domain::envelope`; this module only
//! does the I/O.

pub mod crypto;

use crate::domain::envelope::{parse_store, LoadError, StoreEnvelope, WorkingCopy, STORE_KEY};
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The key of this tab's working copy in sessionStorage.
pub const SESSION_KEY: &str = "thuiswijzer.sessie";

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A random id for a saved case (never derived from its content).
pub fn new_id() -> String {
    let mut bytes = [0u8; 9];
    random_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Cryptographically random bytes from the browser.
pub fn random_bytes(buf: &mut [u8]) {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .expect("Web Crypto");
    crypto
        .get_random_values_with_u8_array(buf)
        .expect("getRandomValues");
}

/// What localStorage holds for the saved cases.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Nothing saved yet.
    Empty,
    Ok(StoreEnvelope),
    /// Present but unreadable: kept untouched under its key; `raw` can be exported for recovery.
    Unreadable {
        error: LoadError,
        raw: String,
    },
}

impl Stored {
    pub fn envelope(&self) -> Option<StoreEnvelope> {
        match self {
            Stored::Empty => Some(StoreEnvelope::new()),
            Stored::Ok(e) => Some(e.clone()),
            Stored::Unreadable { .. } => None,
        }
    }
}

pub fn read_store() -> Stored {
    match LocalStorage::raw().get_item(STORE_KEY) {
        Ok(Some(raw)) => match parse_store(&raw) {
            Ok(env) => Stored::Ok(env),
            Err(error) => Stored::Unreadable { error, raw },
        },
        Ok(None) => Stored::Empty,
        Err(_) => Stored::Unreadable {
            error: LoadError::NotJson,
            raw: String::new(),
        },
    }
}

/// Writes the saved cases. Refuses (and says why) when the stored data is unreadable, so it is
/// never overwritten.
pub fn write_store(env: &StoreEnvelope) -> Result<(), String> {
    if let Stored::Unreadable { .. } = read_store() {
        return Err(
            "De opgeslagen gegevens zijn onleesbaar. Thuiswijzer schrijft er niet overheen.".into(),
        );
    }
    LocalStorage::raw()
        .set_item(STORE_KEY, &env.to_json())
        .map_err(|_| {
            "Opslaan op dit apparaat lukt niet: de opslag van de browser is vol of uitgeschakeld. Uw casus staat nog in dit tabblad. Exporteer hem als bestand.".to_string()
        })
}

/// Moves unreadable stored data aside (under a new key, unchanged) so saving can start again.
pub fn set_unreadable_aside() -> Result<String, String> {
    let raw = LocalStorage::raw()
        .get_item(STORE_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    let key = format!("{STORE_KEY}.onleesbaar.{}", now_ms());
    LocalStorage::raw()
        .set_item(&key, &raw)
        .map_err(|_| "Apart zetten lukt niet: de opslag is vol.".to_string())?;
    LocalStorage::delete(STORE_KEY);
    Ok(key)
}

pub fn read_working() -> Option<WorkingCopy> {
    SessionStorage::get::<WorkingCopy>(SESSION_KEY).ok()
}

pub fn write_working(w: &WorkingCopy) {
    let _ = SessionStorage::set(SESSION_KEY, w);
}

/// "Alles wissen": localStorage, sessionStorage and every cache this origin made.
pub async fn wipe_everything() {
    LocalStorage::clear();
    SessionStorage::clear();
    if let Some(w) = web_sys::window() {
        if let Ok(caches) = w.caches() {
            if let Ok(keys) = JsFuture::from(caches.keys()).await {
                let keys: js_sys::Array = keys.unchecked_into();
                for k in keys.iter() {
                    if let Some(name) = k.as_string() {
                        let _ = JsFuture::from(caches.delete(&name)).await;
                    }
                }
            }
        }
    }
}

/// Offers text as a file download (nothing leaves the device: a blob URL).
pub fn download(filename: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    if let Ok(a) = document
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(filename);
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a chosen file as bytes (refusing files over `max` bytes before reading them).
pub async fn read_file(file: &web_sys::File, max: usize) -> Result<Vec<u8>, usize> {
    let size = file.size() as usize;
    if size > max {
        return Err(size);
    }
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| 0usize)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    JsFuture::from(w.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
