//! Thuiswijzer: a decision aid for Dutch professionals (GP, POH-Jeugd, teacher, local team)
//! who notice that a child or a family is under pressure.
//!
//! Pure layers (no web dependency, tested natively): [`model`] (the case and its vocabulary),
//! [`content`] (the expert-readable data and its loader), [`rules`], [`summary`], [`privacy`]
//! and [`formats`] (storage and export formats).
//! Browser layers, only on wasm32: `store` (browser I/O), `app` (state and actions, no views)
//! and `ui` (components).
//!
//! Imports point down; `tests/layers.rs` checks it. See ARCHITECTURE.md.

pub mod content;
pub mod formats;
pub mod model;
pub mod privacy;
pub mod rules;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
