//! What every part of the summary reads: the case, its assessment, the catalogue and the
//! variant's spec; and two small helpers.

use super::doc::Block;
use super::variant::{Audience, VariantSpec};
use super::words::w;
use crate::content::Catalogue;
use crate::model::{Casus, ProContact};
use crate::rules::assess::Assessment;

/// What every block reads: the case, its assessment, the catalogue and the variant.
pub(crate) struct Ctx<'a> {
    pub c: &'a Casus,
    pub a: &'a Assessment<'a>,
    pub cat: &'a Catalogue,
    pub spec: &'a VariantSpec,
    /// The "volledig" summary: every reason and text.
    pub full: bool,
    /// The professional's own saved contacts (not part of the case).
    pub contacts: &'a [ProContact],
}

impl Ctx<'_> {
    pub fn audience(&self) -> Audience {
        self.spec.audience
    }
}

pub(crate) fn filled(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// The blocks, or the one sentence `empty` of the summary words when there are none.
pub(crate) fn or_empty(blocks: Vec<Block>) -> Vec<Block> {
    if blocks.is_empty() {
        vec![Block::Paragraph(w().empty.to_string())]
    } else {
        blocks
    }
}
