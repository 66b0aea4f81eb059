//! The parts of a case that are more than one value: a brother or sister, a recorded signal,
//! the answers of the safety step, a person of the network and an agreed step. Plain data like
//! [`super::Casus`], which holds them.

use super::date::Date;
use super::vocabulary::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Another child in the family: a brother or sister of the child the case is about. Only the
/// age is kept, never a name or birth date. Every child counts: a child who may be harmed by
/// someone in the household gets its own safety route (`rules::safety::children`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Sibling {
    /// Age in years and months (a newborn is 0 years and 2 months).
    pub age: Option<Age>,
    /// Set when this child may be harmed by the case child or another household member.
    pub at_risk_from: Option<RiskSource>,
}

impl Sibling {
    /// A sibling of this age, not flagged.
    pub fn aged(years: u8, months: u8) -> Sibling {
        Sibling {
            age: Some(Age { years, months }),
            at_risk_from: None,
        }
    }
}

/// A signal from the catalogue that the professional recorded for this case.
///
/// Who observed it and when stay empty until the professional chooses: ticking a signal does
/// not say that it was seen oneself, nor when (KNMG step 1: own findings apart from what
/// others report).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedSignal {
    /// The id of the signal in the content catalogue.
    pub id: String,
    #[serde(default)]
    pub observer: Option<Observer>,
    #[serde(default)]
    pub when: Option<When>,
    /// Optional factual note (what was seen or heard), checked for identifiers.
    #[serde(default)]
    pub note: String,
}

impl RecordedSignal {
    /// A newly ticked signal: who and when not chosen yet.
    pub fn new(id: impl Into<String>) -> RecordedSignal {
        RecordedSignal {
            id: id.into(),
            observer: None,
            when: None,
            note: String::new(),
        }
    }

    /// The same signal with who and when chosen.
    pub fn seen(mut self, observer: Observer, when: When) -> RecordedSignal {
        self.observer = Some(observer);
        self.when = Some(when);
        self
    }

    /// Did the professional explicitly record this as an own observation? Only these count as
    /// "O" (objective) in a SOEP summary; an empty observer is not an own observation.
    pub fn is_own_observation(&self) -> bool {
        self.observer == Some(Observer::Zelf)
    }

    /// Was the signal recorded as happening repeatedly?
    pub fn is_repeated(&self) -> bool {
        self.when == Some(When::Herhaaldelijk)
    }
}

/// The answers of the safety step: meldcode steps, acute indicators and the five afwegingsvragen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SafetyAnswers {
    /// Ids of acute-danger indicators (content) that the professional ticked.
    pub acute: BTreeSet<String>,
    /// Did the child itself disclose violence or abuse? A disclosure counts as acute.
    pub disclosure: Option<Answer>,
    /// Status per meldcode step, keyed by step number 1..=5.
    pub steps: BTreeMap<u8, StepStatus>,
    /// Afwegingsvraag 1: after steps 1–4, do I suspect domestic violence or child abuse?
    pub suspicion: Option<Answer>,
    /// Afwegingsvraag 2a: is there acute unsafety?
    pub acute_unsafety: Option<Answer>,
    /// Afwegingsvraag 2b: is there structural unsafety?
    pub structural_unsafety: Option<Answer>,
    /// Afwegingsvraag 3: can I offer or organise effective help?
    pub effective_help: Option<Answer>,
    /// Afwegingsvraag 4: do those involved accept the help?
    pub help_accepted: Option<Answer>,
    /// Afwegingsvraag 5: does the help lead to the necessary results in time? (often not yet known)
    pub help_results: Option<Answer>,
    /// Would telling the family first endanger anyone's safety?
    pub telling_family_unsafe: Option<Answer>,
}

/// A person or place in the family's own network that could help. No names: a relation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkEntry {
    /// The relation, e.g. "oma (moederskant)", "buurvrouw", "voetbaltrainer".
    pub who: String,
    /// What they could do, e.g. "kan twee middagen per week opvangen".
    pub what: String,
}

/// An agreed next step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreedStep {
    pub what: String,
    /// A role, never a name: "intern begeleider", "huisarts", "ouders".
    pub who: String,
    /// A moment in words, e.g. "voor de herfstvakantie" (older cases keep their dates here).
    pub when: String,
    /// The agreed date, when there is one: the case list and the calendar file use it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Marked as done: no longer due.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

impl AgreedStep {
    /// When, in words: the date (dd-mm-jjjj), the moment in words, or both.
    pub fn when_text(&self) -> String {
        let words = self.when.trim();
        match (self.date, words.is_empty()) {
            (Some(d), true) => d.nl(),
            (Some(d), false) => format!("{} ({words})", d.nl()),
            (None, _) => words.to_string(),
        }
    }
}
