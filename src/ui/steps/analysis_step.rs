//! Step 4: preparing the verklarende analyse. A GP or teacher prepares and hands over; a local
//! team completes it with the family.

use crate::app::state::AppState;
use crate::content::catalogue;
use crate::model::Answer;
use crate::rules::analysis::{completeness, fields_for_case, prepares_for_handover};
use crate::rules::conversation::{analysis_shared, child_words_for, parents_words, Reader};
use crate::summary::{child_part, parents_part, Audience};
use crate::ui::widgets::form::{AnswerRadios, TextField};
use crate::ui::widgets::sources::{Sources, TermHelp, Uncertain};
use crate::ui::widgets::waiting::memo_when_shown;
use leptos::prelude::*;

#[component]
pub fn AnalysisStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let cat = catalogue();
    let handover = Memo::new(move |_| {
        casus.with(|c| {
            c.role
                .map(|r| prepares_for_handover(r.group()))
                .unwrap_or(true)
        })
    });
    let progress = Memo::new(move |_| {
        casus.with(|c| {
            let x = completeness(c, cat);
            (x.filled, x.total)
        })
    });
    let fields = Memo::new(move |_| {
        casus.with(|c| {
            fields_for_case(c, cat)
                .into_iter()
                .map(|f| f.id)
                .collect::<Vec<_>>()
        })
    });

    // What the parents and the child said in the talk (step "Gesprek"), beside the fields.
    // Waiting ahead of Gesprek, not written again on every key typed there; shown, it catches
    // up.
    let talk = memo_when_shown(move || {
        casus.with(|c| {
            let parents = parents_words(c)
                .into_iter()
                .map(|(p, t)| (parents_part(p).to_string(), t.to_string()));
            let child = child_words_for(c, Reader::Professional)
                .into_iter()
                .map(|(p, t)| {
                    (
                        child_part(p, Audience::Professional).to_string(),
                        format!("„{t}”"),
                    )
                });
            parents.chain(child).collect::<Vec<_>>()
        })
    });
    let shared = Memo::new(move |_| casus.with(analysis_shared));
    let scr = &cat.conversation.screen;
    let t = &cat.screens.analysis;

    view! {
        <p>{t.intro.as_str()}" "<TermHelp id="verklarende_analyse"/></p>
        {move || if handover.get() {
            view! { <p class="card info">{t.handover.as_str()}</p> }.into_any()
        } else {
            view! { <p class="card info">{t.together.as_str()}</p> }.into_any()
        }}
        <details class="more">
            <summary>{t.thinking_aid_label.as_str()}</summary>
            <p>{t.thinking_aid.as_str()}</p>
        </details>
        {move || {
            let items = talk.get();
            (!items.is_empty()).then(|| view! {
                <section class="card info" aria-labelledby="uit-gesprek">
                    <h2 id="uit-gesprek">{scr.in_analysis.as_str()}</h2>
                    <dl>
                        {items.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    </dl>
                </section>
            })
        }}
        <TextField
            multiline=true
            id="analyse-zorg".to_string()
            label=cat.analysis.concern.label
            hint=cat.analysis.concern.hint
            value=Signal::derive(move || casus.with(|c| c.concern.clone()))
            on_change=Callback::new(move |v: String| casus.update(|c| c.concern = v))
        />
        <Sources sources=cat.analysis.concern.sources.to_vec()/>
        <p class="muted" aria-live="polite">{move || { let (filled, total) = progress.get(); t.progress.fill(&[&filled, &total]) }}</p>
        // Two columns where the screen is wide enough, three from 1200 px, where the fields take
        // more than the text width (style: .analysis-fields, .wide-list); one on a phone.
        <div class="analysis-fields wide-list">
        {move || fields.get().into_iter().filter_map(|id| cat.analysis.fields.iter().find(|f| f.id == id)).map(|f| {
            let id = f.id;
            let id2 = f.id;
            view! {
                <div class="analysis-field">
                    <TextField
                        multiline=true
                        id=format!("analyse-{}", f.id)
                        label=f.label
                        hint=f.hint
                        value=Signal::derive(move || casus.with(|c| c.analysis.get(id.as_str()).cloned().unwrap_or_default()))
                        on_change=Callback::new(move |v: String| casus.update(|c| {
                            if v.trim().is_empty() { c.analysis.remove(id2.as_str()); } else { c.analysis.insert(id2.to_string(), v); }
                        }))
                    />
                    <Uncertain uncertain=f.uncertain.map(String::from)/>
                    <Sources sources=f.sources.to_vec()/>
                </div>
            }
        }).collect_view()}
        </div>
        // The answers beside the question on a wide screen (style: .side-answers).
        <div class="side-answers">
        <AnswerRadios
            name="analyse-gedeeld"
            legend=t.shared.as_str()
            hint=t.shared_hint.as_str()
            value=Signal::derive(move || shared.get().0)
            on_change=Callback::new(move |a: Answer| casus.update(|c| c.analysis_shared = Some(a)))
        />
        </div>
        {move || shared.get().1.then(|| view! { <p class="small muted derived">{scr.derived_shared.as_str()}</p> })}
    }
}
