//! Keeps the case: this tab's working copy on every change, and the saved copy when the user
//! chose "Bewaar op dit apparaat". Also the cross-tab guard and the app's storage actions.

use super::app::AppState;
use crate::domain::casus::Casus;
use crate::domain::envelope::{changed_elsewhere, WorkingCopy, STORE_KEY};
use crate::store::{self, Stored};
use gloo_storage::Storage;
use leptos::prelude::*;

/// Loads this tab's working copy and the saved cases, removes expired cases, and installs the
/// effects that keep everything written.
pub fn install(state: AppState) {
    if let Some(w) = store::read_working() {
        state.casus.set(w.casus);
        state.case_id.set(w.case_id);
        state.base_saved_at.set(w.base_saved_at_ms);
    }
    let mut stored = store::read_store();
    if let Stored::Ok(env) = &mut stored {
        let gone = env.remove_expired(store::now_ms());
        if !gone.is_empty() {
            let _ = store::write_store(env);
            state.notice.set(Some(format!(
                "{} opgeslagen casus(sen) waren verlopen en zijn verwijderd.",
                gone.len()
            )));
            if state
                .case_id
                .with_untracked(|id| id.as_ref().is_some_and(|id| gone.contains(id)))
            {
                state.case_id.set(None);
                state.base_saved_at.set(None);
            }
        }
    }
    state.stored.set(stored);

    // Every change: the working copy of this tab, and the saved copy when there is one.
    Effect::new(move |_| {
        let casus = state.casus.get();
        let case_id = state.case_id.get();
        write_through(state, casus, case_id);
    });

    // Another tab changed the saved cases: never overwrite its work silently.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        if key.as_deref().is_some_and(|k| k != STORE_KEY) {
            return;
        }
        let stored = store::read_store();
        if let Some(id) = state.case_id.get_untracked() {
            let env = stored.envelope();
            let mine = env.as_ref().and_then(|e| e.get(&id).cloned());
            match mine {
                None if env.is_some() => {
                    state.case_id.set(None);
                    state.base_saved_at.set(None);
                    state.notice.set(Some("Deze casus is in een ander tabblad verwijderd van dit apparaat. Hij staat nu alleen nog in dit tabblad.".into()));
                }
                // The same content saved elsewhere (for example opened there) is no conflict.
                Some(s) if state.casus.with_untracked(|c| *c == s.casus) => {
                    state.base_saved_at.set(Some(s.saved_at_ms));
                }
                Some(s) if changed_elsewhere(state.base_saved_at.get_untracked(), Some(&s)) => {
                    state.conflict.set(true);
                }
                _ => {}
            }
        }
        state.stored.set(stored);
    });
    on_cleanup(move || handle.remove());
}

/// Writes the working copy, and the saved copy unless another tab changed it first.
fn write_through(state: AppState, casus: Casus, case_id: Option<String>) {
    let base = state.base_saved_at.get_untracked();
    if case_id.is_none() && casus == Casus::new() {
        // Nothing typed yet (or everything wiped): keep no working copy at all.
        gloo_storage::SessionStorage::delete(store::SESSION_KEY);
        return;
    }
    store::write_working(&WorkingCopy {
        case_id: case_id.clone(),
        base_saved_at_ms: base,
        casus: casus.clone(),
    });
    let Some(id) = case_id else { return };
    if state.conflict.get_untracked() {
        return;
    }
    let Some(mut env) = store::read_store().envelope() else {
        state.notice.set(Some(
            "De opgeslagen gegevens zijn onleesbaar. Wijzigingen staan alleen in dit tabblad."
                .into(),
        ));
        return;
    };
    if let Some(stored) = env.get(&id).filter(|s| s.casus == casus) {
        // Nothing changed (for example, the case was just opened): nothing to write.
        state.base_saved_at.set(Some(stored.saved_at_ms));
        return;
    }
    if changed_elsewhere(base, env.get(&id)) {
        state.conflict.set(true);
        return;
    }
    let now = store::now_ms();
    env.upsert(&id, casus, now);
    match store::write_store(&env) {
        Ok(()) => {
            state.base_saved_at.set(Some(now));
            store::write_working(&WorkingCopy {
                case_id: Some(id),
                base_saved_at_ms: Some(now),
                casus: state.casus.get_untracked(),
            });
            state.stored.set(Stored::Ok(env));
        }
        Err(msg) => state.notice.set(Some(msg)),
    }
}

