//! The saved cases in localStorage: one versioned JSON value under [`STORE_KEY`].
//!
//! ```json
//! { "format": "thuiswijzer-opslag", "version": 2,
//!   "cases": [ { "id": "c-1", "saved_at_ms": 1767225600000, "expires_after_days": 30,
//!                "casus": { "schema": 1, ... } } ],
//!   "settings": { "expiry_days": 30, "lock_after_minutes": 15 } }
//! ```
//!
//! With the lock on (see [`crate::formats::lock`]) the store also has a `"lock"` object (the
//! PBKDF2 parameters and a check value) and every `"casus"` is sealed: `{ "iv": b64, "data":
//! b64 }` (AES-GCM). The id, the save time and the expiry stay readable, so expired cases are
//! removed even while the app is locked; nothing of the content is readable.
//!
//! Version 0 (the prototype) is migrated on load (see [`crate::formats::migrate`]); version 1
//! reads as version 2 without a lock. A version newer than [`STORE_VERSION`] is refused with
//! [`LoadError::FutureVersion`]: the app must then leave the stored data alone
//! ([`LoadError::must_not_overwrite`]).

use crate::formats::crypto::Sealed;
use crate::formats::lock::LockParams;
use crate::formats::migrate::{
    casus_from_value, migrate_casus_value, migrate_store_v0, MigrationError,
};
use crate::formats::settings::{clamp_days, default_expiry_days, Settings, DAY_MS};
use crate::model::Casus;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Suggested localStorage key for the [`StoreEnvelope`].
pub const STORE_KEY: &str = "thuiswijzer.v1";
/// Format marker of the stored envelope.
pub const STORE_FORMAT: &str = "thuiswijzer-opslag";
/// Current version of the stored envelope (2: the optional lock).
pub const STORE_VERSION: u32 = 2;
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
/// Serialise with [`StoreFile::to_json`], read with
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
        obj = migrate_store_v0(obj).map_err(load_error)?;
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
        migrate_casus_value(casus).map_err(load_error)?;
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

fn load_error(e: MigrationError) -> LoadError {
    match e {
        MigrationError::Future(found) => LoadError::FutureVersion { found },
        MigrationError::Malformed(what) => LoadError::Malformed { what },
    }
}

/// A saved case after AES-GCM opened it: the JSON of the case, migrated to the current schema.
/// A case that does not read makes the whole store unreadable (and so kept untouched).
pub fn open_case(plaintext: &[u8]) -> Result<Casus, LoadError> {
    let value: Value =
        serde_json::from_slice(plaintext).map_err(|_| LoadError::Malformed { what: "casus" })?;
    casus_from_value(value).map_err(load_error)
}

/// The bytes to seal for a saved case: the JSON of the case.
pub fn casus_plaintext(c: &Casus) -> Vec<u8> {
    serde_json::to_vec(c).expect("a case serialises")
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
