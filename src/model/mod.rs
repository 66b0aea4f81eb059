//! The model: the case and its vocabulary. A leaf: it imports nothing else of the crate.

mod bidi;
mod casus;
mod contacts;
mod conversation;
mod date;
mod followup;
mod format;
mod labels;
mod parts;
mod vocabulary;

pub use bidi::{isolate, isolated_case, overrides_contained};
pub use casus::*;
pub use contacts::{ContactKind, ProContact};
pub use conversation::*;
pub use date::Date;
pub use followup::{Evaluation, FollowUp};
pub use format::{date_nl, join_nl};
pub use parts::*;
pub use vocabulary::*;
