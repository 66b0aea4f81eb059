//! The shape of `safety.toml`: the meldcode steps, the afwegingsvragen and the other safety
//! questions, the acute indicators, what a recorded signal means for the weighing, the outcomes
//! with their next steps, and the weighing's own texts. Part of [`super::types`], which
//! re-exports it.
//!
//! Plain data, serde and std only: this file compiles in the build script too.

use super::condition::{Condition, SafetyField, SafetyOutcome};
use super::meta::Meta;
use super::statics::{List, Str};
use crate::model::{ContactKind, RoleGroup};
use serde::{Deserialize, Serialize};

/// What a recorded signal means for the safety weighing (afwegingsvraag 2). The rule for each
/// meaning, its Dutch reason and its source are in `safety.toml` (`signal_meanings`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(rename_all = "snake_case")]
pub enum SignalSafety {
    /// The child tells about violence or abuse: counts as acute unsafety on its own.
    Onthulling,
    /// Injury that was probably inflicted: acute together with [`SignalSafety::Angst`].
    Letsel,
    /// Fear of going home or of a parent: acute together with [`SignalSafety::Letsel`].
    Angst,
    /// Neglect: recorded as repeated, or several different ones, suggest structural unsafety.
    Verwaarlozing,
    /// Violence at home or toward the child: recorded as repeated suggests structural unsafety.
    Geweld,
}

impl SignalSafety {
    pub const ALL: [SignalSafety; 5] = [
        SignalSafety::Onthulling,
        SignalSafety::Letsel,
        SignalSafety::Angst,
        SignalSafety::Verwaarlozing,
        SignalSafety::Geweld,
    ];
}

/// The rule that a signal meaning feeds into the weighing, with the reason shown to the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct SignalMeaning {
    pub meaning: SignalSafety,
    /// Dutch: what this kind of signal means for safety (shown with the signals step).
    pub text: Str,
    /// Dutch reason for the weighing; `{signalen}` is replaced by the recorded signals.
    pub reason: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// Texts of the weighing that are not tied to one outcome. `{…}` marks a placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct WeighingTexts {
    /// When answers are open: what the known answers can still point to. Placeholders
    /// `{uitkomsten}` (short outcome names) and `{vragen}` (the open afwegingsvragen).
    pub points_to: Str,
    /// When afwegingsvraag 2b is open or "nee" while signals suggest structural unsafety.
    pub answer_2b: Str,
    /// Name of a brother or sister: `{nummer}` is 1, 2, …
    pub child_label: Str,
    /// Headline of another child's own route: `{kind}` is e.g. "broer of zus 2 (5 jaar)".
    pub child_headline: Str,
    /// Reason of another child's route: `{door}` names who may harm the child.
    pub child_reason: Str,
    /// Who may harm another child, per [`crate::model::RiskSource`].
    pub by_case_child: Str,
    pub by_household_member: Str,
    /// An afwegingsvraag named in a reason: `{nummer}`, `{vraag}`.
    pub question_label: Str,
    /// Reason of a ticked acute indicator: `{signaal}` is its text.
    pub acute_indicator: Str,
    /// Reason when the child told about violence or abuse (the acute indicator itself).
    pub disclosure: Str,
    /// Reason while the results of help are not known yet: `{vraag}` is afwegingsvraag 5.
    pub results_later: Str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct SafetyFile {
    pub meta: Meta,
    pub contacts: List<Contact>,
    pub definitions: List<Definition>,
    pub meldcode_steps: List<MeldcodeStep>,
    pub afwegingsvragen: List<Afwegingsvraag>,
    /// The other questions of the safety step (a disclosure, informing the family).
    pub questions: List<SafetyQuestion>,
    /// Fixed notes of the safety step.
    pub notes: SafetyNotes,
    pub acute_indicators: List<AcuteIndicator>,
    pub signal_meanings: List<SignalMeaning>,
    pub weighing: WeighingTexts,
    pub outcomes: List<OutcomeText>,
    pub next_steps: List<NextStep>,
    /// Next steps for another child who may be harmed by someone in the household.
    pub child_steps: List<NextStep>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Str,
    pub name: Str,
    pub phone: Str,
    pub when: Str,
    pub text: Str,
    pub sources: List<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: Str,
    pub term: Str,
    pub text: Str,
    pub sources: List<Str>,
}

/// A step of the meldcode, with what it means for each role group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct MeldcodeStep {
    pub number: u8,
    pub title: Str,
    pub text: Str,
    pub school: Str,
    pub huisartsenpraktijk: Str,
    pub lokaal_team: Str,
    pub sources: List<Str>,
}

/// One of the five afwegingsvragen (2a and 2b split acute and structural unsafety).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct Afwegingsvraag {
    /// "1", "2a", "2b", "3", "4", "5".
    pub number: Str,
    pub field: SafetyField,
    pub text: Str,
    pub hint: Str,
    /// Id of the definition (`definitions`) to show where the professional answers, e.g.
    /// `acute_onveiligheid` at 2a.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<Str>,
    pub sources: List<Str>,
}

/// A question of the safety step that is not an afwegingsvraag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct SafetyQuestion {
    pub field: SafetyField,
    pub text: Str,
    pub hint: Str,
    pub sources: List<Str>,
}

/// The notes under the acute alert and under the weighing: what Thuiswijzer is not, and who
/// thinks along.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct SafetyNotes {
    pub acute: Str,
    pub weighing: Str,
    pub sources: List<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct AcuteIndicator {
    pub id: Str,
    pub text: Str,
    /// Direct danger to life or health: 112 is shown first. Other acute indicators point to
    /// Veilig Thuis now, without 112.
    #[serde(default)]
    pub direct_danger: bool,
    pub sources: List<Str>,
}

/// Dutch wording of an outcome. `headline` never states a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub outcome: SafetyOutcome,
    /// Dutch, short, for "can still point to …": e.g. "een melding bij Veilig Thuis".
    pub short: Str,
    pub headline: Str,
    pub text: Str,
    pub sources: List<Str>,
}

/// A next step shown for an outcome, optionally only for some role groups or when a condition
/// holds (true, not unknown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::safety_types))]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub outcomes: List<SafetyOutcome>,
    /// Empty: for everyone.
    #[serde(default)]
    pub groups: List<RoleGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    pub text: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
    /// The kinds of professional contact this step names: the user's own saved contacts of
    /// these kinds are shown with it ("Bel het lokaal team: …").
    #[serde(default, skip_serializing_if = "List::is_empty")]
    pub contacts: List<ContactKind>,
}
