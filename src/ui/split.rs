//! The split points of the release build: the page bodies below live in WebAssembly chunks,
//! fetched (with their integrity hash) the first time one is shown, or earlier when the browser
//! is idle after start (`preload_when_idle`). The start page and the step frame stay in the
//! main module, so the start route loads only that (the lock screen's form and everything
//! that reads or writes storage are the chunk `tw_store`: `app::storage`, `widgets::stored`). All bodies share one
//! chunk (`tw_steps`): a chunk per page made every file together 26 % larger than one module
//! (98 small chunks of shared code, each compressed on its own: 598 against 475 KB brotli),
//! two chunks (steps; "Over" and the data page) 13 %, one chunk 10 %; issue 14 allows 10 %.
//!
//! The chunks exist only when the crate is built with `--cfg thuiswijzer_split`, which only
//! `scripts/build-wasm.sh` sets (it runs `wasm-split-cli` on the linked module; see
//! ARCHITECTURE.md). Every other wasm32 build (clippy, the wasm tests) compiles the same
//! bodies as plain `async` functions, so nothing there needs the split loader.

use crate::rules::flow::Step;
use leptos::prelude::*;

/// Declares one `async fn name() -> AnyView` per split point and, in split builds, the
/// function that fetches its chunk without building the view.
macro_rules! split_points {
    ($( $name:ident, $preload:ident, $chunk:ident => $body:expr; )*) => {
        $(
            #[cfg(thuiswijzer_split)]
            #[::leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                preload($preload)
            )]
            fn $name() -> AnyView {
                $body
            }
            #[cfg(not(thuiswijzer_split))]
            async fn $name() -> AnyView {
                $body
            }
        )*
        /// Every chunk, in the order a user meets the pages (the steps first).
        #[cfg(thuiswijzer_split)]
        async fn preload_all() {
            $( $preload().await; )*
        }
    };
}

use crate::ui::about::AboutPage;
use crate::ui::data_page::DataPage;
use crate::ui::steps::*;
split_points! {
    casus, preload_casus, tw_steps => view! { <casus_step::CasusStep/> }.into_any();
    signals, preload_signals, tw_steps => view! { <signals_step::SignalsStep/> }.into_any();
    safety, preload_safety, tw_steps => view! { <safety_step::SafetyStep/> }.into_any();
    conversation, preload_conversation, tw_steps =>
        view! { <conversation_step::ConversationStep/> }.into_any();
    analysis, preload_analysis, tw_steps => view! { <analysis_step::AnalysisStep/> }.into_any();
    network, preload_network, tw_steps => view! { <network_step::NetworkStep/> }.into_any();
    options, preload_options, tw_steps => view! { <options_step::OptionsStep/> }.into_any();
    placement, preload_placement, tw_steps =>
        view! { <placement_step::PlacementStep/> }.into_any();
    return_home, preload_return_home, tw_steps =>
        view! { <return_step::ReturnStep/> }.into_any();
    summary, preload_summary, tw_steps => view! { <summary_step::SummaryStep/> }.into_any();
    about, preload_about, tw_steps => view! { <AboutPage/> }.into_any();
    data, preload_data, tw_steps => view! { <DataPage/> }.into_any();
}

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

async fn deferred() {
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

/// The body of a step, from its chunk.
pub async fn step_body(step: Step) -> AnyView {
    deferred().await;
    match step {
        Step::Casus => casus().await,
        Step::Signalen => signals().await,
        Step::Veiligheid => safety().await,
        Step::Gesprek => conversation().await,
        Step::Analyse => analysis().await,
        Step::Netwerk => network().await,
        Step::Opties => options().await,
        Step::Verblijf => placement().await,
        Step::WeerThuis => return_home().await,
        Step::Samenvatting => summary().await,
    }
}

/// "Over Thuiswijzer", from its chunk.
pub async fn about_body() -> AnyView {
    deferred().await;
    about().await
}

/// "Mijn casussen en privacy", from its chunk.
pub async fn data_body() -> AnyView {
    deferred().await;
    data().await
}

/// Shows what `body` resolves to; nothing until then (a chunk that is already loaded
/// resolves at once, so a page never flashes empty after the preload).
pub fn lazy_view<F>(body: F) -> impl IntoView
where
    F: std::future::Future<Output = AnyView> + 'static,
{
    // The browser has one thread: the wrapper only satisfies Leptos's `Send` bound.
    Suspend::new(send_wrapper::SendWrapper::new(body))
}

/// On a deep link (any page but the start page), the loading of that page's chunk, to await
/// before the app mounts; `None` on the start page and in builds without chunks.
pub fn deep_link_chunk() -> Option<std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>> {
    #[cfg(thuiswijzer_split)]
    {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let base = crate::app::routing::router_base();
        let route = path.strip_prefix(base.as_str()).unwrap_or(&path);
        // Every page body is in `tw_steps`; fetched without a panic when the fetch is cut off
        // (the page is left meanwhile).
        match route.trim_end_matches('/') {
            "" => None,
            _ => Some(Box::pin(async {
                let _ = steps_fetched().await;
            })),
        }
    }
    #[cfg(not(thuiswijzer_split))]
    None
}

/// Once the browser is idle after start, fetches every chunk one after another (the page
/// bodies, then the persistence code of `app::storage`, unless the first input fetched it
/// already), so that no page waits for the network on its first visit. Without chunks it
/// does nothing.
pub fn preload_when_idle() {
    #[cfg(thuiswijzer_split)]
    crate::app::page::when_idle(|| {
        leptos::task::spawn_local(async {
            // A fetch cut off (the page is left meanwhile) must not panic, which the split
            // points' own preloads do: they run once the chunk is there.
            if steps_fetched().await.is_ok() {
                preload_all().await;
            }
            crate::app::storage::ready().await;
        })
    });
}

/// Fetches the chunk of the page bodies; `Err` when the fetch failed (no panic).
#[cfg(thuiswijzer_split)]
#[::leptos::wasm_split::wasm_split(
    tw_steps,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(steps_fetched)
)]
fn steps_there() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
    Ok(())
}
