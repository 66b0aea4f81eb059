//! The export file: one case, plain or encrypted with a passphrase, for moving it to another
//! device or keeping it outside the browser.
//!
//! Plain: `{ "format": "thuiswijzer-export", "version": 1, "exported_at_ms": …,
//! "encrypted": false, "casus": {…} }`.
//!
//! Encrypted: `{ "format": "thuiswijzer-export", "version": 1, "exported_at_ms": …,
//! "encrypted": true, "kdf": { "name": "PBKDF2-SHA256", "iterations": 600000, "salt": b64 },
//! "cipher": { "name": "AES-GCM", "iv": b64 (12 bytes) }, "data": b64 }`. The plaintext under
//! AES-GCM is the JSON of the case itself ([`crate::formats::store::casus_plaintext`], read
//! back with [`parse_decrypted_casus`]).
//!
//! The sociale kaart (the professional's own contacts) travels along, additively: a plain file
//! has `"contacts": […]` beside the case (version 1, so older versions still read the case); an
//! encrypted file with contacts seals `{ "casus": {…}, "contacts": […] }` and says version 2
//! (an older version then refuses it as newer instead of reading an empty case). Files without
//! contacts are exactly as before.

use crate::formats::contacts::read_list;
use crate::formats::crypto::{
    b64_decode, b64_encode, check_ciphertext, check_iterations, check_iv, check_salt, CIPHER_NAME,
    IV_LEN, KDF_NAME,
};
use crate::formats::import_error::ImportError;
use crate::formats::migrate::casus_from_value;
use crate::model::{Casus, ProContact};
use serde::Serialize;
use serde_json::{Map, Value};

/// Format marker of an export file.
pub const EXPORT_FORMAT: &str = "thuiswijzer-export";
/// The newest version of the export file this version reads (and writes for an encrypted
/// file with contacts).
pub const EXPORT_VERSION: u32 = 2;
/// The version of every other export file.
pub const EXPORT_VERSION_1: u32 = 1;
/// A sensible `max_len` for [`parse_export`]: one case is a few kilobytes.
pub const DEFAULT_MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// A parsed and validated export file.
// One value per import, so the size of the `Plain` variant does not matter; no Box keeps
// matching on it simple.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportFile {
    Plain {
        exported_at_ms: Option<u64>,
        casus: Casus,
        /// The sociale kaart that came with the case (empty in older files).
        contacts: Vec<ProContact>,
    },
    /// Decrypt `ciphertext` with AES-GCM under a PBKDF2-SHA256 key from the passphrase, then
    /// call [`parse_decrypted_casus`].
    Encrypted(EncryptedExport),
}

/// The validated parameters of an encrypted export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncryptedExport {
    pub exported_at_ms: Option<u64>,
    /// PBKDF2 iterations, within [`MIN_PBKDF2_ITERATIONS`]..=[`crate::formats::crypto::MAX_PBKDF2_ITERATIONS`].
    pub iterations: u32,
    /// PBKDF2 salt, `MIN_SALT_LEN..=MAX_SALT_LEN` bytes.
    pub salt: Vec<u8>,
    pub iv: [u8; IV_LEN],
    /// AES-GCM output: ciphertext followed by the 16-byte tag.
    pub ciphertext: Vec<u8>,
    /// The file's version: 2 when the sealed text holds the case and the contacts.
    pub version: u32,
}

#[derive(Serialize)]
struct PlainWire<'a> {
    format: &'static str,
    version: u32,
    exported_at_ms: u64,
    encrypted: bool,
    casus: &'a Casus,
    #[serde(skip_serializing_if = "<[ProContact]>::is_empty")]
    contacts: &'a [ProContact],
}

#[derive(Serialize)]
struct KdfWire {
    name: &'static str,
    iterations: u32,
    salt: String,
}

#[derive(Serialize)]
struct CipherWire {
    name: &'static str,
    iv: String,
}

#[derive(Serialize)]
struct EncryptedWire {
    format: &'static str,
    version: u32,
    exported_at_ms: u64,
    encrypted: bool,
    kdf: KdfWire,
    cipher: CipherWire,
    data: String,
}

