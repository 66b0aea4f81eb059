//! The list of saved cases on the start page and the data page: the table of saved cases
//! (`case_table`) when any is saved, else one line.

use crate::app::state::AppState;
use crate::content::catalogue;
use crate::ui::widgets::case_table::CaseTable;
use leptos::prelude::*;

/// The list of saved cases with open and delete (with confirmation), or "none saved".
#[component]
pub fn CaseList() -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().screens.cases;
    let any = Memo::new(move |_| {
        state
            .stored
            .with(|s| s.envelope().is_some_and(|e| !e.cases.is_empty()))
    });
    move || {
        if any.get() {
            view! { <CaseTable/> }.into_any()
        } else {
            view! { <p>{t.none_saved.as_str()}</p> }.into_any()
        }
    }
}
