//! The list of saved cases on the start page and the data page: the table of saved cases
//! (`case_table`) when any is saved, else one line.
//!
//! The table is built once per unlocked session and kept: each page's list puts the same
//! table in its place, and a save rebuilds only the row of the case saved. With fifty saved
//! cases, building the table and removing the other page's copy was a large part of opening
//! either page (4× CPU, traced: the click's task from start page to data page 430–500 →
//! 280–340 ms; what is left is mostly style and layout of the table and the rest of the
//! page). It is built under the keeper (`keeper`, the unlocked part of the app), so it goes
//! with the lock; off the page it is in no document.

use crate::app::clock::today;
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::model::Date;
use crate::ui::widgets::case_table::CaseTable;
use crate::ui::widgets::keeper;
use leptos::prelude::*;
use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
use std::cell::RefCell;

/// The kept table: its owner, the case whose deletion is being confirmed, the day what is due
/// is counted from, its view, and the place it is shown in (none while off the page).
struct Kept {
    owner: Owner,
    confirm: RwSignal<Option<String>>,
    day: RwSignal<Date>,
    view: AnyViewState,
    place: Option<web_sys::Element>,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// Builds the table to keep, under a child of the keeper (`keeper`), or without one (a page
/// shown without the shell) of the current owner, that of the list's place, so the table goes
/// with the place. When that owner is cleaned up, the table is forgotten.
fn build() -> Option<Kept> {
    let owner = keeper::child().or_else(|| Owner::current().map(|o| o.child()))?;
    let (confirm, day, view) = owner.with(|| {
        let ours = Owner::current();
        on_cleanup(move || {
            let gone = KEPT.with(|k| {
                let mut k = k.borrow_mut();
                let mine = k.as_ref().map(|kept| &kept.owner) == ours.as_ref();
                if mine {
                    k.take()
                } else {
                    None
                }
            });
            if let Some(mut kept) = gone {
                kept.view.unmount();
            }
        });
        let confirm = RwSignal::new(None);
        let day = RwSignal::new(today());
        let view = view! { <CaseTable confirm day/> }.into_any().build();
        (confirm, day, view)
    });
    Some(Kept {
        owner,
        confirm,
        day,
        view,
        place: None,
    })
}

/// Puts the kept table in `place` (built first if there is none), with no deletion being
/// confirmed and what is due counted from today.
fn show_in(place: web_sys::Element) {
    let Some((confirm, day)) = KEPT.with(|k| {
        let mut k = k.borrow_mut();
        if k.is_none() {
            *k = build();
        }
        let kept = k.as_mut()?;
        kept.view.mount(&place, None);
        kept.place = Some(place);
        Some((kept.confirm, kept.day))
    }) else {
        return;
    };
    confirm.set(None);
    let now = today();
    if day.get_untracked() != now {
        day.set(now);
    }
}

/// Takes the kept table off the page if it is still in `place` (a page built after it may
/// have taken it already).
fn leave(place: &web_sys::Element) {
    KEPT.with(|k| {
        if let Some(kept) = k.borrow_mut().as_mut() {
            if kept.place.as_ref() == Some(place) {
                kept.view.unmount();
                kept.place = None;
            }
        }
    });
}

/// The list of saved cases with open and delete (with confirmation), or "none saved".
#[component]
pub fn CaseList() -> impl IntoView {
    let state = AppState::current();
    let t = &catalogue().screens.cases;
    let any = Memo::new(move |_| {
        state
            .stored
            .with(|s| s.envelope().is_some_and(|e| !e.cases.is_empty()))
    });
    let here = move |el: web_sys::Element| {
        show_in(el.clone());
        on_cleanup(move || leave(&el));
    };
    move || {
        if any.get() {
            view! { <div class="case-list-place" use:here></div> }.into_any()
        } else {
            view! { <p>{t.none_saved.as_str()}</p> }.into_any()
        }
    }
}
