//! Versioned storage and export envelopes.
//!
//! The browser layer does the I/O (localStorage, file download and upload) and the Web Crypto
//! calls (PBKDF2-SHA256 and AES-GCM). This module does the pure part: the JSON shapes, the
//! validation of everything that comes in, the migration of older versions and a small base64
//! codec, so that the browser layer only moves bytes.
//!
//! # Stored envelope (one localStorage key, [`STORE_KEY`])
//!
//! ```json
//! { "format": "thuiswijzer-opslag", "version": 2,
//!   "cases": [ { "id": "c-1", "saved_at_ms": 1767225600000, "expires_after_days": 30,
//!                "casus": { "schema": 1, ... } } ],
//!   "settings": { "expiry_days": 30, "lock_after_minutes": 15 } }
//! ```
//!
//! With the lock on (see `domain::lock`) the store also has a `"lock"` object (the PBKDF2
//! parameters and a check value) and every `"casus"` is sealed: `{ "iv": b64, "data": b64 }`
//! (AES-GCM). The id, the save time and the expiry stay readable, so expired cases are removed
//! even while the app is locked; nothing of the content is readable.
//!
//! Version 0 (the prototype) is migrated on load, see [`parse_store`]; version 1 reads as
//! version 2 without a lock. A version newer than [`STORE_VERSION`] is refused with
//! [`LoadError::FutureVersion`]: the app must then leave the stored data alone
//! ([`LoadError::must_not_overwrite`]).
//!
//! # Export file
//!
//! Plain: `{ "format": "thuiswijzer-export", "version": 1, "exported_at_ms": …,
//! "encrypted": false, "casus": {…} }`.
//!
//! Encrypted: `{ "format": "thuiswijzer-export", "version": 1, "exported_at_ms": …,
//! "encrypted": true, "kdf": { "name": "PBKDF2-SHA256", "iterations": 600000, "salt": b64 },
//! "cipher": { "name": "AES-GCM", "iv": b64 (12 bytes) }, "data": b64 }`. The plaintext under
//! AES-GCM is the JSON of the case itself ([`casus_plaintext`], read back with
//! [`parse_decrypted_casus`]).

use crate::formats::lock::{
    LockParams, Sealed, DEFAULT_LOCK_MINUTES, MAX_LOCK_MINUTES, MIN_LOCK_MINUTES,
};
use crate::model::{Casus, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// Suggested localStorage key for the [`StoreEnvelope`].
pub const STORE_KEY: &str = "thuiswijzer.v1";
/// Format marker of the stored envelope.
pub const STORE_FORMAT: &str = "thuiswijzer-opslag";
/// Current version of the stored envelope (2: the optional lock).
pub const STORE_VERSION: u32 = 2;
/// Format marker of an export file.
pub const EXPORT_FORMAT: &str = "thuiswijzer-export";
/// Current version of the export file.
pub const EXPORT_VERSION: u32 = 1;

/// Default number of days a saved case is kept after its last save.
pub const DEFAULT_EXPIRY_DAYS: u32 = 30;
pub const MIN_EXPIRY_DAYS: u32 = 1;
pub const MAX_EXPIRY_DAYS: u32 = 365;
pub const DAY_MS: u64 = 86_400_000;

/// Key derivation named in an encrypted export (Web Crypto PBKDF2 with SHA-256).
pub const KDF_NAME: &str = "PBKDF2-SHA256";
/// Cipher named in an encrypted export (Web Crypto AES-GCM, 128-bit tag).
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
/// A sensible `max_len` for [`parse_export`]: one case is a few kilobytes.
pub const DEFAULT_MAX_IMPORT_BYTES: usize = 1024 * 1024;

// =============================================================================================
// Stored envelope

/// User settings kept with the stored cases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Days after its last save that a case is removed ([`MIN_EXPIRY_DAYS`]..=[`MAX_EXPIRY_DAYS`]).
    pub expiry_days: u32,
    /// Minutes without use after which the app locks itself, when the lock is on
    /// ([`MIN_LOCK_MINUTES`]..=[`MAX_LOCK_MINUTES`]).
    pub lock_after_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            expiry_days: DEFAULT_EXPIRY_DAYS,
            lock_after_minutes: DEFAULT_LOCK_MINUTES,
        }
    }
}

impl Settings {
    fn clamped(self) -> Self {
        Settings {
            expiry_days: clamp_days(self.expiry_days),
            lock_after_minutes: self
                .lock_after_minutes
                .clamp(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES),
        }
    }
}

fn default_expiry_days() -> u32 {
    DEFAULT_EXPIRY_DAYS
}

fn clamp_days(days: u32) -> u32 {
    days.clamp(MIN_EXPIRY_DAYS, MAX_EXPIRY_DAYS)
}

/// One saved case. `C` is the case itself ([`Casus`]) or, with the lock on, the case sealed
/// with AES-GCM ([`Sealed`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCase<C = Casus> {
    /// Chosen by the app (random); never derived from the case content.
    pub id: String,
    /// Unix time of the last save, in milliseconds.
    pub saved_at_ms: u64,
    #[serde(default = "default_expiry_days")]
    pub expires_after_days: u32,
    pub casus: C,
}

impl<C> StoredCase<C> {
    /// The moment (Unix ms) from which the case counts as expired.
    pub fn expires_at_ms(&self) -> u64 {
        self.saved_at_ms
            .saturating_add(u64::from(self.expires_after_days).saturating_mul(DAY_MS))
    }

    pub fn is_expired(&self, now_ms: u64) -> bool {
        now_ms >= self.expires_at_ms()
    }
}

/// The saved cases and the settings: the content of localStorage. `C` as in [`StoredCase`].
/// Serialise with [`StoreFile::to_json`] (or [`StoreEnvelope::to_json`]), read with
/// [`parse_store`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreEnvelope<C = Casus> {
    pub cases: Vec<StoredCase<C>>,
    pub settings: Settings,
}

impl<C> Default for StoreEnvelope<C> {
    fn default() -> Self {
        StoreEnvelope {
            cases: Vec::new(),
            settings: Settings::default(),
        }
    }
}

#[derive(Serialize)]
struct StoreWire<'a, C> {
    format: &'static str,
    version: u32,
    cases: &'a [StoredCase<C>],
    settings: &'a Settings,
    #[serde(skip_serializing_if = "Option::is_none")]
    lock: Option<&'a LockParams>,
}

