//! The shape of the content catalogue: plain data, shared by the build script and the crate.
//!
//! `build.rs` mounts `src/content/` as a module `content` holding this file, [`condition`] and
//! `validate.rs`, parses the TOML files into these structs, validates them and writes the Rust
//! expression that builds the catalogue to `OUT_DIR` (`databake`). The crate includes that code
//! (`content/embedded.rs`), so neither the TOML parser nor a deserializer for the content
//! reaches the browser.
//!
//! Every content type derives `databake::Bake` where the content is not baked yet, that is in
//! the build script only: `#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path
//! = <the module of the type>))]`. `build.rs` sets `content_baked` for the crate, so `databake`
//! is a build dependency only. A new content type without that line fails the build script
//! with "the trait `Bake` is not implemented".
//!
//! Keep this file free of anything but plain data, serde and std: it compiles in both places.
//! It refers to the case model through `crate::model` (a leaf), which the build script mounts
//! at the same path.
//!
//! [`condition`]: super::condition

use super::condition::{Condition, Criterion};
use super::conversation::{
    ChildPrompts, ConversationScreen, PartTitles, ShareRule, SourcedText, TalkItem,
};
use super::followup::{ContactsScreen, EvaluationProposal, FollowupScreen};
pub use super::meta::Meta;
use super::return_types::ReturnHomeFile;
pub use super::safety_types::*;
use super::screens::ScreensFile;
use super::statics::{List, Str};
use crate::model::{AgeBand, RoleGroup};
use serde::{Deserialize, Serialize};

/// Reads one content file by name (`src/content/<name>.toml` in the build script) into the type
/// its catalogue field needs.
pub trait ReadFile {
    type Error;
    fn read<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<T, Self::Error>;
}

