//! Conditions and criteria: the rule vocabulary of the content, evaluated by
//! `rules::criteria`. Plain data, shared with the build script like [`super::types`].

use crate::model::{Answer, RoleGroup, SchoolType};
use serde::{Deserialize, Serialize};

/// A field of `Casus.safety` that a condition can test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyField {
    Disclosure,
    Suspicion,
    AcuteUnsafety,
    StructuralUnsafety,
    EffectiveHelp,
    HelpAccepted,
    HelpResults,
    TellingFamilyUnsafe,
}

/// A condition on a case. Evaluated three-valued (true, false, unknown) by
/// `rules::criteria::eval` on the case's facts (the case, the answers derived from its signals
/// and the safety route); a missing or "weet niet" answer is unknown, never a guess.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// Always true.
    Always,
    /// Age in whole years, both bounds inclusive.
    Age { min: Option<u8>, max: Option<u8> },
    /// Age in months, both bounds inclusive (16.5 years = 198 months).
    AgeMonths { min: Option<u32>, max: Option<u32> },
    /// The answer to a question (id in `questions.toml`) equals `expect`.
    Answer { question: String, expect: Answer },
    /// A safety answer equals `expect`.
    Safety { field: SafetyField, expect: Answer },
    /// The route of the safety weighing is one of these. Unknown while the route is not weighed
    /// or "nog niet bekend": safety binds the options, so an option that needs a safe situation
    /// never fits before the weighing says so.
    Route { any_of: Vec<SafetyOutcome> },
    /// At least one of these signals is recorded. Signals are observations: not recorded is false.
    Signal { any_of: Vec<String> },
    /// At least one kindcheck parent signal is recorded.
    Kindcheck,
    /// At least one brother or sister is recorded.
    Siblings,
    /// A brother or sister may be harmed by the case child or another household member.
    SiblingAtRisk,
    /// The recorded school type is one of these. Not recorded is false (like a signal).
    School { any_of: Vec<SchoolType> },
    /// The user's role belongs to one of these groups.
    Role { groups: Vec<RoleGroup> },
    /// All hold (Kleene logic).
    All { of: Vec<Condition> },
    /// At least one holds (Kleene logic).
    Any { of: Vec<Condition> },
    /// Negation (unknown stays unknown).
    Not { of: Box<Condition> },
}

/// How a criterion counts for the fit of an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionRole {
    /// Must hold for the option to fit.
    Required,
    /// If it holds, the option does not fit.
    ContraIndication,
    /// Speaks for the option; never excludes it.
    Supporting,
}

/// One criterion of an option: a role, a Dutch label and a condition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub role: CriterionRole,
    /// Dutch, B1: what the criterion says, e.g. "Leeftijd 10 tot en met 18 jaar".
    pub label: String,
    pub condition: Condition,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// The outcome of the safety weighing (see `rules::safety`); conditions can name it, so it lives here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafetyOutcome {
    AcuutGevaar,
    Meldnorm,
    HulpZonderMelding,
    GeenVermoeden,
    NogNietBekend,
}

impl SafetyOutcome {
    pub const ALL: [SafetyOutcome; 5] = [
        SafetyOutcome::AcuutGevaar,
        SafetyOutcome::Meldnorm,
        SafetyOutcome::HulpZonderMelding,
        SafetyOutcome::GeenVermoeden,
        SafetyOutcome::NogNietBekend,
    ];
}
