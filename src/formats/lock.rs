//! The lock: how a passphrase becomes the key that seals the saved cases (and this tab's
//! working copy), how a wrong passphrase is recognised, and the rules of the inactivity lock
//! for shared school and practice computers.
//!
//! The crypto is the one of the encrypted export: PBKDF2-SHA256 (at least 600,000 iterations,
//! random salt) derives an AES-GCM-256 key; every sealed value has its own random 96-bit IV.
//! The browser layer derives the key once when the user unlocks and keeps it in memory only
//! (a non-extractable `CryptoKey`), until the app locks. This module never sees a key.
//!
//! In localStorage (see [`crate::formats::store`]) the store gets a `"lock"` object with the
//! PBKDF2 parameters and a `check` value (a known text sealed with the key, so that a wrong
//! passphrase is recognised even when no case is saved).

use crate::formats::crypto::{
    b64_decode, b64_encode, check_iterations, check_salt, Sealed, CIPHER_NAME, KDF_NAME,
};
use serde::{Deserialize, Serialize};

/// Default minutes without use before the app locks itself.
pub const DEFAULT_LOCK_MINUTES: u32 = 15;
pub const MIN_LOCK_MINUTES: u32 = 1;
pub const MAX_LOCK_MINUTES: u32 = 240;
/// Minimum length of a new passphrase (lock and encrypted export).
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// The known text sealed as the lock's check value.
pub const LOCK_CHECK: &[u8] = b"thuiswijzer-slot";

/// Said when the passphrase does not open the lock.
pub const WRONG_PASSPHRASE: &str =
    "Dit wachtwoord is niet goed. Let op hoofdletters en probeer het opnieuw.";

/// The version of the sealing rules: from 3 on, every sealed value carries associated data
/// that names what it is (and which case), so a sealed value moved elsewhere does not open.
pub const SEAL_VERSION: u32 = 3;

/// The lock: how the key is derived from the passphrase, and the check value sealed with it.
/// In JSON: `{ "kdf": { "name": "PBKDF2-SHA256", "iterations": n, "salt": b64 },
/// "cipher": "AES-GCM", "check": { "iv": b64, "data": b64 }, "version": 3 }` (no `version`:
/// a lock made before associated data, sealed without it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "LockWire", into = "LockWire")]
pub struct LockParams {
    pub iterations: u32,
    pub salt: Vec<u8>,
    /// [`LOCK_CHECK`] sealed with the key, with [`LockParams::check_aad`].
    pub check: Sealed,
    /// The sealing rules the check value was made with (2: no associated data).
    pub version: u32,
}

/// Associated data for a sealed value: a JSON array naming the format, the sealing version
/// and what is sealed. Before [`SEAL_VERSION`] nothing was bound (empty data, which AES-GCM
/// treats as none).
pub fn aad(version: u32, parts: &[&str]) -> Vec<u8> {
    if version < SEAL_VERSION {
        return Vec::new();
    }
    let mut all = vec![serde_json::Value::from("thuiswijzer"), version.into()];
    all.extend(parts.iter().map(|p| serde_json::Value::from(*p)));
    serde_json::to_vec(&all).expect("strings serialise")
}

#[derive(Serialize, Deserialize)]
struct KdfWire {
    name: String,
    iterations: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct LockWire {
    kdf: KdfWire,
    cipher: String,
    check: Sealed,
    #[serde(default = "legacy_version")]
    version: u32,
}

fn legacy_version() -> u32 {
    2
}

impl TryFrom<LockWire> for LockParams {
    type Error = &'static str;
    fn try_from(w: LockWire) -> Result<Self, Self::Error> {
        if w.kdf.name != KDF_NAME || w.cipher != CIPHER_NAME {
            return Err("algorithm");
        }
        let iterations = check_iterations(w.kdf.iterations).map_err(|_| "iterations")?;
        let salt = b64_decode(&w.kdf.salt).map_err(|_| "salt")?;
        check_salt(&salt).map_err(|_| "salt")?;
        if w.version > SEAL_VERSION {
            return Err("version");
        }
        Ok(LockParams {
            iterations,
            salt,
            check: w.check,
            version: w.version,
        })
    }
}

impl From<LockParams> for LockWire {
    fn from(p: LockParams) -> Self {
        LockWire {
            kdf: KdfWire {
                name: KDF_NAME.into(),
                iterations: u64::from(p.iterations),
                salt: b64_encode(&p.salt),
            },
            cipher: CIPHER_NAME.into(),
            check: p.check,
            version: p.version,
        }
    }
}

impl LockParams {
    /// `true` when a key derived for `other` is the key of this lock (same salt and
    /// iterations; the passphrase was checked when the key was made).
    pub fn same_key_as(&self, other: &LockParams) -> bool {
        self.salt == other.salt && self.iterations == other.iterations
    }

