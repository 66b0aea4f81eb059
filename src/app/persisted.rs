//! The persistence operations of the app, run through `app::storage`:
//! reading back at start and after another tab wrote, writing the working copy and the saved
//! copy, editing the saved cases, the sociale kaart, and the key handed between tabs.
//! The lock itself is `app::locking`. Nothing here is reached but through [`dispatch`].

use crate::app::locking;
use crate::app::ops::{Op, Reply};
use crate::app::state::{AppState, LockState};
use crate::formats::store::StoreFile;
use crate::formats::working::{
    after_other_save, changed_elsewhere, lock_to_open, OtherSave, SessionCopy, WorkingCopy,
};
use crate::model::Casus;
use crate::store::{self, Stored, Target};
use leptos::prelude::*;

/// Runs one operation.
pub async fn dispatch(state: AppState, op: Op) -> Reply {
    match op {
        Op::ReadBack => {
            read_back(state);
            Reply::Done
        }
        Op::Refresh => refresh(state).await,
        Op::Save(with_saved_copy) => {
            save(state, with_saved_copy).await;
            Reply::Done
        }
        Op::Update(mut change, target) => match store::update(&mut *change, target).await {
            Ok(env) => {
                if let Some(env) = env {
                    state.stored.set(Stored::Ok(env));
                }
                Reply::Done
            }
            Err(e) => Reply::Failed(e.into()),
        },
        Op::LockOn(passphrase, minutes) => {
            done(locking::lock_on(state, &passphrase, minutes).await)
        }
        Op::LockOff => done(locking::lock_off(state).await),
        Op::Unlock(passphrase) => Reply::Unlock(locking::unlock(state, &passphrase).await),
        Op::Load => Reply::Stored(store::load().await),
        Op::LoadContacts => match store::load_contacts().await {
            Ok(list) => Reply::Contacts(list),
            Err(e) => Reply::Failed(e.into()),
        },
        Op::SaveContacts(list) => match store::save_contacts(&list).await {
            Ok(()) => Reply::Done,
            Err(e) => Reply::Failed(e.into()),
        },
        Op::AdoptKey(key, lock) => Reply::Adopted(store::adopt_key(key, &lock).await),
        Op::KeyForOtherTabs => Reply::Key(store::key_for_other_tabs()),
        Op::SetUnreadableAside => match store::set_unreadable_aside() {
            Ok(_) => {
                state.stored.set(store::stored_now());
                Reply::Done
            }
            Err(e) => Reply::Failed(e.into()),
        },
    }
}

fn done(result: Result<(), String>) -> Reply {
    match result {
        Ok(()) => Reply::Done,
        Err(e) => Reply::Failed(e),
    }
}

/// Loads this tab's working copy and the saved cases, removes expired cases (sealed ones too:
/// no key is needed for that) and decides whether the app starts locked.
fn read_back(state: AppState) {
    if let Some(text) = store::take_notice() {
        state.notice.set(Some(text));
    }
    let session = store::read_session();
    if let Some(SessionCopy::Open(w)) = &session {
        state.restore(w.clone());
    }
    let mut file = store::read_store_file();
    if let Ok(Some(f)) = &mut file {
        let gone = f.remove_expired(store::now_ms());
        if !gone.is_empty() {
            let _ = store::write_file(f);
            state.notice.set(Some(
                crate::content::catalogue()
                    .screens
                    .messages
                    .expired
                    .fill(&[&gone.len()]),
            ));
            if state
                .case_id
                .with_untracked(|id| id.as_ref().is_some_and(|id| gone.contains(id)))
            {
                state.unlink_case();
            }
        }
    }
    let needs_key = lock_to_open(
        file.as_ref().ok().and_then(Option::as_ref),
        session.as_ref(),
    );
    if needs_key.is_some() {
        state.lock.set(LockState::Closed);
    }
    state.stored.set(store::stored_now());
}

