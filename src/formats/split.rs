//! Store format 4: every saved case under a key of its own beside a small index, so that
//! saving one case writes that case (tens of KB) and the index, not every case again.
//!
//! The index, under [`STORE_KEY`]:
//!
//! ```json
//! { "format": "thuiswijzer-opslag", "version": 4, "rev": 12,
//!   "cases": [ { "id": "c-1", "saved_at_ms": 1767225600000, "expires_after_days": 30,
//!                "part": 12 } ],
//!   "settings": { "expiry_days": 30, "lock_after_minutes": 15 } }
//! ```
//!
//! and each case under [`case_key`]`(id, part)` (`thuiswijzer.v1.casus.<id>.<part>`): the
//! case's JSON, or with the lock on the case sealed (`{ "iv": b64, "data": b64 }`, bound to
//! its id, save time and expiry as in version 3; the index then also holds `"lock"` and the
//! sealed settings). The index holds no case content.
//!
//! A case key never changes once written: a case written anew gets a new part (the index's
//! new `rev`), the index is written after the cases (the commit), and only then are the keys
//! it no longer names removed ([`WritePlan`]). A write cut off at any point leaves a store
//! that reads as before or as after. Reading reuses every case whose key it read before.
//!
//! Versions 0 to 3 kept everything under one key ([`parse_store`]); they are read as before
//! and written in this format on the next write. A locked store sealed under the rules of
//! version 2 (no associated data) keeps its one key until it is sealed again with the key.

use crate::formats::crypto::Sealed;
use crate::formats::lock::{LockParams, SEAL_VERSION};
use crate::formats::migrate::casus_from_value;
use crate::formats::settings::default_expiry_days;
use crate::formats::store::{
    load_error, one_entry_per_id, read_settings, store_from_object, store_object, LoadError,
    LockedSettings, LockedStore, SavedEntry, StoreEnvelope, StoreFile, StoredCase, STORE_FORMAT,
    STORE_KEY, STORE_VERSION,
};
use crate::model::Casus;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::sync::Arc;

/// The store format with one key per case.
pub const SPLIT_VERSION: u32 = 4;

/// The start of every case key.
pub const CASE_KEY_PREFIX: &str = "thuiswijzer.v1.casus.";

/// The localStorage key of one saved case as written in `part`.
pub fn case_key(id: &str, part: u64) -> String {
    format!("{CASE_KEY_PREFIX}{id}.{part}")
}

/// Where the cases of a store in format 4 live: the index's write counter and the part of
/// every case. Empty for a store in one key (versions 0 to 3).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub rev: u64,
    /// `(id, part)` per case, in the order of the store.
    pub parts: Vec<(String, u64)>,
}

impl Layout {
    pub fn part(&self, id: &str) -> Option<u64> {
        self.parts.iter().find(|(i, _)| i == id).map(|(_, p)| *p)
    }

    /// Every case key this layout names.
    pub fn keys(&self) -> Vec<String> {
        self.parts.iter().map(|(id, p)| case_key(id, *p)).collect()
    }
}

#[derive(Serialize, Deserialize)]
struct IndexEntry {
    id: String,
    saved_at_ms: u64,
    #[serde(default = "default_expiry_days")]
    expires_after_days: u32,
    part: u64,
}

#[derive(Serialize)]
struct IndexWire<'a, S> {
    format: &'static str,
    version: u32,
    rev: u64,
    cases: &'a [IndexEntry],
    settings: S,
    #[serde(skip_serializing_if = "Option::is_none")]
    lock: Option<&'a LockParams>,
}

/// One write of the store, in this order: set `cases` (new keys only), set `index` under
/// [`STORE_KEY`] (the commit), remove `remove` (keys the index no longer names). `layout` is
/// where the cases are afterwards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WritePlan {
    pub cases: Vec<(String, String)>,
    pub index: String,
    pub remove: Vec<String>,
    pub layout: Layout,
}

