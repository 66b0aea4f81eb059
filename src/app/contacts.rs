//! The sociale kaart in the app: read at start and after unlocking, written on every change
//! (sealed while the lock is on), read again when another tab changed it.

use crate::app::ops::{Op, Reply};
use crate::app::state::AppState;
use crate::app::storage::run;
use crate::formats::contacts::CONTACTS_KEY;
use crate::model::ProContact;
use leptos::prelude::*;

/// Reads the sociale kaart into the state (it stays empty while locked).
pub fn reload(state: AppState) {
    leptos::task::spawn_local(async move {
        if let Reply::Contacts(list) = run(state, Op::LoadContacts).await {
            state.contacts.set(list);
        }
    });
}

/// Reads the sociale kaart now (when anything was stored: `stored`) and whenever another tab
/// writes it.
pub fn install(state: AppState, stored: bool) {
    if stored {
        reload(state);
    }
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(CONTACTS_KEY) {
            reload(state);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Changes the sociale kaart and writes it; `Err` is the Dutch reason it was not kept.
pub async fn change(
    state: AppState,
    edit: impl FnOnce(&mut Vec<ProContact>),
) -> Result<(), String> {
    state.contacts.update(edit);
    let list = state.contacts.get_untracked();
    run(state, Op::SaveContacts(list)).await.result()
}
