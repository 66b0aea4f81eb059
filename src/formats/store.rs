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
use crate::formats::lock::{aad, LockParams, SEAL_VERSION};
use crate::formats::migrate::{
    casus_from_value, migrate_casus_value, migrate_store_v0, MigrationError,
};
use crate::formats::settings::{clamp_days, default_expiry_days, Settings, DAY_MS};
use crate::model::Casus;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;
use std::sync::Arc;

/// Suggested localStorage key for the [`StoreEnvelope`].
pub const STORE_KEY: &str = "thuiswijzer.v1";
/// Format marker of the stored envelope.
pub const STORE_FORMAT: &str = "thuiswijzer-opslag";
/// Current version of the stored envelope (2: the optional lock; 3: with the lock on, every
/// sealed case is bound to its id, save time and expiry, and the settings are sealed too).
pub const STORE_VERSION: u32 = SEAL_VERSION;
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
    /// Every case shared: a copy of the envelope (each save makes one to change one case)
    /// copies no case, and a case that was not changed compares equal by its pointer.
    pub cases: Vec<Arc<StoredCase<C>>>,
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
struct StoreWire<'a, L, S> {
    format: &'static str,
    version: u32,
    cases: L,
    settings: S,
    #[serde(skip_serializing_if = "Option::is_none")]
    lock: Option<&'a LockParams>,
}

impl StoreEnvelope {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The shared cases of an envelope, serialised as the cases themselves.
struct SharedCases<'a, C>(&'a [Arc<StoredCase<C>>]);

impl<C: Serialize> Serialize for SharedCases<'_, C> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|c| &**c))
    }
}

fn store_json<L: Serialize, S: Serialize>(
    version: u32,
    cases: L,
    settings: S,
    lock: Option<&LockParams>,
) -> String {
    serde_json::to_string(&StoreWire {
        format: STORE_FORMAT,
        version,
        cases,
        settings,
        lock,
    })
    .expect("the store serialises")
}

impl<C> StoreEnvelope<C> {
    pub fn get(&self, id: &str) -> Option<&StoredCase<C>> {
        self.shared(id).map(|c| &**c)
    }

