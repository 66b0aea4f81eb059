//! The start page. Its first part is the static markup of index.html itself (moved, not
//! re-rendered), so the app takes over the painted page without a flash or a layout shift.

use super::app::{set_title, AppState};
use crate::domain::casus::{Casus, Role};
use leptos::prelude::*;
use leptos_router::components::A;

thread_local! {
    /// The static first screen of index.html (`#start-hero`), kept across route changes.
    static STATIC_HERO: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Takes the static first screen out of the page before the app mounts, to reuse it on the
/// start page: re-rendering the same text would count as a new, later paint (LCP).
pub fn keep_static_hero(root: &web_sys::Element) {
    if let Ok(Some(hero)) = root.query_selector("#start-hero") {
        hero.remove();
        STATIC_HERO.with(|h| *h.borrow_mut() = Some(hero));
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    set_title("Start");
    let state = expect_context::<AppState>();
    let hero_slot = NodeRef::<leptos::html::Div>::new();
    hero_slot.on_load(|slot| {
        let hero = STATIC_HERO.with(|h| h.borrow().clone());
        match hero {
            // The very element the browser painted first, moved in place.
            Some(hero) => {
                let _ = slot.append_child(&hero);
            }
            // No static screen (component tests): the heading only.
            None => slot.set_inner_html(r#"<h1 tabindex="-1">Thuiswijzer</h1>"#),
        }
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
        <div class="start-hero-slot" node_ref=hero_slot></div>
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
                <A href="/casus" attr:class="button">
                    {move || if has_content() { "Verder met deze casus" } else { "Start een nieuwe casus" }}
                </A>
                <button type="button" class="secondary" on:click=move |_| super::persist::new_case(state)>
                    "Nieuwe lege casus"
                </button>
            </div>
        </section>
        <section aria-labelledby="bewaard-start-kop">
            <h2 id="bewaard-start-kop">"Bewaarde casussen"</h2>
            <super::data_page::CaseList/>
            <p><A href="/over">"Over Thuiswijzer: bronnen, datum en grenzen"</A></p>
        </section>
    }
}
