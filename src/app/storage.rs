//! The one boundary between the app and its persistence code. Everything that reads or
//! writes storage (the storage formats, serde_json, the case's serde, `store`, Web Crypto)
//! is reached only through [`run`], which runs an operation of `app::ops` in
//! `app::persisted`. [`stored_at_start`] only looks whether anything is stored, without
//! parsing: the main module of the release build uses it to decide whether the start page
//! can wait for the app (`ui::boot`).

use crate::app::ops::{Op, Reply};
use crate::app::state::AppState;
use crate::formats::contacts::CONTACTS_KEY;
use crate::formats::footprint::{NOTICE_KEY, SESSION_KEY};
use crate::formats::store::STORE_KEY;

/// Runs `op` (reading back, a write of the save queue, a change of the saved cases, the
/// lock, the sociale kaart, the key handed between tabs).
pub async fn run(state: AppState, op: Op) -> Reply {
    crate::app::persisted::dispatch(state, op).await
}

/// True when this browser holds anything of Thuiswijzer that is read at start: saved cases
/// (or what is left of them), the sociale kaart, this tab's working copy, a notice kept over
/// a reload. Only looks whether the keys are there (no parsing, no persistence code).
pub fn stored_at_start() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let has = |s: Option<web_sys::Storage>, key: &str| {
        s.and_then(|s| s.get_item(key).ok().flatten()).is_some()
    };
    let local = w.local_storage().ok().flatten();
    let session = w.session_storage().ok().flatten();
    has(local.clone(), STORE_KEY)
        || has(local, CONTACTS_KEY)
        || has(session.clone(), SESSION_KEY)
        || has(session, NOTICE_KEY)
}
