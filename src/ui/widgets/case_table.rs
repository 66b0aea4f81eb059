//! The table of the saved cases (open, delete, what is due); `stored::CaseList` shows it
//! whenever a case is saved.

use crate::app::actions;
use crate::app::clock::{local_date_nl, today};
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::rules::followup::most_urgent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The table of the saved cases with open and delete (with confirmation), and what is due or
/// overdue per case; nothing while no case is saved (`widgets::stored`).
#[component]
pub fn CaseTable() -> impl IntoView {
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
                return ().into_any();
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
