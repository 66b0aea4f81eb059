//! The saved cases: the list with open and delete and what is due or overdue, the switch "Bewaar op dit apparaat",
//! "Alles wissen", and what to do when the stored data cannot be read.

use crate::app::actions;
use crate::app::clock::{local_date_nl, today};
use crate::app::state::{AppState, LockState};
use crate::content::catalogue;
use crate::rules::followup::most_urgent;
use crate::store::{self, Stored};
use crate::ui::widgets::keep::{AskFor, PassphraseAsk};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The list of saved cases with open and delete (with confirmation).
#[component]
pub fn CaseList() -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().screens.cases;
    let cancel = catalogue().screens.common.cancel.as_str();
    let confirm = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let followup = &crate::content::catalogue().followup.screen;
    // The saved cases as held in memory (shared, not copied).
    let cases = move || state.stored.with(|s| s.envelope());
    view! {
        {move || {
            let Some(list) = cases().filter(|e| !e.cases.is_empty()) else {
                return view! { <p>{t.none_saved.as_str()}</p> }.into_any();
            };
            let navigate = navigate.clone();
            let day = today();
            view! {
                <table class="case-list">
                    <thead><tr>
                        <th scope="col">{t.column_case.as_str()}</th><th scope="col">{t.column_saved.as_str()}</th>
                        <th scope="col">{t.column_expires.as_str()}</th><th scope="col">{followup.due_column.as_str()}</th>
                        <th scope="col"><span class="visually-hidden">{t.column_actions.as_str()}</span></th>
                    </tr></thead>
                    <tbody>
                        {list.cases.iter().map(|c| {
                            let label = if c.casus.label.trim().is_empty() { t.no_label.to_string() } else { c.casus.label.clone() };
                            let id_open = c.id.clone();
                            let id_del = c.id.clone();
                            let id_yes = c.id.clone();
                            let id_show = c.id.clone();
                            let is_open = state.case_id.with(|cur| cur.as_deref() == Some(c.id.as_str()));
                            let navigate = navigate.clone();
                            // Few nodes per row (fifty rows are built at once): the buttons name
                            // their case in their accessible name, the follow-up state is the
                            // cell's own class.
                            let open_name = format!("{} {label}", t.open);
                            let (due_class, due_text) = match most_urgent(&c.casus, day) {
                                Some(item) => (item.state.class(), item.text(followup)),
                                None => ("muted", followup.due_nothing.to_string()),
                            };
                            view! {
                                <tr>
                                    <td><bdi>{label.clone()}</bdi>{is_open.then(|| view! { <span class="tag">{t.open_tag.as_str()}</span> })}</td>
                                    <td>{local_date_nl(c.saved_at_ms)}</td>
                                    <td>{local_date_nl(c.expires_at_ms())}</td>
                                    <td class=format!("due-cell {due_class}")>{due_text}</td>
                                    <td class="row-actions">
                                        <button type="button" class="secondary" aria-label=open_name on:click=move |_| {
                                            actions::open_saved(state, &id_open);
                                            navigate("/casus", Default::default());
                                        }>{t.open.as_str()}</button>
                                        " "
                                        {move || if confirm.get().as_deref() == Some(id_show.as_str()) {
                                            let id_yes = id_yes.clone();
                                            view! {
                                                <span role="group" aria-label=t.confirm_label.as_str()>
                                                    {t.confirm_question.as_str()}" "
                                                    <button type="button" class="danger-button" on:click=move |_| { actions::delete_saved(state, &id_yes); confirm.set(None); }>{t.confirm_delete.as_str()}</button>
                                                    " "
                                                    <button type="button" class="secondary" on:click=move |_| confirm.set(None)>{cancel}</button>
                                                </span>
                                            }.into_any()
                                        } else {
                                            let id_del = id_del.clone();
                                            view! {
                                                <button type="button" class="secondary" aria-label=format!("{} {label}", t.delete) on:click=move |_| confirm.set(Some(id_del.clone()))>
                                                    {t.delete.as_str()}
                                                </button>
                                            }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

/// The switch "Bewaar op dit apparaat" for the open case.
#[component]
pub fn KeepToggle() -> impl IntoView {
    let state = AppState::current();
    let saved = move || state.case_id.with(|id| id.is_some());
    // Keeping needs the lock: without it, the passphrase is asked first.
    let asking = RwSignal::new(false);
    let t = &catalogue().privacy.screen;
    let words = &catalogue().screens.cases;
    let days = move || {
        state.stored.with(|s| {
            s.settings()
                .map(|e| e.expiry_days)
                .unwrap_or(crate::formats::settings::DEFAULT_EXPIRY_DAYS)
        })
    };
    view! {
        <div class="keep-toggle">
            <div class="choice">
                <input
                    type="checkbox"
                    id="bewaar-op-apparaat"
                    prop:checked=move || saved() || asking.get()
                    aria-describedby="bewaar-uitleg"
                    on:change=move |ev| {
                        if !event_target_checked(&ev) {
                            asking.set(false);
                            actions::forget_on_device(state);
                        } else if state.lock.get_untracked() == LockState::Open {
                            actions::keep_on_device(state);
                        } else {
                            asking.set(true);
                        }
                    }
                />
                <label for="bewaar-op-apparaat">{words.keep.as_str()}</label>
            </div>
            <p class="hint" id="bewaar-uitleg">
                {move || if saved() && state.save_failed.get() {
                    words.keep_failed.to_string()
                } else if saved() {
                    words.kept.fill(&[&days()])
                } else {
                    words.not_kept.to_string()
                }}
            </p>
            {move || (asking.get() && !saved()).then(|| view! {
                <div class="card info" role="group" aria-labelledby="bewaar-slot-uitleg">
                    <p id="bewaar-slot-uitleg">{t.keep_intro.as_str()}</p>
                    <PassphraseAsk for_what=AskFor::Keep asking/>
                </div>
            })}
        </div>
    }
}

/// "Alles wissen", asked once more in the page before it happens.
#[component]
pub fn WipeAll(question: &'static str, question_id: &'static str) -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().screens;
    let confirm = RwSignal::new(false);
    move || {
        if confirm.get() {
            view! {
                <div class="card danger" role="group" aria-labelledby=question_id>
                    <p id=question_id><strong>{question}</strong></p>
                    <button type="button" class="danger-button" on:click=move |_| { actions::wipe_all(state); confirm.set(false); }>{t.cases.wipe_yes.as_str()}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirm.set(false)>{t.common.cancel.as_str()}</button>
                </div>
            }
            .into_any()
        } else {
            view! { <button type="button" class="danger-button" on:click=move |_| confirm.set(true)>{t.cases.wipe.as_str()}</button> }.into_any()
        }
    }
}

/// When the stored data cannot be read: say so, keep it, offer it as a file, and let the user
/// set it aside to start saving again.
#[component]
pub fn UnreadableStore() -> impl IntoView {
    let state = AppState::current();
    move || {
        state.stored.with(|s| match s {
            Stored::Unreadable { error, raw } => {
                let t = &catalogue().screens.cases;
                let raw = raw.clone();
                let msg = error.message();
                Some(view! {
                    <section class="card danger" role="alert" aria-labelledby="onleesbaar-kop" id="onleesbaar">
                        <h2 id="onleesbaar-kop">{t.unreadable_heading.as_str()}</h2>
                        <p>{msg}</p>
                        <p>{t.unreadable_text.as_str()}</p>
                        <button type="button" class="secondary" on:click=move |_| store::download(&t.unreadable_file, &raw, "text/plain")>{t.unreadable_download.as_str()}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| {
                            match store::set_unreadable_aside().map_err(String::from) {
                                Ok(_) => { state.stored.set(store::stored_now()); state.notice.set(Some(t.unreadable_aside_done.to_string())); }
                                Err(m) => state.notice.set(Some(m)),
                            }
                        }>{t.unreadable_aside.as_str()}</button>
                    </section>
                })
            }
            _ => None,
        })
    }
}
