//! The shape of `return_home.toml`: the path "Weer thuis" for a child who lives elsewhere now.
//! Plain data, shared by the build script and the crate like `types.rs`.
//!
//! The Richtlijn Uithuisplaatsing en terugplaatsing asks for three afwegingen after the
//! verklarende analyse is updated, and for the ten factors of its afwegingskader "beslissen over
//! terugplaatsing". Each is a [`ReturnQuestion`] here, with the reason why it matters and the
//! answer that speaks for a return. What must be in place before and after a return are
//! questions too ([`ReturnPhase`]). The ways forward ([`ReturnAlternative`]) come in equal
//! detail; the validator holds them to it (`validate_return.rs`).

use super::meta::Meta;
use crate::model::Answer;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnHomeFile {
    pub meta: Meta,
    /// The text of the step and of the Casus question, so no Dutch lives in `ui/`.
    pub screen: ReturnScreen,
    /// What is known about return home in general (each with its source).
    pub facts: Vec<ReturnFact>,
    /// The three afwegingen, in the guideline's order.
    pub afwegingen: Vec<ReturnQuestion>,
    /// The ten factors of the afwegingskader.
    pub factors: Vec<ReturnQuestion>,
    /// What must be in place before and after a return (each with a [`ReturnPhase`]).
    pub conditions: Vec<ReturnQuestion>,
    /// The ways forward, in a fixed order and in equal detail; never ranked.
    pub alternatives: Vec<ReturnAlternative>,
}

/// Every fixed text of the step "Weer thuis" and of the question where the child lives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnScreen {
    pub lives_legend: String,
    pub lives_hint: String,
    pub intro: String,
    pub not_elsewhere: String,
    pub facts_heading: String,
    pub afwegingen_heading: String,
    pub afwegingen_intro: String,
    pub factors_heading: String,
    pub factors_intro: String,
    pub conditions_heading: String,
    pub before_heading: String,
    pub after_heading: String,
    pub why_label: String,
    pub note_label: String,
    pub considerations_heading: String,
    pub for_heading: String,
    pub against_heading: String,
    pub unknown_heading: String,
    pub to_arrange_heading: String,
    pub in_place_heading: String,
    pub none: String,
    pub alternatives_heading: String,
    pub alternatives_intro: String,
    pub pros_label: String,
    pub cons_label: String,
    pub not_a_decision: String,
}

/// A fact about return home, shown above the questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnFact {
    pub id: String,
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// Before or after the child goes home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(rename_all = "snake_case")]
pub enum ReturnPhase {
    Voor,
    Na,
}

/// One question of the path, answered ja / nee / weet niet with an optional note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnQuestion {
    /// Stable id: the key of the answer in `Casus::return_home`.
    pub id: String,
    pub question: String,
    /// A short name of what is asked, for the considerations and the summary.
    pub short: String,
    /// Why it matters, in the guideline's sense.
    pub why: String,
    /// The answer that speaks for a return (ja or nee); the other speaks against it.
    pub for_return: Answer,
    /// Only for the conditions: before or after the return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<ReturnPhase>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// A way forward for the child, described with as many pros as cons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnAlternative {
    pub id: String,
    pub name: String,
    pub text: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

impl ReturnHomeFile {
    /// Every question of the path in the order of the step: afwegingen, factors, conditions.
    pub fn questions(&self) -> impl Iterator<Item = &ReturnQuestion> {
        self.afwegingen
            .iter()
            .chain(&self.factors)
            .chain(&self.conditions)
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&ReturnQuestion> {
        self.questions().find(|q| q.id == id)
    }
}
