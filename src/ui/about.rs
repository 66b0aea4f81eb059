//! "Over Thuiswijzer": what it is and is not, sources, dates, update policy, authorship, limits
//! (the IPDAS certifying criteria). All text comes from the content files.

use crate::app::page::{set_title, show_static_hero};
use crate::content::catalogue;
use crate::ui::widgets::sources::{Sources, Uncertain};
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let cat = catalogue();
    let t = &cat.screens.about;
    set_title(&t.title);
    show_static_hero(false);
    let metas = cat.metas();
    view! {
        <h1 tabindex="-1">{t.title.as_str()}</h1>
        <p class="muted">{t.version.fill(&[&env!("CARGO_PKG_VERSION"), &cat.content_date()])}</p>
        {cat.about.sections.iter().map(|s| view! {
            <section>
                <h2>{s.title.as_str()}</h2>
                {s.paragraphs.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
            </section>
        }).collect_view()}
        <section aria-labelledby="makers-kop">
            <h2 id="makers-kop">{t.makers_heading.as_str()}</h2>
            <p>{cat.about.authorship.as_str()}</p>
            <p>{cat.about.funding.as_str()}</p>
        </section>
        <section aria-labelledby="bronnen-kop">
            <h2 id="bronnen-kop">{t.documents_heading.as_str()}</h2>
            <ul>
                {cat.about.source_documents.iter().map(|d| view! {
                    <li>{format!("{} – {} ({})", d.title, d.publisher, d.date)}</li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="inhoud-kop">
            <h2 id="inhoud-kop">{t.content_heading.as_str()}</h2>
            // One block per part on a narrow screen (`table.stack`, style/main.css; the roles
            // keep the table's semantics there).
            <table class="stack meta-table" role="table">
                <thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">{cat.screens.common.part.as_str()}</th><th role="columnheader" scope="col">{t.date.as_str()}</th><th role="columnheader" scope="col">{t.review.as_str()}</th></tr></thead>
                <tbody role="rowgroup">
                    {metas.into_iter().map(|m| view! {
                        <tr role="row"><td role="cell">{m.title.as_str()}<Sources sources=m.sources.to_vec()/></td><td role="cell" data-label=t.date.as_str()>{m.date.as_str()}</td><td role="cell" data-label=t.review.as_str()>{m.review.as_str()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="begrippen-over-kop">
            <h2 id="begrippen-over-kop">{cat.screens.common.terms_heading.as_str()}</h2>
            <dl>
                {cat.glossary.terms.iter().map(|t| view! {
                    <dt><strong>{t.term.as_str()}</strong></dt>
                    <dd>{t.text.as_str()}<Uncertain uncertain=t.uncertain.map(String::from)/><Sources sources=t.sources.to_vec()/></dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
