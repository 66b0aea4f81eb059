//! Whether a step's body is shown or waits ahead of it, hidden (`ui::bodies`), as a context of
//! the body. A body whose content costs much to keep up to date (the summary, written anew
//! from the whole case on every change) keeps what it was built with while it waits, and
//! catches up when it is shown.

use leptos::prelude::*;

/// The context `ui::bodies` gives every body it builds: true once it is shown.
#[derive(Clone, Copy)]
pub struct Shown(pub ReadSignal<bool>);

/// A memo of `compute` that, while the body it is in waits ahead, keeps the value it has and
/// follows nothing else; shown (or outside a body: a page, a test), it is a plain memo.
pub fn memo_when_shown<T>(compute: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let shown = use_context::<Shown>().map(|s| s.0);
    Memo::new(move |kept: Option<&T>| match kept {
        Some(kept) if shown.is_some_and(|s| !s.get()) => kept.clone(),
        _ => compute(),
    })
}
