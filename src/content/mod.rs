//! Content: expert-readable data files and their loader.
//!
//! The files `src/content/*.toml` (one per field of [`Catalogue`]; the list is [`FILES`]) are
//! parsed and validated by `build.rs` at build time and compiled in as Rust code
//! (`embedded.rs`) as a `static`, which [`catalogue`] returns. The shape is [`types`] and [`condition`]; the checks are
//! [`validate`] and [`sources`].

pub mod condition;
pub mod conversation;
mod embedded;
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

pub use condition::*;
pub use conversation::*;
pub use followup::*;
pub use return_types::*;
pub use sources::*;
pub use statics::{List, Ref, Str};
pub use types::*;
pub use validate::*;

/// The content file of the screen texts.
const SCREENS_FILE: &str = "screens.toml";

/// The content catalogue: a `static` that `build.rs` wrote as a constant expression
/// (`content/embedded.rs`), parsed and validated at build time; nothing is built at run time.
pub fn catalogue() -> &'static Catalogue {
    &embedded::CATALOGUE
}

impl Catalogue {
    /// The headers of the content files, in file order.
    pub fn metas(&self) -> Vec<&Meta> {
        self.named_metas().into_iter().map(|(_, m)| m).collect()
    }

    /// The content date: the newest date of the content files that state facts (ISO dates
    /// compare as text). The screen texts (`screens.toml`) are the interface, not facts: a new
    /// button label does not make the content newer.
    pub fn content_date(&self) -> &str {
        self.named_metas()
            .into_iter()
            .filter(|(file, _)| *file != SCREENS_FILE)
            .map(|(_, m)| m.date.as_str())
            .max()
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_date_is_the_newest_file_date() {
        let c = catalogue();
        let newest = c.content_date();
        assert_eq!(newest.len(), 10, "an ISO date: {newest}");
        let facts: Vec<&Meta> = c
            .named_metas()
            .into_iter()
            .filter(|(f, _)| *f != SCREENS_FILE)
            .map(|(_, m)| m)
            .collect();
        assert_eq!(
            facts.len(),
            FILES.len() - 1,
            "only the screen texts are left out"
        );
        assert!(facts.iter().all(|m| m.date.as_str() <= newest));
        assert!(facts.iter().any(|m| m.date == newest));
    }

    #[test]
    fn every_content_file_has_a_header() {
        let c = catalogue();
        let names: Vec<&str> = c.named_metas().iter().map(|(n, _)| *n).collect();
        let expected: Vec<String> = FILES.iter().map(|f| format!("{f}.toml")).collect();
        assert_eq!(names, expected);
    }
}
