//! The owner that views kept from page to page are built under: the table of saved cases
//! (`stored`), the first step's body the start page builds ahead (`ui::bodies`) and the start
//! page's content, which outlives the page until the paint after it (`ui::start`). The shell
//! names it inside the lock's `Show`, so what is kept goes with the lock. Each kept view has
//! an owner of its own, a child of this one, and forgets itself when that child is cleaned up.

use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    static KEEPER: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

/// Names the current owner as the keeper, until it is cleaned up. Called by the shell.
pub fn keep_under_current_owner() {
    let Some(owner) = Owner::current() else {
        return;
    };
    KEEPER.with(|k| *k.borrow_mut() = Some(owner.clone()));
    on_cleanup(move || {
        KEEPER.with(|k| {
            let mut k = k.borrow_mut();
            if k.as_ref() == Some(&owner) {
                k.take();
            }
        })
    });
}

/// A new owner under the keeper; none without one (a page shown without the shell).
pub fn child() -> Option<Owner> {
    KEEPER.with(|k| k.borrow().as_ref().map(Owner::child))
}