    /// The case with this id as shared (compared by pointer first).
    pub fn shared(&self, id: &str) -> Option<&Arc<StoredCase<C>>> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// Save a case (new or replacing the one with the same id). The expiry starts again and
    /// uses the current setting.
    pub fn upsert(&mut self, id: &str, casus: C, now_ms: u64) {
        let entry = Arc::new(StoredCase {
            id: id.to_string(),
            saved_at_ms: now_ms,
            expires_after_days: self.settings.expiry_days,
            casus,
        });
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
    pub fn set_expiry_days(&mut self, days: u32)
    where
        C: Clone,
    {
        let days = clamp_days(days);
        self.settings.expiry_days = days;
        for c in &mut self.cases {
            if c.expires_after_days != days {
                Arc::make_mut(c).expires_after_days = days;
            }
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

/// With the lock on: the lock parameters, the sealed cases and the sealed settings. Ids, save
/// times and expiry stay readable (expired cases are removed without the key), but they are
/// bound to the sealed case: changed, the case no longer opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedStore {
    /// The sealing rules the values were sealed with (2: no associated data). Written back
    /// as read until the store is sealed again, which always uses [`STORE_VERSION`].
    pub version: u32,
    pub lock: LockParams,
    pub cases: Vec<StoredCase<Sealed>>,
    pub settings: LockedSettings,
}

/// The settings of a locked store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum LockedSettings {
    /// Sealed with the key (from version 3 on).
    Sealed(Sealed),
    /// Readable and changeable by anyone (version 2 only); replaced on the next write.
    Unprotected(Settings),
}

impl StoredCase<Sealed> {
    /// The associated data of this sealed case: its id, save time and expiry.
    pub fn aad(&self, version: u32) -> Vec<u8> {
        case_aad(version, &self.id, self.saved_at_ms, self.expires_after_days)
    }
}

/// The associated data of a sealed case.
pub fn case_aad(version: u32, id: &str, saved_at_ms: u64, expires_after_days: u32) -> Vec<u8> {
    aad(
        version,
        &[
            "casus",
            id,
            &saved_at_ms.to_string(),
            &expires_after_days.to_string(),
        ],
    )
}

/// The associated data of the sealed settings.
pub fn settings_aad(version: u32) -> Vec<u8> {
    aad(version, &["instellingen"])
}

/// The bytes to seal for the settings.
pub fn settings_plaintext(s: &Settings) -> Vec<u8> {
    serde_json::to_vec(s).expect("settings serialise")
}

impl LockedStore {
    /// Every sealed value with its associated data, in the order [`LockedStore::open_with`]
    /// asks for them: the settings (when sealed), then each case.
    pub fn sealed_values(&self) -> Vec<(&Sealed, Vec<u8>)> {
        let mut out = Vec::with_capacity(self.cases.len() + 1);
        if let LockedSettings::Sealed(s) = &self.settings {
            out.push((s, settings_aad(self.version)));
        }
        out.extend(self.cases.iter().map(|c| (&c.casus, c.aad(self.version))));
        out
    }

    /// Opens every value with `open` (AES-GCM with the key: `None` when the tag does not
    /// match). One value that does not open makes the whole store unreadable.
    pub fn open_with(
        &self,
        mut open: impl FnMut(&Sealed, &[u8]) -> Option<Vec<u8>>,
    ) -> Result<StoreEnvelope, LoadError> {
        let settings = match &self.settings {
            LockedSettings::Unprotected(s) => s.clone(),
            LockedSettings::Sealed(sealed) => {
                let plain = open(sealed, &settings_aad(self.version))
                    .ok_or(LoadError::Malformed { what: "settings" })?;
                serde_json::from_slice::<Settings>(&plain)
                    .map_err(|_| LoadError::Malformed { what: "settings" })?
                    .clamped()
            }
        };
        let mut cases = Vec::with_capacity(self.cases.len());
        for c in &self.cases {
            let plain = open(&c.casus, &c.aad(self.version))
                .ok_or(LoadError::Malformed { what: "casus" })?;
            cases.push(Arc::new(StoredCase {
                id: c.id.clone(),
                saved_at_ms: c.saved_at_ms,
                expires_after_days: c.expires_after_days,
                casus: open_case(&plain)?,
            }));
        }
        Ok(StoreEnvelope { cases, settings })
    }

    /// What to seal for `env` in the current version, each with its associated data, in the
    /// order [`LockedStore::from_sealed`] takes them: the settings, then each case.
    pub fn to_seal(env: &StoreEnvelope) -> Vec<SealStep> {
        Self::plan_seal(env, None)
    }

    /// As [`LockedStore::to_seal`], but a value that did not change since `before` (the store
    /// as last written, sealed with the same key, and its opened content) keeps its sealed
    /// bytes: typing in one case seals that case only.
    pub fn plan_seal(
        env: &StoreEnvelope,
        before: Option<(&LockedStore, &StoreEnvelope)>,
    ) -> Vec<SealStep> {
        let before = before.filter(|(l, _)| l.version == STORE_VERSION);
        let mut out = Vec::with_capacity(env.cases.len() + 1);
        let old_settings = before.and_then(|(l, open)| match &l.settings {
            LockedSettings::Sealed(s) if open.settings == env.settings => Some(s.clone()),
            _ => None,
        });
        out.push(match old_settings {
            Some(s) => SealStep::Keep(s),
            None => SealStep::Seal {
                plain: settings_plaintext(&env.settings),
                aad: settings_aad(STORE_VERSION),
            },
        });
        for c in &env.cases {
            let unchanged = before.and_then(|(l, open)| {
                open.shared(&c.id).filter(|o| *o == c)?;
                l.cases
                    .iter()
                    .find(|s| {
                        s.id == c.id
                            && s.saved_at_ms == c.saved_at_ms
                            && s.expires_after_days == c.expires_after_days
                    })
                    .map(|s| s.casus.clone())
            });
            out.push(match unchanged {
                Some(s) => SealStep::Keep(s),
                None => SealStep::Seal {
                    plain: casus_plaintext(&c.casus),
                    aad: case_aad(STORE_VERSION, &c.id, c.saved_at_ms, c.expires_after_days),
                },
            });
        }
        out
    }

    /// The locked store for `env` from the values [`LockedStore::to_seal`] listed, sealed.
    /// `lock` must be a lock of the current version (its check value bound).
    pub fn from_sealed(env: &StoreEnvelope, lock: LockParams, sealed: Vec<Sealed>) -> Self {
        assert_eq!(sealed.len(), env.cases.len() + 1, "one sealed value each");
        assert!(lock.version >= SEAL_VERSION, "a bound check value");
        let mut sealed = sealed.into_iter();
        let settings = LockedSettings::Sealed(sealed.next().expect("the settings"));
        let cases = env
            .cases
            .iter()
            .zip(sealed)
            .map(|(c, s)| StoredCase {
                id: c.id.clone(),
                saved_at_ms: c.saved_at_ms,
                expires_after_days: c.expires_after_days,
                casus: s,
            })
            .collect();
        LockedStore {
            version: STORE_VERSION,
            lock,
            cases,
            settings,
        }
    }
}

/// One value of a locked store to be written: kept as it was sealed, or to be sealed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealStep {
    Keep(Sealed),
    Seal { plain: Vec<u8>, aad: Vec<u8> },
}

/// What localStorage holds, as read by [`parse_store`]: open, or locked with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreFile {
    Open(StoreEnvelope),
    Locked(LockedStore),
}

