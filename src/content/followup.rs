//! The parts of `followup.toml` (the file itself is `types::FollowupFile`): the proposed evaluation moment per safety route, and the
//! words of the follow-up screens (evaluation, calendar file, due dates).

use super::condition::SafetyOutcome;
use serde::{Deserialize, Serialize};

/// When to look again, proposed for the routes in `outcomes`. Always a proposal: the
/// professional agrees the moment with the family.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::followup))]
#[serde(deny_unknown_fields)]
pub struct EvaluationProposal {
    pub outcomes: Vec<SafetyOutcome>,
    /// Days from today to the proposed date.
    pub days: u16,
    /// Why this term, in Dutch.
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// Headings, intros, labels and buttons of the follow-up screens. `{…}` are filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::followup))]
#[serde(deny_unknown_fields)]
pub struct FollowupScreen {
    pub heading: String,
    pub intro: String,
    pub evaluation_label: String,
    pub evaluation_hint: String,
    /// "{datum}": the proposed date.
    pub proposal: String,
    pub take_proposal: String,
    /// The disclosure with the reasoning and sources of the proposed date.
    pub proposal_why: String,
    pub agenda_button: String,
    pub agenda_hint: String,
    pub agenda_done: String,
    pub agenda_nothing: String,
    pub agenda_file: String,
    /// The calendar entry's description of an evaluation (never case content).
    pub ics_evaluation: String,
    /// "{n}": the number of the agreed step.
    pub ics_step: String,
    /// The title when the case has no label.
    pub ics_no_label: String,
    pub question_heading: String,
    pub question_intro: String,
    pub earlier_heading: String,
    pub earlier_first: String,
    /// "{datum}": the day of an evaluation.
    pub earlier_evaluation: String,
    pub note_label: String,
    pub note_hint: String,
    pub record_button: String,
    pub recorded: String,
    pub record_needs_answer: String,
    pub step_date: String,
    pub step_when: String,
    pub step_done: String,
    pub due_column: String,
    pub due_nothing: String,
    pub overdue: String,
    pub due_today: String,
    pub due_soon: String,
    pub planned: String,
    pub what_evaluation: String,
    /// "{n}": the number of the agreed step.
    pub what_step: String,
}

/// The words of the sociale kaart (the professional's own contacts) on the data page, in the
/// next steps and in the summaries. `{…}` are filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::followup))]
#[serde(deny_unknown_fields)]
pub struct ContactsScreen {
    pub heading: String,
    pub intro: String,
    pub only_professional: String,
    pub national_stays: String,
    /// "{n}": the number of the contact.
    pub legend: String,
    pub kind_label: String,
    pub organisation_label: String,
    pub phone_label: String,
    pub hours_label: String,
    pub add_button: String,
    /// "{n}": the number of the contact.
    pub remove_button: String,
    pub empty: String,
    pub save_failed: String,
    pub import_label: String,
    pub import_hint: String,
    pub import_password: String,
    /// "{n}": how many contacts were added.
    pub import_done: String,
    pub import_none: String,
    /// "{wie}": the kind in running text; "{telefoon}": the number.
    pub call: String,
    /// "{wie}": the kind in running text (a saved contact without a phone number).
    pub ask: String,
    pub heading_in_steps: String,
}
