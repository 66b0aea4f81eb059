//! A new passphrase typed twice: the check that turning the lock on and keeping a case both
//! start with, and forgetting what was typed once it is used.

use crate::formats::lock::check_new_passphrase;
use leptos::prelude::*;

/// The message of a passphrase form: (good news or not, the text).
pub type Message = RwSignal<Option<(bool, String)>>;

/// The passphrase typed in `pass` when a new submit may start: nothing is busy, and it is typed
/// the same twice and is long enough. Otherwise `None`, with the reason in `msg` when the
/// passphrase is refused.
pub fn new_passphrase(
    busy: RwSignal<bool>,
    pass: RwSignal<String>,
    repeat: RwSignal<String>,
    msg: Message,
) -> Option<String> {
    if busy.get_untracked() {
        return None;
    }
    let p = pass.get_untracked();
    if let Err(e) = check_new_passphrase(&p, &repeat.get_untracked()) {
        msg.set(Some((false, e.message().to_string())));
        return None;
    }
    Some(p)
}

/// Empties both fields after the passphrase was used.
pub fn forget(pass: RwSignal<String>, repeat: RwSignal<String>) {
    pass.set(String::new());
    repeat.set(String::new());
}
