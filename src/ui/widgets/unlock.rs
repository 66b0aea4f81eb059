//! The lock screen's content (the page is `ui::lock_screen`).

use crate::app::lock::unlock;
use crate::app::page::{focus_after_paint, set_title, show_static_hero};
use crate::app::state::AppState;
use crate::ui::widgets::cases::WipeAll;
use leptos::prelude::*;

/// The lock screen's content: the passphrase that unlocks, and "Alles wissen" for a forgotten
/// one.
#[component]
pub fn UnlockScreen() -> impl IntoView {
    let state = AppState::current();
    let t = &crate::content::catalogue().screens.lock_screen;
    set_title(&t.title);
    show_static_hero(false);
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
            error.set(Some(t.passphrase_empty.as_str()));
            focus_after_paint("#slot-wachtwoord");
            return;
        }
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = unlock(state, &p).await;
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
        <h1 tabindex="-1" id="slot-kop">{t.heading.as_str()}</h1>
        <p>{t.intro.as_str()}</p>
        <form class="unlock-form" novalidate on:submit=submit>
            <div class=move || if error.get().is_some() { "field field-error" } else { "field" }>
                <label for="slot-wachtwoord">{t.passphrase.as_str()}</label>
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
            <button type="submit" aria-disabled=move || busy.get().to_string()>{t.unlock.as_str()}</button>
            {move || busy.get().then(|| view! { <p role="status">{t.busy.as_str()}</p> })}
        </form>
        <section aria-labelledby="vergeten-kop">
            <h2 id="vergeten-kop">{t.forgotten_heading.as_str()}</h2>
            <p>{t.forgotten_text.as_str()}</p>
            <WipeAll
                question=t.wipe_question.as_str()
                question_id="slot-wis-vraag"
            />
        </section>
    }
}