#[derive(Deserialize)]
struct StoreBody<C> {
    cases: Vec<StoredCase<C>>,
    #[serde(default)]
    settings: Settings,
}

impl StoreEnvelope {
    pub fn new() -> Self {
        Self::default()
    }

    /// The JSON for localStorage without a lock, always in the current version.
    pub fn to_json(&self) -> String {
        store_json(self, None)
    }
}

fn store_json<C: Serialize>(env: &StoreEnvelope<C>, lock: Option<&LockParams>) -> String {
    serde_json::to_string(&StoreWire {
        format: STORE_FORMAT,
        version: STORE_VERSION,
        cases: &env.cases,
        settings: &env.settings,
        lock,
    })
    .expect("the store serialises")
}

impl<C> StoreEnvelope<C> {
    pub fn get(&self, id: &str) -> Option<&StoredCase<C>> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// Save a case (new or replacing the one with the same id). The expiry starts again and
    /// uses the current setting.
    pub fn upsert(&mut self, id: &str, casus: C, now_ms: u64) {
        let entry = StoredCase {
            id: id.to_string(),
            saved_at_ms: now_ms,
            expires_after_days: self.settings.expiry_days,
            casus,
        };
        match self.cases.iter_mut().find(|c| c.id == id) {
            Some(c) => *c = entry,
            None => self.cases.push(entry),
        }
    }

    /// Remove one case; `true` when it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.cases.len();
        self.cases.retain(|c| c.id != id);
        self.cases.len() != before
    }

    /// Change the expiry setting (clamped to 1..=365 days). It applies to the cases already
    /// saved as well, so a shorter term takes effect at once.
    pub fn set_expiry_days(&mut self, days: u32) {
        let days = clamp_days(days);
        self.settings.expiry_days = days;
        for c in &mut self.cases {
            c.expires_after_days = days;
        }
    }

    /// The ids of the cases that have expired at `now_ms`.
    pub fn expired(&self, now_ms: u64) -> Vec<String> {
        self.cases
            .iter()
            .filter(|c| c.is_expired(now_ms))
            .map(|c| c.id.clone())
            .collect()
    }

    /// Remove the expired cases and return their ids.
    pub fn remove_expired(&mut self, now_ms: u64) -> Vec<String> {
        let gone = self.expired(now_ms);
        self.cases.retain(|c| !c.is_expired(now_ms));
        gone
    }
}

/// With the lock on: the lock parameters and the sealed cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedStore {
    pub lock: LockParams,
    pub env: StoreEnvelope<Sealed>,
}

/// What localStorage holds, as read by [`parse_store`]: open, or locked with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreFile {
    Open(StoreEnvelope),
    Locked(LockedStore),
}

impl StoreFile {
    /// The JSON for localStorage, always in the current version.
    pub fn to_json(&self) -> String {
        match self {
            StoreFile::Open(env) => store_json(env, None),
            StoreFile::Locked(l) => store_json(&l.env, Some(&l.lock)),
        }
    }

    /// The cases and settings when the lock is off.
    pub fn into_open(self) -> Option<StoreEnvelope> {
        match self {
            StoreFile::Open(env) => Some(env),
            StoreFile::Locked(_) => None,
        }
    }

    /// The lock parameters, when the lock is on.
    pub fn lock(&self) -> Option<&LockParams> {
        match self {
            StoreFile::Open(_) => None,
            StoreFile::Locked(l) => Some(&l.lock),
        }
    }

    /// Remove the expired cases (no key needed) and return their ids.
    pub fn remove_expired(&mut self, now_ms: u64) -> Vec<String> {
        match self {
            StoreFile::Open(env) => env.remove_expired(now_ms),
            StoreFile::Locked(l) => l.env.remove_expired(now_ms),
        }
    }
}

/// The working copy of the case in this browser tab (sessionStorage): survives a reload, gone
/// when the tab closes. `case_id` is set when the user chose to keep the case on this device;
/// `base_saved_at_ms` is the stored version this copy was last saved as or loaded from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkingCopy {
    pub case_id: Option<String>,
    pub base_saved_at_ms: Option<u64>,
    pub casus: Casus,
}

/// Another tab saved this case after the version we started from: writing now would silently
/// overwrite that tab's changes.
pub fn changed_elsewhere(base_saved_at_ms: Option<u64>, stored: Option<&StoredCase>) -> bool {
    match (base_saved_at_ms, stored) {
        (Some(base), Some(s)) => s.saved_at_ms > base,
        (None, Some(_)) => true,
        (_, None) => false,
    }
}

/// Why the stored data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not valid JSON (damaged or cut off).
    NotJson,
    /// JSON, but not a Thuiswijzer store (missing or other `format`).
    WrongFormat,
    /// Written by a newer version of the app (store `version` or a case `schema`). The app
    /// must not overwrite it.
    FutureVersion { found: u64 },
    /// The right format and version, but a part is missing or has the wrong shape. `what`
    /// names the part (never any content).
    Malformed { what: &'static str },
}

