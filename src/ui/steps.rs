//! The bodies of the steps. Each edits its part of the case; derived views come from the domain.

mod casus_step;

use crate::domain::flow::Step;
use leptos::prelude::*;

#[component]
pub fn StepBody(step: Step) -> impl IntoView {
    match step {
        Step::Casus => view! { <casus_step::CasusStep/> }.into_any(),
        _ => view! { <p>"Deze stap volgt."</p> }.into_any(),
    }
}
