//! The components: Leptos views over the state of `crate::app`.
//!
//! Components read the case and derived views (computed by `crate::rules` and
//! `crate::summary`), write edits back into the case and call the actions of `crate::app`.
//! They hold no rules of their own. `shell` routes to the pages; a page never imports another
//! page; shared components are in `widgets`.

mod about;
mod data_page;
mod lock_screen;
pub mod shell;
mod split;
pub mod start;
pub mod steps;
mod warm;
pub mod widgets;

pub use shell::App;

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

/// Mounts the app into `#app` in a task of its own, so that the wasm's compilation and start
/// (one task) and building the page (the next) are two shorter tasks: the browser may handle
/// input in between, and the static first screen stays painted meanwhile. On a deep link the
/// chunk of that page comes first (split builds), so the app replaces the static first screen by
/// the whole page at once: no frame with an empty body, no layout shift.
pub fn mount() {
    match split::deep_link_chunk() {
        // (Leptos's executor starts with the mount; this task runs before it.)
        Some(chunk) => wasm_bindgen_futures::spawn_local(async move {
            // Not shown on a deep link (hidden by its class until the mount): out of the page
            // at once, as the route would take it out.
            crate::app::page::show_static_hero(false);
            chunk.await;
            mount_now();
        }),
        None => leptos::prelude::set_timeout(mount_now, std::time::Duration::ZERO),
    }
}

/// Replaces the static first screen in `#app` by the app in one task, so the browser never
/// paints an empty page in between.
fn mount_now() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            skip_link_focuses_main(&document);
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
    // Tests and the benchmark wait for this: the app, not the static screen, is in charge.
    // From here on the routes show or take away the static start screen.
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("deep-link");
        let _ = html.set_attribute("data-app-ready", "");
    }
    split::preload_when_idle();
    warm::warm_rules();
}
