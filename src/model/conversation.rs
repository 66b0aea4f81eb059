//! The conversation with the parents and the child (meldcode step 3): what they said, in their
//! own words, and why a talk was not held when it would have been unsafe.
//!
//! Part of [`super::Casus`] as `conversation`; every field is additive and defaults to empty,
//! so older cases read unchanged. No names: the child's words are written down without
//! identifying details, and every text here is scanned by the identifier warnings.

use super::vocabulary::Answer;
use serde::{Deserialize, Serialize};

/// What the parents said in the talk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParentsView {
    /// Their own explanation of what the professional saw.
    pub explanation: String,
    /// What they recognise of the concern, in their words.
    pub recognise: String,
    /// Do they recognise the concern? Feeds "does the family share the analysis" until the
    /// professional answers that question explicitly.
    pub recognises: Option<Answer>,
    /// What they want, for their child and for themselves.
    pub want: String,
    /// What was agreed, and the next moment.
    pub agreed: String,
}

impl ParentsView {
    pub fn is_empty(&self) -> bool {
        *self == ParentsView::default()
    }
}

/// The child's own voice, in the spirit of Three Houses: worries, what goes well, wishes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChildVoice {
    pub worries: String,
    pub going_well: String,
    pub wishes: String,
    /// How the child was heard, e.g. "samen getekend" or "via de juf die het kind vertrouwt".
    pub how_heard: String,
}

impl ChildVoice {
    /// The child's words as (part, text), only the filled parts, in Three Houses order.
    pub fn words(&self) -> [(ChildPart, &str); 3] {
        [
            (ChildPart::Worries, self.worries.as_str()),
            (ChildPart::GoingWell, self.going_well.as_str()),
            (ChildPart::Wishes, self.wishes.as_str()),
        ]
    }

    /// Did the professional write down any of the child's words?
    pub fn has_words(&self) -> bool {
        self.words().iter().any(|(_, t)| !t.trim().is_empty())
    }
}

/// The three parts of the child's words (Three Houses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChildPart {
    Worries,
    GoingWell,
    Wishes,
}

/// The talk with the parents and the child.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conversation {
    /// Do the parents with gezag live apart (separated, or a vechtscheiding)?
    pub separated: Option<Answer>,
    /// Were both parents with gezag heard?
    pub both_heard: Option<Answer>,
    /// Why the talk with the parents was not held (the meldcode's exception: it would endanger
    /// the child or someone else). Empty: not skipped.
    pub skipped_because: String,
    pub parents: ParentsView,
    pub child: ChildVoice,
    /// The professional explicitly chose to put the child's words in the parents' version.
    pub child_to_parents: bool,
}

impl Conversation {
    /// Every free text of the talk, to change in place (see `Casus::free_texts_mut`).
    pub fn free_texts_mut(&mut self) -> [&mut String; 9] {
        [
            &mut self.skipped_because,
            &mut self.parents.explanation,
            &mut self.parents.recognise,
            &mut self.parents.want,
            &mut self.parents.agreed,
            &mut self.child.worries,
            &mut self.child.going_well,
            &mut self.child.wishes,
            &mut self.child.how_heard,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_case_without_a_conversation_reads_as_empty() {
        let c: Conversation = serde_json::from_str("{}").unwrap();
        assert_eq!(c, Conversation::default());
        assert!(c.parents.is_empty() && !c.child.has_words() && !c.child_to_parents);
        let partial: Conversation =
            serde_json::from_str(r#"{"child":{"wishes":"Dat papa en mama geen ruzie maken"}}"#)
                .unwrap();
        assert!(partial.child.has_words());
        let mut partial = partial;
        assert!(partial
            .free_texts_mut()
            .iter()
            .any(|t| t.as_str() == "Dat papa en mama geen ruzie maken"));
    }
}
