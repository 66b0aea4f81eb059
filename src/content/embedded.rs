//! The content, compiled into the crate: `build.rs` reads and checks the TOML files and writes
//! the Rust expressions that build them, so no deserializer and no JSON for the content ships
//! to the browser. The screen texts are written by [`super::screens::ToRust`]
//! (`OUT_DIR/screens.rs`), the rest of the catalogue by `databake` (`OUT_DIR/catalogue.rs`,
//! which calls [`screens`] for its `screens` field).

// `databake` writes vectors as `alloc::vec![…]`.
extern crate alloc;

use super::meta::Meta;
use super::screens::*;
use super::template::{Text, Tpl};
use super::types::Catalogue;

/// The texts of `screens.toml`.
pub fn screens() -> ScreensFile {
    include!(concat!(env!("OUT_DIR"), "/screens.rs"))
}

/// The whole catalogue, as validated by the build script.
pub fn catalogue() -> Catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"))
}
