//! The lock in the interface outside the lock screen: the bar with "Nu op slot" and the lock
//! settings on the data page.

use crate::app::actions::change_setting;
use crate::app::lock::{lock_minutes, lock_off, lock_on};
use crate::app::save::lock_now;
use crate::app::state::{AppState, LockState};
use crate::formats::lock::{
    check_new_passphrase, minutes_nl, parse_lock_minutes, DEFAULT_LOCK_MINUTES, MAX_LOCK_MINUTES,
    MIN_LOCK_MINUTES, MIN_PASSPHRASE_CHARS,
};
use leptos::prelude::*;

/// While the lock is on: a short line with "Nu op slot" on every page.
#[component]
pub fn LockBar() -> impl IntoView {
    let state = AppState::current();
    move || {
        (state.lock.get() == LockState::Open).then(|| {
            view! {
                <div class="lock-bar no-print">
                    <span>{move || format!("Het slot staat aan. Na {} zonder gebruik gaat Thuiswijzer op slot.", minutes_nl(state.stored.with(lock_minutes)))}</span>
                    " "
                    <button type="button" class="secondary" on:click=move |_| lock_now(state)>"Nu op slot"</button>
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
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let minutes_raw = RwSignal::new(state.stored.with_untracked(lock_minutes).to_string());
    let busy = RwSignal::new(false);
    let msg = RwSignal::new(None::<(bool, String)>);
    let confirm_off = RwSignal::new(false);

    let turn_on = move |_| {
        if busy.get_untracked() {
            return;
        }
        let p = pass.get_untracked();
        if let Err(e) = check_new_passphrase(&p, &repeat.get_untracked()) {
            msg.set(Some((false, e.message().to_string())));
            return;
        }
        let minutes = match parse_lock_minutes(&minutes_raw.get_untracked()) {
            Ok(m) => m,
            Err(e) => return msg.set(Some((false, e))),
        };
        busy.set(true);
        msg.set(Some((true, "Het slot wordt aangezet…".into())));
        leptos::task::spawn_local(async move {
            let result = lock_on(state, &p, minutes).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    pass.set(String::new());
                    repeat.set(String::new());
                    msg.set(Some((true, format!("Het slot staat aan. De bewaarde casussen staan nu versleuteld op dit apparaat. Na {} zonder gebruik gaat Thuiswijzer op slot.", minutes_nl(minutes)))));
                }
                Err(m) => msg.set(Some((false, m))),
            }
        });
    };

    let save_minutes = move |_| match parse_lock_minutes(&minutes_raw.get_untracked()) {
        Ok(m) => change_setting(
            state,
            move |env| env.settings.lock_after_minutes = m,
            format!(
                "Thuiswijzer gaat nu op slot na {} zonder gebruik.",
                minutes_nl(m)
            ),
            msg,
        ),
        Err(e) => msg.set(Some((false, e))),
    };

    let turn_off = move |_| {
        confirm_off.set(false);
        leptos::task::spawn_local(async move {
            msg.set(Some(match lock_off(state).await {
                Ok(()) => (true, "Het slot staat uit. De casus in dit tabblad staat weer onversleuteld in de opslag van dit tabblad. Wilt u een casus bewaren, dan vraagt Thuiswijzer weer om een wachtwoord.".into()),
                Err(e) => (false, e),
            }));
        });
    };

    let minutes_field = move || {
        view! {
            <div class="field">
                <label for="slot-minuten">"Op slot na … minuten zonder gebruik"</label>
                <span class="hint" id="slot-minuten-hint">{format!("Van {MIN_LOCK_MINUTES} tot en met {MAX_LOCK_MINUTES} minuten; standaard {DEFAULT_LOCK_MINUTES}.")}</span>
                <input type="text" inputmode="numeric" id="slot-minuten" aria-describedby="slot-minuten-hint" prop:value=move || minutes_raw.get() on:input=move |ev| minutes_raw.set(event_target_value(&ev))/>
            </div>
        }
    };

    view! {
        <section aria-labelledby="slot-instellen-kop">
            <h2 id="slot-instellen-kop">"Slot met wachtwoord"</h2>
            <p>"Werkt u op een computer die u met anderen deelt? Zet dan het slot aan. De bewaarde casussen en de casus in dit tabblad worden dan versleuteld op dit apparaat bewaard. Na een tijd zonder gebruik gaat Thuiswijzer op slot; met het wachtwoord werkt u verder."</p>
            {move || if state.lock.get() == LockState::Off {
                view! {
                    <p class="card warning">"Vergeet het wachtwoord niet. Zonder wachtwoord kan niemand de bewaarde casussen nog openen, ook Thuiswijzer niet."</p>
                    <div class="field">
                        <label for="slot-nieuw">"Kies een wachtwoord"</label>
                        <span class="hint" id="slot-nieuw-hint">{format!("Minstens {MIN_PASSPHRASE_CHARS} tekens. Een zin van een paar woorden is sterk en goed te onthouden.")}</span>
                        <input type="password" id="slot-nieuw" autocomplete="new-password" aria-describedby="slot-nieuw-hint" prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="slot-herhaal">"Typ het wachtwoord nog een keer"</label>
                        <input type="password" id="slot-herhaal" autocomplete="new-password" prop:value=move || repeat.get() on:input=move |ev| repeat.set(event_target_value(&ev))/>
                    </div>
                    {minutes_field()}
                    <button type="button" on:click=turn_on aria-disabled=move || busy.get().to_string()>"Zet het slot aan"</button>
                }.into_any()
            } else {
                view! {
                    <p><strong>"Het slot staat aan."</strong>" De bewaarde casussen staan versleuteld op dit apparaat."</p>
                    {minutes_field()}
                    <div class="actions">
                        <button type="button" class="secondary" on:click=save_minutes>"Minuten opslaan"</button>
                        <button type="button" on:click=move |_| lock_now(state)>"Nu op slot"</button>
                    </div>
                    {move || if confirm_off.get() {
                        view! {
                            <div class="card warning" role="group" aria-labelledby="slot-uit-vraag">
                                <p id="slot-uit-vraag"><strong>"Slot uitzetten? De casus in dit tabblad staat dan onversleuteld in de opslag van dit tabblad. Bewaarde casussen blijven altijd versleuteld: het slot kan pas uit als er geen meer zijn."</strong></p>
                                <button type="button" on:click=turn_off>"Ja, zet het slot uit"</button>
                                " "
                                <button type="button" class="secondary" on:click=move |_| confirm_off.set(false)>"Annuleer"</button>
                            </div>
                        }.into_any()
                    } else {
                        view! { <button type="button" class="secondary" on:click=move |_| confirm_off.set(true)>"Slot uitzetten"</button> }.into_any()
                    }}
                }.into_any()
            }}
            {move || msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="status" id="slot-melding">{m}</p> })}
        </section>
    }
}
