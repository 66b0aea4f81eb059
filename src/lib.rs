//! Thuiswijzer: a decision aid for Dutch professionals (GP, POH-Jeugd, teacher, local team)
//! who notice that a child or a family is under pressure.
//!
//! * [`domain`]: the case model and every rule, pure Rust without any web dependency.
//! * [`content`]: the expert-readable data (signals, questions, options, sources) and its loader.
//! * `store` and `ui`: the browser layer (persistence and Leptos components), only on wasm32.
//!
//! See ARCHITECTURE.md for the flow of data.

pub mod content;
pub mod formats;
pub mod model;
pub mod privacy;
pub mod rules;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
