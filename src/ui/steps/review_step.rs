//! "Controleer uw antwoorden": every answer with a link to change it, before the summary.

use crate::app::state::AppState;
use crate::content::catalogue;
use crate::model::Casus;
use crate::rules::analysis::completeness;
use crate::rules::flow::Step;
use crate::rules::safety::weigh;
use crate::rules::signals::recorded;
use leptos::prelude::*;
use leptos_router::components::A;

fn household(c: &Casus) -> String {
    let names: Vec<String> = c
        .household
        .iter()
        .map(|m| m.label().to_lowercase())
        .collect();
    names.join(", ")
}

fn or_empty(s: String) -> String {
    if s.trim().is_empty() {
        "Niet ingevuld".to_string()
    } else {
        s
    }
}

/// The rows of the review: (question, answer, step to change it).
pub fn rows(c: &Casus) -> Vec<(&'static str, String, Step)> {
    let cat = catalogue();
    let sig = recorded(c, cat);
    let analysis = completeness(c, cat);
    vec![
        ("Label", or_empty(c.label.clone()), Step::Casus),
        (
            "Uw rol",
            c.role
                .map(|r| r.label().to_string())
                .unwrap_or_else(|| "Niet ingevuld".into()),
            Step::Casus,
        ),
        (
            "Leeftijd",
            c.age
                .map(|a| format!("{} jaar en {} maanden", a.years, a.months))
                .unwrap_or_else(|| "Niet ingevuld".into()),
            Step::Casus,
        ),
        ("Thuis wonen", or_empty(household(c)), Step::Casus),
        (
            "Broers en zussen",
            format!("{}", c.siblings.len()),
            Step::Casus,
        ),
        ("Zorg", or_empty(c.concern.clone()), Step::Casus),
        (
            "Signalen",
            if sig.is_empty() {
                "Geen aangekruist".into()
            } else {
                sig.iter()
                    .map(|(s, _)| s.text.clone())
                    .collect::<Vec<_>>()
                    .join("\n")
            },
            Step::Signalen,
        ),
        (
            "Veiligheid",
            weigh(c, cat).headline.to_string(),
            Step::Veiligheid,
        ),
        (
            "Verklarende analyse",
            format!(
                "{} van {} onderdelen ingevuld",
                analysis.filled, analysis.total
            ),
            Step::Analyse,
        ),
        (
            "Netwerk",
            if c.network.is_empty() {
                "Niemand genoemd".into()
            } else {
                c.network
                    .iter()
                    .map(|n| format!("{}: {}", n.who, n.what))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
            Step::Netwerk,
        ),
        ("Krachten", or_empty(c.strengths.clone()), Step::Netwerk),
        (
            "Vragen bij de mogelijkheden",
            format!("{} beantwoord", c.answers.len()),
            Step::Opties,
        ),
        (
            "Afspraken",
            if c.steps.is_empty() {
                "Geen".into()
            } else {
                c.steps
                    .iter()
                    .map(|s| format!("{} ({}, {})", s.what, s.who, s.when))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
            Step::Opties,
        ),
        (
            "Open vragen",
            or_empty(c.open_questions.clone()),
            Step::Opties,
        ),
    ]
}

#[component]
pub fn ReviewStep() -> impl IntoView {
    let casus = AppState::current().casus;
    view! {
        <p>"Kijk of alles klopt. Met ‘Wijzig’ gaat u naar de stap om het aan te passen."</p>
        <dl class="summary-list">
            {move || casus.with(rows).into_iter().map(|(q, a, step)| view! {
                <dt>{q}</dt>
                <dd>{a}</dd>
                <dd class="no-print"><A href=crate::app::routing::href(&format!("/{}", step.slug()))>"Wijzig"<span class="visually-hidden">{format!(" {}", q.to_lowercase())}</span></A></dd>
            }).collect_view()}
        </dl>
    }
}
