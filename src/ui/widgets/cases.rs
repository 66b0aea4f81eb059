//! The saved cases: the switch "Bewaar op dit apparaat", "Alles wissen", and what to do when
//! the stored data cannot be read (the list of saved cases is `stored::CaseList`).

use crate::app::actions;
use crate::app::state::{AppState, LockState};
use crate::content::catalogue;
use crate::store::{self, Stored};
use crate::ui::widgets::keep::{AskFor, PassphraseAsk};
use leptos::prelude::*;

/// The switch "Bewaar op dit apparaat" for the open case.
#[component]
pub fn KeepToggle() -> impl IntoView {
    let state = AppState::current();
    let saved = move || state.case_id.with(|id| id.is_some());
    // Keeping needs the lock: without it, the passphrase is asked first.
    let asking = RwSignal::new(false);
    let t = &catalogue().privacy.screen;
    let words = &catalogue().screens.cases;
    let days = move || {
        state.stored.with(|s| {
            s.settings()
                .map(|e| e.expiry_days)
                .unwrap_or(crate::formats::settings::DEFAULT_EXPIRY_DAYS)
        })
    };
    view! {
        <div class="keep-toggle">
            <div class="choice">
                <input
                    type="checkbox"
                    id="bewaar-op-apparaat"
                    prop:checked=move || saved() || asking.get()
                    aria-describedby="bewaar-uitleg"
                    on:change=move |ev| {
                        if !event_target_checked(&ev) {
                            asking.set(false);
                            actions::forget_on_device(state);
                        } else if state.lock.get_untracked() == LockState::Open {
                            actions::keep_on_device(state);
                        } else {
                            asking.set(true);
                        }
                    }
                />
                <label for="bewaar-op-apparaat">{words.keep.as_str()}</label>
            </div>
            <p class="hint" id="bewaar-uitleg">
                {move || if saved() && state.save_failed.get() {
                    words.keep_failed.to_string()
                } else if saved() {
                    words.kept.fill(&[&days()])
                } else {
                    words.not_kept.to_string()
                }}
            </p>
            {move || (asking.get() && !saved()).then(|| view! {
                <div class="card info" role="group" aria-labelledby="bewaar-slot-uitleg">
                    <p id="bewaar-slot-uitleg">{t.keep_intro.as_str()}</p>
                    <PassphraseAsk for_what=AskFor::Keep asking/>
                </div>
            })}
        </div>
    }
}

/// "Alles wissen", asked once more in the page before it happens.
#[component]
pub fn WipeAll(question: &'static str, question_id: &'static str) -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().screens;
    let confirm = RwSignal::new(false);
    move || {
        if confirm.get() {
            view! {
                <div class="card danger" role="group" aria-labelledby=question_id>
                    <p id=question_id><strong>{question}</strong></p>
                    <button type="button" class="danger-button" on:click=move |_| { actions::wipe_all(state); confirm.set(false); }>{t.cases.wipe_yes.as_str()}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirm.set(false)>{t.common.cancel.as_str()}</button>
                </div>
            }
            .into_any()
        } else {
            view! { <button type="button" class="danger-button" on:click=move |_| confirm.set(true)>{t.cases.wipe.as_str()}</button> }.into_any()
        }
    }
}

/// When the stored data cannot be read: say so, keep it, offer it as a file, and let the user
/// set it aside to start saving again.
#[component]
pub fn UnreadableStore() -> impl IntoView {
    let state = AppState::current();
    move || {
        state.stored.with(|s| match s {
            Stored::Unreadable { error, raw } => {
                let t = &catalogue().screens.cases;
                let raw = raw.clone();
                let msg = error.message();
                Some(view! {
                    <section class="card danger" role="alert" aria-labelledby="onleesbaar-kop" id="onleesbaar">
                        <h2 id="onleesbaar-kop">{t.unreadable_heading.as_str()}</h2>
                        <p>{msg}</p>
                        <p>{t.unreadable_text.as_str()}</p>
                        <button type="button" class="secondary" on:click=move |_| store::download(&t.unreadable_file, &raw, "text/plain")>{t.unreadable_download.as_str()}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| {
                            match store::set_unreadable_aside().map_err(String::from) {
                                Ok(_) => { state.stored.set(store::stored_now()); state.notice.set(Some(t.unreadable_aside_done.to_string())); }
                                Err(m) => state.notice.set(Some(m)),
                            }
                        }>{t.unreadable_aside.as_str()}</button>
                    </section>
                })
            }
            _ => None,
        })
    }
}
