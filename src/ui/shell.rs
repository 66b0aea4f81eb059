//! The shell: the router with its routes, and the frame around every step. The only part of
//! `ui` that knows every page (pages never import each other).

use crate::app::page::{set_title, show_static_hero};
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
    let frame = FramePlace {
        step: RwSignal::new(None),
        wanted: RwSignal::new(false),
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
/// while it is the page (none on any other page), `wanted` by the start page when the browser
/// is idle ([`build_frame_ahead`]).
#[derive(Clone, Copy)]
struct FramePlace {
    step: RwSignal<Option<Step>>,
    wanted: RwSignal<bool>,
}

/// The start page and the steps are one route (`/:step?`): the click on a role, from the start
/// page to the first step, changes the route's parameter as "Volgende" does. As two routes, that
/// click was the page's first change of route, whose code V8 compiled then (a wasm function is
/// compiled on its first call): 220 functions in that click, 163 with one route (issue 14).
#[component]
fn PageRoute() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let on_start = Memo::new(move |_| params.with(|p| p.get("step").is_none()));
    move || {
        if on_start.get() {
            warm_first_step(build_frame_ahead);
            deferred_view(|| view! { <StartPage/> }.into_any()).into_any()
        } else {
            view! { <StepRoute/> }.into_any()
        }
    }
}

#[component]
fn StepRoute() -> impl IntoView {
    show_static_hero(false);
    let params = leptos_router::hooks::use_params_map();
    let step =
        Memo::new(move |_| params.with(|p| Step::from_slug(&p.get("step").unwrap_or_default())));
    // The frame is not part of this route: it is kept next to the routes (`KeptFrame`), so
    // that the start page can have it built, hidden, before the click on a role shows it.
    // Only a slug that is no step shows "not found" here.
    let frame = expect_context::<FramePlace>();
    frame.step.set(step.get_untracked());
    Effect::watch(
        move || step.get(),
        move |step, _, _| frame.step.set(*step),
        false,
    );
    // Leaving the steps, the frame goes (as a page goes); the start page has one built again.
    on_cleanup(move || {
        frame.step.set(None);
        frame.wanted.set(false);
    });
    move || step.get().is_none().then(|| view! { <NotFound/> })
}

/// On the start page, when the browser is idle after the first step's body was built ahead
/// (`ui::warm::warm_first_step`): has the frame of the steps built, hidden, so that the click
/// on a role only shows it.
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
    view! {
        <div class="frame-place">
            {move || built.get().then(|| {
                // (At start the frame is a task of its own, and the body the next one.)
                deferred_view(move || view! {
                    <div class="step-frame" class:ahead=move || !shown.get()
                        inert=move || (!shown.get()).then_some("")>
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
                            view! { <li><a href=href(&format!("/{}", s.slug())) aria-current=current>{s.short()}</a></li> }
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
                            <a href=href(&format!("/{}", next.slug())) class="button">
                                {t.next.fill(&[&next.short()])}
                            </a>
                        }
                    })
            }}
            {move || flow::offers_summary(step.get(), path.get()).then(|| view! {
                <a href=href(&format!("/{}", Step::Samenvatting.slug())) class="button secondary">
                    {t.to_summary.as_str()}
                </a>
            })}
            {move || {
                neighbours
                    .get()
                    .0
                    .map(|prev| {
                        view! {
                            <a href=href(&format!("/{}", prev.slug())) class="button secondary">
                                {t.previous.fill(&[&prev.short()])}
                            </a>
                        }
                    })
            }}
        </div>
    }
}
