//! The shell: the router with its routes, and the frame around every step. The only part of
//! `ui` that knows every page (pages never import each other).

use crate::app::page::{after_paint, release_focus, set_title, show_static_hero};
use crate::app::routing::{focus_heading_on_navigation, href, router_base};
use crate::app::state::{AppState, LockState};
use crate::rules::flow::{self, Step};
use crate::ui::bodies;
use crate::ui::lock_screen::LockScreen;
use crate::ui::split::{about_body, data_body, deferred_view, lazy_view};
use crate::ui::start::StartPage;
use crate::ui::steps::safety_step::AcuteAlert;
use crate::ui::warm::{cancel, warm_first_step, warm_up, watch_first_input};
use crate::ui::widgets::keeper::keep_under_current_owner;
use crate::ui::widgets::lock::LockBar;
use crate::ui::widgets::notices::Notices;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The app's view: the router and the shell. `ui::mount` starts the app layer first
/// (`app::start`, under the owner this view is mounted in).
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=router_base()>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    focus_heading_on_navigation();
    watch_first_input();
    let state = AppState::current();
    let closed = Memo::new(move |_| state.lock.get() == LockState::Closed);
    let step = RwSignal::new(None);
    let ahead_of_url = RwSignal::new(None);
    let frame = FramePlace {
        step,
        ahead_of_url,
        wanted: RwSignal::new(false),
        open: open_step(step, ahead_of_url),
    };
    provide_context(frame);
    view! {
        // Header, skip link and footer are static HTML in index.html; the app renders the
        // content of <main>. While locked, only the lock screen.
        <Show when=move || !closed.get() fallback=LockScreen>
            // Views kept from page to page live while unlocked (`widgets::keeper`).
            {keep_under_current_owner()}
            <LockBar/>
            <Notices/>
            // (At start the routes, the page and a step's body are tasks of their own.)
            {deferred_view(|| view! {
                <Routes fallback=NotFound>
                    <Route path=path!("/over") view=|| lazy_page(about_body())/>
                    <Route path=path!("/gegevens") view=|| lazy_page(data_body())/>
                    <Route path=path!("/:step?") view=PageRoute/>
                </Routes>
            }.into_any())}
            <KeptFrame frame/>
        </Show>
    }
}

/// A page other than the start page and the steps: the static start screen goes at once.
fn lazy_page(body: impl std::future::Future<Output = AnyView> + 'static) -> impl IntoView {
    show_static_hero(false);
    lazy_view(body)
}

#[component]
fn NotFound() -> impl IntoView {
    show_static_hero(false);
    let t = &crate::content::catalogue().screens.shell;
    set_title(&t.not_found_title);
    view! {
        <h1 tabindex="-1">{t.not_found_heading.as_str()}</h1>
        <p><A href=href("/")>{t.to_start.as_str()}</A></p>
    }
}

/// Where the frame of the steps is, and which step it shows: `step` is set by the step route
/// while it is the page (none on any other page), `wanted` by the start page once the first
/// step's body is built ahead ([`build_frame_ahead`]).
#[derive(Clone, Copy)]
struct FramePlace {
    step: RwSignal<Option<Step>>,
    /// The step a click showed before the URL follows ([`open_step`]).
    ahead_of_url: RwSignal<Option<Step>>,
    wanted: RwSignal<bool>,
    /// Shows a step at once, the URL following after the paint ([`open_step`]).
    open: Callback<Step>,
}

/// Opening a step from the start page or the frame's links: the step is shown at once and
/// the URL follows in a task after the paint, so the router's part of a step change (the
/// history entry, parsing the URL, matching the route: 11 of the 31 ms of the click on a role
/// at 4× CPU, profiled) no longer delays the step on the screen. The focus is released first
/// (the control clicked may leave the page; `release_focus`) and the page scrolls to the top,
/// as the router would. If the location changed in between (the back button), or another
/// click opened a step since, the URL does not follow this one.
fn open_step(step: RwSignal<Option<Step>>, ahead_of_url: RwSignal<Option<Step>>) -> Callback<Step> {
    let navigate = leptos_router::hooks::use_navigate();
    let pathname = leptos_router::hooks::use_location().pathname;
    Callback::new(move |to: Step| {
        // The step shown already (its own link in the list of steps): only to the top, the
        // focus stays, no new history entry.
        if step.get_untracked() == Some(to) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            return;
        }
        release_focus();
        step.set(Some(to));
        ahead_of_url.set(Some(to));
        window().scroll_to_with_x_and_y(0.0, 0.0);
        let from = pathname.get_untracked();
        let navigate = navigate.clone();
        after_paint(move || {
            if ahead_of_url.get_untracked() != Some(to) {
                return;
            }
            if pathname.get_untracked() == from {
                navigate(&to.path(), Default::default());
            }
            ahead_of_url.set(None);
        });
    })
}

