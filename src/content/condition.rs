//! Conditions and criteria: the rule vocabulary of the content, evaluated by
//! `rules::criteria`. Plain data, shared with the build script like [`super::types`].

use super::statics::{List, Ref, Str};
use crate::model::{Age, Answer, RoleGroup, SchoolType};
use serde::{Deserialize, Serialize};

/// A field of `Casus.safety` that a condition can test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
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
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// Always true.
    Always,
    /// Age in whole years, both bounds inclusive.
    Age { min: Option<u8>, max: Option<u8> },
    /// Age in months, both bounds inclusive (16.5 years = 198 months).
    AgeMonths { min: Option<u32>, max: Option<u32> },
    /// The age range of an option, the one source of its age text ("Voor wie") and its age
    /// check. See [`AgeRange`].
    AgeRange(AgeRange),
    /// The answer to a question (id in `questions.toml`) equals `expect`.
    Answer { question: Str, expect: Answer },
    /// A safety answer equals `expect`.
    Safety { field: SafetyField, expect: Answer },
    /// The route of the safety weighing is one of these. Unknown while the route is not weighed
    /// or "nog niet bekend": safety binds the options, so an option that needs a safe situation
    /// never fits before the weighing says so.
    Route { any_of: List<SafetyOutcome> },
    /// At least one of these signals is recorded. Signals are observations: not recorded is false.
    Signal { any_of: List<Str> },
    /// At least one kindcheck parent signal is recorded.
    Kindcheck,
    /// At least one brother or sister is recorded.
    Siblings,
    /// A brother or sister may be harmed by the case child or another household member.
    SiblingAtRisk,
    /// The recorded school type is one of these. Not recorded is false (like a signal).
    School { any_of: List<SchoolType> },
    /// The user's role belongs to one of these groups.
    Role { groups: List<RoleGroup> },
    /// All hold (Kleene logic).
    All { of: List<Condition> },
    /// At least one holds (Kleene logic).
    Any { of: List<Condition> },
    /// Negation (unknown stays unknown).
    Not { of: Ref<Condition> },
}

/// The age range of an option. `from` and `to` are inclusive, `below` is exclusive: "tot 18
/// jaar" is `below = { years = 18 }` and means: until the 18th birthday (up to and including
/// 17 years and 11 months), the scope of youth care in the Jeugdwet and the richtlijn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Age>,
    /// Last age included ("tot en met 17 jaar en 7 maanden").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Age>,
    /// First age excluded ("tot 18 jaar").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below: Option<Age>,
    /// A higher limit for a young person with a licht verstandelijke beperking (only the young
    /// person's own LVB, answered by `question`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lvb: Option<LvbLimit>,
    /// The range applies to at least one child of the household (the case child or a brother
    /// or sister), not only to the case child.
    #[serde(default)]
    pub any_child: bool,
    /// The range applies at the start of the help (the text says "bij de start").
    #[serde(default)]
    pub at_start: bool,
}

/// The higher age limit with the young person's LVB.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
#[serde(deny_unknown_fields)]
pub struct LvbLimit {
    /// First age excluded with an LVB ("tot 23 jaar").
    pub below: Age,
    /// The question (in `questions.toml`) whose "ja" says the young person has an LVB.
    pub question: Str,
}

/// How a criterion counts for the fit of an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
#[serde(rename_all = "snake_case")]
pub enum CriterionRole {
    /// Must hold for the option to fit.
    Required,
    /// If it holds, the option does not fit.
    ContraIndication,
    /// Speaks for the option; never excludes it.
    Supporting,
}

/// One criterion of an option: a role, a Dutch label, a condition and the reason as a
/// colleague would say it for each value of the condition.
///
/// The reasons are content, not code. Which ones are needed depends on the role (checked at
/// build time): a required criterion needs all three; a contra-indication and a supporting
/// criterion need `if_true` and `if_unknown` (when false they do not matter and are not shown).
/// An `age_range` criterion has no label or reasons of its own: they come from the `[wording]`
/// of `options.toml` and the range itself, so the age text and the age check never disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub role: CriterionRole,
    /// Dutch, B1: what the criterion says, e.g. "Er is een acute crisis". For a
    /// contra-indication this is the line under "Niet geschikt als".
    #[serde(default)]
    pub label: Str,
    pub condition: Condition,
    /// The reason when the condition holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_true: Option<Str>,
    /// The reason when the condition does not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_false: Option<Str>,
    /// The reason while the case does not tell (not answered or "weet niet").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_unknown: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// The outcome of the safety weighing (see `rules::safety`); conditions can name it, so it lives here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::condition))]
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
