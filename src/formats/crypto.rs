//! Crypto parameters shared by the lock and the encrypted export: the algorithm names, the
//! bounds every PBKDF2 and AES-GCM parameter must meet, a sealed value, and base64 (the
//! `base64` crate, standard alphabet, strict). No key is ever seen here: the browser layer
//! does the Web Crypto calls.

use base64::alphabet::STANDARD;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Key derivation named in an encrypted export and the lock (Web Crypto PBKDF2 with SHA-256).
pub const KDF_NAME: &str = "PBKDF2-SHA256";
/// Cipher named in an encrypted export and the lock (Web Crypto AES-GCM, 128-bit tag).
pub const CIPHER_NAME: &str = "AES-GCM";
/// OWASP minimum for PBKDF2-HMAC-SHA256 (anchors.md D3, D4); also the default.
pub const MIN_PBKDF2_ITERATIONS: u32 = 600_000;
/// Upper bound, so that a crafted file cannot make the browser derive a key for minutes.
pub const MAX_PBKDF2_ITERATIONS: u32 = 10_000_000;
pub const MIN_SALT_LEN: usize = 16;
pub const MAX_SALT_LEN: usize = 64;
/// AES-GCM nonce length: 96 bits, random per encryption (anchors.md D1).
pub const IV_LEN: usize = 12;
/// AES-GCM tag length; a ciphertext is at least this long.
pub const GCM_TAG_LEN: usize = 16;

/// A crypto parameter outside the accepted bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamError {
    /// Fewer PBKDF2 iterations than [`MIN_PBKDF2_ITERATIONS`].
    WeakKdf {
        iterations: u64,
    },
    /// More PBKDF2 iterations than [`MAX_PBKDF2_ITERATIONS`].
    TooManyIterations {
        iterations: u64,
    },
    BadSaltLength {
        len: usize,
    },
    BadIvLength {
        len: usize,
    },
    /// Shorter than an AES-GCM tag.
    CiphertextTooShort {
        len: usize,
    },
}

pub fn check_iterations(n: u64) -> Result<u32, ParamError> {
    if n < u64::from(MIN_PBKDF2_ITERATIONS) {
        Err(ParamError::WeakKdf { iterations: n })
    } else if n > u64::from(MAX_PBKDF2_ITERATIONS) {
        Err(ParamError::TooManyIterations { iterations: n })
    } else {
        Ok(n as u32)
    }
}

pub fn check_salt(salt: &[u8]) -> Result<(), ParamError> {
    if (MIN_SALT_LEN..=MAX_SALT_LEN).contains(&salt.len()) {
        Ok(())
    } else {
        Err(ParamError::BadSaltLength { len: salt.len() })
    }
}

pub fn check_iv(iv: &[u8]) -> Result<[u8; IV_LEN], ParamError> {
    iv.try_into()
        .map_err(|_| ParamError::BadIvLength { len: iv.len() })
}

pub fn check_ciphertext(data: &[u8]) -> Result<(), ParamError> {
    if data.len() < GCM_TAG_LEN {
        Err(ParamError::CiphertextTooShort { len: data.len() })
    } else {
        Ok(())
    }
}

// ------------------------------------------------------------------------------- base64

/// Standard alphabet with `=` padding, which must be complete when present; unused bits must
/// be zero, so every byte string has one encoding.
const B64: GeneralPurpose = GeneralPurpose::new(
    &STANDARD,
    GeneralPurposeConfig::new()
        .with_encode_padding(true)
        .with_decode_allow_trailing_bits(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
);
/// The same without padding (older files may leave it out).
const B64_UNPADDED: GeneralPurpose = GeneralPurpose::new(
    &STANDARD,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_allow_trailing_bits(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

/// Base64 that could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base64Error;

pub fn b64_encode(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

/// Padding optional but complete when present.
pub fn b64_decode(s: &str) -> Result<Vec<u8>, Base64Error> {
    let engine = if s.ends_with('=') {
        &B64
    } else {
        &B64_UNPADDED
    };
    engine.decode(s).map_err(|_| Base64Error)
}

// ------------------------------------------------------------------------------- sealed

/// A value sealed with AES-GCM: the IV and the ciphertext followed by the 16-byte tag.
/// In JSON: `{ "iv": b64, "data": b64 }`. The ciphertext is shared: a store keeps the sealed
/// cases that did not change, and copying or comparing them copies or compares no bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SealedWire", into = "SealedWire")]
pub struct Sealed {
    pub iv: [u8; IV_LEN],
    pub data: Arc<[u8]>,
}

#[derive(Serialize, Deserialize)]
struct SealedWire {
    iv: String,
    data: String,
}

impl TryFrom<SealedWire> for Sealed {
    type Error = &'static str;
    fn try_from(w: SealedWire) -> Result<Self, Self::Error> {
        let iv = b64_decode(&w.iv).map_err(|_| "iv")?;
        let iv = check_iv(&iv).map_err(|_| "iv")?;
        let data = b64_decode(&w.data).map_err(|_| "data")?;
        check_ciphertext(&data).map_err(|_| "data")?;
        Ok(Sealed {
            iv,
            data: data.into(),
        })
    }
}

impl From<Sealed> for SealedWire {
    fn from(s: Sealed) -> Self {
        SealedWire {
            iv: b64_encode(&s.iv),
            data: b64_encode(&s.data),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, enc) in vectors {
            assert_eq!(b64_encode(plain.as_bytes()), enc);
            assert_eq!(b64_decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(b64_encode(&[0xfb, 0xff, 0xbf]), "+/+/");
        assert_eq!(b64_decode("+/+/").unwrap(), [0xfb, 0xff, 0xbf]);
        // Without padding is accepted as well.
        assert_eq!(b64_decode("Zm9vYg").unwrap(), b"foob");
    }

    #[test]
    fn base64_rejects_invalid_input() {
        for bad in [
            "Zm9v!", "Zm9", "Z", "Zm9vY===", "Zm=9v", "Zh==", "Zm9=", " Zm9v", "Zm9v\n", "Zg=",
            "-_-_", "=",
        ] {
            assert_eq!(b64_decode(bad), Err(Base64Error), "{bad:?}");
        }
        // Unpadded "Zm8" is "fo" (the unused bits are zero); "Zm9" above has non-zero ones.
        assert_eq!(b64_decode("Zm8").unwrap(), b"fo");
    }

    #[test]
    fn parameters_are_checked_at_both_ends() {
        assert_eq!(
            check_iterations(599_999),
            Err(ParamError::WeakKdf {
                iterations: 599_999
            })
        );
        assert_eq!(check_iterations(600_000), Ok(600_000));
        assert_eq!(check_iterations(10_000_000), Ok(10_000_000));
        assert!(check_iterations(10_000_001).is_err());
        assert!(check_salt(&[0; 15]).is_err());
        assert!(check_salt(&[0; 16]).is_ok() && check_salt(&[0; 64]).is_ok());
        assert!(check_salt(&[0; 65]).is_err());
        assert_eq!(check_iv(&[1; 12]), Ok([1; 12]));
        assert_eq!(check_iv(&[1; 13]), Err(ParamError::BadIvLength { len: 13 }));
        assert!(check_ciphertext(&[0; 15]).is_err() && check_ciphertext(&[0; 16]).is_ok());
    }
}
