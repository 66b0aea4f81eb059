//! "Over Thuiswijzer": what it is and is not, sources, dates, update policy, authorship, limits
//! (the IPDAS certifying criteria). All text comes from the content files.

use crate::app::page::{set_title, show_static_hero};
use crate::content::catalogue;
use crate::ui::widgets::sources::{Sources, Uncertain};
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    set_title("Over Thuiswijzer");
    show_static_hero(false);
    let cat = catalogue();
    let metas = cat.metas();
    view! {
        <h1 tabindex="-1">"Over Thuiswijzer"</h1>
        <p class="muted">{format!("Versie {} · inhoud bijgewerkt tot {}", env!("CARGO_PKG_VERSION"), cat.content_date())}</p>
        {cat.about.sections.iter().map(|s| view! {
            <section>
                <h2>{s.title.clone()}</h2>
                {s.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            </section>
        }).collect_view()}
        <section aria-labelledby="makers-kop">
            <h2 id="makers-kop">"Makers en financiering"</h2>
            <p>{cat.about.authorship.clone()}</p>
            <p>{cat.about.funding.clone()}</p>
        </section>
        <section aria-labelledby="bronnen-kop">
            <h2 id="bronnen-kop">"Brondocumenten"</h2>
            <ul>
                {cat.about.source_documents.iter().map(|d| view! {
                    <li>{format!("{} – {} ({})", d.title, d.publisher, d.date)}</li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="inhoud-kop">
            <h2 id="inhoud-kop">"Inhoud, datum en herziening"</h2>
            <table>
                <thead><tr><th scope="col">"Onderdeel"</th><th scope="col">"Datum"</th><th scope="col">"Herziening"</th></tr></thead>
                <tbody>
                    {metas.into_iter().map(|m| view! {
                        <tr><td>{m.title.clone()}<Sources sources=m.sources.clone()/></td><td>{m.date.clone()}</td><td>{m.review.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="begrippen-over-kop">
            <h2 id="begrippen-over-kop">"Begrippen"</h2>
            <dl>
                {cat.glossary.terms.iter().map(|t| view! {
                    <dt><strong>{t.term.clone()}</strong></dt>
                    <dd>{t.text.clone()}<Uncertain uncertain=t.uncertain.clone()/><Sources sources=t.sources.clone()/></dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
