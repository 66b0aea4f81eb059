//! Step 3: safety. Acute danger first, then the meldcode steps and the five afwegingsvragen.
//! The weighing itself is `domain::safety::weigh`; this file only shows and edits.

use crate::app::state::AppState;
use crate::content::{catalogue, SafetyField, SafetyQuestion, Str};
use crate::model::{Answer, RoleGroup, StepStatus};
use crate::rules::criteria::{safety_answer, set_safety_answer};
use crate::rules::safety::{definition_for, Outcome};
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::form::{AnswerRadios, Check, Radios};
use crate::ui::widgets::sources::{Sources, TermList, Uncertain};
use leptos::prelude::*;

/// The call to action for acute danger: 112 and Veilig Thuis, shown on every step while the
/// weighing points at acute danger, above the step heading. On the safety step, where the
/// answers that raise it are given, it is `sticky`: it stays at the top of the viewport
/// wherever the user is, compact (the numbers first, the explanation one click away), and it
/// never takes the focus (`role="alert"` announces it).
#[component]
pub fn AcuteAlert(#[prop(optional)] sticky: bool) -> impl IntoView {
    let assessment = AppState::current().assessment;
    let cat = catalogue();
    let t = &cat.screens.safety;
    // What the alert shows, as one value: it changes when a contact is added (112 with a
    // ticked indicator of direct danger), not only when the route becomes acute.
    let shown = Memo::new(move |_| {
        assessment.with(|a| {
            let w = &a.weighing;
            (w.outcome == Outcome::AcuutGevaar).then(|| (w.text, w.contacts.clone()))
        })
    });
    let class = if sticky {
        "card acute-alert sticky"
    } else {
        "card acute-alert"
    };
    move || {
        shown.get().map(|(text, contacts)| {
            let list = contacts.iter().map(|ct| view! {
                <li>
                    <strong>{ct.name.as_str()}</strong>": "
                    <a class="phone" href=format!("tel:{}", ct.phone.replace('-', ""))>{ct.phone.as_str()}</a>
                    " ("{ct.when.as_str()}")."{(!sticky).then(|| format!(" {}", ct.text))}
                </li>
            }).collect_view();
            view! {
                <section class=class role="alert" aria-labelledby="acuut-kop" id="acuut">
                    <h2 id="acuut-kop">{t.acute_heading.as_str()}</h2>
                    {(!sticky).then(|| view! { <p>{text}</p> })}
                    <ul class="contacts">{list}</ul>
                    {if sticky {
                        view! {
                            // A plain `<details>`, not a `Disclosure`: this alert is in the
                            // first load (the shell shows it), where a `Disclosure` here cost
                            // 1.5 KB brotli for three nodes.
                            <details class="more">
                                <summary>{t.acute_more.as_str()}</summary>
                                <p>{text}</p>
                                <ul>{contacts.iter().map(|ct| view! { <li>{ct.text.as_str()}</li> }).collect_view()}</ul>
                                <p class="small">{cat.safety.notes.acute.as_str()}</p>
                            </details>
                        }
                        .into_any()
                    } else {
                        view! { <p class="small">{cat.safety.notes.acute.as_str()}</p> }.into_any()
                    }}
                </section>
            }
        })
    }
}

/// A question of the safety step from the content (the build checks that each is there).
fn question(field: SafetyField) -> Option<&'static SafetyQuestion> {
    catalogue()
        .safety
        .questions
        .iter()
        .find(|q| q.field == field)
}

