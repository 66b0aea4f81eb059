//! The rules: pure functions of the case and the content catalogue (criteria, safety, options,
//! guard-rails, signals, analysis fields, the flow). No browser dependency (`tests/purity.rs`).

pub mod analysis;
pub mod assess;
pub mod children;
pub mod criteria;
pub mod derive;
pub mod flow;
pub mod guardrails;
pub mod options;
pub mod safety;
pub mod signals;
