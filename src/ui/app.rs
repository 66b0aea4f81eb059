//! App shell: state, routes, header and footer, and the frame around every step.

use crate::model::Casus;
use crate::rules::flow::{self, Step};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_location;
use leptos_router::path;

use super::start::StartPage;
use super::steps::StepBody;

/// The passphrase lock of this tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    /// No lock: the saved cases are stored open.
    Off,
    /// The lock is on and this tab holds the key.
    Open,
    /// Locked: the lock screen shows and this tab holds neither the key nor the case.
    Closed,
}

/// App state: the case being worked on, and where it is kept.
#[derive(Clone, Copy)]
pub struct AppState {
    pub casus: RwSignal<Casus>,
    /// Set when the user chose "Bewaar op dit apparaat" for this case.
    pub case_id: RwSignal<Option<String>>,
    /// The saved version this tab's copy is based on (cross-tab guard).
    pub base_saved_at: RwSignal<Option<u64>>,
    /// What localStorage holds.
    pub stored: RwSignal<crate::store::Stored>,
    /// Another tab saved this case since we loaded it.
    pub conflict: RwSignal<bool>,
    /// A message for the user (storage, wipe, expiry), shown at the top.
    pub notice: RwSignal<Option<String>>,
    /// A new version of the app is waiting (service worker).
    pub update_ready: RwSignal<bool>,
    /// The passphrase lock: off, on and open in this tab, or closed (lock screen).
    pub lock: RwSignal<LockState>,
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            casus: RwSignal::new(Casus::new()),
            case_id: RwSignal::new(None),
            base_saved_at: RwSignal::new(None),
            stored: RwSignal::new(crate::store::Stored::Empty),
            conflict: RwSignal::new(false),
            notice: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            lock: RwSignal::new(LockState::Off),
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    static BASE: String = router_base();
}

/// The href of an app path such as `/casus`, under the router base. Use it for every `<A>`:
/// leptos_router 0.8 leaves an absolute href as it is, so under a sub-path (`/thuiswijzer/`)
/// the link would leave the app. (`use_navigate` adds the base itself.)
pub fn href(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// The router base: the path of `<base href>` that Trunk writes for `--public-url`, so that
/// `dist/` works at the root of a host and under a sub-path.
fn router_base() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// Sets the document title and moves focus to the page heading after every route change
/// (leptos_router scrolls but neither announces nor moves focus).
fn focus_heading_on_navigation() {
    let location = use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _path = location.pathname.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        focus_after_paint("main h1");
    });
}

/// Moves focus to the first element matching `selector` after the next paint.
pub fn focus_after_paint(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    });
}

/// Registers the service worker (offline use after the first visit) and announces a new
/// version when one is installed while this page runs on the old one.
fn register_service_worker(state: AppState) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.register("sw.js")).await
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let has_controller = web_sys::window()
                .and_then(|w| w.navigator().service_worker().controller())
                .is_some();
            if has_controller {
                state.update_ready.set(true);
            }
        });
        let _ =
            reg.add_event_listener_with_callback("updatefound", on_update.as_ref().unchecked_ref());
        on_update.forget();
    });
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    super::persist::install(state);
    super::lock::install_idle_lock(state);
    register_service_worker(state);
    view! {
        <Router base=BASE.with(String::clone)>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    focus_heading_on_navigation();
    let state = expect_context::<AppState>();
    let closed = Memo::new(move |_| state.lock.get() == LockState::Closed);
    view! {
        // Header, skip link and footer are static HTML in index.html; the app renders the
        // content of <main>. While locked, only the lock screen.
        <Show when=move || !closed.get() fallback=super::lock::LockScreen>
            <super::lock::LockBar/>
            <super::data_page::Notices/>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=StartPage/>
                <Route path=path!("/over") view=super::about::AboutPage/>
                <Route path=path!("/gegevens") view=super::data_page::DataPage/>
                <Route path=path!("/:step") view=StepRoute/>
            </Routes>
        </Show>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    super::start::show_static_hero(false);
    set_title("Pagina niet gevonden");
    view! {
        <h1 tabindex="-1">"Deze pagina bestaat niet"</h1>
        <p><A href=href("/")>"Naar de startpagina"</A></p>
    }
}

/// Sets the document title (WCAG 2.4.2).
pub fn set_title(title: &str) {
    document().set_title(&format!("{title} – Thuiswijzer"));
}

#[component]
fn StepRoute() -> impl IntoView {
    super::start::show_static_hero(false);
    let params = leptos_router::hooks::use_params_map();
    move || {
        let slug = params.with(|p| p.get("step").unwrap_or_default());
        match Step::from_slug(&slug) {
            Some(step) => view! { <StepFrame step/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// The frame of a step: progress ("Stap 3 van 8") in title and above the form, the list of
/// steps to revisit any of them, the body, and previous / next links.
#[component]
fn StepFrame(step: Step) -> impl IntoView {
    let state = expect_context::<AppState>();
    let placement = Memo::new(move |_| {
        state
            .casus
            .with(crate::rules::guardrails::placement_on_the_table)
    });
    let position = move || flow::position(step, placement.get());
    Effect::new(move |_| {
        let title = match position() {
            Some((n, total)) => format!("{} – Stap {n} van {total}", step.title()),
            None => step.title().to_string(),
        };
        set_title(&title);
    });
    let neighbours = move || flow::neighbours(step, placement.get());
    let focus = move || state.casus.with(|c| flow::role_focus(c, step));
    view! {
        <nav class="step-nav" aria-label="Stappen">
            <ol>
                {move || {
                    flow::steps(placement.get())
                        .into_iter()
                        .map(|s| {
                            view! { <li><A href=href(&format!("/{}", s.slug()))>{s.short()}</A></li> }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
        <p class="step-progress">
            {move || position().map(|(n, total)| format!("Stap {n} van {total}"))}
        </p>
        {(step != Step::Veiligheid).then(|| view! { <super::steps::safety_step::AcuteAlert/> })}
        <h1 tabindex="-1">{step.title()}</h1>
        {move || focus().map(|f| view! { <p class="card info role-focus">{f}</p> })}
        <StepBody step/>
        <div class="actions no-print">
            {move || {
                neighbours()
                    .1
                    .map(|next| {
                        view! {
                            <A href=href(&format!("/{}", next.slug())) attr:class="button">
                                {format!("Volgende: {}", next.short())}
                            </A>
                        }
                    })
            }}
            {move || {
                neighbours()
                    .0
                    .map(|prev| {
                        view! {
                            <A href=href(&format!("/{}", prev.slug())) attr:class="button secondary">
                                {format!("Vorige: {}", prev.short())}
                            </A>
                        }
                    })
            }}
        </div>
    }
}
