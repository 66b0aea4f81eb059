//! The start page before the app is there: all that the main module of the release build does
//! on its own. On a fresh profile the start page is complete as static HTML (the start screen
//! of `index.html` and the start route's first screen from `public/routes.html`: the role
//! buttons, "no saved cases", the link to "Over"), so the app itself (the chunk `tw_app`) is
//! fetched and started only when the browser is idle or at the user's first input. A click
//! on a static role button is remembered and handed to the app's own button once it has
//! replaced the static one; focus stays on the element with the same id.
//!
//! This file uses no Leptos, no content and no rules: whatever it reaches stays in the main
//! module, which is what the start route loads before the first interaction.

use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// The app has been asked to start (reset when its chunk could not be fetched).
    static STARTED: Cell<bool> = const { Cell::new(false) };
    /// The user clicked, pressed a key or moved focus before the app was there.
    static INPUT_SEEN: Cell<bool> = const { Cell::new(false) };
    /// The id of the static role button the user chose before the app was there.
    static CHOSEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The selector of the static role buttons (the ids the start page's own buttons have too).
const ROLE_BUTTONS: &str = "#app .role-start button[id^=\"start-rol-\"]";

/// True when the start page can wait for the app: the start route, nothing of Thuiswijzer
/// stored in this browser (a returning user's cases and lock are the app's to show), and its
/// static first screen in the page.
pub fn start_page_can_wait() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    on_start_route()
        && !crate::app::storage::stored_at_start()
        && document
            .query_selector(ROLE_BUTTONS)
            .ok()
            .flatten()
            .is_some()
}

/// Is the page's route the start page (not a deep link such as `/casus`)?
pub fn on_start_route() -> bool {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let base = crate::app::routing::router_base();
    let route = path.strip_prefix(base.as_str()).unwrap_or(&path);
    route.trim_matches('/').is_empty()
}

/// Calls `start` at the user's first input (a key, click, touch or focus), also again when
/// the app's chunk could not be fetched ([`start_failed`]); with `wait` (see
/// [`start_page_can_wait`]) the static start page is made usable, a click on a role button
/// is remembered for the app, and the app starts when the browser is idle; else at once.
pub fn boot(start: fn(), wait: bool) {
    let Some(window) = web_sys::window() else {
        return start();
    };
    let Some(document) = window.document() else {
        return start();
    };
    let listen = |target: &web_sys::EventTarget, event: &str, f: Box<dyn FnMut(web_sys::Event)>| {
        let f = Closure::<dyn FnMut(web_sys::Event)>::wrap(f);
        let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
        // (Kept for the page's life: a few listeners that set a flag.)
        f.forget();
    };
    for event in ["pointerdown", "keydown", "touchstart", "focusin"] {
        listen(
            &window,
            event,
            Box::new(move |_| {
                INPUT_SEEN.with(|s| s.set(true));
                start();
            }),
        );
    }
    if !wait {
        return start();
    }
    if let Ok(buttons) = document.query_selector_all(ROLE_BUTTONS) {
        for i in 0..buttons.length() {
            let Some(button) = buttons
                .get(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let id = button.id();
            listen(
                &button,
                "click",
                Box::new(move |_| {
                    CHOSEN.with(|c| *c.borrow_mut() = Some(id.clone()));
                    start();
                }),
            );
        }
    }
    // The page works without it now.
    if let Ok(Some(note)) = document.query_selector("#app .loading-note") {
        note.remove();
    }
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-start-ready", "");
    }
    crate::app::page::when_idle(start);
}

/// True the first time it is called (the app is to be started now).
pub fn first_start() -> bool {
    !STARTED.with(|s| s.replace(true))
}

/// The app's chunk could not be fetched (offline before the service worker has it, or the
/// page is being left): the static notice of `index.html` says so (the app, when it mounts,
/// replaces it with the rest of the static screen), and the user's next input tries again.
pub fn start_failed() {
    STARTED.with(|s| s.set(false));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(notice) = document.get_element_by_id("laden-mislukt") {
        let _ = notice.remove_attribute("hidden");
    }
    // (On a deep link it said that Thuiswijzer is loading.)
    if let Ok(Some(note)) = document.query_selector("#app .loading-note") {
        note.remove();
    }
}

/// Did the user click, press a key or move focus before the app was there?
pub fn input_seen() -> bool {
    INPUT_SEEN.with(Cell::get)
}

/// The role button the user clicked before the app was there (once).
pub fn take_chosen_role() -> Option<String> {
    CHOSEN.with(|c| c.borrow_mut().take())
}
