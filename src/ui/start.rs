//! The start page. Its first part repeats the static markup of index.html exactly, so the
//! app takes over the painted page without a flash or a layout shift.

use super::app::{set_title, AppState};
use crate::domain::casus::{Casus, Role};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn StartPage() -> impl IntoView {
    set_title("Start");
    let state = expect_context::<AppState>();
    let role = Signal::derive(move || state.casus.with(|c| c.role.map(|r| r.key().to_string())));
    // The role alone is not a case yet.
    let has_content = move || {
        state.casus.with(|c| {
            let mut without_role = c.clone();
            without_role.role = None;
            without_role != Casus::new()
        })
    };
    view! {
        <h1 tabindex="-1">"Thuiswijzer"</h1>
        <p class="lead">
            "Een hulpmiddel voor professionals die zich zorgen maken over een kind of een gezin. Stap voor stap legt u signalen vast, weegt u de veiligheid, bereidt u een verklarende analyse voor en bekijkt u welke hulp een kind kan helpen om thuis op te groeien."
        </p>
        <section class="card privacy-promise" aria-labelledby="privacy-kop">
            <h2 id="privacy-kop">"Alles blijft op dit apparaat"</h2>
            <p>
                "Thuiswijzer heeft geen server. Wat u invult, wordt niet verstuurd en door niemand anders bewaard. Vul geen namen, geboortedata, adressen of BSN in."
            </p>
        </section>
        <section aria-labelledby="voor-wie-kop">
            <h2 id="voor-wie-kop">"Voor wie"</h2>
            <ul class="audience">
                <li>"Huisarts en POH-Jeugd"</li>
                <li>"Leraar, intern begeleider en zorgcoördinator"</li>
                <li>"Lokaal team en jeugdprofessional"</li>
            </ul>
        </section>
        <section aria-labelledby="niet-kop">
            <h2 id="niet-kop">"Wat Thuiswijzer niet is"</h2>
            <p>
                "Thuiswijzer neemt geen beslissing. Het ondersteunt uw eigen professionele afweging. Het vervangt de meldcode van uw organisatie niet en is geen registratie."
            </p>
        </section>
        <section aria-labelledby="begin-kop">
            <h2 id="begin-kop">"Beginnen"</h2>
            <super::widgets::Radios
                name="start-rol"
                legend="Wat is uw rol?"
                hint="Uw rol bepaalt welke stappen de nadruk krijgen. U kunt dit later wijzigen."
                options=Role::ALL
                    .iter()
                    .map(|r| (r.key().to_string(), r.label().to_string()))
                    .collect()
                selected=role
                on_change=Callback::new(move |k: String| {
                    state.casus.update(|c| c.role = Role::from_key(&k))
                })
            />
            <div class="actions">
                <A href="/casus" attr:class="button">
                    {move || if has_content() { "Verder met deze casus" } else { "Start een nieuwe casus" }}
                </A>
                <button type="button" class="secondary" on:click=move |_| super::persist::new_case(state)>
                    "Nieuwe lege casus"
                </button>
            </div>
        </section>
        <section aria-labelledby="bewaard-start-kop">
            <h2 id="bewaard-start-kop">"Bewaarde casussen"</h2>
            <super::data_page::CaseList/>
            <p><A href="/over">"Over Thuiswijzer: bronnen, datum en grenzen"</A></p>
        </section>
    }
}