    /// The associated data of the check value.
    pub fn check_aad(&self) -> Vec<u8> {
        check_aad(self.version)
    }
}

/// The associated data of a check value sealed under the rules of `version`.
pub fn check_aad(version: u32) -> Vec<u8> {
    aad(version, &["controle"])
}

/// `true` when the opened check value is the known text: the passphrase is right.
pub fn check_opens(plaintext: &[u8]) -> bool {
    plaintext == LOCK_CHECK
}

/// Why a new passphrase is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseError {
    TooShort,
    Mismatch,
}

impl PassphraseError {
    pub fn message(self) -> &'static str {
        match self {
            PassphraseError::TooShort => "Kies een wachtwoord van minstens 10 tekens.",
            PassphraseError::Mismatch => {
                "De twee wachtwoorden zijn niet hetzelfde. Typ het wachtwoord twee keer precies \
                 gelijk."
            }
        }
    }
}

/// Checks a new passphrase and its repetition (length in characters, not bytes).
pub fn check_new_passphrase(pass: &str, repeat: &str) -> Result<(), PassphraseError> {
    if pass.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseError::TooShort)
    } else if pass != repeat {
        Err(PassphraseError::Mismatch)
    } else {
        Ok(())
    }
}

/// Reads the minutes typed by the user; the error is a Dutch sentence.
pub fn parse_lock_minutes(input: &str) -> Result<u32, String> {
    match input.trim().parse::<u32>() {
        Ok(m) if (MIN_LOCK_MINUTES..=MAX_LOCK_MINUTES).contains(&m) => Ok(m),
        _ => Err(format!(
            "Vul een heel aantal minuten in van {MIN_LOCK_MINUTES} tot en met {MAX_LOCK_MINUTES}."
        )),
    }
}

/// `true` when the app has not been used for `minutes` or longer and must lock.
pub fn idle_too_long(now_ms: u64, last_activity_ms: u64, minutes: u32) -> bool {
    now_ms.saturating_sub(last_activity_ms) >= u64::from(minutes) * 60_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_value_tells_a_wrong_passphrase() {
        assert!(check_opens(LOCK_CHECK));
        assert!(!check_opens(b"thuiswijzer-slot "));
        assert!(!check_opens(b""));
    }

    #[test]
    fn new_passphrases_are_checked_with_dutch_messages() {
        assert_eq!(
            check_new_passphrase("kort", "kort"),
            Err(PassphraseError::TooShort)
        );
        // Characters, not bytes: ten accented letters are long enough.
        assert_eq!(check_new_passphrase("éééééééééé", "éééééééééé"), Ok(()));
        assert_eq!(
            check_new_passphrase("lang genoeg 1", "lang genoeg 2"),
            Err(PassphraseError::Mismatch)
        );
        assert_ne!(
            PassphraseError::TooShort.message(),
            PassphraseError::Mismatch.message()
        );
        // The message names the real minimum.
        assert!(PassphraseError::TooShort
            .message()
            .contains(&format!("minstens {MIN_PASSPHRASE_CHARS} tekens")));
    }

    #[test]
    fn lock_minutes_and_idle_time() {
        assert_eq!(parse_lock_minutes(" 15 "), Ok(15));
        assert_eq!(parse_lock_minutes("1"), Ok(1));
        assert_eq!(parse_lock_minutes("240"), Ok(240));
        for bad in ["0", "241", "-1", "tien", "", "1.5"] {
            assert!(parse_lock_minutes(bad).is_err(), "{bad}");
        }
        assert!(!idle_too_long(60_000 * 15 - 1, 0, 15));
        assert!(idle_too_long(60_000 * 15, 0, 15));
        // A clock that goes back never locks by itself.
        assert!(!idle_too_long(0, 5_000, 1));
    }
}