/// What to write to store `after`, where localStorage holds `before` (as read or written last,
/// with its layout). A case that is there unchanged, in the same form (open, or sealed under
/// the same lock), keeps its key and is not written.
pub fn plan_write(before: Option<(&StoreFile, &Layout)>, after: &StoreFile) -> WritePlan {
    let old_keys = before.map(|(_, l)| l.keys()).unwrap_or_default();
    if let StoreFile::Locked(l) = after {
        if l.version < SEAL_VERSION {
            return WritePlan {
                cases: Vec::new(),
                index: after.to_json(),
                remove: old_keys,
                layout: Layout::default(),
            };
        }
    }
    let rev = before.map_or(0, |(_, l)| l.rev) + 1;
    let mut cases = Vec::new();
    let mut entries = Vec::new();
    let mut parts = Vec::new();
    let mut add = |id: &str, saved_at_ms: u64, expires_after_days: u32, kept: Option<u64>| {
        let part = kept.unwrap_or(rev);
        parts.push((id.to_string(), part));
        entries.push(IndexEntry {
            id: id.to_string(),
            saved_at_ms,
            expires_after_days,
            part,
        });
        kept.is_none().then(|| case_key(id, part))
    };
    let index = match after {
        StoreFile::Open(env) => {
            let old = match before {
                Some((StoreFile::Open(e), l)) => Some((e, l)),
                _ => None,
            };
            for c in &env.cases {
                let kept =
                    old.and_then(|(e, l)| e.shared(&c.id).filter(|o| *o == c).and(l.part(&c.id)));
                if let Some(key) = add(&c.id, c.saved_at_ms, c.expires_after_days, kept) {
                    cases.push((
                        key,
                        serde_json::to_string(&c.casus).expect("a case serialises"),
                    ));
                }
            }
            index_json(rev, &entries, &env.settings, None)
        }
        StoreFile::Locked(l) => {
            let old = match before {
                Some((StoreFile::Locked(o), layout))
                    if o.lock == l.lock && o.version == l.version =>
                {
                    Some((o, layout))
                }
                _ => None,
            };
            for c in &l.cases {
                let kept = old.and_then(|(o, layout)| {
                    o.cases.iter().find(|s| *s == c)?;
                    layout.part(&c.id)
                });
                if let Some(key) = add(&c.id, c.saved_at_ms, c.expires_after_days, kept) {
                    cases.push((
                        key,
                        serde_json::to_string(&c.casus).expect("sealed serialises"),
                    ));
                }
            }
            index_json(rev, &entries, &l.settings, Some(&l.lock))
        }
    };
    let remove = old_keys
        .into_iter()
        .filter(|k| !parts.iter().any(|(id, p)| case_key(id, *p) == *k))
        .collect();
    WritePlan {
        cases,
        index,
        remove,
        layout: Layout { rev, parts },
    }
}

fn index_json<S: Serialize>(
    rev: u64,
    cases: &[IndexEntry],
    settings: S,
    lock: Option<&LockParams>,
) -> String {
    serde_json::to_string(&IndexWire {
        format: STORE_FORMAT,
        version: SPLIT_VERSION,
        rev,
        cases,
        settings,
        lock,
    })
    .expect("the index serialises")
}

