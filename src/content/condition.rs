//! Conditions and criteria: the rule vocabulary of the content, evaluated by
//! `rules::criteria`. Plain data, shared with the build script like [`super::types`].

use crate::model::{Answer, RoleGroup};
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
/// `domain::criteria::eval`; a missing or "weet niet" answer is unknown, never a guess.
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
    /// At least one of these signals is recorded. Signals are observations: not recorded is false.
    Signal { any_of: Vec<String> },
    /// At least one kindcheck parent signal is recorded.
    Kindcheck,
    /// At least one brother or sister is recorded.
    Siblings,
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
