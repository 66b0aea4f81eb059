//! The list of saved cases, and the views of stored data in the persistence chunk `tw_store` of the release build (with
//! the code that reads and writes storage, `app::storage`): the table of saved cases, the lock
//! screen's form, the banner that seals cases kept open before. Each shows only when
//! something is stored, which the app has read (so the chunk is there, and a view resolves at
//! once); a fresh profile never loads them. Without `--cfg thuiswijzer_split` they are plain
//! `async` functions.

use crate::app::state::AppState;
use crate::content::catalogue;
use crate::ui::widgets::case_table::CaseTable;
use crate::ui::widgets::keep::SealOpenCases;
use crate::ui::widgets::unlock::UnlockScreen;
use leptos::prelude::*;

/// The list of saved cases with open and delete (with confirmation): the table comes with the
/// persistence chunk (below), which is there whenever a case is saved.
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
            case_table().into_any()
        } else {
            view! { <p>{t.none_saved.as_str()}</p> }.into_any()
        }
    }
}

/// Declares one `async fn name() -> AnyView` per view, in the chunk `tw_store`.
macro_rules! stored_views {
    ($( $name:ident => $body:expr; )*) => {
        $(
            #[cfg(thuiswijzer_split)]
            #[::leptos::wasm_split::wasm_split(tw_store, wasm_split_path = ::leptos::wasm_split)]
            fn $name() -> AnyView {
                $body
            }
            #[cfg(not(thuiswijzer_split))]
            async fn $name() -> AnyView {
                $body
            }
        )*
    };
}

stored_views! {
    case_table_view => view! { <CaseTable/> }.into_any();
    unlock_view => view! { <UnlockScreen/> }.into_any();
    seal_open_cases_view => view! { <SealOpenCases/> }.into_any();
}

/// Shows what `body` resolves to (at once when the chunk is loaded).
fn lazy(body: impl std::future::Future<Output = AnyView> + 'static) -> impl IntoView {
    // The browser has one thread: the wrapper only satisfies Leptos's `Send` bound.
    Suspend::new(send_wrapper::SendWrapper::new(body))
}

/// The table of saved cases (`case_table`).
pub fn case_table() -> impl IntoView {
    lazy(case_table_view())
}

/// The lock screen's content (`unlock`).
pub fn unlock_screen() -> impl IntoView {
    lazy(unlock_view())
}

/// The banner for cases kept open before (`keep::SealOpenCases`).
pub fn seal_open_cases() -> impl IntoView {
    lazy(seal_open_cases_view())
}
