//! The start page. Its first part is the static markup of index.html itself (shown, not
//! re-rendered), so the app takes over the painted page without a flash or a layout shift.

use crate::app::actions::new_case;
use crate::app::page::{after_paint, set_title, show_static_hero};
use crate::app::routing::href;
use crate::app::state::AppState;
use crate::model::Role;
use crate::rules::flow::Step;
use crate::ui::widgets::keeper;
use crate::ui::widgets::stored::CaseList;
use leptos::prelude::*;
use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
use leptos_router::components::A;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static START_PAGES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

#[component]
pub fn StartPage(
    /// Opens a step at once, the URL following after the paint (the shell's `open_step`).
    open: Callback<Step>,
) -> impl IntoView {
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
    // The content is built under an owner of its own, in a holder (`display: contents`), and
    // disposed of after the next paint when the page goes: dropping it was some 10 ms of the
    // click on a role (4× CPU, profiled), which now only takes the holder off the page.
    let owner = keeper::child().or_else(|| Owner::current().map(|o| o.child()));
    let built: Rc<RefCell<Option<(Owner, AnyViewState)>>> = Rc::default();
    if let Some(owner) = owner {
        let view = owner.with(|| content(state, open).into_any().build());
        *built.borrow_mut() = Some((owner, view));
    }
    let gone = send_wrapper::SendWrapper::new(Rc::clone(&built));
    on_cleanup(move || {
        if let Some((owner, view)) = gone.take().borrow_mut().take() {
            after_paint(move || {
                drop(view);
                owner.cleanup();
            });
        }
    });
    let put = move |el: web_sys::Element| {
        if let Some((_, view)) = built.borrow_mut().as_mut() {
            view.mount(&el, None);
        }
    };
    view! { <div class="start-page" use:put></div> }
}

/// The start page's content: the role buttons (or, for a case begun, continue or start anew)
/// and the saved cases.
fn content(state: AppState, open: Callback<Step>) -> impl IntoView {
    let t = &crate::content::catalogue().screens;
    // The role alone is not a case yet. (A memo: choosing a role changes the case, and the
    // role buttons are not built again for it.)
    let has_content = Memo::new(move |_| state.casus.with(|c| !c.is_empty()));
    // The role is asked here, once: choosing it starts the case (one click, not two). The
    // Casus step shows it with a control to change it, and asks it only when it is missing.
    let start_as = move |role: Role| {
        state.casus.update(|c| c.role = Some(role));
        open.run(Step::Casus);
    };
    view! {
        <section aria-labelledby="begin-kop">
            <h2 id="begin-kop">{t.start.heading.as_str()}</h2>
            <p>{t.start.route.as_str()}</p>
            {move || if has_content.get() {
                view! {
                    <div class="actions">
                        <A href=href(&Step::Casus.path()) attr:class="button">{t.start.continue_case.as_str()}</A>
                        <button type="button" class="secondary" on:click=move |_| new_case(state)>
                            {t.common.new_case.as_str()}
                        </button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <fieldset class="field role-start" aria-describedby="start-rol-hint">
                        <legend>{t.start.role_legend.as_str()}</legend>
                        <span class="hint" id="start-rol-hint">{t.start.role_hint.as_str()}</span>
                        <div class="actions">
                            {Role::ALL
                                .into_iter()
                                .map(|r| {
                                    // A button has no default action: marking the click as
                                    // handled lets the router's window listener stop at once,
                                    // instead of looking through the click's path for a link.
                                    view! {
                                        <button type="button" id=format!("start-rol-{}", r.key()) on:click=move |ev| {
                                            ev.prevent_default();
                                            start_as(r)
                                        }>
                                            {r.label()}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                }
                .into_any()
            }}
        </section>
        <section aria-labelledby="bewaard-start-kop">
            <h2 id="bewaard-start-kop">{t.start.saved_heading.as_str()}</h2>
            <CaseList/>
            <p><A href=href("/over")>{t.start.about_link.as_str()}</A></p>
        </section>
    }
}
