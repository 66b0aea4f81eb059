//! The lock in the interface: the lock screen, the bar with "Nu op slot", the settings on the
//! data page, and the timer that locks the app after a period without use.

use super::app::{focus_after_paint, set_title, AppState, LockState};
use super::persist;
use crate::formats::lock::{
    check_new_passphrase, idle_too_long, parse_lock_minutes, DEFAULT_LOCK_MINUTES,
    MAX_LOCK_MINUTES, MIN_LOCK_MINUTES, MIN_PASSPHRASE_CHARS,
};
use crate::store::{self, Stored};
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static LAST_ACTIVITY_MS: Cell<u64> = const { Cell::new(0) };
}

/// The minutes without use after which the app locks itself (the saved setting).
fn lock_minutes(stored: &Stored) -> u32 {
    match stored {
        Stored::Ok(env) => env.settings.lock_after_minutes,
        _ => DEFAULT_LOCK_MINUTES,
    }
}

/// Counts keys, clicks, touches and scrolling as use, and checks every few seconds (and when
/// the tab becomes visible again) whether the lock is due.
pub fn install_idle_lock(state: AppState) {
    LAST_ACTIVITY_MS.set(store::now_ms());
    for event in ["pointerdown", "keydown", "input", "wheel", "scroll"] {
        let handle = window_event_listener_untyped(event, |_| {
            LAST_ACTIVITY_MS.set(store::now_ms());
        });
        on_cleanup(move || handle.remove());
    }
    let check = move || {
        if state.lock.get_untracked() == LockState::Open
            && idle_too_long(
                store::now_ms(),
                LAST_ACTIVITY_MS.get(),
                state.stored.with_untracked(lock_minutes),
            )
        {
            persist::lock_now(state);
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, Duration::from_secs(5)) {
        on_cleanup(move || handle.clear());
    }
    let handle = window_event_listener_untyped("visibilitychange", move |_| check());
    on_cleanup(move || handle.remove());
}

/// The whole page while the app is locked.
#[component]
pub fn LockScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    set_title("Op slot");
    super::start::show_static_hero(false);
    focus_after_paint("#slot-kop");
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let p = pass.get_untracked();
        if p.is_empty() {
            error.set(Some("Vul uw wachtwoord in."));
            focus_after_paint("#slot-wachtwoord");
            return;
        }
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = persist::unlock(state, &p).await;
            busy.set(false);
            match result {
                // Back to the page that was open: focus its heading, as after navigation.
                Ok(()) => focus_after_paint("main h1"),
                Err(m) => {
                    error.set(Some(m));
                    focus_after_paint("#slot-wachtwoord");
                }
            }
        });
    };
    view! {
        <h1 tabindex="-1" id="slot-kop">"Thuiswijzer is op slot"</h1>
        <p>"De bewaarde casussen en de casus in dit tabblad staan versleuteld op dit apparaat. Vul het wachtwoord in om verder te werken."</p>
        <form class="unlock-form" novalidate on:submit=submit>
            <div class=move || if error.get().is_some() { "field field-error" } else { "field" }>
                <label for="slot-wachtwoord">"Wachtwoord"</label>
                {move || error.get().map(|e| view! { <span class="error-message" id="slot-fout" role="alert">{e}</span> })}
                <input
                    type="password"
                    id="slot-wachtwoord"
                    autocomplete="current-password"
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=move || error.get().map(|_| "slot-fout")
                    prop:value=move || pass.get()
                    on:input=move |ev| pass.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" aria-disabled=move || busy.get().to_string()>"Ontgrendel"</button>
            {move || busy.get().then(|| view! { <p role="status">"Bezig met openen…"</p> })}
        </form>
        <section aria-labelledby="vergeten-kop">
            <h2 id="vergeten-kop">"Wachtwoord vergeten?"</h2>
            <p>"Zonder het wachtwoord kan niemand de bewaarde casussen openen, ook Thuiswijzer niet. U kunt wel alles wissen en opnieuw beginnen."</p>
            <super::data_page::WipeAll
                question="Weet u zeker dat u alles wilt wissen? De bewaarde casussen zijn dan weg."
                question_id="slot-wis-vraag"
            />
        </section>
    }
}

/// While the lock is on: a short line with "Nu op slot" on every page.
#[component]
pub fn LockBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        (state.lock.get() == LockState::Open).then(|| {
            view! {
                <div class="lock-bar no-print">
                    <span>{move || format!("Het slot staat aan. Na {} minuten zonder gebruik gaat Thuiswijzer op slot.", state.stored.with(lock_minutes))}</span>
                    " "
                    <button type="button" class="secondary" on:click=move |_| persist::lock_now(state)>"Nu op slot"</button>
                </div>
            }
        })
    }
}

/// The lock settings on the data page: turn it on with a passphrase, change the minutes,
/// lock now, or turn it off.
#[component]
pub fn LockSettings() -> impl IntoView {
    let state = expect_context::<AppState>();
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
            let result = persist::lock_on(state, &p, minutes).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    pass.set(String::new());
                    repeat.set(String::new());
                    msg.set(Some((true, format!("Het slot staat aan. De bewaarde casussen staan nu versleuteld op dit apparaat. Na {minutes} minuten zonder gebruik gaat Thuiswijzer op slot."))));
                }
                Err(m) => msg.set(Some((false, m))),
            }
        });
    };

    let save_minutes = move |_| match parse_lock_minutes(&minutes_raw.get_untracked()) {
        Ok(m) => persist::change_setting(
            state,
            move |env| env.settings.lock_after_minutes = m,
            format!("Thuiswijzer gaat nu op slot na {m} minuten zonder gebruik."),
            msg,
        ),
        Err(e) => msg.set(Some((false, e))),
    };

    let turn_off = move |_| {
        confirm_off.set(false);
        leptos::task::spawn_local(async move {
            msg.set(Some(match persist::lock_off(state).await {
                Ok(()) => (true, "Het slot staat uit. De bewaarde casussen staan weer onversleuteld op dit apparaat.".into()),
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
                        <button type="button" on:click=move |_| persist::lock_now(state)>"Nu op slot"</button>
                    </div>
                    {move || if confirm_off.get() {
                        view! {
                            <div class="card warning" role="group" aria-labelledby="slot-uit-vraag">
                                <p id="slot-uit-vraag"><strong>"Slot uitzetten? De bewaarde casussen staan dan weer onversleuteld op dit apparaat."</strong></p>
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