/// A plain (unencrypted) export file of one case.
pub fn export_plain(c: &Casus, now_ms: u64) -> String {
    export_plain_with(c, &[], now_ms)
}

/// A plain export file of one case and the sociale kaart.
pub fn export_plain_with(c: &Casus, contacts: &[ProContact], now_ms: u64) -> String {
    serde_json::to_string_pretty(&PlainWire {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION_1,
        exported_at_ms: now_ms,
        encrypted: false,
        casus: c,
        contacts,
    })
    .expect("a case serialises")
}

#[derive(Serialize)]
struct SealedBody<'a> {
    casus: &'a Casus,
    contacts: &'a [ProContact],
}

/// What an encrypted export seals, and the file version that says so: the case alone
/// (version 1) or, with contacts, the case and the contacts (version 2).
pub fn export_plaintext(c: &Casus, contacts: &[ProContact]) -> (Vec<u8>, u32) {
    if contacts.is_empty() {
        return (
            serde_json::to_vec(c).expect("a case serialises"),
            EXPORT_VERSION_1,
        );
    }
    let body = SealedBody { casus: c, contacts };
    (
        serde_json::to_vec(&body).expect("a case serialises"),
        EXPORT_VERSION,
    )
}

/// The encrypted export file around the given PBKDF2 salt, AES-GCM IV and ciphertext (with
/// tag). The same checks as on import apply, so the app never writes a file it cannot read.
pub fn export_encrypted(
    salt: &[u8],
    iv: &[u8],
    ciphertext: &[u8],
    iterations: u32,
    now_ms: u64,
) -> Result<String, ImportError> {
    export_encrypted_v(salt, iv, ciphertext, iterations, now_ms, EXPORT_VERSION_1)
}

/// As [`export_encrypted`], with the version [`export_plaintext`] gave for the sealed text.
pub fn export_encrypted_v(
    salt: &[u8],
    iv: &[u8],
    ciphertext: &[u8],
    iterations: u32,
    now_ms: u64,
    version: u32,
) -> Result<String, ImportError> {
    check_iterations(u64::from(iterations))?;
    check_salt(salt)?;
    check_iv(iv)?;
    check_ciphertext(ciphertext)?;
    Ok(serde_json::to_string_pretty(&EncryptedWire {
        format: EXPORT_FORMAT,
        version,
        exported_at_ms: now_ms,
        encrypted: true,
        kdf: KdfWire {
            name: KDF_NAME,
            iterations,
            salt: b64_encode(salt),
        },
        cipher: CipherWire {
            name: CIPHER_NAME,
            iv: b64_encode(iv),
        },
        data: b64_encode(ciphertext),
    })
    .expect("the wrapper serialises"))
}

