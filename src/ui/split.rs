//! The page bodies and how the app is built in short tasks at start. In the release build
//! every page is in the chunk `tw_app` with the rest of the app (see `ui::mount`), so a body
//! is there once the app is: the bodies of "Over" and the data page are an `async fn` only so
//! that the start can build them in a task of their own (`set_staged`); a step's body waits
//! for [`deferred`] in `ui::bodies`.

use crate::rules::flow::Step;
use leptos::prelude::*;

use crate::ui::about::AboutPage;
use crate::ui::data_page::DataPage;
use crate::ui::steps::*;

thread_local! {
    /// The app is being built off the page (`ui::mount`).
    static STAGED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Parts whose task has not run yet.
    static PENDING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// While on, the parts built through [`deferred_view`] and every page body wait for a task of
/// their own: `ui::mount` builds the app off the page in several short tasks (the shell, the
/// step frame, the body) before it replaces the static first screen.
pub fn set_staged(on: bool) {
    STAGED.with(|s| s.set(on));
}

/// Is the app being built off the page right now?
pub fn staged() -> bool {
    STAGED.with(|s| s.get())
}

/// How many deferred parts are still waiting for their task.
pub fn pending() -> u32 {
    PENDING.with(|p| p.get())
}

/// Waits for a task of its own while the app is built off the page; at once otherwise.
pub async fn deferred() {
    if STAGED.with(|s| s.get()) {
        PENDING.with(|p| p.set(p.get() + 1));
        crate::app::page::next_task().await;
        PENDING.with(|p| p.set(p.get().saturating_sub(1)));
    }
}

/// The view `make` builds: at once, or (while the app is built off the page) in a task of its
/// own. Signals read while building are not tracked by the part around it.
pub fn deferred_view(make: impl FnOnce() -> AnyView + 'static) -> AnyView {
    if STAGED.with(|s| s.get()) {
        lazy_view(async move {
            deferred().await;
            untrack(make)
        })
        .into_any()
    } else {
        make()
    }
}

/// The body of a step (`ui::bodies` builds it, in a task of its own while staged).
pub fn step_view(step: Step) -> AnyView {
    match step {
        Step::Casus => view! { <casus_step::CasusStep/> }.into_any(),
        Step::Signalen => view! { <signals_step::SignalsStep/> }.into_any(),
        Step::Veiligheid => view! { <safety_step::SafetyStep/> }.into_any(),
        Step::Gesprek => view! { <conversation_step::ConversationStep/> }.into_any(),
        Step::Analyse => view! { <analysis_step::AnalysisStep/> }.into_any(),
        Step::Netwerk => view! { <network_step::NetworkStep/> }.into_any(),
        Step::Opties => view! { <options_step::OptionsStep/> }.into_any(),
        Step::Verblijf => view! { <placement_step::PlacementStep/> }.into_any(),
        Step::WeerThuis => view! { <return_step::ReturnStep/> }.into_any(),
        Step::Samenvatting => view! { <summary_step::SummaryStep/> }.into_any(),
    }
}

/// "Over Thuiswijzer".
pub async fn about_body() -> AnyView {
    deferred().await;
    view! { <AboutPage/> }.into_any()
}

/// "Mijn casussen en privacy".
pub async fn data_body() -> AnyView {
    deferred().await;
    view! { <DataPage/> }.into_any()
}

/// Shows what `body` resolves to; nothing until then (a body that is not staged resolves at
/// once, so a page never flashes empty).
pub fn lazy_view<F>(body: F) -> impl IntoView
where
    F: std::future::Future<Output = AnyView> + 'static,
{
    // The browser has one thread: the wrapper only satisfies Leptos's `Send` bound.
    Suspend::new(send_wrapper::SendWrapper::new(body))
}