/// "Bewaar op dit apparaat": give the case an id and save it.
pub fn keep_on_device(state: AppState) {
    if state.case_id.get_untracked().is_some() {
        return;
    }
    state.conflict.set(false);
    state.base_saved_at.set(None);
    state.case_id.set(Some(store::new_id()));
}

/// Stop keeping this case on the device: remove the saved copy, keep it in this tab.
pub fn forget_on_device(state: AppState) {
    if let Some(id) = state.case_id.get_untracked() {
        delete_saved(state, &id);
    }
}

/// Removes one saved case. When it is the open case, it stays open in this tab only.
pub fn delete_saved(state: AppState, id: &str) {
    if let Some(mut env) = store::read_store().envelope() {
        env.remove(id);
        match store::write_store(&env) {
            Ok(()) => state.stored.set(Stored::Ok(env)),
            Err(msg) => state.notice.set(Some(msg)),
        }
    }
    if state.case_id.get_untracked().as_deref() == Some(id) {
        state.case_id.set(None);
        state.base_saved_at.set(None);
        state.conflict.set(false);
    }
}

/// True when replacing the open case would lose work: it has content and is not saved.
/// Then the user is asked first (a native dialog, keyboard and screen-reader friendly).
pub fn confirm_replace(state: AppState) -> bool {
    let unsaved = state.case_id.with_untracked(|id| id.is_none())
        && state.casus.with_untracked(|c| *c != Casus::new());
    !unsaved
        || window()
            .confirm_with_message("De open casus is niet bewaard op dit apparaat en gaat dan verloren. Wilt u doorgaan?")
            .unwrap_or(false)
}

/// Opens a saved case in this tab.
pub fn open_saved(state: AppState, id: &str) {
    if !confirm_replace(state) {
        return;
    }
    if let Some(s) = store::read_store()
        .envelope()
        .and_then(|e| e.get(id).cloned())
    {
        state.conflict.set(false);
        state.base_saved_at.set(Some(s.saved_at_ms));
        state.case_id.set(Some(s.id));
        state.casus.set(s.casus);
    }
}

/// Starts a new, empty case in this tab (saved cases stay saved).
pub fn new_case(state: AppState) {
    if !confirm_replace(state) {
        return;
    }
    state.conflict.set(false);
    state.case_id.set(None);
    state.base_saved_at.set(None);
    state.casus.set(Casus::new());
}

/// Resolves a conflict with another tab: take its version, or keep this one (and save it).
pub fn resolve_conflict(state: AppState, take_theirs: bool) {
    let Some(id) = state.case_id.get_untracked() else {
        state.conflict.set(false);
        return;
    };
    let theirs = store::read_store()
        .envelope()
        .and_then(|e| e.get(&id).cloned());
    state.conflict.set(false);
    match theirs {
        Some(s) if take_theirs => {
            state.base_saved_at.set(Some(s.saved_at_ms));
            state.casus.set(s.casus);
        }
        Some(s) => {
            state.base_saved_at.set(Some(s.saved_at_ms));
            let casus = state.casus.get_untracked();
            write_through(state, casus, Some(id));
        }
        None => {}
    }
}

/// "Alles wissen": memory, localStorage, sessionStorage and caches.
pub fn wipe_all(state: AppState) {
    leptos::task::spawn_local(async move {
        store::wipe_everything().await;
        state.conflict.set(false);
        state.case_id.set(None);
        state.base_saved_at.set(None);
        state.casus.set(Casus::new());
        state.stored.set(Stored::Empty);
        state.notice.set(Some("Alles is gewist: de casus in dit tabblad, de opgeslagen casussen en de bestanden die Thuiswijzer bewaarde.".into()));
    });
}
