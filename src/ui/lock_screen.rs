//! The lock screen: the whole page while the app is locked.

use crate::app::lock::unlock;
use crate::app::page::{focus_after_paint, set_title, show_static_hero};
use crate::app::state::AppState;
use crate::ui::widgets::cases::WipeAll;
use leptos::prelude::*;

/// The whole page while the app is locked.
#[component]
pub fn LockScreen() -> impl IntoView {
    let state = AppState::current();
    set_title("Op slot");
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
            error.set(Some("Vul uw wachtwoord in."));
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
            <WipeAll
                question="Weet u zeker dat u alles wilt wissen? De bewaarde casussen zijn dan weg."
                question_id="slot-wis-vraag"
            />
        </section>
    }
}
