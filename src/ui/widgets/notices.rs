//! Messages and the cross-tab conflict, at the top of every page.

use crate::app::actions;
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
    view! {
        {move || state.notice.get().map(|m| view! {
            <div class="card info notice" role="status">
                <p>{m}</p>
                <button type="button" class="link-button" on:click=move |_| state.notice.set(None)>"Sluit melding"</button>
            </div>
        })}
        {move || state.conflict.get().then(|| view! {
            <div class="card warning" role="alert">
                <p><strong>"Deze casus is in een ander tabblad gewijzigd."</strong>" Thuiswijzer bewaart uw wijzigingen hier pas als u kiest."</p>
                <button type="button" on:click=move |_| actions::resolve_conflict(state, true)>"Laad de versie uit het andere tabblad"</button>
                " "
                <button type="button" class="secondary" on:click=move |_| actions::resolve_conflict(state, false)>"Bewaar de versie van dit tabblad"</button>
            </div>
        })}
        {move || state.update_ready.get().then(|| view! {
            <div class="card info" role="status">
                <p>"Er is een nieuwe versie van Thuiswijzer. Uw casus blijft staan als u bijwerkt."</p>
                <button type="button" on:click=move |_| crate::app::service_worker::take_update()>"Nu bijwerken"</button>
            </div>
        })}
        <SealOpenCases/>
        {move || state.stored.with(|s| matches!(s, Stored::Unreadable { .. })).then(|| view! {
            <p class="card danger">"De bewaarde gegevens zijn niet te lezen. "<A href=href("/gegevens")>"Bekijk wat u kunt doen"</A>"."</p>
        })}
    }
}
