//! The sociale kaart in localStorage: read and written open, or sealed with the lock's key
//! while the lock is on (format: `formats::contacts`).

use super::crypto;
use super::error::StoreError;
use super::key::unlocked;
use super::working::protection;
use crate::formats::contacts::{
    contacts_aad, contacts_plaintext, parse_contacts, parse_contacts_plaintext, ContactsFile,
    SealedContacts, CONTACTS_KEY,
};
use crate::model::ProContact;
use gloo_storage::{LocalStorage, Storage};

/// Reads the sociale kaart: open, or sealed and opened with the key in memory. `Locked` when
/// it is sealed and this tab has no (matching) key; `Unreadable` when it cannot be read.
pub async fn load_contacts() -> Result<Vec<ProContact>, StoreError> {
    let Some(raw) = LocalStorage::raw().get_item(CONTACTS_KEY).ok().flatten() else {
        return Ok(Vec::new());
    };
    match parse_contacts(&raw).map_err(|_| StoreError::Unreadable)? {
        ContactsFile::Open(list) => Ok(list),
        ContactsFile::Sealed(s) => {
            let u = unlocked()
                .filter(|u| u.lock.same_key_as(&s.lock))
                .ok_or(StoreError::Locked)?;
            let plain = crypto::open(&u.key, &s.sealed, &s.aad())
                .await
                .map_err(|_| StoreError::Unreadable)?;
            parse_contacts_plaintext(&plain).map_err(|_| StoreError::Unreadable)
        }
    }
}

/// Writes the sociale kaart: sealed while the key is in memory, open only while the saved
/// cases are open (or absent); an empty list removes the key.
pub async fn save_contacts(list: &[ProContact]) -> Result<(), StoreError> {
    if list.is_empty() {
        LocalStorage::delete(CONTACTS_KEY);
        return Ok(());
    }
    let file = match unlocked() {
        Some(u) => {
            let sealed = crypto::seal(
                &u.key,
                &contacts_plaintext(list),
                &contacts_aad(u.lock.version),
            )
            .await
            .map_err(|_| StoreError::NoCrypto)?;
            ContactsFile::Sealed(SealedContacts {
                lock: u.lock,
                sealed,
            })
        }
        None if protection().allows_plain_text() => ContactsFile::Open(list.to_vec()),
        None => return Err(StoreError::Locked),
    };
    LocalStorage::raw()
        .set_item(CONTACTS_KEY, &file.to_json())
        .map_err(|_| StoreError::Full)
}

/// Writes the sociale kaart again after the lock changed: read with the key in memory, then
/// written open (`open`: the lock goes off) or sealed with the key (the lock goes on). A list
/// that cannot be read is left as it is.
pub async fn rewrite_contacts(open: bool) -> Result<(), StoreError> {
    let list = match load_contacts().await {
        Ok(list) => list,
        Err(StoreError::Unreadable) => return Ok(()),
        Err(e) => return Err(e),
    };
    if list.is_empty() {
        return Ok(());
    }
    if open {
        return LocalStorage::raw()
            .set_item(CONTACTS_KEY, &ContactsFile::Open(list).to_json())
            .map_err(|_| StoreError::Full);
    }
    save_contacts(&list).await
}
