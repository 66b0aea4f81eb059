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

use super::condition::{Condition, Criterion, SafetyField, SafetyOutcome};
use super::conversation::{
    ChildPrompts, ConversationScreen, PartTitles, ShareRule, SourcedText, TalkItem,
};
use super::followup::{ContactsScreen, EvaluationProposal, FollowupScreen};
pub use super::meta::Meta;
use super::return_types::ReturnHomeFile;
use super::screens::ScreensFile;
use crate::model::{AgeBand, ContactKind, RoleGroup};
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
    pub domains: Vec<SignalDomain>,
    pub signals: Vec<Signal>,
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
    pub id: String,
    pub group: DomainGroup,
    pub label: String,
}

/// An observable fact (not a judgement).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    /// Id of a [`SignalDomain`].
    pub domain: String,
    pub text: String,
    /// Age bands in which the signal is listed.
    pub bands: Vec<AgeBand>,
    /// A parent signal that triggers the kindcheck.
    #[serde(default)]
    pub kindcheck: bool,
    /// What the signal means for the safety weighing (rule and source: `safety.toml`
    /// `signal_meanings`); none for most signals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<SignalSafety>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Safety
// ---------------------------------------------------------------------------------------------

/// What a recorded signal means for the safety weighing (afwegingsvraag 2). The rule for each
/// meaning, its Dutch reason and its source are in `safety.toml` (`signal_meanings`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
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
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SignalMeaning {
    pub meaning: SignalSafety,
    /// Dutch: what this kind of signal means for safety (shown with the signals step).
    pub text: String,
    /// Dutch reason for the weighing; `{signalen}` is replaced by the recorded signals.
    pub reason: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// Texts of the weighing that are not tied to one outcome. `{…}` marks a placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct WeighingTexts {
    /// When answers are open: what the known answers can still point to. Placeholders
    /// `{uitkomsten}` (short outcome names) and `{vragen}` (the open afwegingsvragen).
    pub points_to: String,
    /// When afwegingsvraag 2b is open or "nee" while signals suggest structural unsafety.
    pub answer_2b: String,
    /// Name of a brother or sister: `{nummer}` is 1, 2, …
    pub child_label: String,
    /// Headline of another child's own route: `{kind}` is e.g. "broer of zus 2 (5 jaar)".
    pub child_headline: String,
    /// Reason of another child's route: `{door}` names who may harm the child.
    pub child_reason: String,
    /// Who may harm another child, per [`crate::model::RiskSource`].
    pub by_case_child: String,
    pub by_household_member: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SafetyFile {
    pub meta: Meta,
    pub contacts: Vec<Contact>,
    pub definitions: Vec<Definition>,
    pub meldcode_steps: Vec<MeldcodeStep>,
    pub afwegingsvragen: Vec<Afwegingsvraag>,
    /// The other questions of the safety step (a disclosure, informing the family).
    pub questions: Vec<SafetyQuestion>,
    /// Fixed notes of the safety step.
    pub notes: SafetyNotes,
    pub acute_indicators: Vec<AcuteIndicator>,
    pub signal_meanings: Vec<SignalMeaning>,
    pub weighing: WeighingTexts,
    pub outcomes: Vec<OutcomeText>,
    pub next_steps: Vec<NextStep>,
    /// Next steps for another child who may be harmed by someone in the household.
    pub child_steps: Vec<NextStep>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub when: String,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: String,
    pub term: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A step of the meldcode, with what it means for each role group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct MeldcodeStep {
    pub number: u8,
    pub title: String,
    pub text: String,
    pub school: String,
    pub huisartsenpraktijk: String,
    pub lokaal_team: String,
    pub sources: Vec<String>,
}

/// One of the five afwegingsvragen (2a and 2b split acute and structural unsafety).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Afwegingsvraag {
    /// "1", "2a", "2b", "3", "4", "5".
    pub number: String,
    pub field: SafetyField,
    pub text: String,
    pub hint: String,
    /// Id of the definition (`definitions`) to show where the professional answers, e.g.
    /// `acute_onveiligheid` at 2a.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    pub sources: Vec<String>,
}

/// A question of the safety step that is not an afwegingsvraag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SafetyQuestion {
    pub field: SafetyField,
    pub text: String,
    pub hint: String,
    pub sources: Vec<String>,
}

/// The notes under the acute alert and under the weighing: what Thuiswijzer is not, and who
/// thinks along.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SafetyNotes {
    pub acute: String,
    pub weighing: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AcuteIndicator {
    pub id: String,
    pub text: String,
    /// Direct danger to life or health: 112 is shown first. Other acute indicators point to
    /// Veilig Thuis now, without 112.
    #[serde(default)]
    pub direct_danger: bool,
    pub sources: Vec<String>,
}

/// Dutch wording of an outcome. `headline` never states a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub outcome: SafetyOutcome,
    /// Dutch, short, for "can still point to …": e.g. "een melding bij Veilig Thuis".
    pub short: String,
    pub headline: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A next step shown for an outcome, optionally only for some role groups or when a condition
/// holds (true, not unknown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub outcomes: Vec<SafetyOutcome>,
    /// Empty: for everyone.
    #[serde(default)]
    pub groups: Vec<RoleGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
    /// The kinds of professional contact this step names: the user's own saved contacts of
    /// these kinds are shown with it ("Bel het lokaal team: …").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactKind>,
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    pub meta: Meta,
    pub questions: Vec<Question>,
}

