//! The summary: check the answers (one click away), choose a purpose and what goes in, then
//! print (one A4), copy as text or download a .txt. The text itself is rendered by
//! `crate::summary` from the case's assessment.

use crate::app::clock::local_date_nl;
use crate::app::routing::href;
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::rules::review::rows;
use crate::store;
use crate::summary::{
    render, to_plain_text, user_text_warnings, Audience, Block, RenderInfo, Summary, Variant,
};
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::form::{Check, Radios, TextField};
use crate::ui::widgets::share::ShareRules;
use crate::ui::widgets::waiting::memo_when_shown;
use leptos::prelude::*;
use leptos_router::components::A;

fn info(full: bool, contacts: Vec<crate::model::ProContact>) -> RenderInfo {
    RenderInfo {
        date: local_date_nl(store::now_ms()),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        full,
        contacts,
    }
}

#[component]
pub fn SummaryStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let cat = catalogue();
    let t = &cat.screens.summary;
    let variant = RwSignal::new(Variant::Collega);
    let sections = RwSignal::new(Variant::Collega.defaults());
    let full = RwSignal::new(false);
    let copied = RwSignal::new(None::<String>);
    let assessment = AppState::current().assessment;
    let contacts = AppState::current().contacts;
    // Built ahead (on the step before it), the summary is not written again on every change
    // while it waits; it is when it is shown.
    let summary = memo_when_shown(move || {
        assessment.with(|a| {
            casus.with(|c| {
                render(
                    c,
                    a,
                    cat,
                    variant.get(),
                    &sections.get(),
                    &info(full.get(), contacts.get()),
                )
            })
        })
    });
    let for_parents = move || variant.get().spec().audience == Audience::Parents;
    let text = Memo::new(move |_| summary.with(to_plain_text));
    // Only the pieces that hold what the user typed are scanned (the same warnings as a scan
    // of the whole summary, for a fraction of the work).
    let warnings = memo_when_shown(move || {
        casus.with(|c| {
            summary.with(|s| {
                user_text_warnings(s, c, js_sys::Date::new_0().get_full_year() as i32)
                    .into_iter()
                    .map(|(place, w)| format!("{place}: „{}” – {}", w.shown(), w.message))
                    .collect::<Vec<_>>()
            })
        })
    });

    let copy = move |_| {
        let plain = text.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = store::copy_text(&plain).await;
            copied.set(Some(if ok {
                t.copied.to_string()
            } else {
                t.copy_failed.to_string()
            }));
        });
    };
    let download = move |_| {
        let name = t.file.fill(&[&local_date_nl(store::now_ms())]);
        store::download(&name, &text.get_untracked(), "text/plain;charset=utf-8");
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <div class="no-print summary-controls">
            <p>{t.intro.as_str()}</p>
            <ReviewCheck/>
            <Radios
                name="variant"
                legend=t.audience.as_str()
                options=casus.with_untracked(|c| Variant::ALL.iter().filter(|v| v.offered_for(c)).map(|v| (v.key().to_string(), v.label().to_string())).collect())
                selected=Signal::derive(move || Some(variant.get().key().to_string()))
                on_change=Callback::new(move |k: String| {
                    if let Some(v) = Variant::from_key(&k) {
                        variant.set(v);
                        sections.set(v.defaults());
                    }
                })
            />
            {move || for_parents().then(|| view! {
                <TextField
                    id="voor-ouders"
                    label=catalogue().screens.report.for_parents_label.as_str()
                    hint=catalogue().screens.report.for_parents_note.as_str()
                    multiline=true
                    value=Signal::derive(move || casus.with(|c| c.for_parents.clone()))
                    on_change=Callback::new(move |v: String| casus.update(|c| c.for_parents = v))
                />
            })}
            <Disclosure class="more" summary=t.adjust.as_str()>
                <fieldset class="field">
                    <legend>{t.parts.as_str()}</legend>
                    <div class="choices">
                        {move || {
                            let spec = variant.get().spec();
                            spec.order
                                .iter()
                                .copied()
                                .map(|id| view! {
                                    <Check
                                        id=format!("deel-{}", id.key())
                                        label=spec.checkbox.of(id, false)
                                        checked=Signal::derive(move || sections.with(|s| s.is_on(id)))
                                        on_change=Callback::new(move |on: bool| sections.update(|s| s.set(id, on)))
                                    />
                                })
                                .collect_view()
                        }}
                    </div>
                </fieldset>
                <Check
                    id="volledig"
                    label=t.full.as_str()
                    checked=full
                    on_change=Callback::new(move |on: bool| full.set(on))
                />
            </Disclosure>
            {move || {
                let w = warnings.get();
                (!w.is_empty()).then(|| view! {
                    <div class="id-warning" role="status">
                        <strong>{t.id_warning.as_str()}</strong>
                        <ul>{w.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <Disclosure class="more share-check" summary=cat.conversation.screen.share_heading.as_str()>
                <p class="small muted">{cat.conversation.screen.share_intro.as_str()}</p>
                <ShareRules/>
            </Disclosure>
            <div class="actions">
                <button type="button" on:click=print>{t.print.as_str()}</button>
                <button type="button" class="secondary" on:click=copy>{t.copy.as_str()}</button>
                <button type="button" class="secondary" on:click=download>{t.download.as_str()}</button>
            </div>
            <p role="status" class="small">{move || copied.get()}</p>
        </div>
        {move || summary.with(|s| view! { <SummaryDoc summary=s.clone()/> })}
    }
}

/// "Controleer uw antwoorden": every answer with a link to change it, one click away (it was a
/// step of its own before the summary; now the summary needs no extra stop). Built when first
/// opened (closed, it was a fifth of the step's nodes).
#[component]
fn ReviewCheck() -> impl IntoView {
    let casus = AppState::current().casus;
    let t = &catalogue().screens.review;
    view! {
        <Disclosure class="more review-check" summary=t.heading.as_str()>
            <p>{t.intro.as_str()}</p>
            <dl class="summary-list">
                {move || casus.with(|c| rows(c, catalogue())).into_iter().map(|row| view! {
                    <dt>{row.question}</dt>
                    <dd>{row.answer}</dd>
                    <dd><A href=href(&row.step.path())>{t.change.as_str()}<span class="visually-hidden">{format!(" {}", row.question.to_lowercase())}</span></A></dd>
                }).collect_view()}
            </dl>
        </Disclosure>
    }
}

/// The summary as a document (also what is printed).
#[component]
fn SummaryDoc(summary: Summary) -> impl IntoView {
    let stamp = summary.stamp_line();
    view! {
        <article class="summary-doc" aria-labelledby="samenvatting-titel">
            <h2 id="samenvatting-titel" class="summary-title">{summary.title.clone()}</h2>
            <p class="small muted">{stamp}</p>
            {summary.meta.iter().map(|m| view! { <p class="meta">{m.clone()}</p> }).collect_view()}
            {summary.sections.into_iter().map(|sec| view! {
                <section>
                    <h3>{sec.heading}</h3>
                    {sec.blocks.into_iter().map(|b| match b {
                        Block::Paragraph(t) => view! { <p class="pre">{t}</p> }.into_any(),
                        Block::Field { label, text } => view! { <p class="pre"><strong>{label}": "</strong>{text}</p> }.into_any(),
                        Block::List { title, items } => view! {
                            {title.map(|t| view! { <p><strong>{t}</strong></p> })}
                            <ul>
                                {items.into_iter().map(|it| view! {
                                    <li>
                                        {it.text}
                                        {(!it.details.is_empty()).then(|| view! {
                                            <ul>{it.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                                        })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                    }).collect_view()}
                </section>
            }).collect_view()}
            <p class="disclaimer"><em>{summary.disclaimer}</em></p>
        </article>
    }
}
