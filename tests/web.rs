//! Component tests in headless Chromium (wasm-bindgen-test). Run with `make test-wasm`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use thuiswijzer::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn by_id<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .dyn_into::<T>()
        .unwrap()
}

fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn choosing_a_role_on_the_start_page_changes_the_start_button() {
    let _ = window().local_storage().map(|s| s.map(|s| s.clear()));
    let root = document().create_element("div").unwrap();
    root.set_id("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), App);

    assert!(text_of(".actions a.button").contains("Start een nieuwe casus"));
    let radio: web_sys::HtmlInputElement = by_id("start-rol-leraar");
    assert!(!radio.checked());
    radio.click();
    leptos::task::tick().await;

    assert!(radio.checked());
    assert!(
        text_of(".actions a.button").contains("Verder met deze casus"),
        "after choosing a role the case has content, so the button offers to continue"
    );
    drop(handle);
    root.remove();
}
