//! What the conditions read ([`Facts`]) and the three-valued result of a condition ([`Truth`]).
//! Shared by `rules::criteria` and `rules::ages`, so neither imports the other's reader.

use crate::content::{Catalogue, SafetyOutcome};
use crate::model::{Answer, Casus};
use crate::rules::derive::{self, Derived};
use std::collections::BTreeMap;

/// What the conditions read: the case, the answers derived from its recorded signals, and the
/// route of the safety weighing (once weighed). Built once per change by `rules::assess`.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts<'a> {
    pub case: &'a Casus,
    /// Answers that follow from recorded signals, by question id ([`derive::answers`]).
    pub derived: BTreeMap<String, Derived>,
    /// The route of the safety weighing; `None` while it is being weighed (a `route`
    /// condition is then unknown).
    pub route: Option<SafetyOutcome>,
}

/// Where the answer to a question comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerSource<'f> {
    /// Answered by the user (an explicit answer always wins).
    Explicit(Answer),
    /// Follows from recorded signals ("afgeleid uit: <signaal>"); changeable.
    Derived(&'f Derived),
    /// Not answered.
    Open,
}

impl<'a> Facts<'a> {
    /// The facts of a case before the safety weighing: derived answers, no route yet.
    pub fn new(case: &'a Casus, cat: &Catalogue) -> Facts<'a> {
        Facts {
            case,
            derived: derive::answers(case, cat),
            route: None,
        }
    }

    /// The same facts with the route of the safety weighing.
    pub fn with_route(mut self, route: SafetyOutcome) -> Facts<'a> {
        self.route = Some(route);
        self
    }

    /// Where the answer to question `id` comes from: explicit first, then derived.
    pub fn source(&self, id: &str) -> AnswerSource<'_> {
        match (self.case.answer(id), self.derived.get(id)) {
            (Some(a), _) => AnswerSource::Explicit(a),
            (None, Some(d)) => AnswerSource::Derived(d),
            (None, None) => AnswerSource::Open,
        }
    }

    /// The answer to question `id`: the explicit one, else the derived one.
    pub fn answer(&self, id: &str) -> Option<Answer> {
        match self.source(id) {
            AnswerSource::Explicit(a) => Some(a),
            AnswerSource::Derived(d) => Some(d.answer),
            AnswerSource::Open => None,
        }
    }
}

/// The value of a condition for a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    pub fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }

    /// Kleene conjunction: false wins, then unknown.
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }

    /// Kleene disjunction: true wins, then unknown.
    pub fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::True, _) | (_, Truth::True) => Truth::True,
            (Truth::False, Truth::False) => Truth::False,
            _ => Truth::Unknown,
        }
    }

    /// Negation; unknown stays unknown.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
}
