//! Step 2: observable signals by life domain and age band, each with who saw it and when.

use crate::app::state::AppState;
use crate::content::{catalogue, DomainGroup, Signal as SignalDef};
use crate::model::{Observer, RecordedSignal, RoleGroup, When};
use crate::rules::signals::{by_domain_for, kindcheck_applies};
use crate::ui::widgets::form::{Radios, TextField};
use crate::ui::widgets::sources::TermHelp;
use leptos::prelude::*;

const OBSERVERS: [(Observer, &str, &str); 4] = [
    (Observer::Zelf, "zelf", "Zelf gezien of gehoord"),
    (Observer::KindVertelde, "kind", "Het kind vertelde het"),
    (Observer::OuderVertelde, "ouder", "Een ouder vertelde het"),
    (Observer::Anders, "anders", "Iemand anders"),
];

const WHENS: [(When, &str, &str); 5] = [
    (When::Vandaag, "vandaag", "Vandaag"),
    (When::DezeWeek, "week", "Deze week"),
    (When::DezeMaand, "maand", "Deze maand"),
    (When::LangerGeleden, "eerder", "Langer geleden"),
    (When::Herhaaldelijk, "vaker", "Herhaaldelijk"),
];

fn group_title(g: DomainGroup) -> &'static str {
    match g {
        DomainGroup::Kind => "Het kind",
        DomainGroup::Ouders => "De ouders of opvoeders",
        DomainGroup::Leefomstandigheden => "Leefomstandigheden",
    }
}

#[component]
pub fn SignalsStep() -> impl IntoView {
    let state = AppState::current();
    let casus = state.casus;
    let cat = catalogue();
    let band = Memo::new(move |_| casus.with(|c| c.age.map(|a| a.band())));
    let kindcheck = Memo::new(move |_| casus.with(|c| kindcheck_applies(c, cat)));
    let is_gp =
        move || casus.with(|c| c.role.map(|r| r.group()) == Some(RoleGroup::Huisartsenpraktijk));
    let count = move || casus.with(|c| c.signals.len());

    view! {
        <p>
            "Kruis aan wat u zelf ziet of hoort, of wat u verteld is. Schrijf feiten op, geen oordelen. Eén signaal zegt weinig; het gaat om het geheel en de context."
        </p>
        {move || band.get().is_none().then(|| view! {
            <p class="card warning">"U heeft nog geen leeftijd ingevuld. Daarom ziet u alle signalen. Met een leeftijd ziet u de signalen die bij die leeftijd horen."</p>
        })}
        <p class="muted" aria-live="polite">{move || format!("{} signalen aangekruist.", count())}</p>
        {move || kindcheck.get().then(|| view! {
            <div class="card info">
                <h2>"De kindcheck is van toepassing"</h2>
                <p>
                    "U heeft een signaal bij een ouder aangekruist dat vraagt om de kindcheck: zijn er kinderen die van deze ouder afhankelijk zijn, en zijn zij veilig? Noteer het aantal kinderen en hun leeftijd."
                </p>
                {is_gp().then(|| view! { <p>"Voor huisartsen staat de kindcheck in stap 1 van de KNMG-meldcode."</p> })}
                <TermHelp id="kindcheck"/>
            </div>
        })}
        {move || {
            let groups = by_domain_for(band.get(), cat);
            [DomainGroup::Kind, DomainGroup::Ouders, DomainGroup::Leefomstandigheden]
                .into_iter()
                .map(|g| {
                    let domains: Vec<_> = groups.iter().filter(|(d, _)| d.group == g).cloned().collect();
                    view! {
                        <section class="signal-section">
                            <h2>{group_title(g)}</h2>
                            {domains
                                .into_iter()
                                .map(|(d, list)| {
                                    view! {
                                        <fieldset class="field signal-group">
                                            <legend>{d.label.clone()}</legend>
                                            <div class="choices">
                                                {list.into_iter().map(|s| view! { <SignalItem signal=s/> }).collect_view()}
                                            </div>
                                        </fieldset>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()
        }}
    }
}

#[component]
fn SignalItem(signal: &'static SignalDef) -> impl IntoView {
    let casus = AppState::current().casus;
    let id = signal.id.as_str();
    let checked = Memo::new(move |_| casus.with(|c| c.has_signal(id)));
    let input_id = format!("signaal-{id}");
    let record = move |f: &dyn Fn(&mut RecordedSignal)| {
        casus.update(|c| {
            if let Some(r) = c.signals.iter_mut().find(|r| r.id == id) {
                f(r)
            }
        })
    };
    let current = move || casus.with(|c| c.signals.iter().find(|r| r.id == id).cloned());
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
                    {signal.text.clone()}
                    {signal.kindcheck.then(|| view! { <span class="tag">"kindcheck"</span> })}
                </label>
            </div>
            <div id=format!("{input_id}-detail")>
                {move || checked.get().then(|| {
                    view! {
                        <div class="signal-detail">
                            <Radios
                                name=format!("{id}-wie")
                                legend="Wie zag of hoorde het?"
                                options=OBSERVERS.iter().map(|(_, k, l)| (k.to_string(), l.to_string())).collect()
                                selected=Signal::derive(move || current().and_then(|r| OBSERVERS.iter().find(|(o, _, _)| Some(*o) == r.observer).map(|(_, k, _)| k.to_string())))
                                on_change=Callback::new(move |k: String| {
                                    if let Some((o, _, _)) = OBSERVERS.iter().find(|(_, key, _)| *key == k) {
                                        record(&|r| r.observer = Some(*o))
                                    }
                                })
                                inline=true
                            />
                            <Radios
                                name=format!("{id}-wanneer")
                                legend="Wanneer?"
                                options=WHENS.iter().map(|(_, k, l)| (k.to_string(), l.to_string())).collect()
                                selected=Signal::derive(move || current().and_then(|r| WHENS.iter().find(|(w, _, _)| Some(*w) == r.when).map(|(_, k, _)| k.to_string())))
                                on_change=Callback::new(move |k: String| {
                                    if let Some((w, _, _)) = WHENS.iter().find(|(_, key, _)| *key == k) {
                                        record(&|r| r.when = Some(*w))
                                    }
                                })
                                inline=true
                            />
                            <TextField
                multiline=true
                                id=format!("{id}-notitie")
                                label="Wat zag of hoorde u precies? (niet verplicht)"
                                hint="Feitelijk: wat, waar, wanneer. Zonder namen."
                                value=Signal::derive(move || current().map(|r| r.note).unwrap_or_default())
                                on_change=Callback::new(move |v: String| record(&|r| r.note = v.clone()))
                            />
                            {signal.uncertain.clone().map(|u| view! { <p class="uncertain">"Onzeker: " {u}</p> })}
                        </div>
                    }
                })}
            </div>
        </div>
    }
}