/// The start page and the steps are one route (`/:step?`): the click on a role, from the start
/// page to the first step, changes the route's parameter as "Volgende" does. As two routes, that
/// click was the page's first change of route, whose code V8 compiled then (a wasm function is
/// compiled on its first call): 220 functions in that click, 163 with one route (issue 14).
#[component]
fn PageRoute() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let frame = expect_context::<FramePlace>();
    // The start page, unless a role was chosen and the URL is still to follow.
    let on_start = Memo::new(move |_| {
        params.with(|p| p.get("step").is_none()) && frame.ahead_of_url.get().is_none()
    });
    move || {
        if on_start.get() {
            warm_first_step(build_frame_ahead);
            deferred_view(move || view! { <StartPage open=frame.open/> }.into_any()).into_any()
        } else {
            view! { <StepRoute/> }.into_any()
        }
    }
}

#[component]
fn StepRoute() -> impl IntoView {
    show_static_hero(false);
    let params = leptos_router::hooks::use_params_map();
    // The step of the URL; none while the URL is still to follow the step a click opened
    // (`open_step`, on `/` after a role); a slug that is no step: `Some(None)`.
    let step = Memo::new(move |_| params.with(|p| p.get("step").map(|s| Step::from_slug(&s))));
    // The frame is not part of this route: it is kept next to the routes (`KeptFrame`), so
    // that the start page can have it built, hidden, before the click on a role shows it.
    // Only a slug that is no step shows "not found" here.
    let frame = expect_context::<FramePlace>();
    let follow = move |step: Option<Step>| {
        if frame.step.get_untracked() != step {
            frame.step.set(step);
        }
    };
    if let Some(step) = step.get_untracked() {
        follow(step);
    }
    Effect::watch(
        move || step.get(),
        move |step, _, _| {
            if let Some(step) = *step {
                follow(step);
            }
        },
        false,
    );
    let not_found = Memo::new(move |_| step.get() == Some(None));
    // Leaving the steps, the frame goes (as a page goes); the start page has one built again.
    on_cleanup(move || {
        frame.step.set(None);
        frame.wanted.set(false);
    });
    move || not_found.get().then(|| view! { <NotFound/> })
}

/// On the start page, in the task after the paint that follows the first step's body built
/// ahead (`ui::warm::warm_first_step`): has the frame of the steps built, hidden, so that the
/// click on a role only shows it.
fn build_frame_ahead(owner: &Owner) {
    if let Some(frame) = owner.with(use_context::<FramePlace>) {
        frame.wanted.set(true);
    }
}

/// The frame of the steps, next to the routes: there while a step is the page, or wanted (by
/// the start page, see [`build_frame_ahead`]); hidden and inert (`.step-frame.ahead`, like a
/// body built ahead) while no step is the page. While hidden it sets no title, warms nothing
/// up and has no heading (a page has one `main h1`).
#[component]
fn KeptFrame(frame: FramePlace) -> impl IntoView {
    let shown = Memo::new(move |_| frame.step.get().is_some());
    // The step of the page; the first step while the start page has it built; the last one
    // while it goes.
    let step = Memo::new(move |last: Option<&Step>| match frame.step.get() {
        Some(step) => step,
        None if frame.wanted.get() => Step::Casus,
        None => last.copied().unwrap_or(Step::Casus),
    });
    let built = Memo::new(move |_| frame.wanted.get() || shown.get());
    // The frame's own links to a step (`data-step`) open it at once (`open_step`); with a
    // modifier key or another button they are left to the browser, as the router does.
    let open_link = move |ev: leptos::ev::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("a[data-step]").ok().flatten());
        if let Some(step) = link
            .and_then(|a| a.get_attribute("data-step"))
            .and_then(|slug| Step::from_slug(&slug))
        {
            ev.prevent_default();
            frame.open.run(step);
        }
    };
    view! {
        <div class="frame-place">
            {move || built.get().then(|| {
                // (At start the frame is a task of its own, and the body the next one.)
                deferred_view(move || view! {
                    <div class="step-frame" class:ahead=move || !shown.get()
                        inert=move || (!shown.get()).then_some("") on:click=open_link>
                        <StepFrame step=step.into() shown=shown.into()/>
                    </div>
                }.into_any())
            })}
        </div>
    }
}

