//! The lock screen: the whole page while the app is locked. Its content is
//! `widgets::unlock`, from the persistence chunk (`widgets::stored`).

use crate::ui::widgets::stored;
use leptos::prelude::*;

/// The whole page while the app is locked.
#[component]
pub fn LockScreen() -> impl IntoView {
    stored::unlock_screen()
}
