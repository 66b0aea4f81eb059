//! Warming up the page a user is likely to open next. The first time a step body is built, the
//! browser compiles the WebAssembly it runs (lazily, function by function) and the memory
//! grows: at 4× CPU "Volgende" to Signalen took 369 ms the first time and 179 ms the second,
//! the summary 295 against 124 ms. So while the user is on a step, once the browser is idle,
//! one per idle callback:
//! - the next step's body is built for the real case and waits hidden in its place until
//!   "Volgende" shows it (`ui::bodies::build_ahead`; again after every step change);
//! - the summary and the other steps ahead are built once, off the page, for an outline of the
//!   case in a state of their own, and thrown away: nothing is shown, nothing is stored, the
//!   case is not touched; each step at most once per page load. Where a step has a rehearsal
//!   (`rules::flow::rehearsal`: Veiligheid), its answer is given in that outline first, so the
//!   code of the answer is compiled too (the acute alert, built with it).
//!
//! Only after the user's first input (a click or a key), so that a page that is only loaded (a
//! crawler, an audit) does little extra work. One exception: the start page builds the body of
//! the first step (Casus) in its first full idle period, for the real case, and keeps it
//! (under the keeper, as the body ahead of a frame not yet built), because the first click on
//! a role opens it (at 4× CPU its first visit took 321 ms without any warm-up and 168 ms with
//! a body built and thrown away, median of 5; Lighthouse's blocking time on the start page
//! rose by 0–130 ms in 4 runs on a noisy host), and in the task after the next paint has the
//! frame that click shows built, hidden (the shell's `build_frame_ahead`).

use crate::app::page::{after_paint, next_task, request_idle};
use crate::app::state::AppState;
use crate::model::Casus;
use crate::rules::flow::{self, Step};
use crate::ui::bodies;
use crate::ui::split::{staged, step_view};
use crate::ui::steps::safety_step::AcuteAlert;
use leptos::prelude::*;
use leptos::tachys::view::Render;
use std::cell::{Cell, RefCell};

/// The latest request: the owner to build under, the case, the steps still to build, and the
/// step whose body is built ahead for real (`ui::bodies`), not yet done.
type Request = (Owner, RwSignal<Casus>, Vec<Step>, Option<Step>);

thread_local! {
    static INPUT_SEEN: Cell<bool> = const { Cell::new(false) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<Option<Request>> = const { RefCell::new(None) };
    static WARMED: RefCell<Vec<Step>> = const { RefCell::new(Vec::new()) };
    /// What the start page does next once its first step's body is built
    /// ([`warm_first_step`]).
    static THEN: Cell<Option<fn(&Owner)>> = const { Cell::new(None) };
}

/// Remembers the user's first click or key press (once per page load); a warm-up asked for
/// before it starts then. Call it when the app starts, before any input.
pub fn watch_first_input() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    // The input that started the app (on the start page it waits for one) counts.
    if crate::ui::boot::input_seen() {
        INPUT_SEEN.with(|s| s.set(true));
    }
    let seen = || {
        if !INPUT_SEEN.with(|s| s.replace(true)) {
            run();
        }
    };
    // The handles are kept for the page's life: two listeners that only set a flag.
    std::mem::forget(window_event_listener(leptos::ev::pointerdown, move |_| {
        seen()
    }));
    std::mem::forget(window_event_listener(leptos::ev::keydown, move |_| seen()));
}

/// When the browser is idle, one per idle callback: first builds the body of the first of
/// `steps` (the next step, `rules::flow::ahead`) for real and keeps it, hidden
/// (`ui::bodies::build_ahead`), then builds `steps` (those not built before) once each, in
/// this order, under `owner` (a component inside the router, which links need), each for an
/// outline of `case` as it is then (`rules::flow::outline`). A new request replaces the one
/// not done yet; before the user's first input it waits for it.
pub fn warm_up(owner: Owner, case: RwSignal<Casus>, steps: Vec<Step>) {
    let next = steps.first().copied();
    QUEUE.with(|q| *q.borrow_mut() = Some((owner, case, steps, next)));
    if INPUT_SEEN.with(Cell::get) {
        run();
    }
}

/// On the start page: builds the first step's body for the real case when the browser is
/// idle, also before any input, and keeps it (`ui::bodies::build_ahead`), because the first
/// click on a role opens it (that click paid for compiling and building it); in the task
/// after the next paint `then` (the shell's: the frame that click shows, built hidden; under
/// an owner of the start page's), so that the click does not pay for building the frame
/// either.
pub fn warm_first_step(then: fn(&Owner)) {
    if let Some(owner) = Owner::current() {
        let case = AppState::current().casus;
        QUEUE.with(|q| *q.borrow_mut() = Some((owner, case, Vec::new(), Some(Step::Casus))));
        THEN.with(|r| r.set(Some(then)));
        // Not once the start page is gone (its owner with it).
        on_cleanup(|| THEN.with(|r| r.set(None)));
        run();
    }
}

/// Runs the rules once for a case with only a role, when the browser is idle after start, so
/// that the first click on a role does not pay for compiling them (their first run took about
/// five times as long as a later one). Nothing is kept; the only page built before any input
/// is the first step ([`warm_first_step`]).
pub fn warm_rules() {
    crate::app::page::when_idle(|| {
        let mut case = Casus::new();
        case.role = crate::model::Role::ALL.first().copied();
        drop(crate::rules::assess::assess(
            &case,
            crate::content::catalogue(),
        ));
    });
}

