//! Step "Weer thuis": only in the path when the child lives elsewhere now. The three
//! afwegingen, the ten factors and what must be in place, each answered with a note; the
//! considerations the answers show (`rules::return_home`) and the three ways forward in equal
//! detail. Every text comes from `return_home.toml`; it shows, it never decides.

use crate::app::routing::href;
use crate::app::state::AppState;
use crate::content::{catalogue, ReturnPhase, ReturnQuestion};
use crate::model::{isolate, Answer};
use crate::rules::assess::Assessment;
use crate::rules::flow::Step;
use crate::rules::return_home::{afweging_applies, Consideration, ReturnView};
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::form::{AnswerRadios, TextField};
use crate::ui::widgets::sources::{Sources, TermList, Uncertain};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ReturnStep() -> impl IntoView {
    let state = AppState::current();
    let casus = state.casus;
    let file = &catalogue().return_home;
    let s = &file.screen;
    let elsewhere = Memo::new(move |_| casus.with(|c| c.lives_elsewhere()));
    let questions = |list: &'static [ReturnQuestion]| {
        list.iter()
            .map(|q| view! { <QuestionItem q/> })
            .collect_view()
    };
    let phase = |p: ReturnPhase| {
        file.conditions
            .iter()
            .filter(move |q| q.phase == Some(p))
            .map(|q| view! { <QuestionItem q/> })
            .collect_view()
    };
    // Read once when the step opens (untracked): a disclosure the user opened or closed stays so.
    let started = move |list: &'static [ReturnQuestion]| {
        casus.with_untracked(|c| {
            list.iter().any(|q| {
                c.return_home.answer(&q.id).is_some() || !c.return_home.note(&q.id).is_empty()
            })
        })
    };
    view! {
        <Show when=move || elsewhere.get() fallback=move || view! { <p>{s.not_elsewhere.as_str()}</p> }>
            <p>{s.intro.as_str()}</p>
            <section class="card info" aria-labelledby="wt-feiten">
                <h2 id="wt-feiten">{s.facts_heading.as_str()}</h2>
                <ul>
                    {file.facts.iter().map(|f| view! {
                        <li>{f.text.as_str()}<Uncertain uncertain=f.uncertain.map(String::from)/><Sources sources=f.sources.to_vec()/></li>
                    }).collect_view()}
                </ul>
            </section>
            // The questions with their answers beside them where there is room (as on Veiligheid).
            <section class="side-answers" aria-labelledby="wt-afwegingen">
                <h2 id="wt-afwegingen">{s.afwegingen_heading.as_str()}</h2>
                <p>{s.afwegingen_intro.as_str()} " "
                    <A href=href(&Step::Analyse.path())>{Step::Analyse.title()}</A>
                </p>
                {questions(&file.afwegingen)}
            </section>
            // The factors and the conditions are one click away; open from the start once one
            // of them has an answer or a note, so nothing the user wrote is ever hidden.
            <section class="side-answers" aria-labelledby="wt-factoren">
                <details class="return-part" open=started(&file.factors)>
                    <summary><h2 id="wt-factoren">{s.factors_heading.as_str()}</h2></summary>
                    <p>{s.factors_intro.as_str()}</p>
                    {questions(&file.factors)}
                </details>
            </section>
            <section class="side-answers" aria-labelledby="wt-voorwaarden">
                <details class="return-part" open=started(&file.conditions)>
                    <summary><h2 id="wt-voorwaarden">{s.conditions_heading.as_str()}</h2></summary>
                    <h3>{s.before_heading.as_str()}</h3>
                    {phase(ReturnPhase::Voor)}
                    <h3>{s.after_heading.as_str()}</h3>
                    {phase(ReturnPhase::Na)}
                </details>
            </section>
            <Considerations/>
            <section aria-labelledby="wt-wegen">
                <h2 id="wt-wegen">{s.alternatives_heading.as_str()}</h2>
                <p>{s.alternatives_intro.as_str()}</p>
                <ul class="option-list return-ways">
                    {file.alternatives.iter().map(|a| view! {
                        <li class="card">
                            <h3>{a.name.as_str()}</h3>
                            <p>{a.text.as_str()}</p>
                            <p class="small"><strong>{s.pros_label.as_str()}</strong></p>
                            <ul>{a.pros.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul>
                            <p class="small"><strong>{s.cons_label.as_str()}</strong></p>
                            <ul>{a.cons.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul>
                            <Uncertain uncertain=a.uncertain.map(String::from)/>
                            <Sources sources=a.sources.to_vec()/>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <p class="card info">{s.not_a_decision.as_str()}</p>
            <TermList ids=&["onvoorwaardelijk_wonen", "gedeeld_opvoederschap", "perspectiefplan"]/>
        </Show>
    }
}

/// One question: ja / nee / weet niet, why it matters, and a short note. An afweging that
/// follows a "ja" on the one before is hidden (the guideline's "zo niet").
#[component]
fn QuestionItem(q: &'static ReturnQuestion) -> impl IntoView {
    let casus = AppState::current().casus;
    let s = &catalogue().return_home.screen;
    let id = q.id.as_str();
    let hidden = move || !casus.with(|c| afweging_applies(c, catalogue(), id));
    view! {
        <div class="question return-question" hidden=hidden>
            <AnswerRadios
                name=format!("wt-{id}")
                legend=q.question
                value=Signal::derive(move || casus.with(|c| c.return_home.answer(id)))
                on_change=Callback::new(move |a: Answer| casus.update(|c| { c.return_home.answers.insert(id.to_string(), a); }))
            />
            // Why it matters and the note, one click away and built when opened; open when a
            // note is written.
            <Disclosure
                class="more"
                open=casus.with_untracked(|c| !c.return_home.note(id).is_empty())
                summary=s.why_label.as_str()
            >
                <p>{q.why.as_str()}</p>
                <Uncertain uncertain=q.uncertain.map(String::from)/>
                <Sources sources=q.sources.to_vec()/>
                <TextField
                    id=format!("wt-notitie-{id}")
                    label=s.note_label
                    value=Signal::derive(move || casus.with(|c| c.return_home.note(id).to_string()))
                    on_change=Callback::new(move |v: String| casus.update(|c| {
                        if v.is_empty() { c.return_home.notes.remove(id); } else { c.return_home.notes.insert(id.to_string(), v); }
                    }))
                />
            </Disclosure>
        </div>
    }
}

/// Picks one list of the considerations.
type Pick = for<'b> fn(&'b ReturnView<'static>) -> &'b Vec<Consideration<'static>>;

/// The lines of one list of considerations, isolated for bidirectional text.
fn lines(a: &Assessment<'static>, pick: Pick) -> Vec<String> {
    a.return_home
        .as_ref()
        .map(|v| {
            pick(v)
                .iter()
                .map(|c| isolate(&c.line()).into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// What the answers show: for, against, unknown; arranged and still to arrange. Live.
#[component]
fn Considerations() -> impl IntoView {
    let assessment = AppState::current().assessment;
    let s = &catalogue().return_home.screen;
    let list = move |pick: Pick| {
        move || {
            let items = assessment.with(|a| lines(a, pick));
            if items.is_empty() {
                view! { <p class="muted">{s.none.as_str()}</p> }.into_any()
            } else {
                view! { <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
            }
        }
    };
    view! {
        // Each list with its heading in a group of its own: side by side where there is room.
        <section class="card return-considerations" aria-labelledby="wt-overwegingen">
            <h2 id="wt-overwegingen">{s.considerations_heading.as_str()}</h2>
            <div class="return-group">
                <h3>{s.for_heading.as_str()}</h3>
                {list(|v| &v.for_return)}
            </div>
            <div class="return-group">
                <h3>{s.against_heading.as_str()}</h3>
                {list(|v| &v.against)}
            </div>
            <Folded heading=s.unknown_heading.as_str() pick=|v| &v.unknown/>
            <Folded heading=s.to_arrange_heading.as_str() pick=|v| &v.to_arrange/>
            <div class="return-group">
                <h3>{s.in_place_heading.as_str()}</h3>
                {list(|v| &v.in_place)}
            </div>
        </section>
    }
}

/// A long list of the considerations (what is not known yet, what is still to arrange) one
/// click away: its heading and how many, the items when opened.
#[component]
fn Folded(heading: &'static str, pick: Pick) -> impl IntoView {
    let assessment = AppState::current().assessment;
    let items = Memo::new(move |_| assessment.with(|a| lines(a, pick)));
    view! {
        <details class="return-list return-group">
            <summary><h3>{heading}" ("{move || items.with(Vec::len)}")"</h3></summary>
            <ul>{move || items.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
        </details>
    }
}