/// A yes/no/don't-know question whose answer lives in `Casus.answers[id]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub hint: String,
    /// Signals (ids in `signals.toml`) that answer this question with "ja" when one of them is
    /// recorded: the answer is derived ("afgeleid uit: <signaal>") until the user answers
    /// explicitly. A signal never derives "nee": not recording something is no observation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
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
    pub options: Vec<CareOption>,
}

/// How ages, age ranges and age reasons read. Placeholders in braces: `{jaar}`, `{maanden}`,
/// `{van}`, `{tot}`, `{bereik}`, `{leeftijd}`, `{optie}`, `{lvb}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// "{jaar} jaar".
    pub years: String,
    /// "{jaar} jaar en 1 maand".
    pub years_month: String,
    /// "{jaar} jaar en {maanden} maanden".
    pub years_months: String,
    /// An inclusive upper limit: "tot en met {tot}".
    pub to: String,
    /// An exclusive upper limit: "tot {tot}".
    pub below: String,
    /// "{van} {tot}": a range with both ends (`{tot}` is the text of `to` or `below`).
    pub range: String,
    /// A range without a lower limit: "{tot}".
    pub range_open: String,
    /// Added when the range applies at the start of the help.
    pub at_start: String,
    /// Added for an LVB limit: "; met een LVB van de jongere {lvb}".
    pub lvb: String,
    /// A range for at least one child of the household: "Gezinnen met minstens één kind van {bereik}".
    pub any_child: String,
    /// Reasons.
    pub fits: String,
    pub too_young: String,
    pub too_old: String,
    pub lvb_fits: String,
    pub lvb_open: String,
    pub lvb_no: String,
    pub unknown: String,
    pub any_child_fits: String,
    pub any_child_none: String,
    pub any_child_unknown: String,
    /// The header of the contra-indications the model does not check.
    pub discuss: String,
    /// Shown with an answer derived from signals: "Afgeleid uit: {signalen}."
    pub derived: String,
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
    pub text: String,
    /// Date of the rating (YYYY-MM-DD, YYYY-MM or YYYY) when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// A way forward. All options are always shown together, in catalogue order, in equal detail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct CareOption {
    pub id: String,
    pub name: String,
    /// A short name for reasons and compact lists, e.g. "MDFT".
    pub short: String,
    /// One sentence: what it is.
    pub summary: String,
    /// Target group, age, for an option without an `age_range` criterion (e.g. "Alle
    /// leeftijden"). With an `age_range` criterion the text is made from the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages: Option<String>,
    /// Added to the age text, e.g. "kinderen meestal 6 tot 14 jaar".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages_note: Option<String>,
    /// Target group: problems.
    pub problems: String,
    /// Contra-indications the model does not check: shown as "bespreek met de aanbieder".
    /// The checked ones are the `contra_indication` criteria.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discuss: Vec<String>,
    /// Said when the option has no contra-indication at all, e.g. "Geen specifieke
    /// contra-indicaties gevonden in de bronnen".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contra_none: Option<String>,
    pub duration: String,
    pub intensity: String,
    /// How fast it starts.
    pub start: String,
    /// Where and by whom.
    pub setting: String,
    pub rating: Rating,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    pub criteria: Vec<Criterion>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Guard-rails
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct GuardrailsFile {
    pub meta: Meta,
    pub guardrails: Vec<Guardrail>,
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
    pub id: String,
    pub section: GuardrailSection,
    pub title: String,
    pub text: String,
    /// Shown when this holds (true; unknown does not show it).
    pub condition: Condition,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
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
    pub fields: Vec<AnalysisField>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AnalysisConcern {
    pub label: String,
    pub hint: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AnalysisField {
    pub id: String,
    pub label: String,
    pub hint: String,
    /// Role groups that fill this field. Huisartsenpraktijk and school prepare and hand over;
    /// the lokaal team completes the shared analysis with the family.
    pub groups: Vec<RoleGroup>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Glossary and about
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    pub meta: Meta,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AboutFile {
    pub meta: Meta,
    pub authorship: String,
    pub funding: String,
    /// Documents that content cites as `seed:<id>`.
    pub source_documents: Vec<SourceDocument>,
    pub sections: Vec<AboutSection>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// Cited as `seed:<id>`.
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    pub address: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::types))]
#[serde(deny_unknown_fields)]
pub struct AboutSection {
    pub id: String,
    pub title: String,
    /// Paragraphs.
    pub paragraphs: Vec<String>,
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
    pub proposals: Vec<EvaluationProposal>,
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
    pub talk: Vec<TalkItem>,
    pub child: Vec<ChildPrompts>,
    pub child_general: SourcedText,
    pub share: Vec<ShareRule>,
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
    pub keep_intro: String,
    pub keep_pass_label: String,
    pub keep_repeat_label: String,
    pub keep_button: String,
    pub keep_cancel: String,
    pub keep_busy: String,
    /// The banner for an open store with kept cases (written before keeping needed the lock).
    pub migrate_heading: String,
    pub migrate_text: String,
    pub migrate_button: String,
    pub migrate_done: String,
    /// The lock cannot go off while cases are kept.
    pub lock_off_refused: String,
    /// Asked before loading the other tab's version over text typed while the conflict showed.
    pub conflict_drop_question: String,
}
