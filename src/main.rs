//! Entry point. In the browser it mounts the app; natively it does nothing (the domain is a library).

fn main() {
    #[cfg(target_arch = "wasm32")]
    thuiswijzer::ui::mount();
}