/// THE one list of content files. Each field `name: Type` is the file `src/content/<name>.toml`.
/// It generates [`Catalogue`], [`FILES`], [`Catalogue::load`] and [`Catalogue::named_metas`], so
/// the build script, the loader and the validator never write the list again.
macro_rules! content_files {
    ($($(#[$attr:meta])* $name:ident: $ty:ty,)*) => {
        /// The whole catalogue. Field names equal the file names. The build script reads it
        /// from the TOML files ([`Catalogue::load`]) and bakes it into Rust code
        /// (`content/embedded.rs`).
        #[derive(Clone, Debug, PartialEq)]
        #[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
        pub struct Catalogue {
            $($(#[$attr])* pub $name: $ty,)*
        }

        /// The names of the content files (`src/content/<name>.toml`), in catalogue order.
        pub const FILES: &[&str] = &[$(stringify!($name)),*];

        impl Catalogue {
            /// Read every content file with `reader`, in catalogue order.
            pub fn load<R: ReadFile>(reader: &mut R) -> Result<Catalogue, R::Error> {
                Ok(Catalogue {
                    $($name: reader.read(stringify!($name))?,)*
                })
            }

            /// The header of every content file with its file name (`signals.toml`, ...).
            pub fn named_metas(&self) -> Vec<(&'static str, &Meta)> {
                vec![$((concat!(stringify!($name), ".toml"), &self.$name.meta)),*]
            }
        }
    };
}

content_files! {
    signals: SignalsFile,
    safety: SafetyFile,
    questions: QuestionsFile,
    options: OptionsFile,
    guardrails: GuardrailsFile,
    analysis: AnalysisFile,
    glossary: GlossaryFile,
    about: AboutFile,
    followup: FollowupFile,
    conversation: ConversationFile,
    return_home: ReturnHomeFile,
    privacy: PrivacyFile,
    screens: ScreensFile,
}

// ---------------------------------------------------------------------------------------------
// Signals
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SignalsFile {
    pub meta: Meta,
    pub domains: List<SignalDomain>,
    pub signals: List<Signal>,
}

/// The three groups of life domains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(rename_all = "snake_case")]
pub enum DomainGroup {
    Kind,
    Ouders,
    Leefomstandigheden,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SignalDomain {
    pub id: Str,
    pub group: DomainGroup,
    pub label: Str,
}

/// An observable fact (not a judgement).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: Str,
    /// Id of a [`SignalDomain`].
    pub domain: Str,
    pub text: Str,
    /// Age bands in which the signal is listed.
    pub bands: List<AgeBand>,
    /// A parent signal that triggers the kindcheck.
    #[serde(default)]
    pub kindcheck: bool,
    /// What the signal means for the safety weighing (rule and source: `safety.toml`
    /// `signal_meanings`); none for most signals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<SignalSafety>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    pub meta: Meta,
    pub questions: List<Question>,
}

/// A yes/no/don't-know question whose answer lives in `Casus.answers[id]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Str,
    pub text: Str,
    pub hint: Str,
    /// Signals (ids in `signals.toml`) that answer this question with "ja" when one of them is
    /// recorded: the answer is derived ("afgeleid uit: <signaal>") until the user answers
    /// explicitly. A signal never derives "nee": not recording something is no observation.
    #[serde(default, skip_serializing_if = "List::is_empty")]
    pub derived_from: List<Str>,
    /// Answered "ja" when an earlier step recorded this fact (see [`StepFact`]): derived, like
    /// an answer from signals, until the user answers explicitly. No fact derives "nee".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived_from_step: Option<StepFact>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// A fact recorded on an earlier step (not a signal) that answers a question with "ja".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(rename_all = "snake_case")]
pub enum StepFact {
    /// Casus: the child lives at home now (`Casus.lives`). Living elsewhere derives nothing:
    /// the child may be able to return.
    Thuis,
    /// Netwerk: someone in the family's own network is named who could help (`Casus.network`,
    /// an entry whose "who" is filled in).
    Netwerk,
    /// Veiligheid, afwegingsvraag 4: those involved accept the help and commit to it.
    HulpAanvaard,
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct OptionsFile {
    pub meta: Meta,
    pub wording: Wording,
    pub options: List<CareOption>,
}

/// How ages, age ranges and age reasons read. Placeholders in braces: `{jaar}`, `{maanden}`,
/// `{van}`, `{tot}`, `{bereik}`, `{leeftijd}`, `{optie}`, `{lvb}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// "{jaar} jaar".
    pub years: Str,
    /// "{jaar} jaar en 1 maand".
    pub years_month: Str,
    /// "{jaar} jaar en {maanden} maanden".
    pub years_months: Str,
    /// An inclusive upper limit: "tot en met {tot}".
    pub to: Str,
    /// An exclusive upper limit: "tot {tot}".
    pub below: Str,
    /// "{van} {tot}": a range with both ends (`{tot}` is the text of `to` or `below`).
    pub range: Str,
    /// A range without a lower limit: "{tot}".
    pub range_open: Str,
    /// Added when the range applies at the start of the help.
    pub at_start: Str,
    /// Added for an LVB limit: "; met een LVB van de jongere {lvb}".
    pub lvb: Str,
    /// A range for at least one child of the household: "Gezinnen met minstens één kind van {bereik}".
    pub any_child: Str,
    /// Reasons.
    pub fits: Str,
    pub too_young: Str,
    pub too_old: Str,
    pub lvb_fits: Str,
    pub lvb_open: Str,
    pub lvb_no: Str,
    pub unknown: Str,
    pub any_child_fits: Str,
    pub any_child_none: Str,
    pub any_child_unknown: Str,
    /// The header of the contra-indications the model does not check.
    pub discuss: Str,
    /// Shown with an answer derived from signals: "Afgeleid uit: {signalen}."
    pub derived: Str,
    /// Shown with an answer derived from a fact of an earlier step, per fact.
    pub derived_step: StepWording,
}

/// The note with an answer derived from a fact of an earlier step ([`StepFact`]), one per fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct StepWording {
    pub thuis: Str,
    pub netwerk: Str,
    pub hulp_aanvaard: Str,
}

impl StepWording {
    pub fn of(&self, fact: StepFact) -> &str {
        match fact {
            StepFact::Thuis => &self.thuis,
            StepFact::Netwerk => &self.netwerk,
            StepFact::HulpAanvaard => &self.hulp_aanvaard,
        }
    }
}

/// Whether an NJi rating was found in the sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(rename_all = "snake_case")]
pub enum RatingStatus {
    Gevonden,
    NietGevonden,
    NietVanToepassing,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub status: RatingStatus,
    /// Dutch text, e.g. "Effectief volgens goede aanwijzingen" or "Geen NJi-erkenning gevonden".
    pub text: Str,
    /// Date of the rating (YYYY-MM-DD, YYYY-MM or YYYY) when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Str>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// A way forward. All options are always shown together, in catalogue order, in equal detail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct CareOption {
    pub id: Str,
    pub name: Str,
    /// A short name for reasons and compact lists, e.g. "MDFT".
    pub short: Str,
    /// One sentence: what it is.
    pub summary: Str,
    /// Target group, age, for an option without an `age_range` criterion (e.g. "Alle
    /// leeftijden"). With an `age_range` criterion the text is made from the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages: Option<Str>,
    /// Added to the age text, e.g. "kinderen meestal 6 tot 14 jaar".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages_note: Option<Str>,
    /// Target group: problems.
    pub problems: Str,
    /// Contra-indications the model does not check: shown as "bespreek met de aanbieder".
    /// The checked ones are the `contra_indication` criteria.
    #[serde(default, skip_serializing_if = "List::is_empty")]
    pub discuss: List<Str>,
    /// Said when the option has no contra-indication at all, e.g. "Geen specifieke
    /// contra-indicaties gevonden in de bronnen".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contra_none: Option<Str>,
    pub duration: Str,
    pub intensity: Str,
    /// How fast it starts.
    pub start: Str,
    /// Where and by whom.
    pub setting: Str,
    pub rating: Rating,
    pub pros: List<Str>,
    pub cons: List<Str>,
    pub criteria: List<Criterion>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

// ---------------------------------------------------------------------------------------------
// Guard-rails
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct GuardrailsFile {
    pub meta: Meta,
    pub guardrails: List<Guardrail>,
}

/// Where a guard-rail belongs in the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(rename_all = "snake_case")]
pub enum GuardrailSection {
    /// Before and around a threatened out-of-home placement.
    DreigendeUithuisplaatsing,
    /// Only when a stay away from home is really needed.
    AlsVerblijfNodigIs,
    /// Always relevant (e.g. bestaanszekerheid when debts are recorded).
    Algemeen,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Guardrail {
    pub id: Str,
    pub section: GuardrailSection,
    pub title: Str,
    pub text: Str,
    /// Shown when this holds (true; unknown does not show it).
    pub condition: Condition,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

// ---------------------------------------------------------------------------------------------
// Verklarende analyse
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AnalysisFile {
    pub meta: Meta,
    /// The concern of step 1 (`Casus::concern`), shown again, editable, above the fields: it is
    /// asked once and is the first part of the analysis.
    pub concern: AnalysisConcern,
    pub fields: List<AnalysisField>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AnalysisConcern {
    pub label: Str,
    pub hint: Str,
    pub sources: List<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AnalysisField {
    pub id: Str,
    pub label: Str,
    pub hint: Str,
    /// Role groups that fill this field. Huisartsenpraktijk and school prepare and hand over;
    /// the lokaal team completes the shared analysis with the family.
    pub groups: List<RoleGroup>,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

// ---------------------------------------------------------------------------------------------
// Glossary and about
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    pub meta: Meta,
    pub terms: List<Term>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Str,
    pub term: Str,
    pub text: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AboutFile {
    pub meta: Meta,
    pub authorship: Str,
    pub funding: Str,
    /// Documents that content cites as `seed:<id>`.
    pub source_documents: List<SourceDocument>,
    pub sections: List<AboutSection>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// Cited as `seed:<id>`.
    pub id: Str,
    pub title: Str,
    pub publisher: Str,
    pub date: Str,
    pub address: Str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AboutSection {
    pub id: Str,
    pub title: Str,
    /// Paragraphs.
    pub paragraphs: List<Str>,
}

// ---------------------------------------------------------------------------------------------
// Follow-up
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct FollowupFile {
    pub meta: Meta,
    /// One proposal per safety route (the validator checks each route has exactly one).
    pub proposals: List<EvaluationProposal>,
    pub screen: FollowupScreen,
    /// The sociale kaart.
    pub kaart: ContactsScreen,
}

/// `conversation.toml`: the talk with the parents and the child (types in `conversation.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct ConversationFile {
    pub meta: Meta,
    pub screen: ConversationScreen,
    pub parts: PartTitles,
    pub talk: List<TalkItem>,
    pub child: List<ChildPrompts>,
    pub child_general: SourcedText,
    pub share: List<ShareRule>,
}

// ---------------------------------------------------------------------------------------------
// Privacy screens: the texts of keeping a case sealed and of moving an open store to the lock
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct PrivacyFile {
    pub meta: Meta,
    pub screen: PrivacyScreen,
}

/// Every text of the passphrase question that keeping a case asks, and of the banner for
/// cases that an earlier version kept without the lock. A missing or misspelled key is a build
/// error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct PrivacyScreen {
    /// Why keeping asks for a passphrase.
    pub keep_intro: Str,
    pub keep_pass_label: Str,
    pub keep_repeat_label: Str,
    pub keep_button: Str,
    pub keep_cancel: Str,
    pub keep_busy: Str,
    /// The banner for an open store with kept cases (written before keeping needed the lock).
    pub migrate_heading: Str,
    pub migrate_text: Str,
    pub migrate_button: Str,
    pub migrate_done: Str,
    /// The lock cannot go off while cases are kept.
    pub lock_off_refused: Str,
    /// Asked before loading the other tab's version over text typed while the conflict showed.
    pub conflict_drop_question: Str,
}
