//! The model: the case and its vocabulary. A leaf: it imports nothing else of the crate.

mod casus;
mod format;
mod labels;
mod vocabulary;

pub use casus::*;
pub use format::date_nl;
pub use vocabulary::*;
