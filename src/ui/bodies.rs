//! The step bodies of the frame, and the next one built ahead. Building a step's body is a
//! large part of what a step change costs (4× CPU, median of 4, without and with the body
//! built ahead: "Volgende" 222 → 159 ms, first visits of Veiligheid 188 → 143, Gesprek
//! 178 → 115, Opties 375 → 293 ms; the rest is style, layout and paint of the new body), so
//! the body of the step after the one shown is built ahead, hidden in its place, when the
//! browser is idle (`ui::warm` asks for it), for the real case: it follows the case, or catches
//! up when it is shown (see below), so it is up to date when "Volgende" shows it.
//!
//! At most two bodies live: the one shown and the one ahead. A body that is left is disposed
//! of, so a step opened again starts as on a first visit (closed disclosures, no edit mode
//! left open). The body ahead waits in the frame's place, after the body shown, hidden
//! (`.step-body.ahead`: `visibility: hidden`, clipped to the body shown so that it adds no
//! height) and `inert`: not focusable, not clickable, not in the accessibility tree, not found
//! by find-in-page, not printed. No step uses an id another step uses, so ids stay unique in
//! the page (`widgets::sources::TermList` names its heading after its first term). Being in
//! the page, it is styled and laid out in the idle time in which it is built, so that
//! "Volgende" only makes it visible (before, style and layout of the new body were most of a
//! step change: first visit of Opties ~300 elements styled and ~440 laid out in the click's
//! task; A/B at 4× CPU, 5 runs each: first visit of Opties 176 → 41 ms, "Volgende"
//! 70 → 53 ms).
//!
//! A body that waits does not write again what changes on the step before it would make it
//! write (the summary on every change, the talk parts of Gesprek on a safety answer, the talk
//! on Analyse on a key in Gesprek; `widgets::waiting`: each body knows whether it is shown);
//! it catches up when it is shown.
//! Neither Signalen nor the summary is built ahead for a case with more than
//! [`SIGNALS_AHEAD`] signals: each recorded signal adds to the body (its details, its line in
//! the summary), and one idle task that grows with the case keeps a key
//! pressed meanwhile waiting (the reason `ui::warm` builds the other steps for an outline;
//! with 50 × 200 the slowest key took 116 ms in one run, though typing in interleaved runs was
//! 37–61 ms with the step built ahead and 32–55 without, too noisy to show the cost). Both
//! bodies go with the frame (another page, the lock).
//!
//! The start page, which has no frame until it has one built when idle (`ui::shell`,
//! `KeptFrame`), has the first step's body built ahead first, under the keeper
//! (`widgets::keeper`): that frame puts it in place. It goes with the lock, or with the frame.

use crate::app::page::after_paint;
use crate::app::state::AppState;
use crate::rules::flow::Step;
use crate::ui::split::{deferred, staged, step_view};
use crate::ui::widgets::keeper;
use crate::ui::widgets::waiting::Shown;
use leptos::prelude::*;
use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
use std::cell::RefCell;

/// A body built under an owner of its own, in a `<div>` of its own.
struct Body {
    step: Step,
    owner: Owner,
    holder: web_sys::Element,
    /// The body's `widgets::waiting::Shown`.
    shown: RwSignal<bool>,
    _view: AnyViewState,
}

impl Body {
    /// Puts a body built ahead in the frame's place, after the one shown, hidden and inert
    /// (style: `.step-body.ahead`).
    fn wait_in(&self, slot: &web_sys::Element) {
        let _ = self.holder.class_list().add_1("ahead");
        let _ = self.holder.set_attribute("inert", "");
        let _ = slot.append_child(&self.holder);
    }

    /// Shows the body in the frame's place: one waiting there is only made visible (its style
    /// and layout are done), another is put there.
    fn show_in(&self, slot: &web_sys::Element) {
        if self.holder.parent_node().is_some() {
            let _ = self.holder.class_list().remove_1("ahead");
            let _ = self.holder.remove_attribute("inert");
        } else {
            let _ = slot.append_child(&self.holder);
        }
        if !self.shown.get_untracked() {
            self.shown.set(true);
        }
    }

    fn dispose(self) {
        self.holder.remove();
        self.owner.cleanup();
    }

    /// Takes the body off the page now and disposes of it after the next paint: cleaning up
    /// its owner and dropping its view were some 10 ms (4× CPU, profiled) of a step change.
    fn dispose_after_paint(self) {
        self.holder.remove();
        after_paint(move || self.dispose());
    }
}

#[derive(Default)]
struct Bodies {
    shown: Option<Body>,
    ahead: Option<Body>,
}

impl Bodies {
    /// Takes the first body that `which` picks out of the two.
    fn take(&mut self, which: impl Fn(&Body) -> bool) -> Option<Body> {
        [&mut self.shown, &mut self.ahead]
            .into_iter()
            .find(|b| b.as_ref().is_some_and(&which))
            .and_then(Option::take)
    }

    fn has(&self, step: Step) -> bool {
        [&self.shown, &self.ahead]
            .into_iter()
            .any(|b| b.as_ref().is_some_and(|b| b.step == step))
    }
}

