//! Messages and the cross-tab conflict, at the top of every page.

use crate::app::actions;
use crate::app::lock::open_cases_kept;
use crate::app::routing::href;
use crate::app::state::AppState;
use crate::store::Stored;
use crate::ui::widgets::keep::SealOpenCases;
use leptos::prelude::*;
use leptos_router::components::A;

/// Notices from the app, the conflict with another tab, a waiting update, unreadable data.
#[component]
pub fn Notices() -> impl IntoView {
    let state = AppState::current();
    let t = &crate::content::catalogue().screens.notices;
    let open_kept = Memo::new(move |_| open_cases_kept(state));
    view! {
        {move || state.notice.get().map(|m| view! {
            <div class="card info notice" role="status">
                <p>{m}</p>
                <button type="button" class="link-button" on:click=move |_| state.notice.set(None)>{t.close.as_str()}</button>
            </div>
        })}
        {move || state.conflict.get().then(|| view! {
            <div class="card warning" role="alert">
                <p><strong>{t.conflict.as_str()}</strong>" "{t.conflict_text.as_str()}</p>
                <button type="button" on:click=move |_| actions::resolve_conflict(state, true)>{t.conflict_load.as_str()}</button>
                " "
                <button type="button" class="secondary" on:click=move |_| actions::resolve_conflict(state, false)>{t.conflict_keep.as_str()}</button>
            </div>
        })}
        {move || state.update_ready.get().then(|| view! {
            <div class="card info" role="status">
                <p>{t.update_ready.as_str()}</p>
                <button type="button" on:click=move |_| crate::app::service_worker::take_update()>{t.update_now.as_str()}</button>
            </div>
        })}
        {move || open_kept.get().then(|| view! { <SealOpenCases/> })}
        {move || state.stored.with(|s| matches!(s, Stored::Unreadable { .. })).then(|| view! {
            <p class="card danger">{t.unreadable.as_str()}" "<A href=href("/gegevens")>{t.unreadable_link.as_str()}</A>"."</p>
        })}
    }
}
