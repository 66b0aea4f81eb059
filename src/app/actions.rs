//! What the user can do with the open case and the saved cases: keep it on this device or not,
//! open, delete, start anew, take an imported case, settle a conflict with another tab, change
//! a setting, wipe everything.

use crate::app::leaving::{announce_wipe, fresh_page, stop_writing};
use crate::app::ops::{Op, Reply};
use crate::app::save::request_save;
use crate::app::state::{AppState, LockState};
use crate::app::storage::run;
use crate::content::catalogue;
use crate::formats::store::StoreEnvelope;
use crate::model::Casus;
use crate::store::{self, Target};
use leptos::prelude::*;

/// Runs a change of the saved cases (`app::storage`) and shows the result; `Err`
/// carries the Dutch message.
pub async fn change_saved(
    state: AppState,
    change: Box<dyn FnMut(&mut StoreEnvelope) -> bool>,
    target: Target,
) -> Result<(), String> {
    run(state, Op::Update(change, target)).await.result()
}

/// Changes a setting of the saved cases (sealed or not) and reports the outcome: `done` on
/// success, else the reason.
pub fn change_setting(
    state: AppState,
    edit: impl Fn(&mut StoreEnvelope) + 'static,
    done: String,
    report: RwSignal<Option<(bool, String)>>,
) {
    leptos::task::spawn_local(async move {
        let result = change_saved(
            state,
            Box::new(move |env| {
                edit(env);
                true
            }),
            Target::Same,
        )
        .await;
        report.set(Some(match result {
            Ok(()) => (true, done),
            Err(e) => (false, e),
        }));
    });
}

/// "Bewaar op dit apparaat": give the case an id and save it, sealed. Only with the lock open
/// in this tab: a kept case is never written unencrypted, so without the lock the interface
/// first asks for a passphrase (`lock::keep_with_new_lock`).
pub fn keep_on_device(state: AppState) {
    if state.case_id.get_untracked().is_some() || state.lock.get_untracked() != LockState::Open {
        return;
    }
    state.conflict.set(false);
    state.base_saved_at.set(None);
    state.case_id.set(Some(store::new_id()));
    store::ask_persistent_storage();
}

/// Stop keeping this case on the device: remove the saved copy, keep it in this tab.
pub fn forget_on_device(state: AppState) {
    if let Some(id) = state.case_id.get_untracked() {
        delete_saved(state, &id);
    }
}

/// Removes one saved case. When it is the open case, it stays open in this tab only.
pub fn delete_saved(state: AppState, id: &str) {
    if state.case_id.get_untracked().as_deref() == Some(id) {
        state.unlink_case();
    }
    let id = id.to_string();
    leptos::task::spawn_local(async move {
        let remove = Box::new(move |env: &mut StoreEnvelope| env.remove(&id));
        if let Err(msg) = change_saved(state, remove, Target::Same).await {
            state.notice.set(Some(msg));
        }
    });
}

/// True when the open case may be replaced: it is saved or empty, or the user agrees to lose
/// it (a native dialog, keyboard and screen-reader friendly).
pub fn confirm_replace(state: AppState) -> bool {
    !state.has_unsaved_work()
        || window()
            .confirm_with_message(
                &crate::content::catalogue()
                    .screens
                    .messages
                    .replace_open_case,
            )
            .unwrap_or(false)
}

/// Opens a saved case in this tab.
pub fn open_saved(state: AppState, id: &str) {
    if !confirm_replace(state) {
        return;
    }
    if let Some(s) = state.stored.with_untracked(|s| s.case(id)) {
        state.replace_case(s.casus, Some(s.id), Some(s.saved_at_ms));
    }
}

/// Starts a new, empty case in this tab (saved cases stay saved).
pub fn new_case(state: AppState) {
    if confirm_replace(state) {
        state.clear_case();
    }
}

/// Opens an imported case in this tab, kept nowhere yet. False when the user kept the open
/// case instead.
pub fn open_imported(state: AppState, casus: Casus) -> bool {
    if !confirm_replace(state) {
        return false;
    }
    state.replace_case(casus, None, None);
    true
}

/// Resolves a conflict with another tab: take its version, or keep this one (and save it).
/// Taking theirs asks first when the user typed here while the conflict showed.
pub fn resolve_conflict(state: AppState, take_theirs: bool) {
    let Some(id) = state.case_id.get_untracked() else {
        state.conflict.set(false);
        return;
    };
    let typed_since = state.conflict_from.with_value(|from| {
        state
            .casus
            .with_untracked(|now| from.as_ref().is_some_and(|f| f != now))
    });
    if take_theirs
        && typed_since
        && !window()
            .confirm_with_message(&catalogue().privacy.screen.conflict_drop_question)
            .unwrap_or(false)
    {
        return;
    }
    leptos::task::spawn_local(async move {
        let theirs = match run(state, Op::Load).await {
            Reply::Stored(stored) => stored.envelope().and_then(|e| e.get(&id).cloned()),
            _ => None,
        };
        state.conflict.set(false);
        if let Some(s) = theirs {
            state.base_saved_at.set(Some(s.saved_at_ms));
            if take_theirs {
                state.casus.set(s.casus);
            } else {
                request_save(state);
            }
        }
    });
}

/// "Alles wissen": in every tab of this app the key and the case, and in this browser exactly
/// what Thuiswijzer wrote (storage keys, its caches). Ends with a fresh page, so nothing of the
/// case stays in memory.
pub fn wipe_all(_state: AppState) {
    announce_wipe();
    stop_writing();
    leptos::task::spawn_local(async move {
        store::wipe_everything().await;
        store::notice_after_reload(&crate::content::catalogue().screens.messages.wiped);
        fresh_page();
    });
}
