//! The lock: the saved cases (and this tab's working copy) sealed with a passphrase, and the
//! inactivity lock for shared school and practice computers.
//!
//! The crypto is the one of the encrypted export: PBKDF2-SHA256 (at least 600,000 iterations,
//! random salt) derives an AES-GCM-256 key; every sealed value has its own random 96-bit IV.
//! The browser layer derives the key once when the user unlocks and keeps it in memory only
//! (a non-extractable `CryptoKey`), until the app locks. This module holds the formats and the
//! rules; it never sees a key.
//!
//! * In localStorage (see `domain::envelope`) the store gets a `"lock"` object with the PBKDF2
//!   parameters and a `check` value (a known text sealed with the key, so that a wrong
//!   passphrase is recognised even when no case is saved), and every case is sealed.
//! * In sessionStorage this tab's working copy is sealed too, with the lock parameters beside
//!   it, so that it can be opened again after a reload or after the lock was turned off in
//!   another tab: `{ "format": "thuiswijzer-sessie", "lock": {…}, "sealed": { "iv", "data" } }`.

use crate::formats::envelope::{
    base64_decode, base64_encode, check_ciphertext, check_iterations, check_iv, check_salt,
    parse_decrypted_casus, LoadError, StoreFile, WorkingCopy, CIPHER_NAME, IV_LEN, KDF_NAME,
};
use crate::model::Casus;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Default minutes without use before the app locks itself.
pub const DEFAULT_LOCK_MINUTES: u32 = 15;
pub const MIN_LOCK_MINUTES: u32 = 1;
pub const MAX_LOCK_MINUTES: u32 = 240;
/// Minimum length of a new passphrase (lock and encrypted export).
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// The known text sealed as the lock's check value.
pub const LOCK_CHECK: &[u8] = b"thuiswijzer-slot";
/// Format marker of a sealed working copy in sessionStorage.
pub const SESSION_FORMAT: &str = "thuiswijzer-sessie";

/// Said when the passphrase does not open the lock.
pub const WRONG_PASSPHRASE: &str =
    "Dit wachtwoord is niet goed. Let op hoofdletters en probeer het opnieuw.";

/// A value sealed with AES-GCM: the IV and the ciphertext followed by the 16-byte tag.
/// In JSON: `{ "iv": b64, "data": b64 }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SealedWire", into = "SealedWire")]
pub struct Sealed {
    pub iv: [u8; IV_LEN],
    pub data: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct SealedWire {
    iv: String,
    data: String,
}

impl TryFrom<SealedWire> for Sealed {
    type Error = &'static str;
    fn try_from(w: SealedWire) -> Result<Self, Self::Error> {
        let iv = base64_decode(&w.iv).map_err(|_| "iv")?;
        let iv = check_iv(&iv).map_err(|_| "iv")?;
        let data = base64_decode(&w.data).map_err(|_| "data")?;
        check_ciphertext(&data).map_err(|_| "data")?;
        Ok(Sealed { iv, data })
    }
}

impl From<Sealed> for SealedWire {
    fn from(s: Sealed) -> Self {
        SealedWire {
            iv: base64_encode(&s.iv),
            data: base64_encode(&s.data),
        }
    }
}

/// The lock: how the key is derived from the passphrase, and the check value sealed with it.
/// In JSON: `{ "kdf": { "name": "PBKDF2-SHA256", "iterations": n, "salt": b64 },
/// "cipher": "AES-GCM", "check": { "iv": b64, "data": b64 } }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "LockWire", into = "LockWire")]
pub struct LockParams {
    pub iterations: u32,
    pub salt: Vec<u8>,
    /// [`LOCK_CHECK`] sealed with the key.
    pub check: Sealed,
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
}

impl TryFrom<LockWire> for LockParams {
    type Error = &'static str;
    fn try_from(w: LockWire) -> Result<Self, Self::Error> {
        if w.kdf.name != KDF_NAME || w.cipher != CIPHER_NAME {
            return Err("algorithm");
        }
        let iterations = check_iterations(w.kdf.iterations).map_err(|_| "iterations")?;
        let salt = base64_decode(&w.kdf.salt).map_err(|_| "salt")?;
        check_salt(&salt).map_err(|_| "salt")?;
        Ok(LockParams {
            iterations,
            salt,
            check: w.check,
        })
    }
}

impl From<LockParams> for LockWire {
    fn from(p: LockParams) -> Self {
        LockWire {
            kdf: KdfWire {
                name: KDF_NAME.into(),
                iterations: u64::from(p.iterations),
                salt: base64_encode(&p.salt),
            },
            cipher: CIPHER_NAME.into(),
            check: p.check,
        }
    }
}

impl LockParams {
    /// `true` when a key derived for `other` is the key of this lock (same salt and
    /// iterations; the passphrase was checked when the key was made).
    pub fn same_key_as(&self, other: &LockParams) -> bool {
        self.salt == other.salt && self.iterations == other.iterations
    }
}

/// `true` when the opened check value is the known text: the passphrase is right.
pub fn check_opens(plaintext: &[u8]) -> bool {
    plaintext == LOCK_CHECK
}

/// A saved case after AES-GCM opened it: the JSON of the case, migrated to the current schema.
/// A case that does not read makes the whole store unreadable (and so kept untouched).
pub fn open_case(plaintext: &[u8]) -> Result<Casus, LoadError> {
    parse_decrypted_casus(plaintext).map_err(|_| LoadError::Malformed { what: "casus" })
}

/// This tab's working copy as sessionStorage holds it.
// One value per read, so the size of the `Open` variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionCopy {
    Open(WorkingCopy),
    Sealed(SealedSession),
}

