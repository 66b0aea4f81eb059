//! Passphrase encryption with Web Crypto, for exports and for the lock: PBKDF2-SHA256 (600,000
//! iterations, random 16-byte salt) derives a non-extractable AES-GCM-256 key; every sealed
//! value gets a random 96-bit IV.

use crate::formats::crypto::{Sealed, IV_LEN, MIN_PBKDF2_ITERATIONS};
use crate::formats::export::EncryptedExport;
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub const SALT_LEN: usize = 16;

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    Ok(web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?
        .subtle())
}

fn obj(pairs: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v)?;
    }
    Ok(o)
}

pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<web_sys::CryptoKey, JsValue> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveKey"));
    let base =
        JsFuture::from(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages)?).await?;
    let params = obj(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", JsValue::from(iterations)),
        ("hash", "SHA-256".into()),
    ])?;
    let aes = obj(&[("name", "AES-GCM".into()), ("length", JsValue::from(256))])?;
    let usages = js_sys::Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &aes,
        false,
        &usages,
    )?)
    .await?;
    Ok(key.unchecked_into())
}

/// A new random PBKDF2 salt.
pub fn new_salt() -> Vec<u8> {
    let mut salt = vec![0u8; SALT_LEN];
    random_bytes(&mut salt);
    salt
}

/// AES-GCM parameters: the IV and, when not empty, the associated data.
fn gcm(iv: &[u8], aad: &[u8]) -> Result<Object, JsValue> {
    let params = obj(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
    ])?;
    if !aad.is_empty() {
        Reflect::set(
            &params,
            &JsValue::from_str("additionalData"),
            &Uint8Array::from(aad),
        )?;
    }
    Ok(params)
}

/// Seals bytes with the key under a fresh random IV, bound to the associated data `aad`
/// (opening needs the same `aad`).
pub async fn seal(
    key: &web_sys::CryptoKey,
    plaintext: &[u8],
    aad: &[u8],
) -> Result<Sealed, JsValue> {
    let mut iv = [0u8; IV_LEN];
    random_bytes(&mut iv);
    let params = gcm(&iv, aad)?;
    let data = Uint8Array::from(plaintext);
    let ct = JsFuture::from(subtle()?.encrypt_with_object_and_buffer_source(&params, key, &data)?)
        .await?;
    Ok(Sealed {
        iv,
        data: Uint8Array::new(&ct).to_vec().into(),
    })
}

/// Opens a sealed value; an error means another key, a changed value or other associated
/// data (AES-GCM checks all three).
pub async fn open(
    key: &web_sys::CryptoKey,
    sealed: &Sealed,
    aad: &[u8],
) -> Result<Vec<u8>, JsValue> {
    let params = gcm(&sealed.iv, aad)?;
    let data = Uint8Array::from(&sealed.data[..]);
    let pt = JsFuture::from(subtle()?.decrypt_with_object_and_buffer_source(&params, key, &data)?)
        .await?;
    Ok(Uint8Array::new(&pt).to_vec())
}

/// Encrypts an export: returns (salt, iv, ciphertext with tag, iterations).
pub async fn encrypt(
    passphrase: &str,
    plaintext: &[u8],
) -> Result<(Vec<u8>, Vec<u8>, Vec<u8>, u32), JsValue> {
    let salt = new_salt();
    let iterations = MIN_PBKDF2_ITERATIONS;
    let key = derive_key(passphrase, &salt, iterations).await?;
    let sealed = seal(&key, plaintext, &[]).await?;
    Ok((salt, sealed.iv.to_vec(), sealed.data.to_vec(), iterations))
}

/// Decrypts an export; an error means a wrong passphrase or a changed file.
pub async fn decrypt(passphrase: &str, file: &EncryptedExport) -> Result<Vec<u8>, JsValue> {
    let key = derive_key(passphrase, &file.salt, file.iterations).await?;
    open(
        &key,
        &Sealed {
            iv: file.iv,
            data: file.ciphertext.as_slice().into(),
        },
        &[],
    )
    .await
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