/// The frame of a step: progress ("Stap 3 van 8") in title and above the form, the list of
/// steps to revisit any of them, the body, and previous / next links. Its links are plain
/// `<a>` (the router handles a click on any link of the app): an `<A>` follows the location
/// itself and, as an `Option` that changes, sets all its attributes again, which was some
/// 7 ms of a step change (4× CPU, profiled); the current step is marked from `step`.
#[component]
fn StepFrame(step: Signal<Step>, shown: Signal<bool>) -> impl IntoView {
    let state = AppState::current();
    let t = &crate::content::catalogue().screens.shell;
    let path = Memo::new(move |_| state.casus.with(flow::Path::of));
    let position = Memo::new(move |_| flow::position(step.get(), path.get()));
    Effect::new(move |_| {
        if !shown.get() {
            return;
        }
        let step = step.get();
        let title = match position.get() {
            Some((n, total)) => format!("{} – {}", step.title(), t.progress.fill(&[&n, &total])),
            None => step.title().to_string(),
        };
        set_title(&title);
    });
    let neighbours = Memo::new(move |_| flow::neighbours(step.get(), path.get()));
    // Memos: a change of the case rebuilds these two only when what they show changes.
    let focus = Memo::new(move |_| state.casus.with(|c| flow::role_focus(c, step.get())));
    let nothing_yet = Memo::new(move |_| !state.casus.with(|c| flow::has_input(c, step.get())));
    let steps = Memo::new(move |_| flow::steps(path.get()));
    // The alert is built again only where it changes form, not on every step change.
    let on_safety = Memo::new(move |_| step.get() == Step::Veiligheid);
    // While the user is on a step, the steps after it are built once off the page, the next
    // one and the summary first, so their first visit does not pay for compiling their code
    // (`ui::warm`; each step once per page load).
    if let Some(owner) = Owner::current() {
        let mine = owner.clone();
        Effect::new(move |_| {
            if shown.get() {
                warm_up(
                    owner.clone(),
                    state.casus,
                    flow::ahead(step.get(), path.get()),
                )
            }
        });
        on_cleanup(move || cancel(&mine));
    }
    view! {
        <nav class="step-nav" aria-label=t.steps_label.as_str()>
            <ol>
                {move || {
                    steps
                        .get()
                        .into_iter()
                        .map(|s| {
                            let current = move || (step.get() == s).then_some("page");
                            view! { <li><a href=href(&s.path()) data-step=s.slug() aria-current=current>{s.short()}</a></li> }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
        <p class="step-progress">
            {move || position.get().map(|(n, total)| t.progress.fill(&[&n, &total]))}
        </p>
        // On the safety step, where the answers that raise it are given, it stays in view.
        {move || view! { <AcuteAlert sticky=on_safety.get()/> }}
        // A new heading per step: focus moves to it after navigation, so it is announced.
        {move || shown.get().then(|| view! { <h1 tabindex="-1">{step.get().title()}</h1> })}
        {move || focus.get().map(|f| view! { <p class="card info role-focus">{f}</p> })}
        {bodies::place(step)}
        {move || nothing_yet.get()
            .then(|| view! { <p class="hint no-print nothing-yet">{t.nothing_yet.as_str()}</p> })}
        <div class="actions no-print">
            {move || {
                neighbours
                    .get()
                    .1
                    .map(|next| {
                        view! {
                            <a href=href(&next.path()) data-step=next.slug() class="button">
                                {t.next.fill(&[&next.short()])}
                            </a>
                        }
                    })
            }}
            {move || flow::offers_summary(step.get(), path.get()).then(|| view! {
                <a href=href(&Step::Samenvatting.path()) data-step=Step::Samenvatting.slug() class="button secondary">
                    {t.to_summary.as_str()}
                </a>
            })}
            {move || {
                neighbours
                    .get()
                    .0
                    .map(|prev| {
                        view! {
                            <a href=href(&prev.path()) data-step=prev.slug() class="button secondary">
                                {t.previous.fill(&[&prev.short()])}
                            </a>
                        }
                    })
            }}
        </div>
    }
}
