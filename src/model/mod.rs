//! The model: the case and its vocabulary. A leaf: it imports nothing else of the crate.

mod bidi;
mod casus;
mod conversation;
mod format;
mod labels;
mod vocabulary;

pub use bidi::{isolate, isolated_case, overrides_contained};
pub use casus::*;
pub use conversation::*;
pub use format::date_nl;
pub use vocabulary::*;
