//! The bodies of the steps. Each edits its part of the case; derived views come from the domain.

mod analysis_step;
pub mod casus_step;
mod conversation_step;
mod network_step;
pub mod options_step;
mod placement_step;
mod return_step;
pub mod safety_step;
mod signals_step;
mod summary_step;

use crate::rules::flow::Step;
use leptos::prelude::*;

#[component]
pub fn StepBody(step: Step) -> impl IntoView {
    match step {
        Step::Casus => view! { <casus_step::CasusStep/> }.into_any(),
        Step::Signalen => view! { <signals_step::SignalsStep/> }.into_any(),
        Step::Veiligheid => view! { <safety_step::SafetyStep/> }.into_any(),
        Step::Gesprek => view! { <conversation_step::ConversationStep/> }.into_any(),
        Step::Analyse => view! { <analysis_step::AnalysisStep/> }.into_any(),
        Step::Netwerk => view! { <network_step::NetworkStep/> }.into_any(),
        Step::Opties => view! { <options_step::OptionsStep/> }.into_any(),
        Step::Verblijf => view! { <placement_step::PlacementStep/> }.into_any(),
        Step::WeerThuis => view! { <return_step::ReturnStep/> }.into_any(),
        Step::Samenvatting => view! { <summary_step::SummaryStep/> }.into_any(),
    }
}