/// Drops the request not done yet if `owner` made it: call it when that owner goes (a step
/// built under a disposed owner would not find the router). A request made since by another
/// page (the start page, when the frame goes after it) stays.
pub fn cancel(owner: &Owner) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.as_ref().is_some_and(|r| &r.0 == owner) {
            q.take();
        }
    });
}

/// Starts the one chain of idle callbacks, unless it runs already.
fn run() {
    if !RUNNING.with(|r| r.replace(true)) {
        when_quiet(step_once);
    }
}

/// How long an idle callback is waited for before `f` runs after the next paint anyway. A
/// page that asks for a frame in every frame (the benchmark's probe does, until the page is
/// quiet) gets no full idle period; without this, the next step was not built ahead until
/// later (then "Volgende" waited for that build; traced at 4× CPU, Netwerk → Opties 237–409
/// ms). On a quiet page headless Chromium gives full idle periods (49–50 ms, one every 50 ms).
const IDLE_WAIT_MS: u32 = 500;

/// Runs `f` after the next paint, in an idle period of the browser's full length (50 ms: no
/// frame, input or task waiting), so that building never delays a paint that is due; when the
/// browser gives no idle period within [`IDLE_WAIT_MS`], after the next paint. Gives up after
/// 100 shorter idle periods (a page that is never quiet is not warmed up).
fn when_quiet(f: fn()) {
    after_paint(move || idle_period(f, 0));
}

fn idle_period(f: fn(), tries: u32) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let callback = Closure::once_into_js(move |deadline: JsValue| {
        let timed_out = js_sys::Reflect::get(&deadline, &"didTimeout".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let remaining = js_sys::Reflect::get(&deadline, &"timeRemaining".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&deadline).ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        if remaining >= 45.0 {
            f();
        } else if timed_out {
            after_paint(f);
        } else if tries < 100 {
            idle_period(f, tries + 1);
        } else {
            RUNNING.with(|r| r.set(false));
        }
    });
    // No idle callbacks (Safari): no warm-up.
    request_idle(&callback, IDLE_WAIT_MS);
}

/// One idle callback: builds the next step's body to keep, or else the first step of the
/// request not built before, then asks for the next callback; stops when nothing is left.
fn step_once() {
    // The next step's body, kept: its code is compiled by building it.
    if let Some(next) = QUEUE.with(|q| q.borrow_mut().as_mut().and_then(|r| r.3.take())) {
        if bodies::build_ahead(next) {
            WARMED.with(|w| w.borrow_mut().push(next));
            // On the start page the frame follows in the task after the next paint, not in
            // the next full idle period (some 45 ms later at 4× CPU): a click on a role soon
            // after the app is ready then finds both built more often.
            if THEN.with(|t| t.get().is_some()) {
                after_paint(step_once);
            } else {
                when_quiet(step_once);
            }
            return;
        }
    }
    // On the start page: the frame the first click shows.
    let then = THEN.with(Cell::take).and_then(|f| {
        let owner = QUEUE.with(|q| q.borrow().as_ref().map(|r| r.0.clone()))?;
        Some((f, owner))
    });
    if let Some((then, owner)) = then {
        if !staged() {
            then(&owner);
        }
        when_quiet(step_once);
        return;
    }
    let job = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        let (owner, case, steps, _) = q.as_mut()?;
        steps.retain(|s| !WARMED.with(|w| w.borrow().contains(s)));
        (!steps.is_empty()).then(|| (owner.clone(), *case, steps.remove(0)))
    });
    let Some((owner, case, step)) = job else {
        RUNNING.with(|r| r.set(false));
        return;
    };
    // An outline, not a copy: the point is to compile the step's code, and with a copy of the
    // case the work grew with it (a case with 200 signals built 200 signal rows per step, in
    // tasks the next input had to wait for). A case that was closed meanwhile (locked, wiped)
    // is not read.
    if let Some(copy) = case.try_with_untracked(flow::outline) {
        if build_once(&owner, step, copy) {
            WARMED.with(|w| w.borrow_mut().push(step));
        }
    }
    // A step not built now (the app was being built) is not tried again in this request.
    when_quiet(step_once);
}

/// Builds the body of `step` for `copy` in a state of its own, off the page, and disposes of
/// it in the next task. Where the step has a rehearsal (`flow::rehearsal`: on Veiligheid, with
/// the acute alert the frame shows), that answer is given in the copy first, and the views
/// follow it in this task's microtasks. False when the app itself is being built (then
/// nothing is built).
fn build_once(owner: &Owner, step: Step, copy: Casus) -> bool {
    // While the app itself is built off the page, a body waits for a task of its own: not now.
    if staged() {
        return false;
    }
    let child = owner.child();
    let views = child.with(|| {
        let state = AppState::new();
        state.casus.set(copy);
        state.provide();
        let mut views = vec![step_view(step).build()];
        if let Some(answer) = flow::rehearsal(step) {
            views.push(view! { <AcuteAlert sticky=true/> }.into_any().build());
            state.casus.update(answer);
        }
        views
    });
    leptos::task::spawn_local(async move {
        next_task().await;
        drop(views);
        child.cleanup();
    });
    true
}
