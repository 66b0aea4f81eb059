//! The model: the case and its vocabulary. A leaf: it imports nothing else of the crate.

mod casus;
mod conversation;
mod format;
mod labels;
mod vocabulary;

pub use casus::*;
pub use conversation::*;
pub use format::date_nl;
pub use vocabulary::*;
