//! The shape of the content catalogue, shared by the build script and the crate.
//!
//! `build.rs` includes this file with `#[path]`, parses the TOML files in `src/content/` into
//! these structs, runs [`Catalogue::validate`] and writes one JSON file to `OUT_DIR`. The crate
//! includes the same file as `content::schema` and deserializes that JSON at run time, so the
//! TOML parser never reaches the browser.
//!
//! Keep this file free of anything but plain data, serde and std: it compiles in both places.
//! It refers to the case model through `crate::model` (a leaf), which the build script mounts
//! at the same path.

use crate::model::{AgeBand, Answer, RoleGroup};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Header of every content file: where it comes from, when, and how it is reviewed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// Main sources of the file (addresses or `seed:` ids from `about.toml`).
    pub sources: Vec<String>,
    /// Content date (YYYY-MM-DD): when the content was last checked against its sources.
    pub date: String,
    /// Review policy in Dutch.
    pub review: String,
}

/// The whole catalogue. Field names equal the file names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub signals: SignalsFile,
    pub safety: SafetyFile,
    pub questions: QuestionsFile,
    pub options: OptionsFile,
    pub guardrails: GuardrailsFile,
    pub analysis: AnalysisFile,
    pub glossary: GlossaryFile,
    pub about: AboutFile,
}

// ---------------------------------------------------------------------------------------------
// Criteria and conditions: data evaluated by `domain::criteria`.
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Signals
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalsFile {
    pub meta: Meta,
    pub domains: Vec<SignalDomain>,
    pub signals: Vec<Signal>,
}

/// The three groups of life domains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DomainGroup {
    Kind,
    Ouders,
    Leefomstandigheden,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalDomain {
    pub id: String,
    pub group: DomainGroup,
    pub label: String,
}

/// An observable fact (not a judgement).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Safety
// ---------------------------------------------------------------------------------------------

