//! Step "Als verblijf nodig is": only in the path when an out-of-home placement threatens.
//! Shows the guard-rails for when a placement is really needed; those before a decision are
//! shown once, under "Let op" on Opties, and this step points there. The rules for when they
//! apply are in the domain.

use crate::app::routing::href;
use crate::app::state::AppState;
use crate::content::{catalogue, GuardrailSection};
use crate::rules::flow::Step;
use crate::ui::widgets::sources::{Sources, TermList, Uncertain};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn PlacementStep() -> impl IntoView {
    let assessment = AppState::current().assessment;
    let cat = catalogue();
    let t = &cat.screens.placement;
    let section = move |s: GuardrailSection| {
        assessment.with(|a| {
            a.guardrails_in(s)
                .collect::<Vec<_>>()
                .into_iter()
                .map(|g| g.id.to_string())
                .collect::<Vec<_>>()
        })
    };
    let list = move |ids: Vec<String>| {
        ids.into_iter()
            .filter_map(|id| cat.guardrails.guardrails.iter().find(|g| g.id == id))
            .map(|g| {
                view! {
                    <li>
                        <h3>{g.title.as_str()}</h3>
                        <p>{g.text.as_str()}</p>
                        <Uncertain uncertain=g.uncertain.map(String::from)/>
                        <Sources sources=g.sources.to_vec()/>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <p>{t.intro.as_str()}</p>
        <p class="card info">{t.before_pointer.as_str()} " "
            <A href=href(&Step::Opties.path())>{Step::Opties.title()}</A>"."
        </p>
        <section aria-labelledby="verblijf-kop">
            <h2 id="verblijf-kop">{t.needed_heading.as_str()}</h2>
            <ul class="guardrail-list">{move || list(section(GuardrailSection::AlsVerblijfNodigIs))}</ul>
        </section>
        <TermList ids=&["uithuisplaatsing", "casusregie", "tegendenker", "ret", "perspectiefplan", "big5", "gedeeld_opvoederschap", "onvoorwaardelijk_wonen"]/>
    }
}
