//! The model: the case and its vocabulary. A leaf: it imports nothing else of the crate.

mod casus;

pub use casus::*;
