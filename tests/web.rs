//! Component tests in headless Chromium (wasm-bindgen-test). Run with `make test-wasm`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use thuiswijzer::ui::app::AppState;
use thuiswijzer::ui::steps::options_step::OptionsStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn input(id: &str) -> web_sys::HtmlInputElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .dyn_into()
        .unwrap()
}

fn mount<F, V>(f: F) -> web_sys::Element
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone().unchecked_into(), f).forget();
    root
}

#[wasm_bindgen_test]
async fn comparing_two_options_shows_them_side_by_side_and_limits_the_choice() {
    let state = AppState::new();
    let root = mount(move || {
        provide_context(state);
        view! { <OptionsStep/> }
    });
    assert!(root.query_selector(".comparison").unwrap().is_none());

    input("vergelijk-mst").click();
    leptos::task::tick().await;
    assert!(
        root.query_selector(".comparison").unwrap().is_none(),
        "one option is no comparison"
    );
    assert!(!input("vergelijk-iag").disabled());

    input("vergelijk-mdft").click();
    leptos::task::tick().await;
    let table = root
        .query_selector(".comparison")
        .unwrap()
        .expect("two chosen options are compared");
    let text = table.text_content().unwrap_or_default();
    assert!(text.contains("MST") && text.contains("MDFT"), "{text}");
    assert!(
        input("vergelijk-iag").disabled(),
        "a third option cannot be added"
    );

    input("vergelijk-mst").click();
    leptos::task::tick().await;
    assert!(root.query_selector(".comparison").unwrap().is_none());
    assert!(!input("vergelijk-iag").disabled());
    root.remove();
}

#[wasm_bindgen_test]
async fn answering_a_question_changes_the_fit_of_an_option() {
    let state = AppState::new();
    state.casus.update(|c| {
        c.age = Some(thuiswijzer::domain::Age {
            years: 5,
            months: 0,
        })
    });
    let root = mount(move || {
        provide_context(state);
        view! { <OptionsStep/> }
    });
    let mst = || {
        root.query_selector("#optie-mst .fit")
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    // MST is for 10 to 18 years: a 5-year-old does not fit, whatever else is answered.
    assert!(mst().contains("Past niet"), "{}", mst());
    state.casus.update(|c| {
        c.age = Some(thuiswijzer::domain::Age {
            years: 14,
            months: 0,
        })
    });
    leptos::task::tick().await;
    assert!(!mst().contains("Past niet"), "{}", mst());
    root.remove();
}
