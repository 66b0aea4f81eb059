//! Validation of the catalogue: run by `build.rs` (a failure is a build error) and by the native
//! tests that prove the validator rejects broken content.

use super::condition::{Condition, SafetyField, SafetyOutcome};
use super::sources::is_iso_date;
use super::types::*;
use crate::model::Answer;
use std::collections::BTreeSet;

/// Pros and cons of an option may differ in total length by at most this factor (IPDAS: equal
/// detail).
pub const PROS_CONS_MAX_RATIO: f64 = 1.6;

impl Catalogue {
    /// Check the catalogue. Returns every problem found, in plain English, so
    /// that a content error becomes a clear build error.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut errs: Vec<String> = Vec::new();

        // Meta of every file.
        for (file, m) in self.named_metas() {
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
        let lists: [(&str, Vec<&str>); 13] = [
            (
                "signal domain",
                self.signals.domains.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                "signal",
                self.signals.signals.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                "contact",
                self.safety.contacts.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                "definition",
                self.safety
                    .definitions
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect(),
            ),
            (
                "acute indicator",
                self.safety
                    .acute_indicators
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect(),
            ),
            (
                "afwegingsvraag",
                self.safety
                    .afwegingsvragen
                    .iter()
                    .map(|d| d.number.as_str())
                    .collect(),
            ),
            (
                "question",
                self.questions
                    .questions
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect(),
            ),
            (
                "option",
                self.options.options.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                "guardrail",
                self.guardrails
                    .guardrails
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect(),
            ),
            (
                "analysis field",
                self.analysis.fields.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                "glossary term",
                self.glossary.terms.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                "source document",
                self.about
                    .source_documents
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect(),
            ),
            (
                "about section",
                self.about.sections.iter().map(|d| d.id.as_str()).collect(),
            ),
        ];
        for (what, list) in lists {
            unique(&mut errs, what, list.into_iter());
        }
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

        // Questions: derived answers name known signals, and follow from signals or from a fact
        // of an earlier step, not both (each note ends by saying the answer can be changed).
        for q in &self.questions.questions {
            if !q.derived_from.is_empty() && q.derived_from_step.is_some() {
                errs.push(format!(
                    "questions.toml vraag '{}': derived_from and derived_from_step together",
                    q.id
                ));
            }
            for id in &q.derived_from {
                if !self.signals.signals.iter().any(|x| &x.id == id) {
                    errs.push(format!(
                        "questions.toml vraag '{}': derived_from names unknown signal '{id}'",
                        q.id
                    ));
                }
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
        // Every safety field is asked once, as an afwegingsvraag or as a question.
        for f in [SafetyField::Disclosure, SafetyField::TellingFamilyUnsafe] {
            if !self.safety.questions.iter().any(|q| q.field == f) {
                errs.push(format!("safety.toml: no question for field {f:?}"));
            }
        }
        for q in &self.safety.questions {
            let asked = self
                .safety
                .afwegingsvragen
                .iter()
                .filter(|a| a.field == q.field)
                .count()
                + self
                    .safety
                    .questions
                    .iter()
                    .filter(|o| o.field == q.field)
                    .count();
            if asked > 1 {
                errs.push(format!(
                    "safety.toml: field {:?} is asked {asked} times",
                    q.field
                ));
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
        for (i, n) in self.safety.child_steps.iter().enumerate() {
            if let Some(c) = &n.when {
                let place = format!("safety.toml stap voor een ander kind {}", i + 1);
                self.check_condition(&mut errs, &place, c);
            }
        }
        // Signals with a safety meaning: the meaning has exactly one rule; definitions resolve.
        for m in SignalSafety::ALL {
            let n = self
                .safety
                .signal_meanings
                .iter()
                .filter(|x| x.meaning == m)
                .count();
            if n != 1 {
                errs.push(format!(
                    "safety.toml: signal meaning {m:?} must have exactly one rule, found {n}"
                ));
            }
        }
        for q in &self.safety.afwegingsvragen {
            if let Some(d) = &q.definition {
                if !self.safety.definitions.iter().any(|x| &x.id == d) {
                    errs.push(format!(
                        "safety.toml afwegingsvraag {}: unknown definition '{d}'",
                        q.number
                    ));
                }
            }
        }

        // Options: equal detail, criteria resolve, rating honest, placeholders of the wording
        // known (validate_options.rs).
        self.check_wording_placeholders(&mut errs);
        for o in &self.options.options {
            self.check_option(&mut errs, o);
        }

        // Weer thuis: afwegingen, factors, conditions, ways forward (validate_return.rs).
        self.check_return_home(&mut errs);

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

        // The conversation: every part for every role, prompts per age band, share rules.
        self.check_conversation(&mut errs);

        // Uncertain notes are never empty.
        for (place, u) in self.uncertain_notes() {
            if u.trim().is_empty() {
                errs.push(format!("{place}: 'uncertain' is empty"));
            }
        }

        // Follow-up: every safety route has exactly one proposed evaluation moment.
        for o in SafetyOutcome::ALL {
            let n = self
                .followup
                .proposals
                .iter()
                .filter(|p| p.outcomes.contains(&o))
                .count();
            if n != 1 {
                errs.push(format!(
                    "followup.toml: route {o:?} has {n} proposals, expected exactly 1"
                ));
            }
        }
        for (i, p) in self.followup.proposals.iter().enumerate() {
            if p.days == 0 || p.text.trim().is_empty() {
                errs.push(format!(
                    "followup.toml voorstel {}: needs days >= 1 and a text",
                    i + 1
                ));
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
        for m in &self.safety.signal_meanings {
            if let Some(u) = &m.uncertain {
                v.push((format!("signal meaning {:?}", m.meaning), u));
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
        for (i, p) in self.followup.proposals.iter().enumerate() {
            if let Some(u) = &p.uncertain {
                v.push((format!("followup proposal {}", i + 1), u));
            }
        }
        for t in &self.glossary.terms {
            if let Some(u) = &t.uncertain {
                v.push((format!("term '{}'", t.id), u));
            }
        }
        v.extend(self.conversation_uncertain());
        v
    }

    pub(super) fn check_condition(&self, errs: &mut Vec<String>, place: &str, c: &Condition) {
        match c {
            Condition::Always
            | Condition::Kindcheck
            | Condition::Siblings
            | Condition::SiblingAtRisk => {}
            Condition::School { any_of } => {
                if any_of.is_empty() {
                    errs.push(format!("{place}: school condition without school types"));
                }
            }
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
            Condition::AgeRange(r) => self.check_age_range(errs, place, r),
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
            Condition::Route { any_of } => {
                if any_of.is_empty() {
                    errs.push(format!("{place}: route condition with an empty list"));
                }
                if any_of.contains(&SafetyOutcome::NogNietBekend) {
                    errs.push(format!(
                        "{place}: a route condition cannot test 'nog niet bekend' (it is always unknown)"
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
