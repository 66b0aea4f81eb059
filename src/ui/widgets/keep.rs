//! Keeping a case sealed: the passphrase that keeping a case asks for when the lock is off,
//! and the banner for cases that an earlier version kept without the lock.

use crate::app::lock::{keep_with_new_lock, lock_minutes, lock_on};
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::ui::widgets::passphrase::{forget, new_passphrase};
use leptos::prelude::*;

/// What the passphrase is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AskFor {
    /// Keep the open case on this device (the lock goes on first).
    Keep,
    /// Seal the cases an earlier version kept open.
    SealOpenCases,
}

/// A new passphrase, typed twice; the lock goes on with it, and then the case is kept or the
/// open cases are sealed. `asking` is set to false when done or cancelled.
#[component]
pub fn PassphraseAsk(for_what: AskFor, asking: RwSignal<bool>) -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().privacy.screen;
    let (id, button) = match for_what {
        AskFor::Keep => ("bewaar-slot", t.keep_button.as_str()),
        AskFor::SealOpenCases => ("versleutel-slot", t.migrate_button.as_str()),
    };
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let msg = RwSignal::new(None::<(bool, String)>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = new_passphrase(busy, pass, repeat, msg) else {
            return;
        };
        busy.set(true);
        msg.set(Some((true, t.keep_busy.to_string())));
        leptos::task::spawn_local(async move {
            let result = match for_what {
                AskFor::Keep => keep_with_new_lock(state, &p).await,
                AskFor::SealOpenCases => {
                    let minutes = state.stored.with_untracked(lock_minutes);
                    lock_on(state, &p, minutes).await
                }
            };
            busy.set(false);
            match result {
                Ok(()) => {
                    forget(pass, repeat);
                    if for_what == AskFor::SealOpenCases {
                        state.notice.set(Some(t.migrate_done.to_string()));
                    }
                    asking.set(false);
                }
                Err(m) => msg.set(Some((false, m))),
            }
        });
    };
    let pass_id = format!("{id}-wachtwoord");
    let repeat_id = format!("{id}-herhaal");
    view! {
        <form class="passphrase-ask" on:submit=submit>
            <div class="field">
                <label for=pass_id.clone()>{t.keep_pass_label.as_str()}</label>
                <input type="password" id=pass_id autocomplete="new-password" prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=repeat_id.clone()>{t.keep_repeat_label.as_str()}</label>
                <input type="password" id=repeat_id autocomplete="new-password" prop:value=move || repeat.get() on:input=move |ev| repeat.set(event_target_value(&ev))/>
            </div>
            <button type="submit" aria-disabled=move || busy.get().to_string()>{button}</button>
            {(for_what == AskFor::Keep).then(|| view! {
                " "
                <button type="button" class="secondary" on:click=move |_| asking.set(false)>{t.keep_cancel.as_str()}</button>
            })}
            {move || msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="status">{m}</p> })}
        </form>
    }
}

/// Cases that an earlier version kept without the lock: ask for a passphrase to seal them.
/// Nothing is dropped; until then no change to them is written. Shown by `Notices` while
/// such cases are kept (a memo there): it has no condition of its own, because reading the
/// saved cases again (after every save, or a write of another tab) rebuilt the form and
/// emptied a passphrase being typed.
#[component]
pub fn SealOpenCases() -> impl IntoView {
    let t = &catalogue().privacy.screen;
    let asking = RwSignal::new(true);
    view! {
        <section class="card warning" role="alert" aria-labelledby="versleutel-kop">
            <h2 id="versleutel-kop">{t.migrate_heading.as_str()}</h2>
            <p>{t.migrate_text.as_str()}</p>
            <PassphraseAsk for_what=AskFor::SealOpenCases asking/>
        </section>
    }
}
