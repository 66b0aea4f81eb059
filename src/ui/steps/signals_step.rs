//! Step 2: observable signals by life domain and age band, each with who saw it and when.

use crate::app::state::AppState;
use crate::content::{catalogue, DomainGroup, Signal as SignalDef, SignalDomain};
use crate::model::{Observer, RecordedSignal, RoleGroup, When};
use crate::rules::signal_columns::columns;
use crate::rules::signals::{by_domain_for, kindcheck_applies};
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::form::{Radios, TextField};
use crate::ui::widgets::sources::TermHelp;
use leptos::prelude::*;

fn group_title(g: DomainGroup) -> &'static str {
    let t = &catalogue().screens.signals;
    match g {
        DomainGroup::Kind => t.group_child.as_str(),
        DomainGroup::Ouders => t.group_parents.as_str(),
        DomainGroup::Leefomstandigheden => t.group_living.as_str(),
    }
}

#[component]
pub fn SignalsStep() -> impl IntoView {
    let state = AppState::current();
    let casus = state.casus;
    let cat = catalogue();
    let t = &cat.screens.signals;
    let band = Memo::new(move |_| casus.with(|c| c.age.map(|a| a.band())));
    let kindcheck = Memo::new(move |_| casus.with(|c| kindcheck_applies(c, cat)));
    // A memo, so the kindcheck card is not built again on every tick.
    let is_gp = Memo::new(move |_| {
        casus.with(|c| c.role.map(|r| r.group()) == Some(RoleGroup::Huisartsenpraktijk))
    });
    // Each catalogue signal's record as a signal of its own, set only when that record
    // changes: a tick or a note notifies the one signal it is about, not a memo of every
    // signal over the whole list (with 200 recorded signals, ~130 memos on every tick). The
    // record is `Casus::signal`'s, the first of an id, which is the one every edit changes.
    let records: Vec<(&'static str, RwSignal<Option<RecordedSignal>>)> =
        casus.with_untracked(|c| {
            cat.signals
                .signals
                .iter()
                .map(|s| (s.id.as_str(), RwSignal::new(c.signal(&s.id).cloned())))
                .collect()
        });
    let slots = records.clone();
    Effect::new(move |_| {
        casus.with(|c| {
            for (id, slot) in &slots {
                let now = c.signal(id);
                if slot.with_untracked(|r| r.as_ref() != now) {
                    slot.set(now.cloned());
                }
            }
        })
    });
    let records = StoredValue::new(records);
    let record_of = move |id: &str| {
        records.with_value(|rs| {
            rs.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, r)| r.read_only())
        })
    };
    let count = Memo::new(move |_| casus.with(|c| c.signals.len()));

    view! {
        <p>{t.intro.as_str()}</p>
        {move || band.get().is_none().then(|| view! {
            <p class="card warning">{t.no_age.as_str()}</p>
        })}
        <p class="muted" aria-live="polite">
            {move || match count.get() {
                1 => t.count_one.to_string(),
                n => t.count.fill(&[&n]),
            }}
        </p>
        {move || kindcheck.get().then(|| view! {
            <div class="card info">
                <h2>{t.kindcheck_heading.as_str()}</h2>
                <p>{t.kindcheck_text.as_str()}</p>
                {move || is_gp.get().then(|| view! { <p>{t.kindcheck_gp.as_str()}</p> })}
                <TermHelp id="kindcheck"/>
            </div>
        })}
        // The groups, each with its domains in columns (style: .signal-lists, .wide-list): the runs of
        // `signal_columns::columns` stand side by side on a wide screen; narrower, the domains
        // flow two by two or in one column.
        <div class="signal-lists wide-list">
        {move || {
            let groups = by_domain_for(band.get(), cat);
            [DomainGroup::Kind, DomainGroup::Ouders, DomainGroup::Leefomstandigheden]
                .into_iter()
                .map(|g| {
                    let domains: Vec<_> = groups.iter().filter(|(d, _)| d.group == g).cloned().collect();
                    let runs = columns(&domains, 3);
                    view! {
                        <section class="signal-section">
                            <h2>{group_title(g)}</h2>
                            {runs
                                .into_iter()
                                .map(|run| {
                                    view! {
                                        <div class="signal-column">
                                            {domains[run].iter().cloned().map(|d| domain_view(d, record_of)).collect_view()}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()
        }}
        </div>
    }
}

/// One life domain: its label and its signals.
fn domain_view(
    (d, list): (&'static SignalDomain, Vec<&'static SignalDef>),
    record_of: impl Fn(&str) -> Option<ReadSignal<Option<RecordedSignal>>>,
) -> impl IntoView {
    view! {
        <fieldset class="field signal-group">
            <legend>{d.label.as_str()}</legend>
            <div class="choices">
                {list
                    .into_iter()
                    .filter_map(|s| record_of(&s.id).map(|current| view! { <SignalItem signal=s current/> }))
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn SignalItem(
    signal: &'static SignalDef,
    current: ReadSignal<Option<RecordedSignal>>,
) -> impl IntoView {
    let casus = AppState::current().casus;
    let t = &catalogue().screens.signals;
    let id = signal.id.as_str();
    let checked = Memo::new(move |_| current.with(Option::is_some));
    let input_id = format!("signaal-{id}");
    let record = move |f: &dyn Fn(&mut RecordedSignal)| {
        casus.update(|c| {
            if let Some(r) = c.signals.iter_mut().find(|r| r.id == id) {
                f(r)
            }
        })
    };
    view! {
        <div class="signal">
            <div class="choice">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    prop:checked=move || checked.get()
                    aria-controls=format!("{input_id}-detail")
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        casus.update(|c| {
                            if on {
                                if !c.has_signal(id) {
                                    c.signals.push(RecordedSignal::new(id));
                                }
                            } else {
                                c.signals.retain(|r| r.id != id);
                            }
                        })
                    }
                />
                <label for=input_id.clone()>
                    {signal.text.as_str()}
                    {signal.kindcheck.then(|| view! { <span class="tag">{t.kindcheck_tag.as_str()}</span> })}
                </label>
            </div>
            <div id=format!("{input_id}-detail")>
                {move || checked.get().then(|| {
                    view! {
                        <div class="signal-detail">
                            <Radios
                                name=format!("{id}-wie")
                                legend=t.who.as_str()
                                options=Observer::ALL.iter().map(|o| (o.key().to_string(), o.choice().to_string())).collect()
                                selected=Signal::derive(move || current.with(|r| r.as_ref().and_then(|r| r.observer).map(|o| o.key().to_string())))
                                on_change=Callback::new(move |k: String| {
                                    if let Some(o) = Observer::from_key(&k) {
                                        record(&|r| r.observer = Some(o))
                                    }
                                })
                                inline=true
                            />
                            <Radios
                                name=format!("{id}-wanneer")
                                legend=t.when.as_str()
                                options=When::ALL.iter().map(|w| (w.key().to_string(), w.choice().to_string())).collect()
                                selected=Signal::derive(move || current.with(|r| r.as_ref().and_then(|r| r.when).map(|w| w.key().to_string())))
                                on_change=Callback::new(move |k: String| {
                                    if let Some(w) = When::from_key(&k) {
                                        record(&|r| r.when = Some(w))
                                    }
                                })
                                inline=true
                            />
                            // The note is optional: one click away, open once it holds text. Built
                            // when opened: its textarea cost ~10 ms of a tick (4× CPU).
                            <Disclosure
                                class="more note compact-fields"
                                open=current.with_untracked(|r| r.as_ref().is_some_and(|r| !r.note.is_empty()))
                                summary=t.note_more.as_str()
                            >
                                <TextField
                                    multiline=true
                                    id=format!("{id}-notitie")
                                    label=t.note.as_str()
                                    hint=t.note_hint.as_str()
                                    value=Signal::derive(move || current.with(|r| r.as_ref().map(|r| r.note.clone()).unwrap_or_default()))
                                    on_change=Callback::new(move |v: String| record(&|r| r.note = v.clone()))
                                />
                            </Disclosure>
                            {signal.uncertain.map(|u| view! { <p class="uncertain">{catalogue().screens.sources.uncertain.as_str()}" " {u.as_str()}</p> })}
                        </div>
                    }
                })}
            </div>
        </div>
    }
}
