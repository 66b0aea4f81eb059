//! The sociale kaart on this device: the professional's own contacts, one list for the device
//! (not part of a case), in localStorage under [`CONTACTS_KEY`].
//!
//! Open: `{ "format": "thuiswijzer-kaart", "version": 1, "contacts": [ { "kind":
//! "lokaal_team", "organisation": "…", "phone": "…", "hours": "…" } ] }`.
//!
//! With the lock on it is sealed like the settings, with the lock beside it (as the working
//! copy is), so that it opens with the same key: `{ "format": "thuiswijzer-kaart", "version":
//! 1, "lock": {…}, "sealed": { "iv", "data" } }`; the sealed bytes are the JSON array of the
//! contacts, bound to what they are by [`contacts_aad`].

use crate::formats::crypto::Sealed;
use crate::formats::lock::{aad, LockParams};
use crate::formats::store::LoadError;
use crate::model::ProContact;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The localStorage key of the sociale kaart (listed in `footprint`, so "Alles wissen"
/// removes it).
pub const CONTACTS_KEY: &str = "thuiswijzer.kaart";
/// Format marker of the stored list.
pub const CONTACTS_FORMAT: &str = "thuiswijzer-kaart";
/// Current version of the stored list.
pub const CONTACTS_VERSION: u32 = 1;
/// At most this many contacts are kept (an import cannot fill the storage).
pub const MAX_CONTACTS: usize = 200;

/// What localStorage holds under [`CONTACTS_KEY`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactsFile {
    Open(Vec<ProContact>),
    Sealed(SealedContacts),
}

/// The contacts sealed with the lock's key, with that lock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedContacts {
    pub lock: LockParams,
    pub sealed: Sealed,
}

impl SealedContacts {
    /// The associated data these contacts were sealed with.
    pub fn aad(&self) -> Vec<u8> {
        contacts_aad(self.lock.version)
    }
}

/// The associated data of the contacts sealed under a lock of `version`.
pub fn contacts_aad(version: u32) -> Vec<u8> {
    aad(version, &["kaart"])
}

#[derive(Serialize)]
struct OpenWire<'a> {
    format: &'static str,
    version: u32,
    contacts: &'a [ProContact],
}

#[derive(Serialize)]
struct SealedWire<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    body: &'a SealedContacts,
}

impl ContactsFile {
    pub fn to_json(&self) -> String {
        match self {
            ContactsFile::Open(list) => serde_json::to_string(&OpenWire {
                format: CONTACTS_FORMAT,
                version: CONTACTS_VERSION,
                contacts: list,
            }),
            ContactsFile::Sealed(body) => serde_json::to_string(&SealedWire {
                format: CONTACTS_FORMAT,
                version: CONTACTS_VERSION,
                body,
            }),
        }
        .expect("the contacts serialise")
    }
}

/// Reads the stored list. A newer version is refused (and must then be left alone).
pub fn parse_contacts(json: &str) -> Result<ContactsFile, LoadError> {
    let value: Value = serde_json::from_str(json).map_err(|_| LoadError::NotJson)?;
    let Value::Object(mut obj) = value else {
        return Err(LoadError::WrongFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(CONTACTS_FORMAT) {
        return Err(LoadError::WrongFormat);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::Malformed { what: "version" })?;
    if version > u64::from(CONTACTS_VERSION) {
        return Err(LoadError::FutureVersion { found: version });
    }
    if obj.contains_key("sealed") {
        let lock = obj
            .remove("lock")
            .ok_or(LoadError::Malformed { what: "lock" })?;
        let sealed = obj.remove("sealed").unwrap_or(Value::Null);
        return Ok(ContactsFile::Sealed(SealedContacts {
            lock: serde_json::from_value(lock)
                .map_err(|_| LoadError::Malformed { what: "lock" })?,
            sealed: serde_json::from_value(sealed)
                .map_err(|_| LoadError::Malformed { what: "sealed" })?,
        }));
    }
    let list = obj
        .remove("contacts")
        .ok_or(LoadError::Malformed { what: "contacts" })?;
    read_list(list).map(ContactsFile::Open)
}

/// The bytes to seal: the JSON array of the contacts.
pub fn contacts_plaintext(list: &[ProContact]) -> Vec<u8> {
    serde_json::to_vec(list).expect("the contacts serialise")
}

/// The contacts after AES-GCM opened them.
pub fn parse_contacts_plaintext(plain: &[u8]) -> Result<Vec<ProContact>, LoadError> {
    let value: Value =
        serde_json::from_slice(plain).map_err(|_| LoadError::Malformed { what: "contacts" })?;
    read_list(value)
}

/// A list of contacts from JSON: every entry must read; at most [`MAX_CONTACTS`].
pub fn read_list(value: Value) -> Result<Vec<ProContact>, LoadError> {
    let list: Vec<ProContact> =
        serde_json::from_value(value).map_err(|_| LoadError::Malformed { what: "contacts" })?;
    if list.len() > MAX_CONTACTS {
        return Err(LoadError::Malformed { what: "contacts" });
    }
    Ok(list)
}

/// Adds the contacts of a colleague's file to `mine`: a contact that is already there (same
/// kind, organisation, phone and hours, ignoring spaces at the ends) is not added twice, and
/// the list stops at [`MAX_CONTACTS`]. Returns how many were added.
pub fn merge_contacts(mine: &mut Vec<ProContact>, theirs: &[ProContact]) -> usize {
    let norm = |c: &ProContact| {
        (
            c.kind,
            c.organisation.trim().to_string(),
            c.phone.trim().to_string(),
            c.hours.trim().to_string(),
        )
    };
    let mut added = 0;
    for c in theirs.iter().filter(|c| !c.is_blank()) {
        if mine.len() >= MAX_CONTACTS {
            break;
        }
        if !mine.iter().any(|m| norm(m) == norm(c)) {
            mine.push(c.clone());
            added += 1;
        }
    }
    added
}

#[cfg(test)]
#[path = "contacts_tests.rs"]
mod tests;
