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
use super::statics::{List, Str};
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
    pub facts: List<ReturnFact>,
    /// The three afwegingen, in the guideline's order.
    pub afwegingen: List<ReturnQuestion>,
    /// The ten factors of the afwegingskader.
    pub factors: List<ReturnQuestion>,
    /// What must be in place before and after a return (each with a [`ReturnPhase`]).
    pub conditions: List<ReturnQuestion>,
    /// The ways forward, in a fixed order and in equal detail; never ranked.
    pub alternatives: List<ReturnAlternative>,
}

/// Every fixed text of the step "Weer thuis" and of the question where the child lives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnScreen {
    pub lives_legend: Str,
    pub lives_hint: Str,
    pub intro: Str,
    pub not_elsewhere: Str,
    pub facts_heading: Str,
    pub afwegingen_heading: Str,
    pub afwegingen_intro: Str,
    pub factors_heading: Str,
    pub factors_intro: Str,
    pub conditions_heading: Str,
    pub before_heading: Str,
    pub after_heading: Str,
    pub why_label: Str,
    pub note_label: Str,
    pub considerations_heading: Str,
    pub for_heading: Str,
    pub against_heading: Str,
    pub unknown_heading: Str,
    pub to_arrange_heading: Str,
    pub in_place_heading: Str,
    pub none: Str,
    pub alternatives_heading: Str,
    pub alternatives_intro: Str,
    pub pros_label: Str,
    pub cons_label: Str,
    pub not_a_decision: Str,
}

/// A fact about return home, shown above the questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnFact {
    pub id: Str,
    pub text: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
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
    pub id: Str,
    pub question: Str,
    /// A short name of what is asked, for the considerations and the summary.
    pub short: Str,
    /// Why it matters, in the guideline's sense.
    pub why: Str,
    /// The answer that speaks for a return (ja or nee); the other speaks against it.
    pub for_return: Answer,
    /// Only for the conditions: before or after the return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<ReturnPhase>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// A way forward for the child, described with as many pros as cons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::return_types))]
#[serde(deny_unknown_fields)]
pub struct ReturnAlternative {
    pub id: Str,
    pub name: Str,
    pub text: Str,
    pub pros: List<Str>,
    pub cons: List<Str>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
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
