//! The start page. Its first part is the static markup of index.html itself (shown, not
//! re-rendered), so the app takes over the painted page without a flash or a layout shift.

use super::app::{set_title, AppState};
use crate::model::{Casus, Role};
use leptos::prelude::*;
use leptos_router::components::A;

thread_local! {
    static START_PAGES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static STATIC_HERO: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Shows or hides the static start screen of index.html (`#start-hero`). On the start page it
/// is the very element the browser painted first (re-rendering the same text would count as a
/// new, later paint for LCP); elsewhere it is taken out of the page and kept for the way back.
pub fn show_static_hero(show: bool) {
    let in_page = document().get_element_by_id("start-hero");
    match (show, in_page) {
        (false, Some(hero)) => {
            hero.remove();
            STATIC_HERO.with(|h| *h.borrow_mut() = Some(hero));
        }
        (true, None) => {
            let kept = STATIC_HERO.with(|h| h.borrow_mut().take());
            let app = document().get_element_by_id("app");
            if let (Some(hero), Some(app)) = (kept, app) {
                let _ = app.before_with_node_1(&hero);
            }
        }
        _ => {}
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    set_title("Start");
    let state = expect_context::<AppState>();
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
    let has_content = move || {
        state.casus.with(|c| {
            let mut without_role = c.clone();
            without_role.role = None;
            without_role != Casus::new()
        })
    };
    view! {
        <section aria-labelledby="begin-kop">
            <h2 id="begin-kop">"Beginnen"</h2>
            <super::widgets::Radios
                name="start-rol"
                legend="Wat is uw rol?"
                hint="Uw rol bepaalt welke stappen de nadruk krijgen. U kunt dit later wijzigen."
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
                <A href=super::app::href("/casus") attr:class="button">
                    {move || if has_content() { "Verder met deze casus" } else { "Start een nieuwe casus" }}
                </A>
                {move || has_content().then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| super::persist::new_case(state)>
                        "Nieuwe lege casus"
                    </button>
                })}
            </div>
        </section>
        <section aria-labelledby="bewaard-start-kop">
            <h2 id="bewaard-start-kop">"Bewaarde casussen"</h2>
            <super::data_page::CaseList/>
            <p><A href=super::app::href("/over")>"Over Thuiswijzer: bronnen, datum en grenzen"</A></p>
        </section>
    }
}
