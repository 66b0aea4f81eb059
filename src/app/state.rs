//! The state of the app: the open case, where it is kept, and what the app tells the user.
//! Every part of the app reaches it as a Leptos context (`AppState::provide` / `current`).

use crate::content::catalogue;
use crate::formats::working::WorkingCopy;
use crate::model::{Casus, ProContact};
use crate::rules::assess::{assess, Assessment};
use crate::store::Stored;
use leptos::prelude::*;

/// The passphrase lock of this tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    /// No lock: the saved cases are stored open.
    Off,
    /// The lock is on and this tab holds the key.
    Open,
    /// Locked: the lock screen shows and this tab holds neither the key nor the case.
    Closed,
}

/// App state: the case being worked on, and where it is kept.
#[derive(Clone, Copy)]
pub struct AppState {
    pub casus: RwSignal<Casus>,
    /// The case's assessment (weighing, fits, guard-rails, children, questions), computed once
    /// per change of the case; every step and the summary read it.
    pub assessment: Memo<Assessment<'static>>,
    /// Set when the user chose "Bewaar op dit apparaat" for this case.
    pub case_id: RwSignal<Option<String>>,
    /// The saved version this tab's copy is based on (cross-tab guard).
    pub base_saved_at: RwSignal<Option<u64>>,
    /// What localStorage holds.
    pub stored: RwSignal<Stored>,
    /// Another tab saved this case since we loaded it.
    pub conflict: RwSignal<bool>,
    /// The case as it was when the conflict was raised: what the user types while the conflict
    /// shows is not dropped without asking (`actions::resolve_conflict`).
    pub conflict_from: StoredValue<Option<Casus>>,
    /// A message for the user (storage, wipe, expiry), shown at the top.
    pub notice: RwSignal<Option<String>>,
    /// The last write of the saved copy failed (storage full or refused): the case is only in
    /// this tab until a write succeeds.
    pub save_failed: RwSignal<bool>,
    /// A new version of the app is waiting (service worker).
    pub update_ready: RwSignal<bool>,
    /// The passphrase lock: off, on and open in this tab, or closed (lock screen).
    pub lock: RwSignal<LockState>,
    /// The sociale kaart: the professional's own contacts on this device (not case data).
    pub contacts: RwSignal<Vec<ProContact>>,
}

impl AppState {
    pub fn new() -> Self {
        let casus = RwSignal::new(Casus::new());
        AppState {
            casus,
            assessment: Memo::new(move |_| casus.with(|c| assess(c, catalogue()))),
            case_id: RwSignal::new(None),
            base_saved_at: RwSignal::new(None),
            stored: RwSignal::new(Stored::Empty),
            conflict: RwSignal::new(false),
            conflict_from: StoredValue::new(None),
            notice: RwSignal::new(None),
            save_failed: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            lock: RwSignal::new(LockState::Off),
            contacts: RwSignal::new(Vec::new()),
        }
    }

    /// Makes this state the context of every component below.
    pub fn provide(self) {
        provide_context(self);
    }

    /// The state provided above the calling component.
    pub fn current() -> Self {
        expect_context::<AppState>()
    }

    /// Replaces the open case: the one way a case is opened, restored, imported or cleared.
    /// `case_id` and `base_saved_at` say which saved copy it belongs to (none: this tab only);
    /// any cross-tab conflict belonged to the case that is replaced.
    pub fn replace_case(self, casus: Casus, case_id: Option<String>, base_saved_at: Option<u64>) {
        self.conflict.set(false);
        self.base_saved_at.set(base_saved_at);
        self.case_id.set(case_id);
        self.casus.set(casus);
    }

    /// Another tab saved this case while this tab has changes of its own: the user chooses.
    /// The case as it is now is remembered the first time.
    pub fn raise_conflict(self) {
        if !self.conflict.get_untracked() {
            self.conflict_from
                .set_value(Some(self.casus.get_untracked()));
        }
        self.conflict.set(true);
    }

    /// An empty case in this tab, kept nowhere.
    pub fn clear_case(self) {
        self.replace_case(Casus::new(), None, None);
    }

    /// Puts back this tab's working copy (after a reload or an unlock).
    pub fn restore(self, w: WorkingCopy) {
        self.replace_case(w.casus, w.case_id, w.base_saved_at_ms);
    }

    /// The open case stays in this tab but no longer belongs to a saved copy (it was deleted
    /// or expired); a conflict with that copy is over with it.
    pub fn unlink_case(self) {
        self.conflict.set(false);
        self.case_id.set(None);
        self.base_saved_at.set(None);
    }

    /// True when the open case has content that is not saved on this device.
    pub fn has_unsaved_work(self) -> bool {
        self.case_id.with_untracked(Option::is_none) && self.casus.with_untracked(|c| !c.is_empty())
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}
