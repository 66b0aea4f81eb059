//! The lock screen: the whole page while the app is locked. Its content is
//! `widgets::unlock`.

use crate::ui::widgets::unlock::UnlockScreen;
use leptos::prelude::*;

/// The whole page while the app is locked.
#[component]
pub fn LockScreen() -> impl IntoView {
    view! { <UnlockScreen/> }
}
