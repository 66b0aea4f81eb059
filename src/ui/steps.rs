//! The bodies of the steps. Each edits its part of the case; derived views come from the domain.
//! Which body a step shows is `ui::split::step_view`; `ui::bodies` builds and shows it.

pub mod analysis_step;
pub mod casus_step;
pub mod conversation_step;
pub mod network_step;
pub mod options_step;
pub mod placement_step;
pub mod return_step;
pub mod safety_step;
pub mod signals_step;
pub mod summary_step;
