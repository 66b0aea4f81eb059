//! Follow-up: the evaluation moment (proposed from the route, editable), "Zet in mijn agenda"
//! (an .ics download), and afwegingsvraag 5 asked again with the earlier answers beside it.
//! The rules are `rules::followup`, the calendar text `formats::ics`, the words `followup.toml`.

use crate::app::clock::today;
use crate::app::state::AppState;
use crate::content::{catalogue, SafetyField};
use crate::formats::ics::{calendar, case_events};
use crate::model::{Answer, Date};
use crate::rules::ages::fill;
use crate::rules::followup::{earlier_answers, proposal, proposed_date, record_evaluation};
use crate::store;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::form::{AnswerRadios, TextField};
use crate::ui::widgets::sources::{Sources, Uncertain};
use leptos::prelude::*;

/// A date field (`<input type="date">`: the browser's own date picker, keyboard and screen
/// reader support). An empty or impossible value is no date.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<Option<Date>>,
    #[prop(into)] on_change: Callback<Option<Date>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field date-field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="hint" id=hint_id>{h}</span> })}
            <input
                type="date"
                id=id.clone()
                name=id
                aria-describedby=described
                prop:value=move || value.get().map(Date::iso).unwrap_or_default()
                on:change=move |ev| on_change.run(Date::parse_iso(&event_target_value(&ev)))
            />
        </div>
    }
}

/// The follow-up section of the options step.
#[component]
pub fn FollowUp() -> impl IntoView {
    let state = AppState::current();
    let casus = state.casus;
    let cat = catalogue();
    let s = &cat.followup.screen;
    let outcome = Memo::new(move |_| state.assessment.with(|a| a.outcome()));
    let agenda_msg = RwSignal::new(None::<String>);
    let download = move |_| {
        let c = casus.get_untracked();
        let events = case_events(&c, s);
        if events.is_empty() {
            agenda_msg.set(Some(s.agenda_nothing.to_string()));
            return;
        }
        let text = calendar(&events, &store::new_id(), store::now_ms());
        store::download(&s.agenda_file, &text, "text/calendar");
        agenda_msg.set(Some(s.agenda_done.to_string()));
    };
    view! {
        <section aria-labelledby="opvolgen-kop" class="follow-up">
            <h2 id="opvolgen-kop">{s.heading.as_str()}</h2>
            <p>{s.intro.as_str()}</p>
            <div class="follow-row">
            <DateField
                id="evaluatiemoment"
                label=s.evaluation_label
                hint=s.evaluation_hint
                value=Signal::derive(move || casus.with(|c| c.follow_up.evaluation))
                on_change=Callback::new(move |d: Option<Date>| casus.update(|c| c.follow_up.evaluation = d))
            />
            {move || {
                let o = outcome.get();
                let p = proposal(o, cat);
                let date = proposed_date(o, cat, today());
                view! {
                    <div class="card info proposal" id="evaluatie-voorstel">
                        <p>
                            <strong>{fill(&s.proposal, &[("datum", &date.nl())])}</strong>" "
                            <button type="button" class="link-button" on:click=move |_| casus.update(|c| c.follow_up.evaluation = Some(date))>
                                {s.take_proposal.as_str()}
                            </button>
                        </p>
                        <Uncertain uncertain=p.uncertain.map(String::from)/>
                        <Disclosure class="more" summary=s.proposal_why.as_str()>
                            <p>{p.text.as_str()}</p>
                            <Sources sources=p.sources.to_vec()/>
                        </Disclosure>
                    </div>
                }
            }}
            </div>
            <div class="follow-row agenda">
                <button type="button" class="secondary" id="zet-in-agenda" aria-describedby="agenda-uitleg" on:click=download>{s.agenda_button.as_str()}</button>
                <p class="hint" id="agenda-uitleg">{s.agenda_hint.as_str()}</p>
            </div>
            <p role="status" class="small">{move || agenda_msg.get()}</p>
            <EvaluationQuestion/>
        </section>
    }
}

/// Afwegingsvraag 5 asked again at the evaluation, with the earlier answers beside it.
#[component]
fn EvaluationQuestion() -> impl IntoView {
    let casus = AppState::current().casus;
    let cat = catalogue();
    let s = &cat.followup.screen;
    let question = cat
        .safety
        .afwegingsvragen
        .iter()
        .find(|q| q.field == SafetyField::HelpResults);
    let answer = RwSignal::new(None::<Answer>);
    let note = RwSignal::new(String::new());
    let msg = RwSignal::new(None::<String>);
    let record = move |_| {
        let Some(a) = answer.get_untracked() else {
            msg.set(Some(s.record_needs_answer.to_string()));
            return;
        };
        let text = note.get_untracked();
        casus.update(|c| record_evaluation(c, today(), a, &text));
        answer.set(None);
        note.set(String::new());
        msg.set(Some(s.recorded.to_string()));
    };
    // Only at an evaluation: one click away, so the plan itself stays short (issue 13).
    view! {
        <Disclosure class="more evaluation" summary=s.question_heading.as_str()>
        <p>{s.question_intro.as_str()}</p>
        <div class="card earlier-answers">
            <h3 id="eerder-kop">{s.earlier_heading.as_str()}</h3>
            <ul aria-labelledby="eerder-kop" id="eerdere-antwoorden">
                {move || casus.with(earlier_answers).into_iter().map(|e| view! {
                    <li>
                        <strong>{e.when(s)}": "</strong>{Answer::text(e.answer)}
                        {(!e.note.is_empty()).then(|| format!(". {}", e.note))}
                    </li>
                }).collect_view()}
            </ul>
        </div>
        {question.map(|q| view! {
            <AnswerRadios
                name="evaluatie-vraag-5"
                legend=format!("{}. {}", q.number, q.text)
                hint=q.hint
                value=Signal::derive(move || answer.get())
                on_change=Callback::new(move |a: Answer| answer.set(Some(a)))
            />
        })}
        <TextField
            multiline=true
            id="evaluatie-toelichting"
            label=s.note_label
            hint=s.note_hint
            value=Signal::derive(move || note.get())
            on_change=Callback::new(move |v: String| note.set(v))
        />
        <button type="button" id="leg-evaluatie-vast" on:click=record>{s.record_button.as_str()}</button>
        <p role="status" class="small">{move || msg.get()}</p>
        </Disclosure>
    }
}
