//! What happens after the first step: the evaluation moment of a case and the evaluations
//! held, each with afwegingsvraag 5 asked again (meldcode: does the help lead to the necessary
//! results for safety and wellbeing within the agreed time?).

use super::date::Date;
use super::vocabulary::Answer;
use serde::{Deserialize, Serialize};

/// The follow-up of a case. Empty for a case that has none (and then not stored).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUp {
    /// The next moment to look again together (proposed from the route, editable).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Date>,
    /// The evaluations held, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<Evaluation>,
}

impl FollowUp {
    pub fn is_empty(&self) -> bool {
        *self == FollowUp::default()
    }
}

/// One evaluation: afwegingsvraag 5 asked again on `date`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The day the evaluation was recorded.
    pub date: Date,
    /// The evaluation moment that was planned for it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<Date>,
    /// The answer to afwegingsvraag 5 before this evaluation (at the first weighing or the
    /// evaluation before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Answer>,
    /// The answer to afwegingsvraag 5 now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// What was seen at the evaluation, checked for identifiers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}
