//! The shape of `conversation.toml`: guidance for the talk with the parents, prompts for hearing
//! the child per age band, and the "Mag ik dit delen?" rules per role group. Plain data, shared
//! with the build script like `types.rs` (which holds the file itself, with its header).

use super::statics::{List, Str};
use crate::model::{AgeBand, RoleGroup};
use serde::{Deserialize, Serialize};

/// The screen text of the step "Gesprek": headings, intros and labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct ConversationScreen {
    pub intro: Str,
    pub prepare_heading: Str,
    pub prepare_intro: Str,
    pub card_note: Str,
    pub card_link: Str,
    pub exception_heading: Str,
    pub skipped_more: Str,
    pub skipped_label: Str,
    pub skipped_hint: Str,
    pub parents_heading: Str,
    pub parents_intro: Str,
    pub separated_legend: Str,
    pub both_heard_legend: Str,
    pub both_heard_hint: Str,
    pub explanation_label: Str,
    pub explanation_hint: Str,
    pub recognise_label: Str,
    pub recognises_legend: Str,
    pub recognises_hint: Str,
    pub want_label: Str,
    pub agreed_label: Str,
    pub child_heading: Str,
    pub child_intro: Str,
    pub worries_label: Str,
    pub going_well_label: Str,
    pub wishes_label: Str,
    pub how_heard_label: Str,
    pub how_heard_hint: Str,
    pub to_parents_label: Str,
    pub to_parents_hint: Str,
    pub share_heading: Str,
    pub share_intro: Str,
    pub record_label: Str,
    /// Heading of the parents' and the child's words shown beside the analysis.
    pub in_analysis: Str,
    /// Said under "does the family share the analysis" when the answer comes from the talk.
    pub derived_shared: Str,
}

/// A part of the talk, in the order of the talk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(rename_all = "snake_case")]
pub enum TalkPart {
    /// How to open.
    Openen,
    /// The concern as observed facts.
    Zorg,
    /// Asking the parents' own explanation.
    Uitleg,
    /// What not to say or promise yet.
    NietNu,
    /// Closing with agreements and a next moment.
    Afsluiten,
    /// Both parents with gezag.
    Ouders,
    /// When a talk would endanger the child or someone else (the meldcode's exception).
    Uitzondering,
}

impl TalkPart {
    pub const ALL: [TalkPart; 7] = [
        TalkPart::Openen,
        TalkPart::Zorg,
        TalkPart::Uitleg,
        TalkPart::NietNu,
        TalkPart::Afsluiten,
        TalkPart::Ouders,
        TalkPart::Uitzondering,
    ];
}

/// The heading of each part of the talk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct PartTitles {
    pub openen: Str,
    pub zorg: Str,
    pub uitleg: Str,
    pub niet_nu: Str,
    pub afsluiten: Str,
    pub ouders: Str,
    pub uitzondering: Str,
}

impl PartTitles {
    /// The heading of a part.
    pub fn of(&self, part: TalkPart) -> &str {
        match part {
            TalkPart::Openen => &self.openen,
            TalkPart::Zorg => &self.zorg,
            TalkPart::Uitleg => &self.uitleg,
            TalkPart::NietNu => &self.niet_nu,
            TalkPart::Afsluiten => &self.afsluiten,
            TalkPart::Ouders => &self.ouders,
            TalkPart::Uitzondering => &self.uitzondering,
        }
    }
}

/// A situation of the case that brings extra guidance (derived by `rules::conversation`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// The child disclosed violence or abuse.
    Onthulling,
    /// The weighing points to acute danger.
    Acuut,
    /// Neglect signals are recorded.
    Verwaarlozing,
    /// The parents with gezag live apart or are in a (v)echtscheiding.
    Gescheiden,
    /// Telling the family would endanger someone, or step 3 was skipped on purpose.
    Onveilig,
}

/// One piece of guidance for the talk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct TalkItem {
    pub id: Str,
    pub part: TalkPart,
    /// Empty: for every role group.
    #[serde(default, skip_serializing_if = "List::is_empty")]
    pub groups: List<RoleGroup>,
    /// Empty: always; else when any of these situations holds.
    #[serde(default, skip_serializing_if = "List::is_empty")]
    pub when: List<Situation>,
    pub text: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// Prompts for hearing a child of one age band (Three Houses: worries, good things, wishes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct ChildPrompts {
    pub band: AgeBand,
    pub intro: Str,
    pub worries: Str,
    pub going_well: Str,
    pub wishes: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// A sourced text without an id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    pub text: Str,
    pub sources: List<Str>,
}

/// A "Mag ik dit delen?" rule: the rule, what to record, its sources. Never a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct ShareRule {
    pub id: Str,
    /// Empty: for every role group.
    #[serde(default, skip_serializing_if = "List::is_empty")]
    pub groups: List<RoleGroup>,
    pub title: Str,
    pub rule: Str,
    /// What to record in the file.
    pub record: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}
