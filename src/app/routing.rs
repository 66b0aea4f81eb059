//! Routing helpers: the router base for sub-path hosting, in-app hrefs, and focus on the page
//! heading after navigation.

use crate::app::page::focus_heading_after_paint;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

thread_local! {
    static BASE: String = read_router_base();
}

/// The href of an app path such as `/casus`, under the router base. Use it for every link:
/// leptos_router 0.8 leaves an absolute href as it is, so under a sub-path (`/thuiswijzer/`)
/// the link would leave the app. (`use_navigate` adds the base itself.)
pub fn href(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// The router base (empty at the root of a host, else for example `/thuiswijzer`).
pub fn router_base() -> String {
    BASE.with(String::clone)
}

/// The path of `<base href>` that Trunk writes for `--public-url`, so that `dist/` works at
/// the root of a host and under a sub-path.
fn read_router_base() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// Moves focus to the page heading after every route change (leptos_router scrolls but
/// neither announces nor moves focus). Call it inside the router.
pub fn focus_heading_on_navigation() {
    let location = use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _path = location.pathname.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        focus_heading_after_paint();
    });
}
