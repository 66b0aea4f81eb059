//! The header of every content file. Its own file, so that the schema files (`types.rs`,
//! `return_types.rs`) share it without importing each other.

use super::statics::{List, Str};
use serde::{Deserialize, Serialize};

/// Header of every content file: where it comes from, when, and how it is reviewed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::meta))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Str,
    /// Main sources of the file (addresses or `seed:` ids from `about.toml`).
    pub sources: List<Str>,
    /// Content date (YYYY-MM-DD): when the content was last checked against its sources.
    pub date: Str,
    /// Review policy in Dutch.
    pub review: Str,
}