impl StoreFile {
    /// The JSON for localStorage: open stores in the current version, locked ones in the
    /// version they were sealed with.
    pub fn to_json(&self) -> String {
        match self {
            StoreFile::Open(env) => {
                store_json(STORE_VERSION, SharedCases(&env.cases), &env.settings, None)
            }
            StoreFile::Locked(l) => store_json(l.version, &l.cases, &l.settings, Some(&l.lock)),
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
            StoreFile::Locked(l) => {
                let gone = l
                    .cases
                    .iter()
                    .filter(|c| c.is_expired(now_ms))
                    .map(|c| c.id.clone())
                    .collect();
                l.cases.retain(|c| !c.is_expired(now_ms));
                gone
            }
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
    /// The index names a saved case whose own key is missing (format 4).
    CaseMissing,
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
            LoadError::CaseMissing => {
                "Een bewaarde casus ontbreekt in deze browser: de lijst van bewaarde casussen \
                 noemt hem, maar de casus zelf is er niet."
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
    let (obj, version) = store_object(json)?;
    if version > u64::from(STORE_VERSION) {
        return Err(LoadError::FutureVersion { found: version });
    }
    store_from_object(obj, version)
}

/// The JSON object of a stored envelope or index and its `version`, after the format check.
pub(crate) fn store_object(json: &str) -> Result<(Map<String, Value>, u64), LoadError> {
    let value: Value = serde_json::from_str(json).map_err(|_| LoadError::NotJson)?;
    let Value::Object(obj) = value else {
        return Err(LoadError::WrongFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(STORE_FORMAT) {
        return Err(LoadError::WrongFormat);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::Malformed { what: "version" })?;
    Ok((obj, version))
}

/// A store in one key (versions 0 to [`STORE_VERSION`]) from its JSON object.
pub(crate) fn store_from_object(
    mut obj: Map<String, Value>,
    version: u64,
) -> Result<StoreFile, LoadError> {
    if version == 0 {
        obj = migrate_store_v0(obj).map_err(load_error)?;
    }
    let settings = obj.remove("settings");
    let cases = obj.remove("cases");
    if let Some(lock) = obj.remove("lock") {
        let version = version as u32;
        let lock: LockParams =
            serde_json::from_value(lock).map_err(|_| LoadError::Malformed { what: "lock" })?;
        if (version >= SEAL_VERSION) != (lock.version >= SEAL_VERSION) {
            return Err(LoadError::Malformed { what: "lock" });
        }
        let settings = match settings {
            Some(v) if version >= SEAL_VERSION => LockedSettings::Sealed(
                serde_json::from_value(v).map_err(|_| LoadError::Malformed { what: "settings" })?,
            ),
            None if version >= SEAL_VERSION => {
                return Err(LoadError::Malformed { what: "settings" })
            }
            v => LockedSettings::Unprotected(read_settings(v)?),
        };
        let cases: Vec<StoredCase<Sealed>> = cases
            .map(serde_json::from_value)
            .ok_or(LoadError::Malformed { what: "cases" })?
            .map_err(|_| LoadError::Malformed { what: "cases" })?;
        return Ok(StoreFile::Locked(LockedStore {
            version,
            lock,
            cases: one_entry_per_id(cases),
            settings,
        }));
    }
    // Migrate every case to the current schema before the typed read.
    let Some(Value::Array(mut cases)) = cases else {
        return Err(LoadError::Malformed { what: "cases" });
    };
    for entry in cases.iter_mut() {
        let Some(casus) = entry.get_mut("casus") else {
            return Err(LoadError::Malformed { what: "casus" });
        };
        migrate_casus_value(casus).map_err(load_error)?;
    }
    let cases: Vec<StoredCase<Casus>> = serde_json::from_value(Value::Array(cases))
        .map_err(|_| LoadError::Malformed { what: "cases" })?;
    Ok(StoreFile::Open(StoreEnvelope {
        cases: one_entry_per_id(cases).into_iter().map(Arc::new).collect(),
        settings: read_settings(settings)?,
    }))
}

pub(crate) fn read_settings(v: Option<Value>) -> Result<Settings, LoadError> {
    match v {
        None => Ok(Settings::default()),
        Some(v) => serde_json::from_value::<Settings>(v)
            .map(Settings::clamped)
            .map_err(|_| LoadError::Malformed { what: "settings" }),
    }
}

/// What a saved entry has under its id: a stored case, or an entry of the format-4 index.
pub(crate) trait SavedEntry {
    fn id(&self) -> &str;
    fn saved_at_ms(&self) -> u64;
    fn expires_after_days_mut(&mut self) -> &mut u32;
}

impl<C> SavedEntry for StoredCase<C> {
    fn id(&self) -> &str {
        &self.id
    }
    fn saved_at_ms(&self) -> u64 {
        self.saved_at_ms
    }
    fn expires_after_days_mut(&mut self) -> &mut u32 {
        &mut self.expires_after_days
    }
}

/// Clamps the expiry and keeps the most recently saved entry of every id. (A clamped expiry
/// of a sealed case no longer matches its associated data: it does not open.)
pub(crate) fn one_entry_per_id<E: SavedEntry>(all: Vec<E>) -> Vec<E> {
    let mut out: Vec<E> = Vec::with_capacity(all.len());
    for mut e in all {
        let days = e.expires_after_days_mut();
        *days = clamp_days(*days);
        match out.iter_mut().find(|k| k.id() == e.id()) {
            Some(k) if k.saved_at_ms() < e.saved_at_ms() => *k = e,
            Some(_) => {}
            None => out.push(e),
        }
    }
    out
}

pub(crate) fn load_error(e: MigrationError) -> LoadError {
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

#[cfg(test)]
#[path = "locked_tests.rs"]
mod locked_tests;
