//! The summary as data: what the UI shows and prints and what [`super::to_plain_text`] lays out.

use super::sections::{PartId, SectionId};
use super::variant::{Audience, Variant};
use super::words::w;

/// When and with what the summary was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// From [`super::RenderInfo::date`].
    pub date: String,
    pub app_version: String,
    /// The newest content date of the catalogue, as dd-mm-yyyy.
    pub content_date: String,
}

impl Stamp {
    /// The stamp as one Dutch line for the audience.
    pub fn line(&self, audience: Audience) -> String {
        match audience {
            Audience::Parents => &w().stamp_parents,
            Audience::Professional => &w().stamp_professional,
        }
        .fill(&[&self.date, &self.app_version, &self.content_date])
    }
}

/// One item of a list, with optional lines under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub details: Vec<String>,
}

impl Item {
    pub(crate) fn new(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            details: Vec::new(),
        }
    }
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// A labelled text, e.g. an analysis field.
    Field {
        label: String,
        text: String,
    },
    /// A list, optionally with a title.
    List {
        title: Option<String>,
        items: Vec<Item>,
    },
}

impl Block {
    /// Every text in the block, for the identifier scan and for tests.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph(t) => vec![t],
            Block::Field { label, text } => vec![label, text],
            Block::List { title, items } => {
                let mut v: Vec<&str> = title.iter().map(String::as_str).collect();
                for i in items {
                    v.push(&i.text);
                    v.extend(i.details.iter().map(String::as_str));
                }
                v
            }
        }
    }

    pub(crate) fn field(label: impl Into<String>, text: impl Into<String>) -> Block {
        Block::Field {
            label: label.into(),
            text: text.into(),
        }
    }

    /// A list, or nothing when there are no items.
    pub(crate) fn list(title: Option<&str>, items: Vec<Item>) -> Option<Block> {
        (!items.is_empty()).then(|| Block::List {
            title: title.map(String::from),
            items,
        })
    }
}

/// One section with its heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummarySection {
    pub id: PartId,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// The rendered summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub variant: Variant,
    /// Rendered in the SOEP form.
    pub soep: bool,
    pub full: bool,
    pub title: String,
    /// Date, version and content date.
    pub stamp: Stamp,
    /// Lines about the case: its label, the role, the child (not for parents).
    pub meta: Vec<String>,
    pub sections: Vec<SummarySection>,
    /// It supports the professional's judgement and is not a decision.
    pub disclaimer: String,
}

impl Summary {
    /// A section of the standard form.
    pub fn section(&self, id: SectionId) -> Option<&SummarySection> {
        self.part(PartId::Section(id))
    }

    pub fn part(&self, id: PartId) -> Option<&SummarySection> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The stamp as one line for this summary's audience.
    pub fn stamp_line(&self) -> String {
        self.stamp.line(self.variant.spec().audience)
    }
}