thread_local! {
    static BODIES: RefCell<Bodies> = RefCell::new(Bodies::default());
    /// The owner bodies are built under (the frame's) and the element they are shown in.
    static FRAME: RefCell<Option<(Owner, web_sys::Element)>> = const { RefCell::new(None) };
}

/// Builds the body of `step` under `owner` (its own), in a `<div class="step-body">`, shown or
/// to wait ahead (its `widgets::waiting::Shown`). When that owner is cleaned up from above (the
/// frame's, or the keeper's with the lock), the body is forgotten and taken off the page.
fn build(owner: Owner, step: Step, shown: bool) -> Option<Body> {
    let holder = web_sys::window()?.document()?.create_element("div").ok()?;
    holder.set_class_name("step-body");
    let shown = owner.with(|| RwSignal::new(shown));
    let mut view = owner.with(|| {
        provide_context(Shown(shown.read_only()));
        let ours = Owner::current();
        on_cleanup(move || {
            let gone = BODIES.with(|b| {
                b.borrow_mut()
                    .take(|body| Some(&body.owner) == ours.as_ref())
            });
            if let Some(body) = gone {
                body.holder.remove();
            }
        });
        step_view(step).build()
    });
    view.mount(&holder, None);
    Some(Body {
        step,
        owner,
        holder,
        shown,
        _view: view,
    })
}

/// The frame's place for its body: call it once per frame, under the frame's owner, with the
/// frame's current step; returns the element to put in the frame's view. The first body is
/// put in while the element is built (so at start the body's task is queued while the frame
/// is built), the others when the step changes.
pub fn place(step: Signal<Step>) -> impl IntoView {
    let owner = Owner::current();
    let here = move |el: web_sys::Element| {
        if let Some(owner) = owner.clone() {
            FRAME.with(|f| *f.borrow_mut() = Some((owner, el)));
            show(step.get_untracked());
        }
    };
    Effect::watch(move || step.get(), |step, _, _| show(*step), false);
    let ours = Owner::current();
    on_cleanup(move || {
        // Only this frame's place and bodies (not those of a frame built after it).
        let mine = FRAME.with(|f| {
            let mut f = f.borrow_mut();
            let mine = f.as_ref().map(|(o, _)| o) == ours.as_ref();
            if mine {
                f.take();
            }
            mine
        });
        if mine {
            let all = BODIES.with(|b| std::mem::take(&mut *b.borrow_mut()));
            for body in [all.shown, all.ahead].into_iter().flatten() {
                body.dispose();
            }
        }
    });
    view! { <div class="step-bodies" use:here></div> }
}

/// Puts the body of `step` in the frame: the one built ahead, or a new one; the one shown
/// before and any other built ahead are disposed of. While the app is built off the page
/// (`split::staged`), in a task of its own.
fn show(step: Step) {
    if staged() {
        leptos::task::spawn_local(async move {
            deferred().await;
            put(step);
        });
    } else {
        put(step);
    }
}

fn put(step: Step) {
    let Some((owner, slot)) = FRAME.with(|f| f.borrow().clone()) else {
        return;
    };
    let found = BODIES.with(|b| b.borrow_mut().take(|body| body.step == step));
    let Some(body) = found.or_else(|| build(owner.child(), step, true)) else {
        return;
    };
    body.show_in(&slot);
    // The body left, and one built ahead for another step (the user went elsewhere than
    // "Volgende"): the next one is built ahead again when the browser is idle.
    let gone = BODIES.with(|b| {
        let mut b = b.borrow_mut();
        [b.shown.replace(body), b.ahead.take()]
    });
    for body in gone.into_iter().flatten() {
        body.dispose_after_paint();
    }
}

/// At most this many recorded signals for the signals step to be built ahead.
const SIGNALS_AHEAD: usize = 12;

/// Is `step`'s body built ahead for this case? Not Signalen or the summary with many signals
/// (see above).
fn worth_building(step: Step) -> bool {
    match step {
        Step::Signalen | Step::Samenvatting => AppState::current()
            .casus
            .with_untracked(|c| c.signals.len() <= SIGNALS_AHEAD),
        _ => true,
    }
}

/// Builds the body of `step` to wait, hidden, unless one is built (called by `ui::warm` when
/// the browser is idle): in the frame's place under the frame's owner, or on a page without a frame (the start page,
/// for the first step) under the keeper (`widgets::keeper`), so that it outlives the page and
/// the frame opened next puts it in place. False when nothing was built: Signalen or the
/// summary for many signals, a step built already, or no owner.
pub fn build_ahead(step: Step) -> bool {
    if staged() || BODIES.with(|b| b.borrow().has(step)) {
        return false;
    }
    let owner = match FRAME.with(|f| f.borrow().clone()) {
        Some((frame, _)) => frame.child(),
        None => match keeper::child() {
            Some(owner) => owner,
            None => return false,
        },
    };
    if !owner.with(|| worth_building(step)) {
        owner.cleanup();
        return false;
    }
    let Some(body) = build(owner, step, false) else {
        return false;
    };
    if let Some((_, slot)) = FRAME.with(|f| f.borrow().clone()) {
        body.wait_in(&slot);
    }
    let old = BODIES.with(|b| b.borrow_mut().ahead.replace(body));
    if let Some(old) = old {
        old.dispose();
    }
    true
}
