//! Step 5: the family's own network and strengths. The network is always searched first.

use crate::app::state::AppState;
use crate::model::NetworkEntry;
use crate::ui::widgets::form::TextField;
use leptos::prelude::*;

#[component]
pub fn NetworkStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let count = move || casus.with(|c| c.network.len());
    view! {
        <p>
            "Zoek altijd eerst in het eigen netwerk van het gezin: familie, buren, vrienden, school, sport of geloofsgemeenschap. Wie kan (tijdelijk) helpen, en waarmee? Noem een relatie, geen naam."
        </p>
        <section aria-labelledby="netwerk-kop">
            <h2 id="netwerk-kop">"Mensen die kunnen helpen"</h2>
            {move || (0..count()).map(|i| view! {
                <fieldset class="field network-entry">
                    <legend>{format!("Persoon of plek {}", i + 1)}</legend>
                    <TextField
                        id=format!("netwerk-{}-wie", i + 1)
                        label="Wie (relatie, geen naam)"
                        hint="Bijvoorbeeld: oma van moederskant, buurvrouw, trainer"
                        value=Signal::derive(move || casus.with(|c| c.network.get(i).map(|n| n.who.clone()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| casus.update(|c| if let Some(n) = c.network.get_mut(i) { n.who = v }))
                    />
                    <TextField
                        id=format!("netwerk-{}-wat", i + 1)
                        label="Wat kan deze persoon doen?"
                        value=Signal::derive(move || casus.with(|c| c.network.get(i).map(|n| n.what.clone()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| casus.update(|c| if let Some(n) = c.network.get_mut(i) { n.what = v }))
                    />
                    <button type="button" class="secondary" on:click=move |_| casus.update(|c| { if i < c.network.len() { c.network.remove(i); } })>
                        {format!("Verwijder persoon of plek {}", i + 1)}
                    </button>
                </fieldset>
            }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| {
                casus.update(|c| c.network.push(NetworkEntry::default()));
                let n = casus.with_untracked(|c| c.network.len());
                request_animation_frame(move || crate::app::page::focus_by_id(&format!("netwerk-{n}-wie")));
            }>"Persoon of plek toevoegen"</button>
        </section>
        <section aria-labelledby="krachten-kop">
            <h2 id="krachten-kop">"Wat gaat goed?"</h2>
            <TextField
                multiline=true
                id="krachten"
                label="Krachten van het kind, de ouders en het gezin"
                hint="Bijvoorbeeld: ouders zoeken zelf hulp, het kind gaat graag naar sport, de band met opa is goed."
                value=Signal::derive(move || casus.with(|c| c.strengths.clone()))
                on_change=Callback::new(move |v: String| casus.update(|c| c.strengths = v))
            />
        </section>
    }
}
