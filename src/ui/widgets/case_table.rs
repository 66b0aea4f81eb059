//! The table of the saved cases (open, delete, what is due); `stored::CaseList` shows it
//! whenever a case is saved.

use crate::app::actions;
use crate::app::clock::local_date_nl;
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::model::Date;
use crate::rules::flow::Step;
use crate::rules::followup::most_urgent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// What one row shows. A row is built again only when this changes (a save changes the
/// saved case's row, not the other forty-nine).
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    label: String,
    saved_at_ms: u64,
    expires_at_ms: u64,
    due_class: &'static str,
    due_text: String,
    open: bool,
}

/// The table of the saved cases with open and delete (with confirmation), and what is due or
/// overdue per case; no rows while no case is saved (`widgets::stored` then shows one line).
/// `confirm` is the case whose deletion is being confirmed; `day` is today, which what is due
/// is counted from (the table is kept, so the day is set again each time it is shown).
#[component]
pub fn CaseTable(confirm: RwSignal<Option<String>>, day: RwSignal<Date>) -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().screens.cases;
    let cancel = catalogue().screens.common.cancel.as_str();
    let navigate = use_navigate();
    let followup = &crate::content::catalogue().followup.screen;
    let rows = Memo::new(move |_| {
        let day = day.get();
        let open = state.case_id.get();
        state.stored.with(|s| {
            s.envelope()
                .map(|e| {
                    e.cases
                        .iter()
                        .map(|c| {
                            let (due_class, due_text) = match most_urgent(&c.casus, day) {
                                Some(item) => (item.state.class(), item.text(followup)),
                                None => ("muted", followup.due_nothing.to_string()),
                            };
                            Row {
                                id: c.id.clone(),
                                label: if c.casus.label.trim().is_empty() {
                                    t.no_label.to_string()
                                } else {
                                    c.casus.label.clone()
                                },
                                saved_at_ms: c.saved_at_ms,
                                expires_at_ms: c.expires_at_ms(),
                                due_class,
                                due_text,
                                open: open.as_deref() == Some(c.id.as_str()),
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let row = move |r: Row| {
        let Row { id, label, .. } = r;
        let navigate = navigate.clone();
        let id_open = id.clone();
        // Few nodes per row (fifty rows are built at once): the buttons name their case in
        // their accessible name, the follow-up state is the cell's own class. On a narrow
        // screen each row is a block and each cell shows its column's name (`data-label`,
        // `table.stack` in style/main.css); the explicit roles keep the table's semantics
        // there, which WebKit drops when a table's display changes.
        let open_name = format!("{} {label}", t.open);
        let delete_name = format!("{} {label}", t.delete);
        view! {
            <tr role="row">
                <td role="cell"><bdi>{label}</bdi>{r.open.then(|| view! { <span class="tag">{t.open_tag.as_str()}</span> })}</td>
                <td role="cell" data-label=t.column_saved.as_str()>{local_date_nl(r.saved_at_ms)}</td>
                <td role="cell" data-label=t.column_expires.as_str()>{local_date_nl(r.expires_at_ms)}</td>
                <td role="cell" data-label=followup.due_column.as_str() class=format!("due-cell {}", r.due_class)>{r.due_text}</td>
                <td role="cell" class="row-actions">
                    <button type="button" class="secondary" aria-label=open_name on:click=move |_| {
                        actions::open_saved(state, &id_open);
                        navigate(&Step::Casus.path(), Default::default());
                    }>{t.open.as_str()}</button>
                    " "
                    {move || if confirm.get().as_deref() == Some(id.as_str()) {
                        let id = id.clone();
                        view! {
                            <span role="group" aria-label=t.confirm_label.as_str()>
                                {t.confirm_question.as_str()}" "
                                <button type="button" class="danger-button" on:click=move |_| { actions::delete_saved(state, &id); confirm.set(None); }>{t.confirm_delete.as_str()}</button>
                                " "
                                <button type="button" class="secondary" on:click=move |_| confirm.set(None)>{cancel}</button>
                            </span>
                        }.into_any()
                    } else {
                        let id = id.clone();
                        view! {
                            <button type="button" class="secondary" aria-label=delete_name.clone() on:click=move |_| confirm.set(Some(id.clone()))>
                                {t.delete.as_str()}
                            </button>
                        }.into_any()
                    }}
                </td>
            </tr>
        }
    };
    view! {
        <table class="case-list stack" role="table">
            <thead role="rowgroup"><tr role="row">
                <th role="columnheader" scope="col">{t.column_case.as_str()}</th><th role="columnheader" scope="col">{t.column_saved.as_str()}</th>
                <th role="columnheader" scope="col">{t.column_expires.as_str()}</th><th role="columnheader" scope="col">{followup.due_column.as_str()}</th>
                <th role="columnheader" scope="col"><span class="visually-hidden">{t.column_actions.as_str()}</span></th>
            </tr></thead>
            <tbody role="rowgroup">
                <For each=move || rows.get() key=|r| r.clone() children=row/>
            </tbody>
        </table>
    }
}