impl LoadError {
    /// A Dutch (B1) explanation for the user.
    pub fn message(&self) -> &'static str {
        match self {
            LoadError::NotJson => {
                "De opgeslagen gegevens zijn beschadigd en kunnen niet worden gelezen. \
                 U kunt opnieuw beginnen. Heeft u een exportbestand? Dan kunt u dat inlezen."
            }
            LoadError::WrongFormat => {
                "De opgeslagen gegevens komen niet van Thuiswijzer. Thuiswijzer laat ze staan \
                 en slaat niets op, zodat er niets verloren gaat."
            }
            LoadError::FutureVersion { .. } => {
                "De opgeslagen gegevens zijn gemaakt met een nieuwere versie van Thuiswijzer. \
                 Deze versie kan ze niet lezen en overschrijft ze niet. Laad de pagina opnieuw \
                 om de nieuwste versie te krijgen."
            }
            LoadError::Malformed { .. } => {
                "Een deel van de opgeslagen gegevens klopt niet en kan niet worden gelezen. \
                 U kunt opnieuw beginnen. Heeft u een exportbestand? Dan kunt u dat inlezen."
            }
        }
    }

    /// `true` when the app must leave the stored data alone (it is not ours, or it is newer
    /// than this version). Damaged data may be replaced after the user agrees.
    pub fn must_not_overwrite(&self) -> bool {
        matches!(
            self,
            LoadError::WrongFormat | LoadError::FutureVersion { .. }
        )
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for LoadError {}

/// Read the stored envelope, migrating older versions.
///
/// Version 0 (the prototype) looked like this:
///
/// ```json
/// { "format": "thuiswijzer-opslag", "version": 0, "bewaartermijn_dagen": 14,
///   "casussen": { "<id>": { "opgeslagen": <Unix seconds>,
///                           "casus": { "schema": 0, "titel": "…", "notities": "…", … } } } }
/// ```
///
/// Cases whose id occurs twice are kept once (the most recently saved). With a `"lock"`, every
/// case must be sealed and the lock parameters must pass the same checks as an encrypted
/// export; the sealed cases are opened by the browser layer with [`crate::formats::lock`].
pub fn parse_store(json: &str) -> Result<StoreFile, LoadError> {
    let value: Value = serde_json::from_str(json).map_err(|_| LoadError::NotJson)?;
    let Value::Object(mut obj) = value else {
        return Err(LoadError::WrongFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(STORE_FORMAT) {
        return Err(LoadError::WrongFormat);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::Malformed { what: "version" })?;
    if version > u64::from(STORE_VERSION) {
        return Err(LoadError::FutureVersion { found: version });
    }
    if version == 0 {
        obj = migrate_store_v0(obj)?;
    }
    if let Some(lock) = obj.remove("lock") {
        let lock: LockParams =
            serde_json::from_value(lock).map_err(|_| LoadError::Malformed { what: "lock" })?;
        let body: StoreBody<Sealed> = serde_json::from_value(Value::Object(obj))
            .map_err(|_| LoadError::Malformed { what: "cases" })?;
        return Ok(StoreFile::Locked(LockedStore {
            lock,
            env: one_entry_per_id(body),
        }));
    }
    // Migrate every case to the current schema before the typed read.
    let Some(Value::Array(cases)) = obj.get_mut("cases") else {
        return Err(LoadError::Malformed { what: "cases" });
    };
    for entry in cases.iter_mut() {
        let Some(casus) = entry.get_mut("casus") else {
            return Err(LoadError::Malformed { what: "casus" });
        };
        migrate_casus_value(casus).map_err(|e| match e {
            CasusError::Future(found) => LoadError::FutureVersion { found },
            CasusError::Invalid => LoadError::Malformed { what: "casus" },
        })?;
    }
    let body: StoreBody<Casus> = serde_json::from_value(Value::Object(obj))
        .map_err(|_| LoadError::Malformed { what: "cases" })?;
    Ok(StoreFile::Open(one_entry_per_id(body)))
}

/// Clamps the settings and keeps the most recently saved entry of every id.
fn one_entry_per_id<C>(body: StoreBody<C>) -> StoreEnvelope<C> {
    let mut store = StoreEnvelope {
        cases: Vec::with_capacity(body.cases.len()),
        settings: body.settings.clamped(),
    };
    for mut c in body.cases {
        c.expires_after_days = clamp_days(c.expires_after_days);
        match store.cases.iter_mut().find(|k| k.id == c.id) {
            Some(k) if k.saved_at_ms < c.saved_at_ms => *k = c,
            Some(_) => {}
            None => store.cases.push(c),
        }
    }
    store
}

/// Version 0 -> 1: the map `casussen` becomes the list `cases` (ordered by save time, then
/// id), seconds become milliseconds, and the top-level `bewaartermijn_dagen` becomes
/// `settings.expiry_days` and each case's `expires_after_days`. Cases without a `schema` get
/// schema 0, which the case migration then brings up to date.
fn migrate_store_v0(obj: Map<String, Value>) -> Result<Map<String, Value>, LoadError> {
    let days = match obj.get("bewaartermijn_dagen") {
        None | Some(Value::Null) => DEFAULT_EXPIRY_DAYS,
        Some(v) => v
            .as_u64()
            .map(|d| d.min(u64::from(MAX_EXPIRY_DAYS)) as u32)
            .ok_or(LoadError::Malformed {
                what: "bewaartermijn_dagen",
            })?,
    };
    let days = clamp_days(days);
    let mut entries: Vec<(u64, String, Value)> = Vec::new();
    match obj.get("casussen") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (id, entry) in map {
                let saved_s = entry
                    .get("opgeslagen")
                    .and_then(Value::as_u64)
                    .ok_or(LoadError::Malformed { what: "opgeslagen" })?;
                let mut casus = entry
                    .get("casus")
                    .cloned()
                    .ok_or(LoadError::Malformed { what: "casus" })?;
                // The prototype did not always write a schema: its cases are schema 0.
                if let Value::Object(c) = &mut casus {
                    c.entry("schema").or_insert(Value::from(0));
                }
                entries.push((saved_s.saturating_mul(1000), id.clone(), casus));
            }
        }
        Some(_) => return Err(LoadError::Malformed { what: "casussen" }),
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let cases: Vec<Value> = entries
        .into_iter()
        .map(|(saved_at_ms, id, casus)| {
            serde_json::json!({
                "id": id,
                "saved_at_ms": saved_at_ms,
                "expires_after_days": days,
                "casus": casus,
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert("format".into(), STORE_FORMAT.into());
    out.insert("version".into(), STORE_VERSION.into());
    out.insert("cases".into(), Value::Array(cases));
    out.insert(
        "settings".into(),
        serde_json::json!({ "expiry_days": days }),
    );
    Ok(out)
}

enum CasusError {
    Future(u64),
    Invalid,
}

/// Bring a case value to [`SCHEMA_VERSION`] in place. A missing `schema` counts as current.
///
/// Schema 0 -> 1: `titel` became `label` and `notities` became `notes`; later steps are
/// [`Casus::migrate_from`].
fn migrate_casus_value(v: &mut Value) -> Result<(), CasusError> {
    let Value::Object(obj) = v else {
        return Err(CasusError::Invalid);
    };
    let schema = match obj.get("schema") {
        None => u64::from(SCHEMA_VERSION),
        Some(s) => s.as_u64().ok_or(CasusError::Invalid)?,
    };
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(CasusError::Future(schema));
    }
    if schema == 0 {
        for (old, new) in [("titel", "label"), ("notities", "notes")] {
            if let Some(x) = obj.remove(old) {
                obj.entry(new).or_insert(x);
            }
        }
    }
    // Later steps belong to the case shape (model).
    Casus::migrate_from(schema, obj);
    Ok(())
}

fn casus_from_value(mut v: Value) -> Result<Casus, ImportError> {
    migrate_casus_value(&mut v).map_err(|e| match e {
        CasusError::Future(found) => ImportError::FutureVersion { found },
        CasusError::Invalid => ImportError::InvalidCase,
    })?;
    serde_json::from_value(v).map_err(|_| ImportError::InvalidCase)
}

// =============================================================================================
// Export file

/// A parsed and validated export file.
// One value per import, so the size of the `Plain` variant does not matter; no Box keeps
// matching on it simple.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportFile {
    Plain {
        exported_at_ms: Option<u64>,
        casus: Casus,
    },
    /// Decrypt `ciphertext` with AES-GCM under a PBKDF2-SHA256 key from the passphrase, then
    /// call [`parse_decrypted_casus`].
    Encrypted(EncryptedExport),
}

/// The validated parameters of an encrypted export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncryptedExport {
    pub exported_at_ms: Option<u64>,
    /// PBKDF2 iterations, within [`MIN_PBKDF2_ITERATIONS`]..=[`MAX_PBKDF2_ITERATIONS`].
    pub iterations: u32,
    /// PBKDF2 salt, [`MIN_SALT_LEN`]..=[`MAX_SALT_LEN`] bytes.
    pub salt: Vec<u8>,
    pub iv: [u8; IV_LEN],
    /// AES-GCM output: ciphertext followed by the 16-byte tag.
    pub ciphertext: Vec<u8>,
}

/// Why an export file could not be read (or written). `field` names are JSON paths such as
/// `kdf.salt`; they never contain content from the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than the limit; checked before anything is parsed.
    TooLarge {
        len: usize,
        max: usize,
    },
    /// The file is empty.
    Empty,
    /// Not JSON text (or not UTF-8).
    NotJson,
    /// JSON, but not a Thuiswijzer export (missing or other `format`).
    WrongFormat,
    /// Made by a newer version of the app (file `version` or case `schema`).
    FutureVersion {
        found: u64,
    },
    MissingField {
        field: &'static str,
    },
    /// A field has the wrong type or an impossible value.
    InvalidField {
        field: &'static str,
    },
    /// Another key derivation or cipher than PBKDF2-SHA256 / AES-GCM.
    UnsupportedAlgorithm {
        field: &'static str,
    },
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
    BadBase64 {
        field: &'static str,
    },
    /// Shorter than an AES-GCM tag.
    CiphertextTooShort {
        len: usize,
    },
    /// The case inside the file does not have the shape of a case.
    InvalidCase,
    /// AES-GCM refused to decrypt: the passphrase is wrong or the file was changed. Produced
    /// by the browser layer; the two cannot be told apart, on purpose.
    WrongPassphraseOrTampered,
}

impl ImportError {
    /// A Dutch (B1) explanation for the user.
    pub fn message(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => {
                "Dit bestand is te groot voor een Thuiswijzer-export. Kies het bestand dat \
                 Thuiswijzer heeft gemaakt."
            }
            ImportError::Empty => {
                "Dit bestand is leeg. Kies het bestand dat Thuiswijzer heeft gemaakt."
            }
            ImportError::NotJson => {
                "Dit bestand kan Thuiswijzer niet lezen. Het is geen exportbestand, of het is \
                 beschadigd."
            }
            ImportError::WrongFormat => {
                "Dit is geen exportbestand van Thuiswijzer. Kies het bestand dat Thuiswijzer \
                 heeft gemaakt (het eindigt meestal op .json)."
            }
            ImportError::FutureVersion { .. } => {
                "Dit bestand is gemaakt met een nieuwere versie van Thuiswijzer. Laad de pagina \
                 opnieuw om de nieuwste versie te krijgen en probeer het dan nog eens."
            }
            ImportError::MissingField { .. } => {
                "In dit bestand ontbreekt een deel. Het is beschadigd of niet helemaal \
                 opgeslagen. Maak zo nodig een nieuwe export."
            }
            ImportError::InvalidField { .. } => {
                "Een deel van dit bestand klopt niet. Het is beschadigd of aangepast. Maak zo \
                 nodig een nieuwe export."
            }
            ImportError::UnsupportedAlgorithm { .. } => {
                "Dit bestand is op een manier versleuteld die Thuiswijzer niet kent. Thuiswijzer \
                 opent het daarom niet."
            }
            ImportError::WeakKdf { .. } => {
                "Dit bestand is te zwak beveiligd (de sleutel is met te weinig rekenstappen \
                 gemaakt). Thuiswijzer opent het daarom niet. Maak een nieuwe export."
            }
            ImportError::TooManyIterations { .. } => {
                "Dit bestand vraagt zo veel rekenwerk dat uw browser zou vastlopen. Thuiswijzer \
                 opent het daarom niet."
            }
            ImportError::BadSaltLength { .. } | ImportError::BadIvLength { .. } => {
                "De beveiliging van dit bestand klopt niet (een sleutelgegeven heeft de verkeerde \
                 lengte). Het is beschadigd of aangepast."
            }
            ImportError::BadBase64 { .. } => {
                "Een deel van dit bestand bevat tekens die er niet horen. Het is beschadigd of \
                 aangepast."
            }
            ImportError::CiphertextTooShort { .. } => {
                "De versleutelde inhoud van dit bestand is te kort. Het is beschadigd of niet \
                 helemaal opgeslagen."
            }
            ImportError::InvalidCase => {
                "De casus in dit bestand kan Thuiswijzer niet lezen. Het bestand is beschadigd \
                 of aangepast."
            }
            ImportError::WrongPassphraseOrTampered => {
                "Openen lukt niet. Het wachtwoord is niet goed, of het bestand is veranderd. \
                 Controleer het wachtwoord en probeer het opnieuw."
            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct PlainWire<'a> {
    format: &'static str,
    version: u32,
    exported_at_ms: u64,
    encrypted: bool,
    casus: &'a Casus,
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
    serde_json::to_string_pretty(&PlainWire {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at_ms: now_ms,
        encrypted: false,
        casus: c,
    })
    .expect("a case serialises")
}

/// The bytes to encrypt for an encrypted export: the JSON of the case.
pub fn casus_plaintext(c: &Casus) -> Vec<u8> {
    serde_json::to_vec(c).expect("a case serialises")
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
    check_iterations(u64::from(iterations))?;
    check_salt(salt)?;
    check_iv(iv)?;
    check_ciphertext(ciphertext)?;
    Ok(serde_json::to_string_pretty(&EncryptedWire {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at_ms: now_ms,
        encrypted: true,
        kdf: KdfWire {
            name: KDF_NAME,
            iterations,
            salt: base64_encode(salt),
        },
        cipher: CipherWire {
            name: CIPHER_NAME,
            iv: base64_encode(iv),
        },
        data: base64_encode(ciphertext),
    })
    .expect("the wrapper serialises"))
}

pub(crate) fn check_iterations(n: u64) -> Result<u32, ImportError> {
    if n < u64::from(MIN_PBKDF2_ITERATIONS) {
        Err(ImportError::WeakKdf { iterations: n })
    } else if n > u64::from(MAX_PBKDF2_ITERATIONS) {
        Err(ImportError::TooManyIterations { iterations: n })
    } else {
        Ok(n as u32)
    }
}

pub(crate) fn check_salt(salt: &[u8]) -> Result<(), ImportError> {
    if (MIN_SALT_LEN..=MAX_SALT_LEN).contains(&salt.len()) {
        Ok(())
    } else {
        Err(ImportError::BadSaltLength { len: salt.len() })
    }
}

pub(crate) fn check_iv(iv: &[u8]) -> Result<[u8; IV_LEN], ImportError> {
    iv.try_into()
        .map_err(|_| ImportError::BadIvLength { len: iv.len() })
}

pub(crate) fn check_ciphertext(data: &[u8]) -> Result<(), ImportError> {
    if data.len() < GCM_TAG_LEN {
        Err(ImportError::CiphertextTooShort { len: data.len() })
    } else {
        Ok(())
    }
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
        return Ok(ExportFile::Plain {
            exported_at_ms,
            casus: casus_from_value(casus)?,
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
    base64_decode(string(obj, key, path)?).map_err(|_| ImportError::BadBase64 { field: path })
}

/// Read the plaintext after AES-GCM decryption: the JSON of one case, migrated to the current
/// schema.
pub fn parse_decrypted_casus(plaintext: &[u8]) -> Result<Casus, ImportError> {
    let value: Value = serde_json::from_slice(plaintext).map_err(|_| ImportError::InvalidCase)?;
    casus_from_value(value)
}

// =============================================================================================
// Base64 (standard alphabet, RFC 4648 §4)

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Base64 that could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base64Error;

impl fmt::Display for Base64Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid base64")
    }
}

impl std::error::Error for Base64Error {}

/// Standard base64 with `=` padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (k, &b)| acc | (u32::from(b) << (16 - 8 * k)));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(B64[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b64_value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Strict standard base64: padding optional but correct when present, no whitespace, no
/// other alphabet, and unused bits zero (so each byte string has one encoding).
pub fn base64_decode(s: &str) -> Result<Vec<u8>, Base64Error> {
    let bytes = s.as_bytes();
    let data = bytes
        .strip_suffix(b"==")
        .or_else(|| bytes.strip_suffix(b"="))
        .unwrap_or(bytes);
    if data.len() != bytes.len() && bytes.len() % 4 != 0 {
        return Err(Base64Error);
    }
    if data.len() % 4 == 1 {
        return Err(Base64Error);
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in data {
        acc = (acc << 6) | b64_value(c).ok_or(Base64Error)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if acc != 0 {
        return Err(Base64Error);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Age, Answer, Role};

    const MAX: usize = DEFAULT_MAX_IMPORT_BYTES;

    fn open_store(json: &str) -> StoreEnvelope {
        parse_store(json)
            .unwrap()
            .into_open()
            .expect("an open store")
    }

    fn sample() -> Casus {
        let mut c = Casus::new();
        c.label = "Casus groep 6".into();
        c.role = Some(Role::Leraar);
        c.age = Some(Age {
            years: 9,
            months: 3,
        });
        c.notes = "Komt vaak te laat.".into();
        c.answers.insert("ouder_doet_mee".into(), Answer::Ja);
        c
    }

    // ------------------------------------------------------------------ base64

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
            assert_eq!(base64_encode(plain.as_bytes()), enc);
            assert_eq!(base64_decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64_encode(&[0xfb, 0xff, 0xbf]), "+/+/");
        assert_eq!(base64_decode("+/+/").unwrap(), [0xfb, 0xff, 0xbf]);
        // Without padding is accepted as well.
        assert_eq!(base64_decode("Zm9vYg").unwrap(), b"foob");
    }

    #[test]
    fn base64_rejects_invalid_input() {
        for bad in [
            "Zm9v!", "Zm9", "Z", "Zm9vY===", "Zm=9v", "Zh==", "Zm9=", " Zm9v", "Zm9v\n", "Zg=",
            "-_-_", "=",
        ] {
            assert_eq!(base64_decode(bad), Err(Base64Error), "{bad:?}");
        }
        // Unpadded "Zm8" is "fo" (the unused bits are zero); "Zm9" above has non-zero ones.
        assert_eq!(base64_decode("Zm8").unwrap(), b"fo");
    }

    // ------------------------------------------------------------------ store

    #[test]
    fn store_round_trips_in_the_current_version() {
        let mut s = StoreEnvelope::new();
        s.upsert("c-1", sample(), 1_000);
        s.upsert("c-2", Casus::new(), 2_000);
        let json = s.to_json();
        assert!(json.starts_with(r#"{"format":"thuiswijzer-opslag","version":2,"cases":["#));
        assert_eq!(open_store(&json), s);
        // Replacing keeps one entry and restarts the expiry.
        s.upsert("c-1", Casus::new(), 5_000);
        assert_eq!(s.cases.len(), 2);
        assert_eq!(s.get("c-1").unwrap().saved_at_ms, 5_000);
        assert!(s.remove("c-2"));
        assert!(!s.remove("c-2"));
    }

    #[test]
    fn store_load_errors_are_distinct() {
        assert_eq!(parse_store("{\"format\":"), Err(LoadError::NotJson));
        assert_eq!(parse_store(""), Err(LoadError::NotJson));
        assert_eq!(parse_store("[1,2]"), Err(LoadError::WrongFormat));
        assert_eq!(
            parse_store(r#"{"format":"iets-anders","version":1,"cases":[]}"#),
            Err(LoadError::WrongFormat)
        );
        assert_eq!(
            parse_store(r#"{"version":1,"cases":[]}"#),
            Err(LoadError::WrongFormat)
        );
        let future = parse_store(r#"{"format":"thuiswijzer-opslag","version":7,"cases":"?"}"#);
        assert_eq!(future, Err(LoadError::FutureVersion { found: 7 }));
        let err = future.unwrap_err();
        assert!(err.must_not_overwrite());
        assert!(err.message().contains("overschrijft ze niet"));
        assert_eq!(
            parse_store(r#"{"format":"thuiswijzer-opslag","cases":[]}"#),
            Err(LoadError::Malformed { what: "version" })
        );
        assert_eq!(
            parse_store(r#"{"format":"thuiswijzer-opslag","version":1,"cases":{}}"#),
            Err(LoadError::Malformed { what: "cases" })
        );
        assert_eq!(
            parse_store(
                r#"{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"a","saved_at_ms":1,"casus":{"role":"directeur"}}]}"#
            ),
            Err(LoadError::Malformed { what: "cases" })
        );
        // A case written by a newer app version is a future version too.
        assert_eq!(
            parse_store(
                r#"{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"a","saved_at_ms":1,"casus":{"schema":9}}]}"#
            ),
            Err(LoadError::FutureVersion { found: 9 })
        );
        assert!(!LoadError::NotJson.must_not_overwrite());
        assert!(LoadError::WrongFormat.must_not_overwrite());
        let all = [
            LoadError::NotJson,
            LoadError::WrongFormat,
            LoadError::FutureVersion { found: 2 },
            LoadError::Malformed { what: "x" },
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a.message(), b.message());
            }
            assert_eq!(a.to_string(), a.message());
        }
    }

    #[test]
    fn store_v0_is_migrated() {
        let v0 = r#"{
            "format": "thuiswijzer-opslag", "version": 0, "bewaartermijn_dagen": 14,
            "casussen": {
                "b": { "opgeslagen": 1700000100, "casus": { "schema": 0, "titel": "Casus B",
                       "notities": "oud", "role": "huisarts" } },
                "a": { "opgeslagen": 1700000200, "casus": { "titel": "Casus A" } }
            }
        }"#;
        let s = open_store(v0);
        assert_eq!(s.settings.expiry_days, 14);
        let ids: Vec<_> = s.cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"], "ordered by save time");
        let b = &s.cases[0];
        assert_eq!(b.saved_at_ms, 1_700_000_100_000);
        assert_eq!(b.expires_after_days, 14);
        assert_eq!(b.casus.label, "Casus B");
        assert_eq!(b.casus.notes, "oud");
        assert_eq!(b.casus.role, Some(Role::Huisarts));
        assert_eq!(b.casus.schema, SCHEMA_VERSION);
        // A v0 case without a schema is schema 0 as well.
        assert_eq!(s.cases[1].casus.label, "Casus A");
        // Saving writes the current version, which reads back the same.
        let again = open_store(&s.to_json());
        assert_eq!(again, s);
        // An empty v0 store and a broken one.
        let empty = open_store(r#"{"format":"thuiswijzer-opslag","version":0}"#);
        assert!(empty.cases.is_empty());
        assert_eq!(empty.settings.expiry_days, DEFAULT_EXPIRY_DAYS);
        assert_eq!(
            parse_store(r#"{"format":"thuiswijzer-opslag","version":0,"casussen":[]}"#),
            Err(LoadError::Malformed { what: "casussen" })
        );
        assert_eq!(
            parse_store(
                r#"{"format":"thuiswijzer-opslag","version":0,"casussen":{"a":{"casus":{}}}}"#
            ),
            Err(LoadError::Malformed { what: "opgeslagen" })
        );
    }

    #[test]
    fn expiry_uses_the_setting_and_the_case() {
        let mut s = StoreEnvelope::new();
        s.upsert("old", Casus::new(), 0);
        s.upsert("new", Casus::new(), 10 * DAY_MS);
        assert_eq!(s.cases[0].expires_after_days, 30);
        assert!(s.expired(30 * DAY_MS - 1).is_empty());
        assert_eq!(s.expired(30 * DAY_MS), ["old"]);
        s.set_expiry_days(7);
        assert_eq!(s.expired(17 * DAY_MS), ["old", "new"]);
        assert_eq!(s.expired(16 * DAY_MS), ["old"]);
        assert_eq!(s.remove_expired(16 * DAY_MS), ["old"]);
        assert_eq!(s.cases.len(), 1);
        s.set_expiry_days(0);
        assert_eq!(s.settings.expiry_days, MIN_EXPIRY_DAYS);
        s.set_expiry_days(10_000);
        assert_eq!(s.settings.expiry_days, MAX_EXPIRY_DAYS);
        // No overflow at the end of time.
        let c = StoredCase {
            id: "x".into(),
            saved_at_ms: u64::MAX - 1,
            expires_after_days: 30,
            casus: Casus::new(),
        };
        assert_eq!(c.expires_at_ms(), u64::MAX);
        assert!(!c.is_expired(u64::MAX - 1));
    }

    #[test]
    fn store_clamps_days_and_keeps_one_entry_per_id() {
        let json = r#"{"format":"thuiswijzer-opslag","version":1,"settings":{"expiry_days":0},
            "cases":[{"id":"a","saved_at_ms":5,"casus":{"label":"eerste"}},
                     {"id":"a","saved_at_ms":9,"expires_after_days":999,"casus":{"label":"later"}},
                     {"id":"a","saved_at_ms":7,"casus":{"label":"tussen"}}]}"#;
        let s = open_store(json);
        assert_eq!(s.settings.expiry_days, MIN_EXPIRY_DAYS);
        assert_eq!(s.cases.len(), 1);
        assert_eq!(s.cases[0].casus.label, "later");
        assert_eq!(s.cases[0].expires_after_days, MAX_EXPIRY_DAYS);
        // Missing expiry and settings fall back to the default.
        let s = open_store(
            r#"{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"a","saved_at_ms":5,"casus":{}}]}"#,
        );
        assert_eq!(s.cases[0].expires_after_days, DEFAULT_EXPIRY_DAYS);
        assert_eq!(s.settings, Settings::default());
    }

    // ------------------------------------------------------------------ export

    fn encrypted_json() -> String {
        export_encrypted(&[7; 16], &[9; 12], &[1; 40], 600_000, 42).unwrap()
    }

    fn with(json: &str, edit: impl FnOnce(&mut Map<String, Value>)) -> String {
        let mut v: Value = serde_json::from_str(json).unwrap();
        edit(v.as_object_mut().unwrap());
        v.to_string()
    }

    #[test]
    fn plain_export_round_trips() {
        let c = sample();
        let file = export_plain(&c, 1_767_225_600_000);
        assert!(file.contains("\"encrypted\": false"));
        assert_eq!(
            parse_export(&file, MAX).unwrap(),
            ExportFile::Plain {
                exported_at_ms: Some(1_767_225_600_000),
                casus: c.clone()
            }
        );
        // Bytes work the same as text, also with a byte-order mark.
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(file.as_bytes());
        assert!(matches!(
            parse_export(bom, MAX),
            Ok(ExportFile::Plain { .. })
        ));
        // An old case inside an export is migrated.
        let old = r#"{"format":"thuiswijzer-export","version":1,"encrypted":false,
                      "casus":{"schema":0,"titel":"Oud"}}"#;
        match parse_export(old, MAX).unwrap() {
            ExportFile::Plain {
                exported_at_ms,
                casus,
            } => {
                assert_eq!(exported_at_ms, None);
                assert_eq!(casus.label, "Oud");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn encrypted_export_round_trips() {
        let json = encrypted_json();
        let ExportFile::Encrypted(e) = parse_export(&json, MAX).unwrap() else {
            panic!("not encrypted");
        };
        assert_eq!(
            e,
            EncryptedExport {
                exported_at_ms: Some(42),
                iterations: 600_000,
                salt: vec![7; 16],
                iv: [9; 12],
                ciphertext: vec![1; 40],
            }
        );
        let c = sample();
        assert_eq!(parse_decrypted_casus(&casus_plaintext(&c)).unwrap(), c);
    }

    #[test]
    fn export_errors_are_distinct() {
        let enc = encrypted_json();
        let plain = export_plain(&sample(), 1);
        let cases: Vec<(String, ImportError)> = vec![
            ("".into(), ImportError::Empty),
            ("  \n".into(), ImportError::Empty),
            ("{".into(), ImportError::NotJson),
            ("\u{0}".into(), ImportError::NotJson),
            ("[]".into(), ImportError::WrongFormat),
            (
                with(&plain, |o| {
                    o.insert("format".into(), "thuiswijzer-opslag".into());
                }),
                ImportError::WrongFormat,
            ),
            (
                with(&plain, |o| {
                    o.insert("version".into(), 2.into());
                }),
                ImportError::FutureVersion { found: 2 },
            ),
            (
                with(&plain, |o| {
                    o.insert("casus".into(), serde_json::json!({"schema": 5}));
                }),
                ImportError::FutureVersion { found: 5 },
            ),
            (
                with(&plain, |o| {
                    o.remove("version");
                }),
                ImportError::MissingField { field: "version" },
            ),
            (
                with(&plain, |o| {
                    o.insert("version".into(), 0.into());
                }),
                ImportError::InvalidField { field: "version" },
            ),
            (
                with(&plain, |o| {
                    o.remove("encrypted");
                }),
                ImportError::MissingField { field: "encrypted" },
            ),
            (
                with(&plain, |o| {
                    o.insert("encrypted".into(), "nee".into());
                }),
                ImportError::InvalidField { field: "encrypted" },
            ),
            (
                with(&plain, |o| {
                    o.insert("exported_at_ms".into(), (-1).into());
                }),
                ImportError::InvalidField {
                    field: "exported_at_ms",
                },
            ),
            (
                with(&plain, |o| {
                    o.remove("casus");
                }),
                ImportError::MissingField { field: "casus" },
            ),
            (
                with(&plain, |o| {
                    o.insert("casus".into(), serde_json::json!({"age": "negen"}));
                }),
                ImportError::InvalidCase,
            ),
            (
                with(&enc, |o| {
                    o.insert("casus".into(), serde_json::json!({}));
                }),
                ImportError::InvalidField { field: "casus" },
            ),
            (
                with(&enc, |o| {
                    o.remove("kdf");
                }),
                ImportError::MissingField { field: "kdf" },
            ),
            (
                with(&enc, |o| {
                    o.insert("kdf".into(), "pbkdf2".into());
                }),
                ImportError::InvalidField { field: "kdf" },
            ),
            (
                with(&enc, |o| {
                    o["kdf"]["name"] = "scrypt".into();
                }),
                ImportError::UnsupportedAlgorithm { field: "kdf.name" },
            ),
            (
                with(&enc, |o| {
                    o["kdf"]["iterations"] = 100_000.into();
                }),
                ImportError::WeakKdf {
                    iterations: 100_000,
                },
            ),
            (
                with(&enc, |o| {
                    o["kdf"]["iterations"] = 4_000_000_000u32.into();
                }),
                ImportError::TooManyIterations {
                    iterations: 4_000_000_000,
                },
            ),
            (
                with(&enc, |o| {
                    o["kdf"]["iterations"] = "600000".into();
                }),
                ImportError::InvalidField {
                    field: "kdf.iterations",
                },
            ),
            (
                with(&enc, |o| {
                    o["kdf"].as_object_mut().unwrap().remove("salt");
                }),
                ImportError::MissingField { field: "kdf.salt" },
            ),
            (
                with(&enc, |o| {
                    o["kdf"]["salt"] = base64_encode(&[1; 8]).into();
                }),
                ImportError::BadSaltLength { len: 8 },
            ),
            (
                with(&enc, |o| {
                    o["kdf"]["salt"] = "nog geen base64".into();
                }),
                ImportError::BadBase64 { field: "kdf.salt" },
            ),
            (
                with(&enc, |o| {
                    o["cipher"]["name"] = "AES-CBC".into();
                }),
                ImportError::UnsupportedAlgorithm {
                    field: "cipher.name",
                },
            ),
            (
                with(&enc, |o| {
                    o["cipher"]["iv"] = base64_encode(&[1; 16]).into();
                }),
                ImportError::BadIvLength { len: 16 },
            ),
            (
                with(&enc, |o| {
                    o["cipher"]["iv"] = "AAAA*AAAAAAAAAAA".into();
                }),
                ImportError::BadBase64 { field: "cipher.iv" },
            ),
            (
                with(&enc, |o| {
                    o.remove("cipher");
                }),
                ImportError::MissingField { field: "cipher" },
            ),
            (
                with(&enc, |o| {
                    o.remove("data");
                }),
                ImportError::MissingField { field: "data" },
            ),
            (
                with(&enc, |o| {
                    o.insert("data".into(), "%%%%".into());
                }),
                ImportError::BadBase64 { field: "data" },
            ),
            (
                with(&enc, |o| {
                    o.insert("data".into(), base64_encode(&[1; 15]).into());
                }),
                ImportError::CiphertextTooShort { len: 15 },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_export(&input, MAX), Err(want.clone()), "{input}");
            assert!(!want.message().is_empty());
        }
        // Too large is checked before parsing: garbage that is too long says "too large".
        let big = vec![b'x'; 101];
        assert_eq!(
            parse_export(&big, 100),
            Err(ImportError::TooLarge { len: 101, max: 100 })
        );
        assert_eq!(parse_export(&big[..100], 100), Err(ImportError::NotJson));
        assert_eq!(
            parse_export([0xffu8, 0xfe], MAX),
            Err(ImportError::NotJson),
            "not UTF-8"
        );
    }

    #[test]
    fn import_messages_are_distinct_dutch_sentences() {
        let all = [
            ImportError::TooLarge { len: 2, max: 1 },
            ImportError::Empty,
            ImportError::NotJson,
            ImportError::WrongFormat,
            ImportError::FutureVersion { found: 2 },
            ImportError::MissingField { field: "x" },
            ImportError::InvalidField { field: "x" },
            ImportError::UnsupportedAlgorithm { field: "x" },
            ImportError::WeakKdf { iterations: 1 },
            ImportError::TooManyIterations { iterations: 1 },
            ImportError::BadSaltLength { len: 1 },
            ImportError::BadBase64 { field: "x" },
            ImportError::CiphertextTooShort { len: 1 },
            ImportError::InvalidCase,
            ImportError::WrongPassphraseOrTampered,
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a.message(), b.message(), "{a:?} / {b:?}");
            }
            assert!(a.message().ends_with('.'), "{a:?}");
            assert_eq!(a.to_string(), a.message());
        }
        assert!(ImportError::WrongPassphraseOrTampered
            .message()
            .contains("wachtwoord"));
    }

    #[test]
    fn export_encrypted_refuses_what_import_would_refuse() {
        assert_eq!(
            export_encrypted(&[0; 16], &[0; 12], &[0; 16], 599_999, 0),
            Err(ImportError::WeakKdf {
                iterations: 599_999
            })
        );
        assert_eq!(
            export_encrypted(&[0; 15], &[0; 12], &[0; 16], 600_000, 0),
            Err(ImportError::BadSaltLength { len: 15 })
        );
        assert_eq!(
            export_encrypted(&[0; 16], &[0; 11], &[0; 16], 600_000, 0),
            Err(ImportError::BadIvLength { len: 11 })
        );
        assert_eq!(
            export_encrypted(&[0; 16], &[0; 12], &[0; 15], 600_000, 0),
            Err(ImportError::CiphertextTooShort { len: 15 })
        );
        assert!(export_encrypted(&[0; 64], &[0; 12], &[0; 16], 10_000_000, 0).is_ok());
    }

    #[test]
    fn decrypted_plaintext_is_checked() {
        assert_eq!(
            parse_decrypted_casus(b"\xff\xfe"),
            Err(ImportError::InvalidCase)
        );
        assert_eq!(parse_decrypted_casus(b"[]"), Err(ImportError::InvalidCase));
        assert_eq!(
            parse_decrypted_casus(br#"{"schema":3}"#),
            Err(ImportError::FutureVersion { found: 3 })
        );
        assert_eq!(
            parse_decrypted_casus(br#"{"schema":0,"notities":"x"}"#)
                .unwrap()
                .notes,
            "x"
        );
    }

    #[test]
    fn store_v1_reads_as_v2_without_a_lock() {
        let v1 = r#"{"format":"thuiswijzer-opslag","version":1,
            "cases":[{"id":"a","saved_at_ms":5,"expires_after_days":30,
                      "casus":{"schema":1,"label":"Groep 8"}}],
            "settings":{"expiry_days":20}}"#;
        let s = open_store(v1);
        assert_eq!(s.get("a").unwrap().casus.label, "Groep 8");
        assert_eq!(s.settings.expiry_days, 20);
        assert_eq!(s.settings.lock_after_minutes, DEFAULT_LOCK_MINUTES);
        let again = s.to_json();
        assert!(again.contains(r#""version":2"#));
        assert!(!again.contains(r#""lock""#));
        assert_eq!(open_store(&again), s);
    }

    #[test]
    fn a_newer_save_in_another_tab_is_a_conflict() {
        let mut env = StoreEnvelope::new();
        env.upsert("a", Casus::new(), 1_000);
        assert!(!changed_elsewhere(Some(1_000), env.get("a")));
        assert!(!changed_elsewhere(Some(2_000), env.get("a")));
        env.upsert("a", Casus::new(), 3_000);
        assert!(changed_elsewhere(Some(2_000), env.get("a")));
        assert!(changed_elsewhere(None, env.get("a")));
        assert!(!changed_elsewhere(Some(2_000), env.get("b")));
    }

    #[test]
    fn the_working_copy_round_trips() {
        let w = WorkingCopy {
            case_id: Some("x1".into()),
            base_saved_at_ms: Some(5),
            casus: Casus::new(),
        };
        let back: WorkingCopy = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
        assert_eq!(back, w);
        let partial: WorkingCopy = serde_json::from_str("{}").unwrap();
        assert_eq!(partial, WorkingCopy::default());
    }
}
