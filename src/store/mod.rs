//! The browser side of persistence: sessionStorage for the working copy of this tab,
//! localStorage (through gloo-storage) for the cases the user chose to keep, files for export
//! and import, Web Crypto for encrypted exports and the lock, and "Alles wissen".
//!
//! Formats and migrations live in `crate::formats`; this module only does the I/O, and every
//! failure is a [`StoreError`]. With the lock on, the key lives here, in memory only, from
//! unlocking until the app locks again; every write of a saved case or the working copy is
//! then sealed with it.

mod contacts;
pub mod crypto;
mod error;
mod files;
mod ids;
mod key;
mod saved;
mod wipe;
mod working;

pub use contacts::{load_contacts, rewrite_contacts, save_contacts};
pub use crypto::random_bytes;
pub use error::StoreError;
pub use files::{ask_persistent_storage, copy_text, download, read_file};
pub use ids::{new_id, now_ms};
pub use key::{adopt_key, key_for_other_tabs, new_lock, unlock};
pub use saved::{
    load, read_store_file, set_unreadable_aside, stored_now, update, with_store_file, write_file,
    Stored, Target,
};
pub use wipe::app_scope;
pub use working::{
    delete_working, notice_after_reload, open_working, protection, read_session, take_notice,
    write_working,
};

/// Drops the key and the opened saved cases held in memory: from now on nothing sealed can be
/// read or written in this tab.
pub fn forget_key() {
    key::forget_key();
    saved::forget_cache();
}

/// "Alles wissen": the key, the cases in memory, and exactly what Thuiswijzer wrote in this
/// browser (see [`wipe::wipe_storage_and_caches`]).
pub async fn wipe_everything() {
    forget_key();
    wipe::wipe_storage_and_caches().await;
}
