//! The domain: the case model and every rule of the aid, as plain Rust.
//!
//! Nothing in this module may depend on the browser (no leptos, web-sys, wasm-bindgen or gloo);
//! `tests/purity.rs` checks that. Every function here is a pure function of the case and the
//! content catalogue, so it is tested natively with `cargo test`.

pub mod analysis;
pub mod casus;
pub mod criteria;
pub mod envelope;
pub mod flow;
pub mod guardrails;
pub mod lock;
pub mod options;
pub mod privacy;
pub mod safety;
pub mod signals;
pub mod summary;

pub use casus::*;
pub use signals::{kindcheck_applies, signals_for};
