//! A disclosure whose content is built when it is first opened (issue 14: a step's closed
//! help texts, sources and lists made up most of its nodes, and building them was most of a
//! step change). A native `<details>`: it opens with the keyboard and says its state to a
//! screen reader. The content is built on the click on its summary (before the browser opens
//! it, so the first frame shows it open and filled) or on the `toggle` of any other opening
//! (find in page, a script); once built it stays. Closed, it prints as its summary line only,
//! as a closed `<details>` always did.

use leptos::prelude::*;

#[component]
pub fn Disclosure(
    /// The classes of the `<details>`.
    #[prop(into)]
    class: String,
    /// What its `<summary>` says.
    #[prop(into)]
    summary: String,
    /// Open from the start (then its content is built at once).
    #[prop(optional)]
    open: bool,
    children: Children,
) -> impl IntoView {
    let built = RwSignal::new(open);
    let build = move || {
        if !built.get_untracked() {
            built.set(true);
        }
    };
    // Built once: `built` only ever turns true.
    let mut children = Some(children);
    view! {
        <details
            class=class
            open=open
            on:toggle=move |ev| {
                if event_target::<web_sys::Element>(&ev).has_attribute("open") {
                    build();
                }
            }
        >
            <summary on:click=move |_| build()>{summary}</summary>
            {move || built.get().then(|| children.take().map(|c| c()))}
        </details>
    }
}
