//! The shape of `conversation.toml`: guidance for the talk with the parents, prompts for hearing
//! the child per age band, and the "Mag ik dit delen?" rules per role group. Plain data, shared
//! with the build script like `types.rs` (which holds the file itself, with its header).

use crate::model::{AgeBand, RoleGroup};
use serde::{Deserialize, Serialize};

/// The screen text of the step "Gesprek": headings, intros and labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct ConversationScreen {
    pub intro: String,
    pub prepare_heading: String,
    pub prepare_intro: String,
    pub card_note: String,
    pub card_link: String,
    pub exception_heading: String,
    pub skipped_more: String,
    pub skipped_label: String,
    pub skipped_hint: String,
    pub parents_heading: String,
    pub parents_intro: String,
    pub separated_legend: String,
    pub both_heard_legend: String,
    pub both_heard_hint: String,
    pub explanation_label: String,
    pub explanation_hint: String,
    pub recognise_label: String,
    pub recognises_legend: String,
    pub recognises_hint: String,
    pub want_label: String,
    pub agreed_label: String,
    pub child_heading: String,
    pub child_intro: String,
    pub worries_label: String,
    pub going_well_label: String,
    pub wishes_label: String,
    pub how_heard_label: String,
    pub how_heard_hint: String,
    pub to_parents_label: String,
    pub to_parents_hint: String,
    pub share_heading: String,
    pub share_intro: String,
    pub record_label: String,
    /// Heading of the parents' and the child's words shown beside the analysis.
    pub in_analysis: String,
    /// Said under "does the family share the analysis" when the answer comes from the talk.
    pub derived_shared: String,
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
    pub openen: String,
    pub zorg: String,
    pub uitleg: String,
    pub niet_nu: String,
    pub afsluiten: String,
    pub ouders: String,
    pub uitzondering: String,
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
    pub id: String,
    pub part: TalkPart,
    /// Empty: for every role group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<RoleGroup>,
    /// Empty: always; else when any of these situations holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<Situation>,
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// Prompts for hearing a child of one age band (Three Houses: worries, good things, wishes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct ChildPrompts {
    pub band: AgeBand,
    pub intro: String,
    pub worries: String,
    pub going_well: String,
    pub wishes: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// A sourced text without an id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    pub text: String,
    pub sources: Vec<String>,
}

/// A "Mag ik dit delen?" rule: the rule, what to record, its sources. Never a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::conversation))]
#[serde(deny_unknown_fields)]
pub struct ShareRule {
    pub id: String,
    /// Empty: for every role group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<RoleGroup>,
    pub title: String,
    pub rule: String,
    /// What to record in the file.
    pub record: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}