/// Reads the saved cases again after another tab wrote them. `Reply::Stored(Stored::Locked)`
/// when another tab locked them with a key this tab does not have.
async fn refresh(state: AppState) -> Reply {
    // Only saved cases that are there and open mean the lock was turned off in another tab.
    // Gone (being wiped: the other tab says so) or unreadable never lowers protection.
    let lock_off = store::with_store_file(|read| matches!(read, Ok(Some(StoreFile::Open(_)))));
    if state.lock.get_untracked() == LockState::Open && lock_off {
        store::forget_key();
        state.lock.set(LockState::Off);
    }
    let stored = store::load().await;
    if stored == Stored::Locked {
        return Reply::Stored(Stored::Locked);
    }
    if let Some(id) = state.case_id.get_untracked() {
        let theirs = stored.case(&id);
        // The saved case as this tab last read or wrote it.
        let known = state.stored.with_untracked(|s| s.case(&id));
        let what = state.casus.with_untracked(|mine| {
            after_other_save(
                mine,
                state.base_saved_at.get_untracked(),
                known.as_ref(),
                theirs.as_ref(),
            )
        });
        match (what, theirs) {
            (OtherSave::Removed, _) if matches!(stored, Stored::Empty | Stored::Ok(_)) => {
                state.unlink_case();
                state.notice.set(Some(
                    crate::content::catalogue()
                        .screens
                        .messages
                        .deleted_in_other_tab
                        .to_string(),
                ));
            }
            (OtherSave::Same, Some(s)) => state.base_saved_at.set(Some(s.saved_at_ms)),
            (OtherSave::TakeTheirs, Some(s)) => {
                state.base_saved_at.set(Some(s.saved_at_ms));
                state.casus.set(s.casus);
            }
            (OtherSave::Conflict, _) => state.raise_conflict(),
            _ => {}
        }
    }
    state.stored.set(stored);
    Reply::Done
}

/// Writes the saved copy (with `with_saved_copy`, unless another tab changed it first), then
/// the working copy: once per write, with the save time of the saved copy it is based on.
async fn save(state: AppState, with_saved_copy: bool) {
    if crate::app::leaving::stopped() || state.lock.get_untracked() == LockState::Closed {
        return;
    }
    let casus = state.casus.get_untracked();
    let case_id = state.case_id.get_untracked();
    let base = state.base_saved_at.get_untracked();
    if case_id.is_none() && casus.is_empty() && casus.role.is_none() {
        // Nothing typed yet (or everything wiped): keep no working copy at all. A chosen role
        // is kept, so it survives a reload.
        store::delete_working();
        return;
    }
    let base = match &case_id {
        Some(id) if with_saved_copy && !state.conflict.get_untracked() => {
            save_copy(state, id, &casus, base).await
        }
        _ => base,
    };
    if let Err(e) = store::write_working(&WorkingCopy {
        case_id,
        base_saved_at_ms: base,
        casus,
    })
    .await
    {
        state.notice.set(Some(e.into()));
    }
}

/// Writes `casus` as the saved case `id` unless it is there unchanged or another tab changed
/// it since `base`; returns the save time the case is now based on.
async fn save_copy(state: AppState, id: &str, casus: &Casus, base: Option<u64>) -> Option<u64> {
    let now = store::now_ms();
    let mut same_as = None;
    let mut conflict = false;
    let written = store::update(
        &mut |env| {
            if let Some(stored) = env.get(id).filter(|s| s.casus == *casus) {
                // Nothing changed (for example, the case was just opened): nothing to write.
                same_as = Some(stored.saved_at_ms);
                return false;
            }
            conflict = changed_elsewhere(base, env.get(id));
            if conflict {
                return false;
            }
            env.upsert(id, casus.clone(), now);
            true
        },
        Target::Same,
    )
    .await;
    match written {
        Ok(Some(env)) => {
            state.base_saved_at.set(Some(now));
            state.save_failed.set(false);
            state.stored.set(Stored::Ok(env));
            Some(now)
        }
        Ok(None) if conflict => {
            state.raise_conflict();
            base
        }
        Ok(None) => {
            state.save_failed.set(false);
            state.base_saved_at.set(same_as);
            same_as
        }
        Err(e) => {
            // The case stays open in this tab; the toggle no longer says "Bewaard".
            state.save_failed.set(true);
            state.notice.set(Some(e.into()));
            base
        }
    }
}