/// A sealed working copy with the lock it was sealed under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedSession {
    pub lock: LockParams,
    pub sealed: Sealed,
}

#[derive(Serialize)]
struct SessionWire<'a> {
    format: &'static str,
    #[serde(flatten)]
    body: &'a SealedSession,
}

impl SealedSession {
    pub fn to_json(&self) -> String {
        serde_json::to_string(&SessionWire {
            format: SESSION_FORMAT,
            body: self,
        })
        .expect("the working copy serialises")
    }
}

/// Reads the working copy from sessionStorage: sealed (with the format marker) or open.
/// `None` when it is neither (the tab then starts empty, as before).
pub fn parse_session(json: &str) -> Option<SessionCopy> {
    let value: Value = serde_json::from_str(json).ok().filter(Value::is_object)?;
    if value.get("format").and_then(Value::as_str) == Some(SESSION_FORMAT) {
        return serde_json::from_value(value).ok().map(SessionCopy::Sealed);
    }
    serde_json::from_value(value).ok().map(SessionCopy::Open)
}

/// The bytes to seal for the working copy.
pub fn working_plaintext(w: &WorkingCopy) -> Vec<u8> {
    serde_json::to_vec(w).expect("the working copy serialises")
}

/// The working copy after AES-GCM opened it.
pub fn parse_working_plaintext(plaintext: &[u8]) -> Option<WorkingCopy> {
    serde_json::from_slice(plaintext).ok()
}

