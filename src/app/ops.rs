//! What the app layer asks of its persistence code (`app::storage`): one operation per
//! variant and what it answers. Plain data: the rest of the app reaches storage only so.

use crate::formats::store::StoreEnvelope;
use crate::model::ProContact;
use crate::store::{Stored, Target};

/// An operation that reads or writes storage (`app::persisted`).
pub enum Op {
    /// At start: the notice kept over a reload, this tab's working copy, the saved cases
    /// (expired ones removed) and whether the app starts locked.
    ReadBack,
    /// Another tab wrote the saved cases: read them again.
    Refresh,
    /// Writes the working copy, and the saved copy too when `true`.
    Save(bool),
    /// Edits the saved cases and writes them as `Target` says (`actions::change_saved`).
    Update(Box<dyn FnMut(&mut StoreEnvelope) -> bool>, Target),
    /// Turns the lock on with a passphrase and the minutes.
    LockOn(String, u32),
    /// Turns the lock off.
    LockOff,
    /// Unlocks with a passphrase.
    Unlock(String),
    /// The saved cases as stored now, opened with the key in memory.
    Load,
    /// Reads the sociale kaart.
    LoadContacts,
    /// Writes the sociale kaart.
    SaveContacts(Vec<ProContact>),
    /// Takes a key another tab handed over (with its lock as JSON).
    AdoptKey(web_sys::CryptoKey, String),
    /// The key in memory with its lock, for the other tabs.
    KeyForOtherTabs,
    /// Moves unreadable stored data aside.
    SetUnreadableAside,
}

/// What an [`Op`] answers.
pub enum Reply {
    Done,
    /// A failure, in Dutch for the user (or an empty text where none is shown).
    Failed(String),
    Stored(Stored),
    Contacts(Vec<ProContact>),
    Adopted(bool),
    Key(Option<(web_sys::CryptoKey, String)>),
    /// The answer of [`Op::Unlock`].
    Unlock(Result<(), &'static str>),
}

impl Reply {
    /// `Ok` unless the operation failed.
    pub fn result(self) -> Result<(), String> {
        match self {
            Reply::Failed(e) => Err(e),
            _ => Ok(()),
        }
    }
}
