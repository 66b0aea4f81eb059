//! The start page. Its first part is the static markup of index.html itself (shown, not
//! re-rendered), so the app takes over the painted page without a flash or a layout shift.

use crate::app::actions::new_case;
use crate::app::page::{set_title, show_static_hero};
use crate::app::routing::href;
use crate::app::state::AppState;
use crate::model::Role;
use crate::ui::widgets::cases::CaseList;
use crate::ui::widgets::form::Radios;
use leptos::prelude::*;
use leptos_router::components::A;

thread_local! {
    static START_PAGES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

#[component]
pub fn StartPage() -> impl IntoView {
    let t = &crate::content::catalogue().screens;
    set_title(&t.start.title);
    let state = AppState::current();
    // Counted, so a new start page that renders before the old one is cleaned up keeps it shown.
    START_PAGES.with(|n| n.set(n.get() + 1));
    show_static_hero(true);
    on_cleanup(|| {
        let left = START_PAGES.with(|n| {
            n.set(n.get().saturating_sub(1));
            n.get()
        });
        show_static_hero(left > 0);
    });
    let role = Signal::derive(move || state.casus.with(|c| c.role.map(|r| r.key().to_string())));
    // The role alone is not a case yet.
    let has_content = move || state.casus.with(|c| !c.is_empty());
    view! {
        <section aria-labelledby="begin-kop">
            <h2 id="begin-kop">{t.start.heading.as_str()}</h2>
            <Radios
                name="start-rol"
                legend=t.start.role_legend.as_str()
                hint=t.start.role_hint.as_str()
                options=Role::ALL
                    .iter()
                    .map(|r| (r.key().to_string(), r.label().to_string()))
                    .collect()
                selected=role
                on_change=Callback::new(move |k: String| {
                    state.casus.update(|c| c.role = Role::from_key(&k))
                })
            />
            <div class="actions">
                <A href=href("/casus") attr:class="button">
                    {move || if has_content() { t.start.continue_case.as_str() } else { t.start.start_case.as_str() }}
                </A>
                {move || has_content().then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| new_case(state)>
                        {t.common.new_case.as_str()}
                    </button>
                })}
            </div>
        </section>
        <section aria-labelledby="bewaard-start-kop">
            <h2 id="bewaard-start-kop">{t.start.saved_heading.as_str()}</h2>
            <CaseList/>
            <p><A href=href("/over")>{t.start.about_link.as_str()}</A></p>
        </section>
    }
}
