//! Files: a download made in the browser (nothing leaves the device), a chosen file read as
//! bytes, and the clipboard.

use super::error::StoreError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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
pub async fn read_file(file: &web_sys::File, max: usize) -> Result<Vec<u8>, StoreError> {
    let len = file.size() as usize;
    if len > max {
        return Err(StoreError::FileTooLarge { len, max });
    }
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| StoreError::FileUnreadable)?;
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
