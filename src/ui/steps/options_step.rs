//! Step 6: every option to keep the child at home, always together, in equal detail and in
//! content order: no ranking and no single advice (IPDAS). The fit is `domain::options::assess`.

use crate::app::state::AppState;
use crate::content::{catalogue, CareOption, GuardrailSection, RatingStatus};
use crate::model::{AgreedStep, Answer, Date};
use crate::rules::ages::{age_text, age_uncertain};
use crate::rules::options::{contra_indications, questions_used, Fit, Status};
use crate::rules::questions::derived_note;
use crate::ui::widgets::followup::{DateField, FollowUp};
use crate::ui::widgets::form::{AnswerRadios, Check, TextField};
use crate::ui::widgets::sources::{Sources, TermHelp, Uncertain};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// A text mark for a fit, so the meaning never depends on colour alone.
pub fn fit_mark(f: Fit) -> &'static str {
    match f {
        Fit::Past => "✓",
        Fit::PastMisschien => "?",
        Fit::PastNiet => "✗",
        Fit::Onbekend => "…",
    }
}

pub fn fit_class(f: Fit) -> &'static str {
    match f {
        Fit::Past => "fit fit-past",
        Fit::PastMisschien => "fit fit-pastmisschien",
        Fit::PastNiet => "fit fit-pastniet",
        Fit::Onbekend => "fit fit-onbekend",
    }
}

fn status_mark(s: Status) -> &'static str {
    match s {
        Status::Voldaan => "✓",
        Status::NietVoldaan => "✗",
        Status::NietBeantwoord => "…",
    }
}

/// What an option shows: its fit, the one-line reason beside it and every reason that matters
/// (status, text, uncertain note), for the details.
type Entry = (Fit, String, Vec<(Status, String, Option<String>)>);