/// Reads the store whose index (under [`STORE_KEY`]) is `index`, in any version; `case` reads
/// a case key. `known` is the store as last read or written, with its layout: a case it holds
/// under the same key is taken from it instead of read and parsed again (a key never changes
/// once written). A case key the index names but that is missing makes the whole store
/// unreadable ([`LoadError::CaseMissing`]), so it is left untouched.
pub fn read_store(
    index: &str,
    mut case: impl FnMut(&str) -> Option<String>,
    known: Option<(&StoreFile, &Layout)>,
) -> Result<(StoreFile, Layout), LoadError> {
    let (mut obj, version) = store_object(index)?;
    if version <= u64::from(STORE_VERSION) {
        return Ok((store_from_object(obj, version)?, Layout::default()));
    }
    if version > u64::from(SPLIT_VERSION) {
        return Err(LoadError::FutureVersion { found: version });
    }
    let rev = match obj.remove("rev") {
        None => 0,
        Some(v) => v.as_u64().ok_or(LoadError::Malformed { what: "rev" })?,
    };
    let entries: Vec<IndexEntry> = obj
        .remove("cases")
        .map(serde_json::from_value)
        .ok_or(LoadError::Malformed { what: "cases" })?
        .map_err(|_| LoadError::Malformed { what: "cases" })?;
    let entries = one_entry_per_id(entries);
    let layout = Layout {
        rev,
        parts: entries.iter().map(|e| (e.id.clone(), e.part)).collect(),
    };
    let known_part = |id: &str, part: u64| known.is_some_and(|(_, l)| l.part(id) == Some(part));
    let settings = obj.remove("settings");
    let file = match obj.remove("lock") {
        Some(lock) => {
            let lock: LockParams =
                serde_json::from_value(lock).map_err(|_| LoadError::Malformed { what: "lock" })?;
            if lock.version < SEAL_VERSION {
                return Err(LoadError::Malformed { what: "lock" });
            }
            let settings = settings
                .map(serde_json::from_value::<Sealed>)
                .ok_or(LoadError::Malformed { what: "settings" })?
                .map_err(|_| LoadError::Malformed { what: "settings" })?;
            let same = match known {
                Some((StoreFile::Locked(k), _)) if k.lock == lock => Some(k),
                _ => None,
            };
            let mut cases = Vec::with_capacity(entries.len());
            for e in entries {
                let reuse = same
                    .filter(|_| known_part(&e.id, e.part))
                    .and_then(|k| k.cases.iter().find(|c| meta_eq(c, &e)))
                    .map(|c| c.casus.clone());
                let casus = match reuse {
                    Some(s) => s,
                    None => {
                        let raw = case(&case_key(&e.id, e.part)).ok_or(LoadError::CaseMissing)?;
                        serde_json::from_str::<Sealed>(&raw)
                            .map_err(|_| LoadError::Malformed { what: "casus" })?
                    }
                };
                cases.push(stored(e, casus));
            }
            StoreFile::Locked(LockedStore {
                version: SEAL_VERSION,
                lock,
                cases,
                settings: LockedSettings::Sealed(settings),
            })
        }
        None => {
            let same = match known {
                Some((StoreFile::Open(k), _)) => Some(k),
                _ => None,
            };
            let mut cases = Vec::with_capacity(entries.len());
            for e in entries {
                // A case read before is shared, not copied.
                let reuse = same
                    .filter(|_| known_part(&e.id, e.part))
                    .and_then(|k| k.shared(&e.id).filter(|c| meta_eq(c, &e)))
                    .cloned();
                cases.push(match reuse {
                    Some(c) => c,
                    None => {
                        let raw = case(&case_key(&e.id, e.part)).ok_or(LoadError::CaseMissing)?;
                        Arc::new(stored(e, open_case_json(&raw)?))
                    }
                });
            }
            StoreFile::Open(StoreEnvelope {
                cases,
                settings: read_settings(settings)?,
            })
        }
    };
    Ok((file, layout))
}

fn open_case_json(raw: &str) -> Result<Casus, LoadError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|_| LoadError::Malformed { what: "casus" })?;
    casus_from_value(value).map_err(load_error)
}

fn meta_eq<C>(c: &StoredCase<C>, e: &IndexEntry) -> bool {
    c.id == e.id && c.saved_at_ms == e.saved_at_ms && c.expires_after_days == e.expires_after_days
}

fn stored<C>(e: IndexEntry, casus: C) -> StoredCase<C> {
    StoredCase {
        id: e.id,
        saved_at_ms: e.saved_at_ms,
        expires_after_days: e.expires_after_days,
        casus,
    }
}

/// The index keeps one entry per id as version 3 keeps one case per id (`one_entry_per_id`).
impl SavedEntry for IndexEntry {
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

/// The text offered for download when the store cannot be read: the index and every case key
/// that was found (`keys`: key and value), as one JSON object of key to text, so nothing of it
/// is lost. A store in one key is offered as it is.
pub fn recovery_text(index: &str, keys: &[(String, String)]) -> String {
    if keys.is_empty() {
        return index.to_string();
    }
    let mut all = Map::new();
    all.insert(STORE_KEY.to_string(), Value::from(index));
    for (k, v) in keys {
        all.insert(k.clone(), Value::from(v.as_str()));
    }
    Value::Object(all).to_string()
}

#[cfg(test)]
#[path = "split_tests.rs"]
mod tests;