/// The outcome of the safety weighing (see `domain::safety`).
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyFile {
    pub meta: Meta,
    pub contacts: Vec<Contact>,
    pub definitions: Vec<Definition>,
    pub meldcode_steps: Vec<MeldcodeStep>,
    pub afwegingsvragen: Vec<Afwegingsvraag>,
    pub acute_indicators: Vec<AcuteIndicator>,
    pub outcomes: Vec<OutcomeText>,
    pub next_steps: Vec<NextStep>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: String,
    pub term: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A step of the meldcode, with what it means for each role group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Afwegingsvraag {
    /// "1", "2a", "2b", "3", "4", "5".
    pub number: String,
    pub field: SafetyField,
    pub text: String,
    pub hint: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcuteIndicator {
    pub id: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// Dutch wording of an outcome. `headline` never states a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub outcome: SafetyOutcome,
    pub headline: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A next step shown for an outcome, optionally only for some role groups or when a condition
/// holds (true, not unknown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    pub meta: Meta,
    pub questions: Vec<Question>,
}

/// A yes/no/don't-know question whose answer lives in `Casus.answers[id]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub hint: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsFile {
    pub meta: Meta,
    pub options: Vec<CareOption>,
}

/// Whether an NJi rating was found in the sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RatingStatus {
    Gevonden,
    NietGevonden,
    NietVanToepassing,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct CareOption {
    pub id: String,
    pub name: String,
    /// One sentence: what it is.
    pub summary: String,
    /// Target group: age.
    pub ages: String,
    /// Target group: problems.
    pub problems: String,
    pub contra_indications: Vec<String>,
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
#[serde(deny_unknown_fields)]
pub struct GuardrailsFile {
    pub meta: Meta,
    pub guardrails: Vec<Guardrail>,
}

/// Where a guard-rail belongs in the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct AnalysisFile {
    pub meta: Meta,
    pub fields: Vec<AnalysisField>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    pub meta: Meta,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct AboutSection {
    pub id: String,
    pub title: String,
    /// Paragraphs.
    pub paragraphs: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Validation: run by build.rs (a failure is a build error) and by the native tests.
// ---------------------------------------------------------------------------------------------

/// Pros and cons of an option may differ in total length by at most this factor (IPDAS: equal
/// detail).
pub const PROS_CONS_MAX_RATIO: f64 = 1.6;

impl Catalogue {
    /// Every source address cited anywhere, with the place that cites it.
    pub fn all_sources(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = Vec::new();
        let metas: [(&str, &Meta); 8] = [
            ("signals.toml", &self.signals.meta),
            ("safety.toml", &self.safety.meta),
            ("questions.toml", &self.questions.meta),
            ("options.toml", &self.options.meta),
            ("guardrails.toml", &self.guardrails.meta),
            ("analysis.toml", &self.analysis.meta),
            ("glossary.toml", &self.glossary.meta),
            ("about.toml", &self.about.meta),
        ];
        for (file, m) in metas {
            for s in &m.sources {
                out.push((format!("{file} [meta]"), s));
            }
        }
        for e in self.entries() {
            for s in e.sources {
                out.push((e.place.clone(), s));
            }
        }
        out
    }

    /// Every entry that states a fact, with its place, sources and file date.
    pub fn entries(&self) -> Vec<EntryRef<'_>> {
        let mut v: Vec<EntryRef<'_>> = Vec::new();
        fn d(m: &Meta) -> &str {
            m.date.as_str()
        }
        for s in &self.signals.signals {
            v.push(EntryRef::new(
                format!("signals.toml signaal '{}'", s.id),
                &s.sources,
                d(&self.signals.meta),
            ));
        }
        let sd = d(&self.safety.meta);
        for c in &self.safety.contacts {
            v.push(EntryRef::new(
                format!("safety.toml contact '{}'", c.id),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.definitions {
            v.push(EntryRef::new(
                format!("safety.toml definitie '{}'", c.id),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.meldcode_steps {
            v.push(EntryRef::new(
                format!("safety.toml meldcode-stap {}", c.number),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.afwegingsvragen {
            v.push(EntryRef::new(
                format!("safety.toml afwegingsvraag {}", c.number),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.acute_indicators {
            v.push(EntryRef::new(
                format!("safety.toml acuut signaal '{}'", c.id),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.outcomes {
            v.push(EntryRef::new(
                format!("safety.toml uitkomst {:?}", c.outcome),
                &c.sources,
                sd,
            ));
        }
        for (i, c) in self.safety.next_steps.iter().enumerate() {
            v.push(EntryRef::new(
                format!("safety.toml vervolgstap {}", i + 1),
                &c.sources,
                sd,
            ));
        }
        for q in &self.questions.questions {
            v.push(EntryRef::new(
                format!("questions.toml vraag '{}'", q.id),
                &q.sources,
                d(&self.questions.meta),
            ));
        }
        for o in &self.options.options {
            v.push(EntryRef::new(
                format!("options.toml optie '{}'", o.id),
                &o.sources,
                d(&self.options.meta),
            ));
            v.push(EntryRef::new(
                format!("options.toml optie '{}' beoordeling", o.id),
                &o.rating.sources,
                d(&self.options.meta),
            ));
        }
        for g in &self.guardrails.guardrails {
            v.push(EntryRef::new(
                format!("guardrails.toml '{}'", g.id),
                &g.sources,
                d(&self.guardrails.meta),
            ));
        }
        for f in &self.analysis.fields {
            v.push(EntryRef::new(
                format!("analysis.toml veld '{}'", f.id),
                &f.sources,
                d(&self.analysis.meta),
            ));
        }
        for t in &self.glossary.terms {
            v.push(EntryRef::new(
                format!("glossary.toml term '{}'", t.id),
                &t.sources,
                d(&self.glossary.meta),
            ));
        }
        v
    }

    /// Check the catalogue. Returns every problem found, in plain English, so
    /// that a content error becomes a clear build error.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut errs: Vec<String> = Vec::new();

        // Meta of every file.
        let metas: [(&str, &Meta); 8] = [
            ("signals.toml", &self.signals.meta),
            ("safety.toml", &self.safety.meta),
            ("questions.toml", &self.questions.meta),
            ("options.toml", &self.options.meta),
            ("guardrails.toml", &self.guardrails.meta),
            ("analysis.toml", &self.analysis.meta),
            ("glossary.toml", &self.glossary.meta),
            ("about.toml", &self.about.meta),
        ];
        for (file, m) in metas {
            if m.title.trim().is_empty() {
                errs.push(format!("{file}: [meta] title is empty"));
            }
            if !is_iso_date(&m.date) {
                errs.push(format!(
                    "{file}: [meta] date '{}' is not YYYY-MM-DD",
                    m.date
                ));
            }
            if m.review.trim().is_empty() {
                errs.push(format!("{file}: [meta] review policy is empty"));
            }
            if m.sources.is_empty() {
                errs.push(format!("{file}: [meta] has no sources"));
            }
        }

        // Sources: every fact has at least one, and each is an address or a known seed.
        let seeds: BTreeSet<&str> = self
            .about
            .source_documents
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        for e in self.entries() {
            if e.sources.is_empty() {
                errs.push(format!("{}: no sources", e.place));
            }
            if !is_iso_date(e.date) {
                errs.push(format!("{}: no valid content date", e.place));
            }
        }
        for (place, s) in self.all_sources() {
            if let Some(id) = s.strip_prefix("seed:") {
                if !seeds.contains(id) {
                    errs.push(format!(
                        "{place}: source '{s}' names no source_documents entry in about.toml"
                    ));
                }
            } else if !(s.starts_with("https://") || s.starts_with("http://")) || s.contains(' ') {
                errs.push(format!(
                    "{place}: source '{s}' is neither an http(s) address nor seed:<id>"
                ));
            }
        }
        for d in &self.about.source_documents {
            if !is_iso_date(&d.date) {
                errs.push(format!(
                    "about.toml: source document '{}' has date '{}', not YYYY-MM-DD",
                    d.id, d.date
                ));
            }
        }

        // Unique ids per kind.
        unique(
            &mut errs,
            "signal domain",
            self.signals.domains.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "signal",
            self.signals.signals.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "contact",
            self.safety.contacts.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "definition",
            self.safety.definitions.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "acute indicator",
            self.safety.acute_indicators.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "afwegingsvraag",
            self.safety
                .afwegingsvragen
                .iter()
                .map(|d| d.number.as_str()),
        );
        unique(
            &mut errs,
            "question",
            self.questions.questions.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "option",
            self.options.options.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "guardrail",
            self.guardrails.guardrails.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "analysis field",
            self.analysis.fields.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "glossary term",
            self.glossary.terms.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "source document",
            self.about.source_documents.iter().map(|d| d.id.as_str()),
        );
        unique(
            &mut errs,
            "about section",
            self.about.sections.iter().map(|d| d.id.as_str()),
        );
        for id in self
            .signals
            .domains
            .iter()
            .map(|d| &d.id)
            .chain(self.signals.signals.iter().map(|d| &d.id))
            .chain(self.questions.questions.iter().map(|d| &d.id))
            .chain(self.options.options.iter().map(|d| &d.id))
            .chain(self.guardrails.guardrails.iter().map(|d| &d.id))
            .chain(self.analysis.fields.iter().map(|d| &d.id))
            .chain(self.glossary.terms.iter().map(|d| &d.id))
            .chain(self.safety.acute_indicators.iter().map(|d| &d.id))
        {
            if !is_id(id) {
                errs.push(format!(
                    "id '{id}' must be lower-case a-z, 0-9 and '_' only"
                ));
            }
        }

        // Signals: domains resolve, bands present.
        let domains: BTreeSet<&str> = self.signals.domains.iter().map(|d| d.id.as_str()).collect();
        for s in &self.signals.signals {
            if !domains.contains(s.domain.as_str()) {
                errs.push(format!(
                    "signals.toml signaal '{}': unknown domain '{}'",
                    s.id, s.domain
                ));
            }
            if s.bands.is_empty() {
                errs.push(format!("signals.toml signaal '{}': no age bands", s.id));
            }
            if s.text.trim().is_empty() {
                errs.push(format!("signals.toml signaal '{}': empty text", s.id));
            }
        }
        for d in &self.signals.domains {
            if !self.signals.signals.iter().any(|s| s.domain == d.id) {
                errs.push(format!("signals.toml domain '{}' has no signals", d.id));
            }
        }

        // Safety: meldcode steps 1..=5, every outcome has a text, headlines never decide.
        let numbers: Vec<u8> = self
            .safety
            .meldcode_steps
            .iter()
            .map(|s| s.number)
            .collect();
        if numbers != [1, 2, 3, 4, 5] {
            errs.push(format!(
                "safety.toml: meldcode steps must be numbered 1..5 in order, found {numbers:?}"
            ));
        }
        for o in SafetyOutcome::ALL {
            let n = self
                .safety
                .outcomes
                .iter()
                .filter(|t| t.outcome == o)
                .count();
            if n != 1 {
                errs.push(format!(
                    "safety.toml: outcome {o:?} must have exactly one text, found {n}"
                ));
            }
        }
        for t in &self.safety.outcomes {
            if !t.headline.starts_with("De afweging wijst op") {
                errs.push(format!(
                    "safety.toml: headline of {:?} must start with 'De afweging wijst op' (the professional decides)",
                    t.outcome
                ));
            }
        }
        for f in [
            SafetyField::Suspicion,
            SafetyField::AcuteUnsafety,
            SafetyField::StructuralUnsafety,
            SafetyField::EffectiveHelp,
            SafetyField::HelpAccepted,
            SafetyField::HelpResults,
        ] {
            if !self.safety.afwegingsvragen.iter().any(|q| q.field == f) {
                errs.push(format!("safety.toml: no afwegingsvraag for field {f:?}"));
            }
        }
        for id in ["veilig_thuis", "alarm"] {
            if !self.safety.contacts.iter().any(|c| c.id == id) {
                errs.push(format!("safety.toml: contact '{id}' is missing"));
            }
        }
        for (i, n) in self.safety.next_steps.iter().enumerate() {
            if n.outcomes.is_empty() {
                errs.push(format!("safety.toml vervolgstap {}: no outcomes", i + 1));
            }
            if let Some(c) = &n.when {
                self.check_condition(&mut errs, &format!("safety.toml vervolgstap {}", i + 1), c);
            }
        }

        // Options: equal detail, criteria resolve, rating honest.
        for o in &self.options.options {
            let place = format!("options.toml optie '{}'", o.id);
            if o.pros.is_empty() || o.pros.len() != o.cons.len() {
                errs.push(format!(
                    "{place}: needs the same number of pros and cons (at least one), found {} and {}",
                    o.pros.len(),
                    o.cons.len()
                ));
            }
            let lp: usize = o.pros.iter().map(|p| p.chars().count()).sum();
            let lc: usize = o.cons.iter().map(|p| p.chars().count()).sum();
            if lp > 0 && lc > 0 {
                let ratio = lp.max(lc) as f64 / lp.min(lc) as f64;
                if ratio > PROS_CONS_MAX_RATIO {
                    errs.push(format!(
                        "{place}: pros ({lp} chars) and cons ({lc} chars) differ too much in length (ratio {ratio:.2} > {PROS_CONS_MAX_RATIO})"
                    ));
                }
            }
            for (label, text) in [
                ("name", &o.name),
                ("summary", &o.summary),
                ("ages", &o.ages),
                ("problems", &o.problems),
                ("duration", &o.duration),
                ("intensity", &o.intensity),
                ("start", &o.start),
                ("setting", &o.setting),
            ] {
                if text.trim().is_empty() {
                    errs.push(format!("{place}: {label} is empty"));
                }
            }
            if o.contra_indications.is_empty() {
                errs.push(format!(
                    "{place}: list contra-indications (or say 'Geen bekend' explicitly)"
                ));
            }
            match o.rating.status {
                RatingStatus::Gevonden => {
                    if o.rating.date.is_none() && o.rating.uncertain.is_none() {
                        errs.push(format!(
                            "{place}: a found rating needs a date, or an 'uncertain' note that says the date is unknown"
                        ));
                    }
                }
                RatingStatus::NietGevonden => {
                    if o.rating.uncertain.is_none() {
                        errs.push(format!(
                            "{place}: a rating that was not found must say so in 'uncertain'"
                        ));
                    }
                }
                RatingStatus::NietVanToepassing => {}
            }
            if let Some(d) = &o.rating.date {
                if !is_partial_date(d) {
                    errs.push(format!("{place}: rating date '{d}' is not YYYY[-MM[-DD]]"));
                }
            }
            for (i, c) in o.criteria.iter().enumerate() {
                self.check_condition(
                    &mut errs,
                    &format!("{place} criterium {}", i + 1),
                    &c.condition,
                );
                if c.label.trim().is_empty() {
                    errs.push(format!("{place} criterium {}: empty label", i + 1));
                }
            }
        }

        // Guard-rails.
        for g in &self.guardrails.guardrails {
            self.check_condition(
                &mut errs,
                &format!("guardrails.toml '{}'", g.id),
                &g.condition,
            );
        }

        // Analysis fields: someone fills each.
        for f in &self.analysis.fields {
            if f.groups.is_empty() {
                errs.push(format!(
                    "analysis.toml veld '{}': no role group fills it",
                    f.id
                ));
            }
        }

        // Uncertain notes are never empty.
        for (place, u) in self.uncertain_notes() {
            if u.trim().is_empty() {
                errs.push(format!("{place}: 'uncertain' is empty"));
            }
        }

        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs)
        }
    }

    fn uncertain_notes(&self) -> Vec<(String, &str)> {
        let mut v: Vec<(String, &str)> = Vec::new();
        for s in &self.signals.signals {
            if let Some(u) = &s.uncertain {
                v.push((format!("signal '{}'", s.id), u));
            }
        }
        for q in &self.questions.questions {
            if let Some(u) = &q.uncertain {
                v.push((format!("question '{}'", q.id), u));
            }
        }
        for o in &self.options.options {
            if let Some(u) = &o.uncertain {
                v.push((format!("option '{}'", o.id), u));
            }
            if let Some(u) = &o.rating.uncertain {
                v.push((format!("option '{}' rating", o.id), u));
            }
            for c in &o.criteria {
                if let Some(u) = &c.uncertain {
                    v.push((format!("option '{}' criterion", o.id), u));
                }
            }
        }
        for g in &self.guardrails.guardrails {
            if let Some(u) = &g.uncertain {
                v.push((format!("guardrail '{}'", g.id), u));
            }
        }
        for f in &self.analysis.fields {
            if let Some(u) = &f.uncertain {
                v.push((format!("analysis field '{}'", f.id), u));
            }
        }
        for t in &self.glossary.terms {
            if let Some(u) = &t.uncertain {
                v.push((format!("term '{}'", t.id), u));
            }
        }
        v
    }

    fn check_condition(&self, errs: &mut Vec<String>, place: &str, c: &Condition) {
        match c {
            Condition::Always | Condition::Kindcheck | Condition::Siblings => {}
            Condition::Age { min, max } => {
                if min.is_none() && max.is_none() {
                    errs.push(format!("{place}: age condition without min or max"));
                }
                if let (Some(a), Some(b)) = (min, max) {
                    if a > b {
                        errs.push(format!("{place}: age min {a} > max {b}"));
                    }
                }
            }
            Condition::AgeMonths { min, max } => {
                if min.is_none() && max.is_none() {
                    errs.push(format!("{place}: age_months condition without min or max"));
                }
                if let (Some(a), Some(b)) = (min, max) {
                    if a > b {
                        errs.push(format!("{place}: age_months min {a} > max {b}"));
                    }
                }
            }
            Condition::Answer { question, expect } => {
                if !self.questions.questions.iter().any(|q| &q.id == question) {
                    errs.push(format!("{place}: unknown question '{question}'"));
                }
                if *expect == Answer::WeetNiet {
                    errs.push(format!(
                        "{place}: expect must be ja or nee ('weet niet' is always unknown)"
                    ));
                }
            }
            Condition::Safety { expect, .. } => {
                if *expect == Answer::WeetNiet {
                    errs.push(format!(
                        "{place}: expect must be ja or nee ('weet niet' is always unknown)"
                    ));
                }
            }
            Condition::Signal { any_of } => {
                if any_of.is_empty() {
                    errs.push(format!("{place}: signal condition with an empty list"));
                }
                for s in any_of {
                    if !self.signals.signals.iter().any(|x| &x.id == s) {
                        errs.push(format!("{place}: unknown signal '{s}'"));
                    }
                }
            }
            Condition::Role { groups } => {
                if groups.is_empty() {
                    errs.push(format!("{place}: role condition with no groups"));
                }
            }
            Condition::All { of } | Condition::Any { of } => {
                if of.is_empty() {
                    errs.push(format!("{place}: all/any with an empty list"));
                }
                for c in of {
                    self.check_condition(errs, place, c);
                }
            }
            Condition::Not { of } => self.check_condition(errs, place, of),
        }
    }
}

/// One fact-stating entry, for the "every fact has a source and a date" checks.
#[derive(Clone, Debug)]
pub struct EntryRef<'a> {
    pub place: String,
    pub sources: &'a [String],
    pub date: &'a str,
}

impl<'a> EntryRef<'a> {
    fn new(place: String, sources: &'a [String], date: &'a str) -> Self {
        EntryRef {
            place,
            sources,
            date,
        }
    }
}

fn unique<'a>(errs: &mut Vec<String>, what: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            errs.push(format!("duplicate {what} id '{id}'"));
        }
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// YYYY-MM-DD with plausible month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u8 = s[5..7].parse().unwrap_or(0);
    let day: u8 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// YYYY, YYYY-MM or YYYY-MM-DD.
pub fn is_partial_date(s: &str) -> bool {
    let b = s.as_bytes();
    match b.len() {
        4 => b.iter().all(u8::is_ascii_digit),
        7 => {
            b[4] == b'-'
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[5..].iter().all(u8::is_ascii_digit)
                && (1..=12).contains(&s[5..].parse::<u8>().unwrap_or(0))
        }
        10 => is_iso_date(s),
        _ => false,
    }
}
