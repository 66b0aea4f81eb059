//! The content, compiled into the crate: `build.rs` reads and checks the TOML files and writes
//! them as constant Rust expressions, so no deserializer and no JSON for the content ships to
//! the browser, and building the catalogue costs no code and no time at start: it is a
//! `static` of [`Str`], [`List`] and [`Ref`] (`content/statics.rs`) pointing into the data
//! section. The screen texts are written by [`super::screens::ToRust`] (`OUT_DIR/screens.rs`),
//! the rest of the catalogue by `databake` (`OUT_DIR/catalogue.rs`, which names [`SCREENS`]
//! for its `screens` field).

use super::meta::Meta;
use super::screens::*;
use super::statics::{List, Str};
use super::template::{Text, Tpl};
use super::types::Catalogue;

/// The texts of `screens.toml`.
const SCREENS: ScreensFile = include!(concat!(env!("OUT_DIR"), "/screens.rs"));

/// The whole catalogue, as validated by the build script.
pub static CATALOGUE: Catalogue = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
