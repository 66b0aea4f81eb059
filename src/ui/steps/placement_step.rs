//! Step "Als verblijf nodig is": only in the path when an out-of-home placement threatens.
//! Shows the guard-rails from the sources; the rules for when they apply are in the domain.

use crate::app::state::AppState;
use crate::content::{catalogue, GuardrailSection};
use crate::ui::widgets::sources::{Sources, TermList, Uncertain};
use leptos::prelude::*;

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
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let list = move |ids: Vec<String>| {
        ids.into_iter()
            .filter_map(|id| cat.guardrails.guardrails.iter().find(|g| g.id == id))
            .map(|g| {
                view! {
                    <li>
                        <h3>{g.title.clone()}</h3>
                        <p>{g.text.clone()}</p>
                        <Uncertain uncertain=g.uncertain.clone()/>
                        <Sources sources=g.sources.clone()/>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <p>{t.intro.as_str()}</p>
        <section aria-labelledby="eerst-kop">
            <h2 id="eerst-kop">{t.before_heading.as_str()}</h2>
            <ul class="guardrail-list">{move || list(section(GuardrailSection::DreigendeUithuisplaatsing))}</ul>
        </section>
        <section aria-labelledby="verblijf-kop">
            <h2 id="verblijf-kop">{t.needed_heading.as_str()}</h2>
            <ul class="guardrail-list">{move || list(section(GuardrailSection::AlsVerblijfNodigIs))}</ul>
        </section>
        <TermList ids=&["uithuisplaatsing", "casusregie", "tegendenker", "ret", "perspectiefplan", "big5", "gedeeld_opvoederschap", "onvoorwaardelijk_wonen"]/>
    }
}
