//! Keeping the case across reloads and tabs: what is read at start (this tab's working copy,
//! the saved cases, expiry, whether the app starts locked), the effect that writes on every
//! change, and reading the saved cases again when another tab wrote them. The reading and
//! writing run through `app::storage` (`app::persisted`).

use crate::app::ops::{Op, Reply};
use crate::app::save::request_save;
use crate::app::state::AppState;
use crate::app::storage::run;
use crate::formats::store::STORE_KEY;
use crate::store::Stored;
use leptos::prelude::*;

/// At start, when anything is stored (`stored`): loads this tab's working copy and the saved
/// cases, removes expired cases (sealed ones too: no key is needed for that) and decides
/// whether the app starts locked. Nothing to do on a fresh profile.
pub async fn read_back(state: AppState, stored: bool) {
    if stored {
        run(state, Op::ReadBack).await;
    }
}

/// Installs the effects that keep everything written (after [`read_back`]).
pub fn install(state: AppState, stored: bool) {
    // Every change: the working copy of this tab, and the saved copy when there is one. The
    // first run, at start, writes what was read back again (a case unlinked from an expired
    // saved copy stays unlinked); with nothing stored there is nothing to write.
    Effect::new(move |first: Option<()>| {
        state.casus.track();
        state.case_id.track();
        if first.is_some() || stored {
            request_save(state);
        }
    });

    // Another tab changed the saved cases: never overwrite its work silently.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref().is_some_and(|k| k != STORE_KEY) {
            return;
        }
        leptos::task::spawn_local(refresh(state));
    });
    on_cleanup(move || handle.remove());
}

/// Reads the saved cases again after another tab wrote them.
async fn refresh(state: AppState) {
    if let Reply::Stored(Stored::Locked) = run(state, Op::Refresh).await {
        // Locked in another tab, with a key this tab does not have. That tab hands over its
        // key so this one can seal its working copy and lock (`tabs`); should that message
        // not come, this tab locks without it.
        crate::app::tabs::lock_unless_told(state);
    }
}
