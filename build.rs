//! Build script: turns the expert-readable TOML content in `src/content/` into Rust code in
//! `OUT_DIR` (`catalogue.rs` by `databake`, `screens.rs` by `ToRust`), so that neither the TOML
//! parser nor a deserializer for the content ships to the browser.
//!
//! It mounts the case model (a leaf) and the content schema at the same paths as in the crate
//! (`crate::model`, `crate::content::{types, condition, sources, validate}`), reads every file that
//! `content::FILES` names, validates the catalogue and fails the build with a clear message when
//! the content is wrong: a content error is a build error.

// `content_baked` is set for the crate (see `main`), never for this script: here the shared
// content types derive `databake::Bake`.
#![allow(unexpected_cfgs)]

use std::{env, fs, path::Path, process};

#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

#[allow(dead_code)]
#[path = "src/content"]
mod content {
    pub mod condition;
    pub mod conversation;
    pub mod flow_texts;
    pub mod followup;
    pub mod meta;
    pub mod report;
    pub mod return_types;
    pub mod safety_types;
    pub mod screens;
    pub mod sources;
    pub mod statics;
    pub mod template;
    pub mod text_table;
    pub mod types;
    pub mod validate;
    mod validate_conversation;
    mod validate_options;
    mod validate_return;
}

use content::screens::ToRust;

use content::types::{Catalogue, ReadFile, FILES};

/// Reads `src/content/<name>.toml`.
struct TomlFiles;

impl ReadFile for TomlFiles {
    type Error = String;
    fn read<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<T, String> {
        let path = format!("src/content/{name}.toml");
        let text = fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("\nContent error in Thuiswijzer:\n{msg}\n");
    for line in msg.lines().filter(|l| !l.trim().is_empty()) {
        println!("cargo:warning={line}");
    }
    process::exit(1);
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/model");
    for f in FILES {
        println!("cargo:rerun-if-changed=src/content/{f}.toml");
    }

    let catalogue = Catalogue::load(&mut TomlFiles).unwrap_or_else(|e| fail(&e));
    if let Err(errors) = catalogue.validate() {
        fail(&format!(
            "{} problem(s) in src/content/*.toml:\n  - {}",
            errors.len(),
            errors.join("\n  - ")
        ));
    }
    let out = env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    let baked = databake::Bake::bake(&catalogue, &databake::CrateEnv::default());
    fs::write(Path::new(&out).join("catalogue.rs"), baked.to_string())
        .unwrap_or_else(|e| fail(&format!("cannot write catalogue.rs: {e}")));
    let mut screens = String::new();
    catalogue.screens.to_rust(&mut screens);
    fs::write(Path::new(&out).join("screens.rs"), screens)
        .unwrap_or_else(|e| fail(&format!("cannot write screens.rs: {e}")));
    // The crate includes the baked content; only this script derives `databake::Bake`.
    println!("cargo:rustc-check-cfg=cfg(content_baked)");
    // Set by scripts/build-wasm.sh only: the page bodies become split points (src/ui/split.rs).
    println!("cargo:rustc-check-cfg=cfg(thuiswijzer_split)");
    println!("cargo:rustc-cfg=content_baked");
}
