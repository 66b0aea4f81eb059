//! The document around the app: its title, focus after a change, and the static start screen
//! of index.html that the app shows or takes away.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static STATIC_HERO: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Sets the document title (WCAG 2.4.2).
pub fn set_title(title: &str) {
    let t = &crate::content::catalogue().screens.common;
    document().set_title(&t.page_title.fill(&[&title]));
}

/// Moves focus to the first element matching `selector` after the next paint (in a task of
/// its own: focusing in the frame itself made that frame do a style update and the focus
/// events before it could paint the new content).
pub fn focus_after_paint(selector: &'static str) {
    after_paint(move || focus_first(selector));
}

/// After a change of page: moves focus to its heading (`main h1`) after the next paint, unless
/// the user is in a form field by then (clicked or tabbed into the new page in the frames
/// between, which a step shown before its address follows makes a little longer): that focus
/// stays, and the page does not jump back to the heading.
pub fn focus_heading_after_paint() {
    after_paint(|| {
        let in_field = document()
            .active_element()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if !in_field {
            focus_first("main h1");
        }
    });
}

fn focus_first(selector: &str) {
    if let Some(el) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Takes the focus from the focused element before the page changes under it (the focus
/// goes to the page's heading after the paint, `focus_heading_after_paint`). Taking a focused control
/// off the page made the browser update the style right then, in the middle of the change,
/// and again once it was done: after a click on a role the click event took 15.8 instead of
/// 25.5 ms, the role click 49.3–50.0 instead of 52.0–54.8 ms (4× CPU, interleaved, 9 and 12
/// runs each).
pub fn release_focus() {
    if let Some(el) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}

/// Moves focus to the element with this id and scrolls it into view.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.scroll_into_view();
        let _ = el.focus();
    }
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

/// Runs `f` in a task after the next paint: in the next frame (before its paint) a zero
/// timeout is queued, which runs once that frame is painted.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Resolves in a task of its own (a zero timeout, queued after the tasks already waiting), so
/// the work after it does not lengthen the current task: the browser may paint and handle
/// input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .ok()
        });
        if queued.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long [`when_idle`] waits for an idle period at most: a page that is never idle (an
/// extension that animates, a busy tab) still starts the app and warms up its rules.
const IDLE_TIMEOUT_MS: u32 = 2000;

/// Runs `f` once the browser is idle (`requestIdleCallback`, at most [`IDLE_TIMEOUT_MS`]
/// later), or after a short timeout where the browser has no idle callback (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    if !request_idle(&callback, IDLE_TIMEOUT_MS) {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                200,
            );
        }
    }
}

/// Asks the browser to call `callback` (with its idle deadline) in an idle period, at the
/// latest after `timeout_ms` (`requestIdleCallback`). False where the browser has no idle
/// callback (Safari).
pub fn request_idle(callback: &wasm_bindgen::JsValue, timeout_ms: u32) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(request) = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &timeout_ms.into());
    request.call2(&window, callback, &options).is_ok()
}
