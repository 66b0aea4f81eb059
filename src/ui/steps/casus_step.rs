//! Step 1: the case without identifiers: age and concern first (what a short route needs), then
//! label, role, school, where the child lives now, household, brothers and sisters.

use crate::app::state::AppState;
use crate::model::{Age, HouseholdMember, Residence, RiskSource, Role, SchoolType, Sibling};
use crate::rules::input::{age, AGE_MONTHS, AGE_YEARS, SIBLING_AGE, SIBLING_COUNT, SIBLING_MONTHS};
use crate::ui::widgets::form::{Check, Radios, TextField};
use leptos::prelude::*;

fn school_key(s: SchoolType) -> String {
    format!("{s:?}").to_lowercase()
}

#[component]
pub fn CasusStep() -> impl IntoView {
    let state = AppState::current();
    let casus = state.casus;
    let t = &crate::content::catalogue().screens.casus;

    // Raw text of the number fields: what the user typed stays visible even when invalid.
    let years_raw = RwSignal::new(casus.with_untracked(|c| years_text(c.age)));
    let months_raw = RwSignal::new(casus.with_untracked(|c| months_text(c.age)));
    let years = Memo::new(move |_| AGE_YEARS.parse(&years_raw.get()));
    let months = Memo::new(move |_| AGE_MONTHS.parse(&months_raw.get()));
    follow(
        move || casus.with(|c| c.age),
        move || match (years.get_untracked(), months.get_untracked()) {
            (Ok(y), Ok(m)) => Some(age(y, m)),
            _ => None,
        },
        move |a| {
            years_raw.set(years_text(*a));
            months_raw.set(months_text(*a));
        },
    );
    let sib_raw = RwSignal::new(casus.with_untracked(|c| count_text(c.siblings.len())));
    let sib_count = Memo::new(move |_| SIBLING_COUNT.parse(&sib_raw.get()));
    follow(
        move || casus.with(|c| c.siblings.len()),
        move || {
            sib_count
                .get_untracked()
                .ok()
                .map(|n| usize::from(n.unwrap_or(0)))
        },
        move |n| sib_raw.set(count_text(*n)),
    );
    // Only the number of rows re-renders the age fields, not every change of the case.
    let sibling_rows = Memo::new(move |_| casus.with(|c| c.siblings.len()));

    // Write valid ages into the case; keep the last valid value while the input is invalid.
    Effect::new(move |_| {
        if let (Ok(y), Ok(m)) = (years.get(), months.get()) {
            // Only a different age changes the case (not the first run on mounting).
            let a = age(y, m);
            casus.maybe_update(|c| std::mem::replace(&mut c.age, a) != a);
        }
    });
    Effect::new(move |_| {
        if let Ok(n) = sib_count.get() {
            let n = usize::from(n.unwrap_or(0));
            casus.maybe_update(|c| {
                let changed = c.siblings.len() != n;
                c.siblings.resize(n, Sibling::default());
                changed
            });
        }
    });

    let errors = Memo::new(move |_| {
        let mut e: Vec<(&'static str, String)> = Vec::new();
        if let Err(m) = years.get() {
            e.push(("leeftijd-jaren", m));
        }
        if let Err(m) = months.get() {
            e.push(("leeftijd-maanden", m));
        }
        if let Err(m) = sib_count.get() {
            e.push(("broers-zussen", m));
        }
        e
    });

    view! {
        <ErrorSummary errors=errors/>
        // The intro first: the static first screen of this route ends with it (tests/static_routes.rs).
        <p>{t.intro.as_str()}</p>
        <crate::ui::widgets::cases::KeepToggle/>
        <fieldset class="field" aria-describedby="leeftijd-hint">
            <legend>{t.age.as_str()}</legend>
            <span class="hint" id="leeftijd-hint">{t.age_hint.as_str()}</span>
            <div class="age-inputs">
                <NumberInput id="leeftijd-jaren" label=t.years.as_str() raw=years_raw error=Signal::derive(move || years.get().err())/>
                <NumberInput id="leeftijd-maanden" label=t.months.as_str() raw=months_raw error=Signal::derive(move || months.get().err())/>
            </div>
        </fieldset>
        // What a short route needs comes first: the age is the second stop after the heading
        // (after the keep choice), the concern right after it.
        <TextField
            multiline=true
            id="zorg"
            label=t.concern.as_str()
            hint=t.concern_hint.as_str()
            value=Signal::derive(move || casus.with(|c| c.concern.clone()))
            on_change=Callback::new(move |v: String| casus.update(|c| c.concern = v))
        />
        // Then the label and the role (chosen on the start page, shown here).
        <TextField
            id="casus-label"
            label=t.label.as_str()
            hint=t.label_hint.as_str()
            value=Signal::derive(move || casus.with(|c| c.label.clone()))
            on_change=Callback::new(move |v: String| casus.update(|c| c.label = v))
        />
        <RoleField/>
        <Radios
            name="school"
            legend=t.school.as_str()
            options=SchoolType::ALL.iter().map(|s| (school_key(*s), s.label().to_string())).collect()
            selected=Signal::derive(move || casus.with(|c| c.school.map(school_key)))
            on_change=Callback::new(move |k: String| {
                let s = SchoolType::ALL.into_iter().find(|s| school_key(*s) == k);
                casus.update(|c| c.school = s)
            })
        />
        <Radios
            name="woont"
            legend=crate::content::catalogue().return_home.screen.lives_legend
            hint=crate::content::catalogue().return_home.screen.lives_hint
            options=Residence::ALL.iter().map(|r| (r.key().to_string(), r.choice().to_string())).collect()
            selected=Signal::derive(move || casus.with(|c| c.lives.map(|r| r.key().to_string())))
            on_change=Callback::new(move |k: String| casus.update(|c| c.lives = Residence::from_key(&k)))
        />
        <fieldset class="field">
            <legend>{t.household.as_str()}</legend>
            <div class="choices">
                {HouseholdMember::ALL
                    .into_iter()
                    .map(|m| {
                        view! {
                            <Check
                                id=format!("thuis-{}", format!("{m:?}").to_lowercase())
                                label=m.label()
                                checked=Signal::derive(move || casus.with(|c| c.household.contains(&m)))
                                on_change=Callback::new(move |on: bool| casus.update(|c| {
                                    if on { c.household.insert(m); } else { c.household.remove(&m); }
                                }))
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        <div class="field">
            <NumberInput id="broers-zussen" label=t.siblings.as_str() raw=sib_raw error=Signal::derive(move || sib_count.get().err())/>
            {move || {
                (0..sibling_rows.get())
                    .map(|i| {
                        let sibling_age = move || casus.with(|c| c.siblings.get(i).and_then(|s| s.age));
                        let raw = RwSignal::new(untrack(|| years_text(sibling_age())));
                        let parsed = Memo::new(move |_| SIBLING_AGE.parse(&raw.get()));
                        let mraw = RwSignal::new(untrack(|| sibling_months_text(sibling_age())));
                        let mparsed = Memo::new(move |_| SIBLING_MONTHS.parse(&mraw.get()));
                        follow(
                            sibling_age,
                            move || match (parsed.get_untracked(), mparsed.get_untracked()) {
                                (Ok(y), Ok(m)) => Some(y.map(|years| Age { years, months: m.unwrap_or(0) })),
                                _ => None,
                            },
                            move |a| {
                                raw.set(years_text(*a));
                                mraw.set(sibling_months_text(*a));
                            },
                        );
                        Effect::new(move |_| {
                            if let (Ok(y), Ok(m)) = (parsed.get(), mparsed.get()) {
                                let a = y.map(|years| Age { years, months: m.unwrap_or(0) });
                                casus.maybe_update(|c| c.siblings.get_mut(i).is_some_and(|s| std::mem::replace(&mut s.age, a) != a));
                            }
                        });
                        let risk_options: Vec<(String, String)> = std::iter::once(("geen".to_string(), RiskSource::NONE_LABEL.to_string()))
                            .chain(RiskSource::ALL.iter().map(|r| (r.key().to_string(), r.label().to_string())))
                            .collect();
                        view! {
                            <NumberInput
                                id=format!("broer-zus-{}", i + 1)
                                label=t.sibling_age.fill(&[&(i + 1)])
                                raw
                                error=Signal::derive(move || parsed.get().err())
                            />
                            <NumberInput
                                id=format!("broer-zus-{}-maanden", i + 1)
                                label=t.sibling_months.fill(&[&(i + 1)])
                                raw=mraw
                                error=Signal::derive(move || mparsed.get().err())
                            />
                            <Radios
                                name=format!("broer-zus-{}-risico", i + 1)
                                legend=t.sibling_risk.fill(&[&(i + 1), &RiskSource::QUESTION])
                                hint=RiskSource::HINT
                                options=risk_options
                                selected=Signal::derive(move || casus.with(|c| c.siblings.get(i).map(|s| s.at_risk_from.map_or("geen", |r| r.key()).to_string())))
                                on_change=Callback::new(move |k: String| casus.update(|c| if let Some(s) = c.siblings.get_mut(i) {
                                    s.at_risk_from = RiskSource::ALL.into_iter().find(|r| r.key() == k);
                                }))
                            />
                        }
                    })
                    .collect_view()
            }}
        </div>
        <TextField
                multiline=true
            id="notities"
            label=t.notes.as_str()
            value=Signal::derive(move || casus.with(|c| c.notes.clone()))
            on_change=Callback::new(move |v: String| casus.update(|c| c.notes = v))
        />
    }
}

/// The years of an age as the field shows them ("" for none).
fn years_text(age: Option<Age>) -> String {
    age.map(|a| a.years.to_string()).unwrap_or_default()
}

/// The months of the child's age as the field shows them ("" for none).
fn months_text(age: Option<Age>) -> String {
    age.map(|a| a.months.to_string()).unwrap_or_default()
}

/// A brother's or sister's months as the field shows them (none for 0).
fn sibling_months_text(age: Option<Age>) -> String {
    age.filter(|a| a.months > 0)
        .map(|a| a.months.to_string())
        .unwrap_or_default()
}

/// The number of brothers and sisters as the field shows it ("" for none).
fn count_text(n: usize) -> String {
    if n == 0 {
        String::new()
    } else {
        n.to_string()
    }
}

/// Keeps a number field in step with the case: when `value` (read from the case) changes to
/// something other than what the field's text stands for (`typed`, none while invalid), the
/// text is set from the case (`fill`). So a case opened, another tab's version taken, or a
/// case that changed while this body was built ahead shows its own numbers; what the user
/// types, valid or not, stays (it changes the case only to what it stands for).
fn follow<T: PartialEq + Send + Sync + 'static>(
    value: impl Fn() -> T + Send + Sync + 'static,
    typed: impl Fn() -> Option<T> + Send + Sync + 'static,
    fill: impl Fn(&T) + Send + Sync + 'static,
) {
    Effect::watch(
        value,
        move |v, _, _| {
            if typed().as_ref() != Some(v) {
                fill(v);
            }
        },
        false,
    );
}

/// The role. It is asked on the start page, where choosing it starts the case; here it is
/// shown with a control to change it, and asked only while it is missing (a deep link).
#[component]
fn RoleField() -> impl IntoView {
    let casus = AppState::current().casus;
    let t = &crate::content::catalogue().screens.casus;
    // Asked while the role is missing; once the user chose here, the radio buttons stay until
    // the user leaves the step (no focus is lost when a choice is made). A role chosen
    // elsewhere (the start page, while this body was built ahead) is shown, not asked.
    let editing = RwSignal::new(false);
    let role = Memo::new(move |_| casus.with(|c| c.role));
    let asking = Memo::new(move |_| role.get().is_none() || editing.get());
    // The radio buttons are built when first asked and then only hidden: the click on a role
    // on the start page, which fills in the body built ahead, does not take them down.
    let asked = Memo::new(move |before: Option<&bool>| before == Some(&true) || asking.get());
    view! {
        <p class="field role-shown" hidden=move || asking.get()>
            {t.role.as_str()}": "<strong>{move || role.get().map(|r| r.label())}</strong>" "
            <button
                type="button"
                class="link-button"
                on:click=move |_| {
                    editing.set(true);
                    crate::app::page::focus_after_paint("input[name='rol']:checked");
                }
            >
                {t.role_change.as_str()}
            </button>
        </p>
        {move || asked.get().then(|| view! {
            <div hidden=move || !asking.get()>
                <Radios
                    name="rol"
                    legend=t.role.as_str()
                    options=Role::ALL.iter().map(|r| (r.key().to_string(), r.label().to_string())).collect()
                    selected=Signal::derive(move || role.get().map(|r| r.key().to_string()))
                    on_change=Callback::new(move |k: String| {
                        editing.set(true);
                        casus.update(|c| c.role = Role::from_key(&k))
                    })
                />
            </div>
        })}
    }
}

/// A short number input whose raw text is kept, with its own error message.
#[component]
fn NumberInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    raw: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let err_id = format!("{id}-fout");
    let err_id2 = err_id.clone();
    view! {
        <div class=move || if error.get().is_some() { "field-error" } else { "" }>
            <label for=id.clone()>{label}</label>
            {move || error.get().map(|e| view! { <span class="error-message" id=err_id.clone()>{e}</span> })}
            <input
                type="text"
                inputmode="numeric"
                id=id.clone()
                name=id
                autocomplete="off"
                class="short"
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| err_id2.clone())
                prop:value=move || raw.get()
                on:input=move |ev| raw.set(event_target_value(&ev))
            />
        </div>
    }
}

/// The error summary at the top of a step: each error links to its field (WCAG 3.3.1).
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<(&'static str, String)>>) -> impl IntoView {
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="card danger error-summary" role="alert" aria-labelledby="fouten-kop">
                    <h2 id="fouten-kop">{crate::content::catalogue().screens.casus.errors_heading.as_str()}</h2>
                    <ul>
                        {list
                            .into_iter()
                            .map(|(field, msg)| view! { <li><crate::ui::widgets::form::FragmentLink target=field>{msg}</crate::ui::widgets::form::FragmentLink></li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
