//! The lock in the interface outside the lock screen: the bar with "Nu op slot" and the lock
//! settings on the data page.

use crate::app::actions::change_setting;
use crate::app::lock::{lock_minutes, lock_off, lock_on};
use crate::app::save::lock_now;
use crate::app::state::{AppState, LockState};
use crate::formats::lock::{
    minutes_nl, parse_lock_minutes, DEFAULT_LOCK_MINUTES, MAX_LOCK_MINUTES, MIN_LOCK_MINUTES,
    MIN_PASSPHRASE_CHARS,
};
use crate::ui::widgets::passphrase::{forget, new_passphrase};
use leptos::prelude::*;

/// While the lock is on: a short line with "Nu op slot" on every page.
#[component]
pub fn LockBar() -> impl IntoView {
    let state = AppState::current();
    let t = &crate::content::catalogue().screens.lock;
    move || {
        (state.lock.get() == LockState::Open).then(|| {
            view! {
                <div class="lock-bar no-print">
                    <span>{move || t.bar.fill(&[&minutes_nl(state.stored.with(lock_minutes))])}</span>
                    " "
                    <button type="button" class="secondary" on:click=move |_| lock_now(state)>{t.lock_now.as_str()}</button>
                </div>
            }
        })
    }
}

/// The lock settings on the data page: turn it on with a passphrase, change the minutes,
/// lock now, or turn it off.
#[component]
pub fn LockSettings() -> impl IntoView {
    let state = AppState::current();
    let screens = &crate::content::catalogue().screens;
    let t = &screens.lock;
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let minutes_raw = RwSignal::new(state.stored.with_untracked(lock_minutes).to_string());
    let busy = RwSignal::new(false);
    let msg = RwSignal::new(None::<(bool, String)>);
    let confirm_off = RwSignal::new(false);

    let turn_on = move |_| {
        let Some(p) = new_passphrase(busy, pass, repeat, msg) else {
            return;
        };
        let minutes = match parse_lock_minutes(&minutes_raw.get_untracked()) {
            Ok(m) => m,
            Err(e) => return msg.set(Some((false, e))),
        };
        busy.set(true);
        msg.set(Some((true, t.turning_on.to_string())));
        leptos::task::spawn_local(async move {
            let result = lock_on(state, &p, minutes).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    forget(pass, repeat);
                    msg.set(Some((true, t.turned_on.fill(&[&minutes_nl(minutes)]))));
                }
                Err(m) => msg.set(Some((false, m))),
            }
        });
    };

    let save_minutes = move |_| match parse_lock_minutes(&minutes_raw.get_untracked()) {
        Ok(m) => change_setting(
            state,
            move |env| env.settings.lock_after_minutes = m,
            t.minutes_saved.fill(&[&minutes_nl(m)]),
            msg,
        ),
        Err(e) => msg.set(Some((false, e))),
    };

    let turn_off = move |_| {
        confirm_off.set(false);
        leptos::task::spawn_local(async move {
            msg.set(Some(match lock_off(state).await {
                Ok(()) => (true, t.turned_off.to_string()),
                Err(e) => (false, e),
            }));
        });
    };

    let minutes_field = move || {
        view! {
            <div class="field">
                <label for="slot-minuten">{t.minutes_label.as_str()}</label>
                <span class="hint" id="slot-minuten-hint">{t.minutes_hint.fill(&[&MIN_LOCK_MINUTES, &MAX_LOCK_MINUTES, &DEFAULT_LOCK_MINUTES])}</span>
                <input type="text" inputmode="numeric" id="slot-minuten" aria-describedby="slot-minuten-hint" prop:value=move || minutes_raw.get() on:input=move |ev| minutes_raw.set(event_target_value(&ev))/>
            </div>
        }
    };

    view! {
        <section aria-labelledby="slot-instellen-kop">
            <h2 id="slot-instellen-kop">{t.heading.as_str()}</h2>
            <p>{t.intro.as_str()}</p>
            {move || if state.lock.get() == LockState::Off {
                view! {
                    <p class="card warning">{t.forget_warning.as_str()}</p>
                    <div class="field">
                        <label for="slot-nieuw">{t.new_label.as_str()}</label>
                        <span class="hint" id="slot-nieuw-hint">{t.new_hint.fill(&[&MIN_PASSPHRASE_CHARS])}</span>
                        <input type="password" id="slot-nieuw" autocomplete="new-password" aria-describedby="slot-nieuw-hint" prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="slot-herhaal">{t.repeat_label.as_str()}</label>
                        <input type="password" id="slot-herhaal" autocomplete="new-password" prop:value=move || repeat.get() on:input=move |ev| repeat.set(event_target_value(&ev))/>
                    </div>
                    {minutes_field()}
                    <button type="button" on:click=turn_on aria-disabled=move || busy.get().to_string()>{t.turn_on.as_str()}</button>
                }.into_any()
            } else {
                view! {
                    <p><strong>{t.is_on.as_str()}</strong>" "{t.is_on_text.as_str()}</p>
                    {minutes_field()}
                    <div class="actions">
                        <button type="button" class="secondary" on:click=save_minutes>{t.save_minutes.as_str()}</button>
                        <button type="button" on:click=move |_| lock_now(state)>{t.lock_now.as_str()}</button>
                    </div>
                    {move || if confirm_off.get() {
                        view! {
                            <div class="card warning" role="group" aria-labelledby="slot-uit-vraag">
                                <p id="slot-uit-vraag"><strong>{t.off_question.as_str()}</strong></p>
                                <button type="button" on:click=turn_off>{t.off_yes.as_str()}</button>
                                " "
                                <button type="button" class="secondary" on:click=move |_| confirm_off.set(false)>{screens.common.cancel.as_str()}</button>
                            </div>
                        }.into_any()
                    } else {
                        view! { <button type="button" class="secondary" on:click=move |_| confirm_off.set(true)>{t.off.as_str()}</button> }.into_any()
                    }}
                }.into_any()
            }}
            {move || msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="status" id="slot-melding">{m}</p> })}
        </section>
    }
}
