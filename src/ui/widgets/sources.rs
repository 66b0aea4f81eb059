//! Sources, uncertainty notes and glossary help, as the content gives them.

use crate::content::Str;
use crate::ui::widgets::disclosure::Disclosure;
use leptos::prelude::*;

/// One source: a web address as a link, or a seed document (`seed:<id>`) by its title.
#[component]
pub fn SourceLink(#[prop(into)] source: String) -> impl IntoView {
    let cat = crate::content::catalogue();
    match source.strip_prefix("seed:") {
        Some(id) => {
            let doc = cat.about.source_documents.iter().find(|d| d.id == id);
            let text = doc
                .map(|d| format!("{} ({}, {})", d.title, d.publisher, d.date))
                .unwrap_or_else(|| id.to_string());
            view! { <span class="source">{text}</span> }.into_any()
        }
        None => {
            let shown = source
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_start_matches("www.")
                .to_string();
            view! {
                <a class="source" href=source rel="noreferrer noopener" target="_blank">
                    {shown}
                    <span class="visually-hidden">" "{crate::content::catalogue().screens.sources.new_tab.as_str()}</span>
                </a>
            }
            .into_any()
        }
    }
}

/// Every source of a fact, one click away: a small closed "Bronnen (n)" disclosure (a native
/// `<details>`, so it opens with the keyboard and says its state to a screen reader), its list
/// built when first opened.
#[component]
pub fn Sources(sources: Vec<Str>) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        let t = &crate::content::catalogue().screens.sources;
        let n = sources.len();
        view! {
            <Disclosure class="sources small" summary=t.sources.fill(&[&n])>
                <ul class="source-list">
                    {sources
                        .into_iter()
                        .map(|s| view! { <li><SourceLink source=s/></li> })
                        .collect_view()}
                </ul>
            </Disclosure>
        }
    })
}

/// The note that a fact is uncertain, as the content says.
#[component]
pub fn Uncertain(uncertain: Option<String>) -> impl IntoView {
    let label = crate::content::catalogue()
        .screens
        .sources
        .uncertain
        .as_str();
    uncertain.map(|u| view! { <p class="uncertain small">{label}" " {u}</p> })
}

/// A short explanation of a term on demand, with its source (glossary content).
#[component]
pub fn TermHelp(#[prop(into)] id: String) -> impl IntoView {
    let cat = crate::content::catalogue();
    cat.glossary.terms.iter().find(|t| t.id == id).map(|t| {
        view! {
            <Disclosure class="term-help" summary=cat.screens.sources.term_help.fill(&[&t.term])>
                <div class="term-text">
                    <p>{t.text.as_str()}</p>
                    <Uncertain uncertain=t.uncertain.map(String::from)/>
                    <Sources sources=t.sources.to_vec()/>
                </div>
            </Disclosure>
        }
    })
}

/// Explanations of several terms, as a list under a step. Its heading's id names the list's
/// first term: two steps with a list can be in the page at once (the one shown and the one
/// waiting ahead, `ui::bodies`), and an id is unique in a page.
#[component]
pub fn TermList(ids: &'static [&'static str]) -> impl IntoView {
    let heading = format!("begrippen-{}", ids.first().copied().unwrap_or_default());
    let labelled_by = heading.clone();
    view! {
        <section class="terms no-print" aria-labelledby=labelled_by>
            <h2 id=heading>{crate::content::catalogue().screens.common.terms_heading.as_str()}</h2>
            <ul class="term-list">
                {ids.iter().map(|id| view! { <li><TermHelp id=*id/></li> }).collect_view()}
            </ul>
        </section>
    }
}
