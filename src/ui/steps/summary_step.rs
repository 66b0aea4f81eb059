//! The summary: variants, print and copy.

use leptos::prelude::*;

#[component]
pub fn SummaryStep() -> impl IntoView {
    view! { <p>"De samenvatting volgt."</p> }
}
