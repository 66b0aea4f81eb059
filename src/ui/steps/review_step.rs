//! "Controleer uw antwoorden": every answer with a link to change it, before the summary.

use crate::app::routing::href;
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::rules::review::rows;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ReviewStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let t = &catalogue().screens.review;
    view! {
        <p>{t.intro.as_str()}</p>
        <dl class="summary-list">
            {move || casus.with(|c| rows(c, catalogue())).into_iter().map(|row| view! {
                <dt>{row.question}</dt>
                <dd>{row.answer}</dd>
                <dd class="no-print"><A href=href(&format!("/{}", row.step.slug()))>{t.change.as_str()}<span class="visually-hidden">{format!(" {}", row.question.to_lowercase())}</span></A></dd>
            }).collect_view()}
        </dl>
    }
}