#[component]
pub fn OptionsStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let assessment = AppState::current().assessment;
    let cat = catalogue();
    let w = &cat.screens.options;
    // Which options the user chose to compare side by side (view state, not case data).
    let compare = RwSignal::new(BTreeSet::<String>::new());
    let fits = Memo::new(move |_| {
        assessment.with(|a| {
            a.fits
                .iter()
                .map(|f| {
                    let reasons: Vec<(Status, String, Option<String>)> = f
                        .shown_reasons()
                        .map(|r| {
                            let mut t = r.text.clone();
                            if let Some(note) = r.derived_note(cat) {
                                t.push_str(&format!(" ({note})"));
                            }
                            (r.status, t, r.uncertain.map(str::to_string))
                        })
                        .collect();
                    let headline = f.headline().map(|r| r.text.clone()).unwrap_or_default();
                    (f.option.id.to_string(), (f.fit, headline, reasons))
                })
                .collect::<Vec<(String, Entry)>>()
        })
    });
    // The questions that can still change a fit for this child: (id, answer, derived note,
    // the short names of the options it can change).
    let questions = Memo::new(move |_| {
        assessment.with(|a| {
            a.questions
                .iter()
                .map(|s| {
                    let names: Vec<&str> = s.options.iter().map(|o| o.short.as_str()).collect();
                    (
                        s.question.id,
                        s.answer,
                        derived_note(s, cat),
                        w.changes.fill(&[&names.join(", ")]),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let question_ids =
        Memo::new(move |_| questions.with(|qs| qs.iter().map(|(id, ..)| *id).collect::<Vec<_>>()));
    let guard = Memo::new(move |_| {
        assessment.with(|a| {
            a.guardrails
                .iter()
                .filter(|g| g.section != GuardrailSection::AlsVerblijfNodigIs)
                .map(|g| g.id)
                .collect::<Vec<_>>()
        })
    });

    view! {
        <p>{w.intro.as_str()}</p>

        {move || {
            let chosen: Vec<String> = compare.get().into_iter().collect();
            (chosen.len() == 2).then(|| {
                let a = cat.options.options.iter().find(|o| o.id == chosen[0]);
                let b = cat.options.options.iter().find(|o| o.id == chosen[1]);
                a.zip(b).map(|(a, b)| view! { <Comparison a b/> })
            })
        }}

        // On a wide screen two columns (style/main.css, "Opties on a wide screen"): the options
        // with the agreed steps below them, the questions that can change a fit beside them with
        // the follow-up below those. The order in the page (and for the keyboard) stays options,
        // questions, agreed steps, follow-up; on a phone or zoomed in, one column in that order.
        <div class="options-wide">
        <section class="options-col" aria-labelledby="alle-kop">
        <h2 id="alle-kop">{w.all.as_str()}</h2>
        <p class="muted small" aria-live="polite">
            {move || match compare.get().len() {
                0 => w.compare_none.as_str(),
                1 => w.compare_one.as_str(),
                _ => w.compare_two.as_str(),
            }}
        </p>
        // Every option in content order and in the same shape: name, fit, one reason. The rest
        // is built only when the user opens it (issue 14: closed details cost time).
        <ul class="option-list">
            {cat.options.options.iter().map(|o| {
                let oid = o.id;
                let entry = Memo::new(move |_| fits.with(|fs| fs.iter().find(|(id, _)| *id == oid).map(|(_, e)| e.clone())));
                let oid2 = o.id;
                let oid3 = o.id;
                let open = RwSignal::new(false);
                let body = format!("meer-{}", o.id);
                view! {
                    <li class="option" id=format!("optie-{}", o.id)>
                        <div class="option-head">
                            <div class="option-title">
                                <h3>{o.name.as_str()}</h3>
                                {move || entry.get().map(|(f, ..)| view! {
                                    <span class=fit_class(f)><span aria-hidden="true">{fit_mark(f)}" "</span>{f.label()}</span>
                                })}
                            </div>
                            <div class="option-actions">
                                <button
                                    type="button"
                                    class="link-button more-toggle"
                                    aria-expanded=move || if open.get() { "true" } else { "false" }
                                    aria-controls=body.clone()
                                    on:click=move |_| open.update(|v| *v = !*v)
                                >
                                    <span aria-hidden="true">{move || if open.get() { "▾ " } else { "▸ " }}</span>
                                    {w.more.as_str()}
                                    <span class="visually-hidden">" "{w.more_about.fill(&[&o.name])}</span>
                                </button>
                                <div class="choice compare-choice">
                                    <input
                                        type="checkbox"
                                        id=format!("vergelijk-{}", o.id)
                                        prop:checked=move || compare.with(|s| s.contains(oid2.as_str()))
                                        prop:disabled=move || compare.with(|s| s.len() >= 2 && !s.contains(oid3.as_str()))
                                        on:change={
                                            let id = o.id;
                                            move |ev| {
                                                let on = event_target_checked(&ev);
                                                compare.update(|s| { if on { s.insert(id.to_string()); } else { s.remove(id.as_str()); } })
                                            }
                                        }
                                    />
                                    <label for=format!("vergelijk-{}", o.id)>
                                        {w.compare.as_str()}<span class="visually-hidden">" "{o.name.as_str()}</span>
                                    </label>
                                </div>
                            </div>
                        </div>
                        <p class="fit-line">{move || entry.get().map(|(_, headline, _)| headline)}</p>
                        <div class="option-more" id=body hidden=move || !open.get()>
                            {move || open.get().then(|| view! { <OptionDetails option=o entry/> })}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>

        {move || {
            let ids = guard.get();
            (!ids.is_empty()).then(|| view! {
                <section class="card warning" aria-labelledby="dreigend-kop">
                    <h2 id="dreigend-kop">{w.warning.as_str()}</h2>
                    <ul>
                        {ids.into_iter().filter_map(|id| cat.guardrails.guardrails.iter().find(|g| g.id == id)).map(|g| view! {
                            <li><strong>{g.title.as_str()}</strong>". "{g.text.as_str()}<Uncertain uncertain=g.uncertain.map(String::from)/><Sources sources=g.sources.to_vec()/></li>
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}

        </section>

        <section class="questions-box" aria-labelledby="vragen-kop" hidden=move || question_ids.with(Vec::is_empty)>
            <h2 id="vragen-kop">{w.questions.as_str()}</h2>
            <p class="small muted">{w.questions_note.as_str()}</p>
            // A question is built the first time it can change a fit for this child
            // (rules::questions::relevant), then kept and only hidden while it cannot, so
            // answering never replaces the controls (focus and state stay where they are) and
            // a question never asked costs nothing.
            <div class="question-grid">
            {questions_used(cat).into_iter().filter_map(|qid| cat.questions.questions.iter().find(|q| q.id == qid)).map(|q| {
                let id = q.id;
                let id2 = q.id;
                let id3 = q.id;
                let id4 = q.id;
                let state = move || questions.with(|qs| qs.iter().find(|(i, ..)| *i == id).map(|(_, a, d, c)| (*a, d.clone(), c.clone())));
                let state2 = state;
                let state3 = state;
                let asked = Memo::new(move |_| question_ids.with(|ids| ids.contains(&id4)));
                // Once asked, built for good: the memo changes only once, from false to true.
                let built = Memo::new(move |before: Option<&bool>| before == Some(&true) || asked.get());
                view! {
                    <div class="question" hidden=move || !asked.get()>
                        {move || built.get().then(|| view! {
                            <AnswerRadios
                                name=format!("vraag-{}", q.id)
                                legend=q.text
                                hint=q.hint
                                value=Signal::derive(move || state().and_then(|(a, ..)| a))
                                on_change=Callback::new(move |a: Answer| casus.update(|c| { c.answers.insert(id2.to_string(), a); }))
                                aside=Signal::derive(move || state3().map(|(.., c)| c).unwrap_or_default())
                            />
                            <p class="small muted question-note" id=format!("afgeleid-{id3}")>{move || state2().and_then(|(_, d, _)| d)}</p>
                            <Uncertain uncertain=q.uncertain.map(String::from)/>
                        })}
                    </div>
                }
            }).collect_view()}
            </div>
        </section>

        <section class="plan-col" aria-labelledby="afspraken-kop">
            <h2 id="afspraken-kop">{w.agree_heading.as_str()}</h2>
            <p>{w.agree_intro.as_str()}</p>
            <AgreedSteps/>
            <TextField
                multiline=true
                id="open-vragen"
                label=w.open_questions.as_str()
                hint=w.open_questions_hint.as_str()
                value=Signal::derive(move || casus.with(|c| c.open_questions.clone()))
                on_change=Callback::new(move |v: String| casus.update(|c| c.open_questions = v))
            />
        </section>
        <FollowUp/>
        </div>
    }
}

/// What an option is, why it has its fit, and its facts: built when the user opens it.
#[component]
fn OptionDetails(option: &'static CareOption, entry: Memo<Option<Entry>>) -> impl IntoView {
    let w = &catalogue().screens.options;
    view! {
        <p>{option.summary.as_str()}</p>
        <h4>{w.why.as_str()}</h4>
        <ul class="reasons">
            {move || entry.get().map(|(_, _, r)| r.into_iter().map(|(s, t, u)| view! {
                <li><span class="reason-mark" aria-hidden="true">{status_mark(s)}" "</span>{t}<Uncertain uncertain=u/></li>
            }).collect_view())}
        </ul>
        <OptionFacts option/>
    }
}

/// The facts of one option, the same for every option (equal detail).
#[component]
fn OptionFacts(option: &'static CareOption) -> impl IntoView {
    let o = option;
    let w = &catalogue().screens.options;
    let rating = match o.rating.status {
        RatingStatus::Gevonden => o.rating.text.to_string(),
        RatingStatus::NietGevonden => w.rating_not_found.fill(&[&o.rating.text]),
        RatingStatus::NietVanToepassing => w.rating_not_applicable.fill(&[&o.rating.text]),
    };
    view! {
            <dl class="facts">
                <dt>{w.for_whom.as_str()}</dt><dd>{age_text(o, catalogue())}". "{o.problems.as_str()}<Uncertain uncertain=age_uncertain(o).map(str::to_string)/></dd>
                <dt>{w.not_suitable.as_str()}</dt>
                <dd>
                    {o.contra_none.map(|s| s.as_str())}
                    <ul>
                        {contra_indications(o).into_iter().map(|ci| view! {
                            <li>
                                {if ci.checked { ci.text.to_string() } else { format!("{}: {}", catalogue().options.wording.discuss, ci.text) }}
                                <Uncertain uncertain=ci.uncertain.map(str::to_string)/>
                            </li>
                        }).collect_view()}
                    </ul>
                </dd>
                <dt>{w.duration.as_str()}</dt><dd>{o.duration.as_str()}</dd>
                <dt>{w.intensity.as_str()}</dt><dd>{o.intensity.as_str()}</dd>
                <dt>{w.start.as_str()}</dt><dd>{o.start.as_str()}</dd>
                <dt>{w.setting.as_str()}</dt><dd>{o.setting.as_str()}</dd>
                <dt>{w.rating.as_str()}</dt>
                <dd>{rating}{o.rating.date.map(|d| format!(" ({d})"))}" "<TermHelp id="nji_erkenning"/><Uncertain uncertain=o.rating.uncertain.map(String::from)/></dd>
            </dl>
            <div class="proscons">
                <div><h4>{w.pros.as_str()}</h4><ul>{o.pros.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul></div>
                <div><h4>{w.cons.as_str()}</h4><ul>{o.cons.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul></div>
            </div>
            <Uncertain uncertain=o.uncertain.map(String::from)/>
            <Sources sources=o.sources.iter().chain(o.rating.sources.iter()).cloned().collect()/>
    }
}

/// Two options side by side, row by row.
#[component]
fn Comparison(a: &'static CareOption, b: &'static CareOption) -> impl IntoView {
    let w = &catalogue().screens.options;
    let rows: Vec<(&str, String, String)> = vec![
        (
            w.for_whom.as_str(),
            format!("{}. {}", age_text(a, catalogue()), a.problems),
            format!("{}. {}", age_text(b, catalogue()), b.problems),
        ),
        (
            w.duration.as_str(),
            a.duration.to_string(),
            b.duration.to_string(),
        ),
        (
            w.intensity.as_str(),
            a.intensity.to_string(),
            b.intensity.to_string(),
        ),
        (w.start.as_str(), a.start.to_string(), b.start.to_string()),
        (
            w.setting.as_str(),
            a.setting.to_string(),
            b.setting.to_string(),
        ),
        (
            w.rating.as_str(),
            a.rating.text.to_string(),
            b.rating.text.to_string(),
        ),
        (w.pros.as_str(), a.pros.join(" · "), b.pros.join(" · ")),
        (w.cons.as_str(), a.cons.join(" · "), b.cons.join(" · ")),
    ];
    view! {
        <section class="card comparison" aria-labelledby="vergelijk-kop">
            <h2 id="vergelijk-kop">{w.side_by_side.fill(&[&a.name, &b.name])}</h2>
            <table>
                // Short names in the header: the heading names both in full, and a long name broke
                // mid-word at 200 % zoom.
                <thead><tr><th scope="col">{catalogue().screens.common.part.as_str()}</th><th scope="col">{a.short.as_str()}</th><th scope="col">{b.short.as_str()}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(h, x, y)| view! { <tr><th scope="row">{h}</th><td>{x}</td><td>{y}</td></tr> }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// Agreed next steps: what, who, when. With none agreed yet, one empty row is shown to fill in
/// (as on Netwerk): it becomes a step of the case only when the user types in it.
#[component]
fn AgreedSteps() -> impl IntoView {
    let casus = AppState::current().casus;
    let screen = &catalogue().followup.screen;
    let w = &catalogue().screens.options;
    // A memo: typing changes the case but not the number of rows, so the rows (and the focus in
    // them) stay; the first typed letter turns the empty row into step 1 in place.
    let len = Memo::new(move |_| casus.with(|c| c.steps.len()));
    let edit = move |i: usize, f: &dyn Fn(&mut AgreedStep)| {
        casus.update(|c| {
            if c.steps.len() <= i {
                c.steps.resize(i + 1, AgreedStep::default());
            }
            f(&mut c.steps[i])
        })
    };
    view! {
        {move || (0..len.get().max(1)).map(|i| {
            let get = move |f: fn(&AgreedStep) -> String| Signal::derive(move || casus.with(|c| c.steps.get(i).map(f).unwrap_or_default()));
            view! {
                <fieldset class="field agreed-step">
                    <legend>{w.step.fill(&[&(i + 1)])}</legend>
                    <TextField id=format!("afspraak-{}-wat", i + 1) label=w.step_what.as_str() value=get(|s| s.what.clone())
                        on_change=Callback::new(move |v: String| edit(i, &|s| s.what = v.clone()))/>
                    <TextField id=format!("afspraak-{}-wie", i + 1) label=w.step_who.as_str() value=get(|s| s.who.clone())
                        on_change=Callback::new(move |v: String| edit(i, &|s| s.who = v.clone()))/>
                    // "When" in words before the date: Tab goes what, who, when (a date field has
                    // a stop per part).
                    <TextField id=format!("afspraak-{}-wanneer", i + 1) label=screen.step_when value=get(|s| s.when.clone())
                        on_change=Callback::new(move |v: String| edit(i, &|s| s.when = v.clone()))/>
                    <DateField id=format!("afspraak-{}-datum", i + 1) label=screen.step_date
                        value=Signal::derive(move || casus.with(|c| c.steps.get(i).and_then(|s| s.date)))
                        on_change=Callback::new(move |d: Option<Date>| edit(i, &|s| s.date = d))/>
                    // Not for the empty row shown first (rendered once, hidden until it is a step).
                    <div class="step-end" hidden=move || i >= len.get()>
                        <Check id=format!("afspraak-{}-gedaan", i + 1) label=screen.step_done
                            checked=Signal::derive(move || casus.with(|c| c.steps.get(i).is_some_and(|s| s.done)))
                            on_change=Callback::new(move |on: bool| casus.update(|c| if let Some(s) = c.steps.get_mut(i) { s.done = on }))/>
                        <button type="button" class="link-button" on:click=move |_| casus.update(|c| { if i < c.steps.len() { c.steps.remove(i); } })>
                            {w.step_remove.fill(&[&(i + 1)])}
                        </button>
                    </div>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="secondary" on:click=move |_| {
            // The empty row shown first is the one to fill: it becomes step 1.
            casus.update(|c| c.steps.push(AgreedStep::default()));
            let n = casus.with_untracked(|c| c.steps.len());
            request_animation_frame(move || crate::app::page::focus_by_id(&format!("afspraak-{n}-wat")));
        }>{w.step_add.as_str()}</button>
    }
}