/// Read an export file (bytes or text). The size is checked first, then everything else.
pub fn parse_export(input: impl AsRef<[u8]>, max_len: usize) -> Result<ExportFile, ImportError> {
    let bytes = input.as_ref();
    if bytes.len() > max_len {
        return Err(ImportError::TooLarge {
            len: bytes.len(),
            max: max_len,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    let Value::Object(obj) = value else {
        return Err(ImportError::WrongFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::WrongFormat);
    }
    let version = match obj.get("version") {
        None => return Err(ImportError::MissingField { field: "version" }),
        Some(v) => v
            .as_u64()
            .filter(|&v| v >= 1)
            .ok_or(ImportError::InvalidField { field: "version" })?,
    };
    if version > u64::from(EXPORT_VERSION) {
        return Err(ImportError::FutureVersion { found: version });
    }
    let encrypted = match obj.get("encrypted") {
        None => return Err(ImportError::MissingField { field: "encrypted" }),
        Some(v) => v
            .as_bool()
            .ok_or(ImportError::InvalidField { field: "encrypted" })?,
    };
    let exported_at_ms = match obj.get("exported_at_ms") {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.as_u64().ok_or(ImportError::InvalidField {
            field: "exported_at_ms",
        })?),
    };
    if !encrypted {
        let casus = obj
            .get("casus")
            .cloned()
            .ok_or(ImportError::MissingField { field: "casus" })?;
        let contacts = match obj.get("contacts") {
            None | Some(Value::Null) => Vec::new(),
            Some(v) => {
                read_list(v.clone()).map_err(|_| ImportError::InvalidField { field: "contacts" })?
            }
        };
        return Ok(ExportFile::Plain {
            exported_at_ms,
            casus: casus_from_value(casus)?,
            contacts,
        });
    }
    // An encrypted file must not carry the case in plain text as well.
    if obj.contains_key("casus") {
        return Err(ImportError::InvalidField { field: "casus" });
    }
    let kdf = object(&obj, "kdf")?;
    let kdf_name = string(kdf, "name", "kdf.name")?;
    if kdf_name != KDF_NAME {
        return Err(ImportError::UnsupportedAlgorithm { field: "kdf.name" });
    }
    let iterations = match kdf.get("iterations") {
        None => {
            return Err(ImportError::MissingField {
                field: "kdf.iterations",
            })
        }
        Some(v) => v.as_u64().ok_or(ImportError::InvalidField {
            field: "kdf.iterations",
        })?,
    };
    let iterations = check_iterations(iterations)?;
    let salt = bytes_field(kdf, "salt", "kdf.salt")?;
    check_salt(&salt)?;
    let cipher = object(&obj, "cipher")?;
    if string(cipher, "name", "cipher.name")? != CIPHER_NAME {
        return Err(ImportError::UnsupportedAlgorithm {
            field: "cipher.name",
        });
    }
    let iv = check_iv(&bytes_field(cipher, "iv", "cipher.iv")?)?;
    let ciphertext = bytes_field(&obj, "data", "data")?;
    check_ciphertext(&ciphertext)?;
    Ok(ExportFile::Encrypted(EncryptedExport {
        exported_at_ms,
        iterations,
        salt,
        iv,
        ciphertext,
        version: version as u32,
    }))
}

fn object<'a>(
    obj: &'a Map<String, Value>,
    key: &'static str,
) -> Result<&'a Map<String, Value>, ImportError> {
    match obj.get(key) {
        None => Err(ImportError::MissingField { field: key }),
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err(ImportError::InvalidField { field: key }),
    }
}

fn string<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    path: &'static str,
) -> Result<&'a str, ImportError> {
    match obj.get(key) {
        None => Err(ImportError::MissingField { field: path }),
        Some(v) => v.as_str().ok_or(ImportError::InvalidField { field: path }),
    }
}

fn bytes_field(
    obj: &Map<String, Value>,
    key: &str,
    path: &'static str,
) -> Result<Vec<u8>, ImportError> {
    b64_decode(string(obj, key, path)?).map_err(|_| ImportError::BadBase64 { field: path })
}

/// Read the plaintext after AES-GCM decryption: the JSON of one case, migrated to the current
/// schema.
pub fn parse_decrypted_casus(plaintext: &[u8]) -> Result<Casus, ImportError> {
    let value: Value = serde_json::from_slice(plaintext).map_err(|_| ImportError::InvalidCase)?;
    Ok(casus_from_value(value)?)
}

/// Read the plaintext of an encrypted file of `version`: the case, and from version 2 the
/// case with the contacts.
pub fn parse_decrypted(
    plaintext: &[u8],
    version: u32,
) -> Result<(Casus, Vec<ProContact>), ImportError> {
    if version < EXPORT_VERSION {
        return Ok((parse_decrypted_casus(plaintext)?, Vec::new()));
    }
    let value: Value = serde_json::from_slice(plaintext).map_err(|_| ImportError::InvalidCase)?;
    let Value::Object(mut obj) = value else {
        return Err(ImportError::InvalidCase);
    };
    let casus = obj.remove("casus").ok_or(ImportError::InvalidCase)?;
    let contacts = read_list(obj.remove("contacts").unwrap_or(Value::Array(Vec::new())))
        .map_err(|_| ImportError::InvalidField { field: "contacts" })?;
    Ok((casus_from_value(casus)?, contacts))
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
