//! The screen texts, compiled into the crate: `build.rs` reads and checks `screens.toml` and
//! writes the Rust expression that builds them (`OUT_DIR/screens.rs`). The catalogue takes
//! them from here, so no deserializer for them ships to the browser.

use super::meta::Meta;
use super::screens::*;
use super::template::{Text, Tpl};

/// The texts of `screens.toml`.
pub fn screens() -> ScreensFile {
    include!(concat!(env!("OUT_DIR"), "/screens.rs"))
}
