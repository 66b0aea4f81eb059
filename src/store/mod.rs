//! The browser side of persistence: sessionStorage for the working copy of this tab,
//! localStorage (through gloo-storage) for the cases the user chose to keep, files for export
//! and import, Web Crypto for encrypted exports and the lock, and "Alles wissen".
//!
//! Formats and migrations live in `crate::formats`; this module only does the I/O, and every
//! failure is a [`StoreError`]. With the lock on, the key lives here, in memory only, from
//! unlocking until the app locks again; every write of a saved case or the working copy is
//! then sealed with it.

pub mod crypto;
mod error;
mod files;
mod ids;
mod key;
mod saved;
mod wipe;
mod working;

pub use crypto::random_bytes;
pub use error::StoreError;
pub use files::{copy_text, download, read_file};
pub use ids::{new_id, now_ms};
pub use key::{forget_key, new_lock, unlock};
pub use saved::{
    load, read_store_file, set_unreadable_aside, stored_now, update, write_file, Stored, Target,
};
pub use wipe::{app_scope, wipe_everything};
pub use working::{delete_working, open_working, protection, read_session, write_working};