#[component]
pub fn SafetyStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let assessment = AppState::current().assessment;
    let cat = catalogue();
    let t = &cat.screens.safety;
    let group = Memo::new(move |_| casus.with(|c| c.role.map(|r| r.group())));
    let contacts = AppState::current().contacts;
    // The outcome in parts, each a memo of its own: an answer that changes one part (the
    // reasons, say) updates only that part of the page, and next steps that stay keep their
    // elements (a list keyed by the step and its own contacts, all that an item shows).
    let outcome = Memo::new(move |_| assessment.with(|a| a.weighing.outcome));
    let headline = Memo::new(move |_| assessment.with(|a| a.weighing.headline));
    let text = Memo::new(move |_| assessment.with(|a| a.weighing.text));
    let reasons = Memo::new(move |_| {
        assessment.with(|a| {
            a.weighing
                .reasons
                .iter()
                .map(|r| r.text.clone())
                .collect::<Vec<_>>()
        })
    });
    let next_steps = Memo::new(move |_| {
        assessment.with(|a| {
            contacts.with(|saved| {
                a.weighing
                    .next_steps
                    .iter()
                    .map(|&n| {
                        let own: Vec<String> = crate::rules::contacts::for_step(n, saved)
                            .into_iter()
                            .map(|k| crate::rules::contacts::line(k, &cat.followup.kaart))
                            .collect();
                        (n, own)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let has_reasons = Memo::new(move |_| reasons.with(|r| !r.is_empty()));
    let has_next = Memo::new(move |_| next_steps.with(|n| !n.is_empty()));

    let child_routes = Memo::new(move |_| {
        assessment.with(|a| {
            a.child_routes
                .iter()
                .map(|r| {
                    let steps: Vec<(String, Vec<Str>)> = r
                        .steps
                        .iter()
                        .map(|n| (n.text.to_string(), n.sources.to_vec()))
                        .collect();
                    (r.headline.clone(), r.reason.clone(), steps)
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <p>{t.intro.as_str()}</p>
        // The five meldcode steps, one click away: what each asks of the user in their role,
        // its sources and where the user stands (optional; open when a status is recorded).
        <div class="side-answers">
            <Disclosure class="more meldcode-more" open=casus.with_untracked(|c| !c.safety.steps.is_empty()) summary=t.steps_more.as_str()>
                {cat.safety.meldcode_steps.iter().map(|st| {
                    let n = st.number;
                    let role_text = move || match group.get() {
                        Some(RoleGroup::School) => Some(st.school),
                        Some(RoleGroup::Huisartsenpraktijk) => Some(st.huisartsenpraktijk),
                        Some(RoleGroup::LokaalTeam) => Some(st.lokaal_team),
                        None => None,
                    };
                    view! {
                        <div class="meldcode-step">
                            <Radios
                                name=format!("meldcode-stap-{n}")
                                legend=t.step.fill(&[&n, &st.title])
                                options=StepStatus::ALL.iter().map(|s| (s.key().to_string(), s.choice().to_string())).collect()
                                selected=Signal::derive(move || casus.with(|c| c.safety.steps.get(&n).map(|s| s.key().to_string())))
                                on_change=Callback::new(move |k: String| {
                                    if let Some(s) = StepStatus::from_key(&k) {
                                        casus.update(|c| { c.safety.steps.insert(n, s); })
                                    }
                                })
                                inline=true
                                more=None
                            />
                            <p>{st.text.as_str()}</p>
                            {move || role_text().filter(|t| !t.is_empty()).map(|t| view! { <p class="card info">{t.as_str()}</p> })}
                            <Sources sources=st.sources.to_vec()/>
                        </div>
                    }
                }).collect_view()}
            </Disclosure>
        </div>

        <section class="side-answers" aria-labelledby="direct-kop">
            <h2 id="direct-kop">{t.danger_heading.as_str()}</h2>
            <fieldset class="field">
                <legend>{t.danger_legend.as_str()}</legend>
                <div class="choices">
                    {cat.safety.acute_indicators.iter().map(|ind| {
                        let id = ind.id;
                        let id2 = ind.id;
                        view! {
                            <Check
                                id=format!("acuut-{}", ind.id)
                                label=ind.text
                                checked=Signal::derive(move || casus.with(|c| c.safety.acute.contains(id.as_str())))
                                on_change=Callback::new(move |on: bool| casus.update(|c| {
                                    if on { c.safety.acute.insert(id2.to_string()); } else { c.safety.acute.remove(id2.as_str()); }
                                }))
                            />
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            {question(SafetyField::Disclosure).map(|q| view! {
                <AnswerRadios
                    name="onthulling"
                    legend=q.text
                    hint=q.hint
                    more=None
                    value=Signal::derive(move || casus.with(|c| c.safety.disclosure))
                    on_change=Callback::new(move |a: Answer| casus.update(|c| c.safety.disclosure = Some(a)))
                />
            })}
        </section>

        <section class="side-answers" aria-labelledby="afweging-kop">
            <h2 id="afweging-kop">{t.weighing_heading.as_str()}</h2>
            <p>{t.weighing_intro.as_str()}</p>
            {cat.safety.afwegingsvragen.iter().map(|q| {
                let field = q.field;
                // After "nee" on question 1 the afweging is closed: a question that no longer
                // counts is not asked (`rules::safety::asked`).
                // 2a and 2b: the definition the professional weighs against, one click away
                // where they answer.
                let more = definition_for(field, cat).map(|d| view! {
                    <Disclosure class="more" summary=cat.screens.sources.term_help.fill(&[&d.term])>
                        <p>{d.text.as_str()}</p>
                        <Sources sources=d.sources.to_vec()/>
                    </Disclosure>
                }.into_any());
                // Rendered once and hidden while not asked, so answering never replaces the
                // controls (focus stays where it is).
                view! {
                    <div hidden=move || assessment.with(|a| a.weighing.not_asked.contains(&field))>
                        <AnswerRadios
                            name=format!("afweging-{}", q.number)
                            legend=t.question.fill(&[&q.number, &q.text])
                            hint=q.hint
                            more
                            value=Signal::derive(move || casus.with(|c| safety_answer(c, field)))
                            on_change=Callback::new(move |a: Answer| casus.update(|c| set_safety_answer(c, field, Some(a))))
                        />
                    </div>
                }
            }).collect_view()}
            // The afwegingsvragen not asked after "nee" on question 1, as "2a, 3, 4 en 5".
            {move || assessment.with(|a| {
                let list = &a.weighing.not_asked;
                (!list.is_empty()).then(|| view! { <p class="hint not-needed">{t.not_needed.fill(&[&crate::rules::safety::numbers(list, cat)])}</p> })
            })}
            {move || (outcome.get() == Outcome::Meldnorm).then(|| question(SafetyField::TellingFamilyUnsafe)).flatten().map(|q| view! {
                <AnswerRadios
                    name="gezin-inlichten-onveilig"
                    legend=q.text
                    hint=q.hint
                    more=None
                    value=Signal::derive(move || casus.with(|c| safety_answer(c, SafetyField::TellingFamilyUnsafe)))
                    on_change=Callback::new(move |a: Answer| casus.update(|c| set_safety_answer(c, SafetyField::TellingFamilyUnsafe, Some(a))))
                />
            })}
        </section>

        <section class="card weighing" aria-labelledby="uitkomst-kop" aria-live="polite">
            <h2 id="uitkomst-kop">{t.outcome_heading.as_str()}</h2>
            <p><strong>{move || headline.get()}</strong></p>
            <p>{move || text.get()}</p>
            {move || has_reasons.get().then(|| view! {
                <Disclosure class="more why" summary=t.why.as_str()>
                    <ul>{move || reasons.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                </Disclosure>
            })}
            {move || has_next.get().then(|| view! {
                <h3>{t.next_steps.as_str()}</h3>
                <ul>
                    <For
                        each=move || next_steps.get()
                        key=|(n, own)| (std::ptr::from_ref(*n) as usize, own.clone())
                        children=|(n, own)| view! {
                            <li>
                                {n.text.as_str()}
                                {(!own.is_empty()).then(|| view! {
                                    <ul class="own-contacts">{own.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                })}
                                <Uncertain uncertain=n.uncertain.map(String::from)/><Sources sources=n.sources.to_vec()/>
                            </li>
                        }
                    />
                </ul>
            })}
            <p class="small">{cat.safety.notes.weighing.as_str()}</p>
        </section>
        // Every child counts: a brother or sister at risk from someone in the household.
        {move || {
            let routes = child_routes.get();
            (!routes.is_empty()).then(|| view! {
                <section class="card weighing" aria-label=crate::content::catalogue().screens.report.other_children.as_str()>
                    {routes.into_iter().map(|(headline, reason, steps)| view! {
                        <h3>{headline}</h3>
                        <p>{reason}</p>
                        <ul>
                            {steps.into_iter().map(|(t, s)| view! { <li>{t}<Sources sources=s/></li> }).collect_view()}
                        </ul>
                    }).collect_view()}
                </section>
            })
        }}
        <TermList ids=&["meldcode", "meldnorm", "veilig_thuis", "kindcheck"]/>
    }
}