/// Which lock to open: the one of the saved cases, or else the one this tab's working copy
/// was sealed under (the lock may have been turned off in another tab meanwhile).
pub fn lock_to_open<'a>(
    store: Option<&'a StoreFile>,
    session: Option<&'a SessionCopy>,
) -> Option<&'a LockParams> {
    store.and_then(StoreFile::lock).or(match session {
        Some(SessionCopy::Sealed(s)) => Some(&s.lock),
        _ => None,
    })
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
    use crate::formats::envelope::{parse_store, LockedStore, StoreEnvelope};

    fn sealed(n: u8) -> Sealed {
        Sealed {
            iv: [n; IV_LEN],
            data: vec![n; 40],
        }
    }

    fn params() -> LockParams {
        LockParams {
            iterations: 600_000,
            salt: vec![7; 16],
            check: sealed(1),
        }
    }

    fn locked_store() -> StoreFile {
        let mut env: StoreEnvelope<Sealed> = StoreEnvelope::default();
        env.upsert("a", sealed(2), 1_000);
        env.upsert("b", sealed(3), 2_000);
        StoreFile::Locked(LockedStore {
            lock: params(),
            env,
        })
    }

    #[test]
    fn a_locked_store_round_trips_and_shows_no_content() {
        let file = locked_store();
        let json = file.to_json();
        assert!(json.contains(r#""lock":{"kdf":{"name":"PBKDF2-SHA256","iterations":600000"#));
        assert!(json.contains(r#""cipher":"AES-GCM""#));
        assert_eq!(parse_store(&json).unwrap(), file);
        // Only sealed values: no field of a case is written.
        assert!(!json.contains("\"label\""));
        assert!(!json.contains("\"schema\""));
    }

    #[test]
    fn a_locked_store_loses_expired_cases_without_the_key() {
        let mut file = locked_store();
        // Saved at 1_000 and 2_000 ms with the default term.
        let day = 86_400_000;
        let term = u64::from(crate::formats::envelope::DEFAULT_EXPIRY_DAYS) * day;
        assert!(file.remove_expired(1_000 + term - 1).is_empty());
        assert_eq!(file.remove_expired(1_000 + term), vec!["a".to_string()]);
        let back = parse_store(&file.to_json()).unwrap();
        assert_eq!(back, file);
        assert!(back.lock().is_some());
        // The minutes are clamped on reading, as the expiry days are.
        for (written, read) in [(0, MIN_LOCK_MINUTES), (10_000, MAX_LOCK_MINUTES)] {
            let mut v: Value = serde_json::from_str(&file.to_json()).unwrap();
            v["settings"]["lock_after_minutes"] = written.into();
            let Ok(StoreFile::Locked(l)) = parse_store(&v.to_string()) else {
                panic!("a locked store");
            };
            assert_eq!(l.env.settings.lock_after_minutes, read);
        }
    }

    #[test]
    fn a_damaged_lock_or_an_open_case_in_a_locked_store_is_malformed() {
        let json = locked_store().to_json();
        let mut v: Value = serde_json::from_str(&json).unwrap();
        type Edit = (&'static str, Box<dyn Fn(&mut Value)>);
        let edits: Vec<Edit> = vec![
            (
                "weak kdf",
                Box::new(|v| v["lock"]["kdf"]["iterations"] = 1000.into()),
            ),
            (
                "other kdf",
                Box::new(|v| v["lock"]["kdf"]["name"] = "scrypt".into()),
            ),
            (
                "other cipher",
                Box::new(|v| v["lock"]["cipher"] = "AES-CBC".into()),
            ),
            (
                "short salt",
                Box::new(|v| v["lock"]["kdf"]["salt"] = "AAAA".into()),
            ),
            (
                "bad iv",
                Box::new(|v| v["lock"]["check"]["iv"] = "AAAA".into()),
            ),
            ("no check", Box::new(|v| v["lock"]["check"] = Value::Null)),
            (
                "plain case",
                Box::new(|v| v["cases"][0]["casus"] = serde_json::json!({"schema": 1})),
            ),
            (
                "bad base64",
                Box::new(|v| v["cases"][1]["casus"]["data"] = "%%".into()),
            ),
            (
                "short data",
                Box::new(|v| v["cases"][1]["casus"]["data"] = "AAAA".into()),
            ),
        ];
        for (name, edit) in edits {
            let mut changed = v.clone();
            edit(&mut changed);
            let err = parse_store(&changed.to_string()).unwrap_err();
            assert!(
                matches!(err, LoadError::Malformed { .. }),
                "{name}: {err:?}"
            );
            assert!(!err.must_not_overwrite(), "{name}");
        }
        // A newer version is refused before the lock is looked at.
        v["version"] = 3.into();
        assert_eq!(
            parse_store(&v.to_string()),
            Err(LoadError::FutureVersion { found: 3 })
        );
    }

    #[test]
    fn the_check_value_tells_a_wrong_passphrase() {
        assert!(check_opens(LOCK_CHECK));
        assert!(!check_opens(b"thuiswijzer-slot "));
        assert!(!check_opens(b""));
    }

    #[test]
    fn opened_cases_are_read_like_an_import() {
        let mut c = Casus::new();
        c.label = "Groep 4".into();
        let plain = crate::formats::envelope::casus_plaintext(&c);
        assert_eq!(open_case(&plain).unwrap(), c);
        assert_eq!(
            open_case(b"{not json"),
            Err(LoadError::Malformed { what: "casus" })
        );
        assert!(open_case(br#"{"schema": 99}"#).is_err());
    }

    #[test]
    fn the_working_copy_is_read_open_or_sealed() {
        let mut w = WorkingCopy::default();
        w.casus.label = "Groep 7".into();
        w.case_id = Some("x".into());
        let open = serde_json::to_string(&w).unwrap();
        assert_eq!(parse_session(&open), Some(SessionCopy::Open(w.clone())));
        let s = SealedSession {
            lock: params(),
            sealed: sealed(9),
        };
        let json = s.to_json();
        assert!(json.starts_with(r#"{"format":"thuiswijzer-sessie","lock":"#));
        assert!(!json.contains("Groep 7"));
        assert_eq!(parse_session(&json), Some(SessionCopy::Sealed(s)));
        assert_eq!(
            parse_working_plaintext(&working_plaintext(&w)),
            Some(w.clone())
        );
        // A damaged sealed copy is not mistaken for an (empty) open one.
        assert_eq!(
            parse_session(r#"{"format":"thuiswijzer-sessie","sealed":{}}"#),
            None
        );
        assert_eq!(parse_session("{"), None);
        assert_eq!(parse_session("[]"), None);
    }

    #[test]
    fn the_lock_to_open_is_the_stores_else_the_working_copys() {
        let store = locked_store();
        let mut other = params();
        other.salt = vec![8; 16];
        let session = SessionCopy::Sealed(SealedSession {
            lock: other.clone(),
            sealed: sealed(4),
        });
        assert_eq!(lock_to_open(Some(&store), Some(&session)), Some(&params()));
        let open = StoreFile::Open(StoreEnvelope::new());
        assert_eq!(lock_to_open(Some(&open), Some(&session)), Some(&other));
        assert_eq!(lock_to_open(None, Some(&session)), Some(&other));
        let plain = SessionCopy::Open(WorkingCopy::default());
        assert_eq!(lock_to_open(Some(&open), Some(&plain)), None);
        assert_eq!(lock_to_open(None, None), None);
        assert!(params().same_key_as(&params()));
        assert!(!params().same_key_as(&other));
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
