//! The rules: pure functions of the case and the content catalogue (criteria, safety, options,
//! guard-rails, signals, analysis fields, the flow, review rows, input parsing, the
//! considerations of "Weer thuis"). No browser dependency (`tests/purity.rs`).

pub mod ages;
pub mod analysis;
pub mod assess;
pub mod children;
pub mod contacts;
pub mod conversation;
pub mod criteria;
pub mod derive;
pub mod flow;
pub mod followup;
pub mod guardrails;
pub mod input;
pub mod options;
pub mod questions;
pub mod return_home;
pub mod review;
pub mod safety;
pub mod signal_columns;
pub mod signals;
