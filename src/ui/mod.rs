//! The components: Leptos views over the state of `crate::app`.
//!
//! Components read the case and derived views (computed by `crate::rules` and
//! `crate::summary`), write edits back into the case and call the actions of `crate::app`.
//! They hold no rules of their own. `shell` routes to the pages; a page never imports another
//! page; shared components are in `widgets`. `boot` is the part of the release build's main
//! module that runs before the app (this module's [`mount`]); everything else is in its chunk.

mod about;
mod bodies;
mod boot;
mod data_page;
mod lock_screen;
pub mod shell;
mod split;
pub mod start;
pub mod steps;
mod warm;
pub mod widgets;

pub use shell::App;

use crate::app::page::next_task;
use wasm_bindgen::JsCast;

/// The static skip link: move focus to <main> (a bare `#inhoud` would be routed to the start
/// page, because of `<base href>`).
fn skip_link_focuses_main(document: &web_sys::Document) {
    use wasm_bindgen::closure::Closure;
    if let Some(link) = document.query_selector(".skip-link").ok().flatten() {
        let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
            ev.prevent_default();
            crate::app::page::focus_by_id("inhoud");
        });
        let _ = link.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
    }
}

/// The entry point: on the start page of a fresh profile the app waits (`boot`), everywhere
/// else it starts at once.
pub fn mount() {
    boot::boot(start_app, boot::start_page_can_wait());
}

/// Fetches the app's chunk (`tw_app` in the release build) and starts it, once.
fn start_app() {
    if boot::first_start() {
        wasm_bindgen_futures::spawn_local(async {
            if run_app().await.is_err() {
                boot::start_failed();
            }
        });
    }
}

/// The split point of the release build: everything but `boot` lives in the chunk `tw_app`
/// (Leptos, the app layer, the content, the rules, every page and the persistence code).
#[cfg(thuiswijzer_split)]
#[::leptos::wasm_split::wasm_split(
    tw_app,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn app_chunk() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
    app_main();
    Ok(())
}

/// Starts the app: from its chunk in the release build (`Err` when the chunk could not be
/// fetched), directly in every other build.
async fn run_app() -> Result<(), ()> {
    #[cfg(thuiswijzer_split)]
    return app_chunk().await.map_err(|_| ());
    #[cfg(not(thuiswijzer_split))]
    {
        app_main();
        Ok(())
    }
}

/// Starts the app in short tasks, so that none blocks input for long (Total Blocking Time) and
/// the static first screen stays painted meanwhile:
/// 1. this call only queues the rest;
/// 2. the app layer starts (`app::start`: state, storage read back, tabs, idle lock, service
///    worker) under a root owner of its own;
/// 3. the app is built off the page: the shell in one task, then the page (on a step: its
///    frame, then its body) in tasks of their own (`split::set_staged`);
/// 4. it replaces the static first screen in `#app` at once, so no part-built page is ever
///    painted and nothing shifts; focus stays on the element with the same id, and a role
///    chosen on the static start page is chosen again on the app's own button.
fn app_main() {
    use any_spawner::Executor;
    use leptos::prelude::{GetUntracked, Owner, WithUntracked};
    // (Leptos would do this on mounting; `app::start` spawns tasks before that.)
    let _ = Executor::init_wasm_bindgen();
    if !boot::on_start_route() {
        // Not shown on a deep link (hidden by its class until the mount): out of the page at
        // once, as the route would take it out.
        crate::app::page::show_static_hero(false);
    }
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .expect("a document");
        // The root of the reactive tree: the app's state is its context, the view its child.
        let owner = Owner::new();
        crate::app::start(&owner).await;
        skip_link_focuses_main(&document);
        next_task().await;
        // The first assessment of the case (its code compiled on its first run) in a task of
        // its own, not inside the task that builds the step frame.
        owner.with(|| {
            crate::app::state::AppState::current()
                .assessment
                .with_untracked(|_| ())
        });
        next_task().await;
        let root = document
            .get_element_by_id("app")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        let closed = owner.with(|| {
            crate::app::state::AppState::current().lock.get_untracked()
                == crate::app::state::LockState::Closed
        });
        match root {
            // (The lock screen moves focus after its first paint: it mounts in place.)
            Some(root) if !closed => mount_off_page(&owner, &document, root).await,
            Some(root) => owner.with(|| {
                root.set_inner_html("");
                leptos::mount::mount_to(root, App).forget();
            }),
            None => owner.with(|| leptos::mount::mount_to_body(App)),
        }
        // The root owner lives as long as the page.
        std::mem::forget(owner);
        app_ready(&document);
    });
}

/// Builds the app in an element off the page, over several tasks (`split::set_staged`), then
/// moves it into `#app` in place of the static first screen.
async fn mount_off_page(
    owner: &leptos::prelude::Owner,
    document: &web_sys::Document,
    root: web_sys::HtmlElement,
) {
    let Some(staging) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    split::set_staged(true);
    owner.with(|| leptos::mount::mount_to(staging.clone(), App).forget());
    // Each deferred part queued its task while the part around it was built; a few rounds at
    // most (shell, frame, body).
    for _ in 0..16 {
        next_task().await;
        if split::pending() == 0 {
            break;
        }
    }
    split::set_staged(false);
    // A static element with focus (a role button reached with Tab before the app was there)
    // hands it to the app's element with the same id.
    let focused = document
        .active_element()
        .filter(|e| root.contains(Some(e)))
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    root.set_inner_html("");
    // The views find their parent through their nodes, so they keep working once moved.
    while let Some(node) = staging.first_child() {
        let _ = root.append_child(&node);
    }
    if let Some(el) = focused
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Tests and the benchmark wait for `data-app-ready`: the app, not the static screen, is in
/// charge. From here on the routes show or take away the static start screen.
fn app_ready(document: &web_sys::Document) {
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("deep-link");
        let _ = html.remove_attribute("data-route");
        let _ = html.set_attribute("data-app-ready", "");
    }
    warm::warm_rules();
    // A role chosen on the static start page: the app's own button does what it does.
    if let Some(button) = boot::take_chosen_role()
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        button.click();
    }
}
