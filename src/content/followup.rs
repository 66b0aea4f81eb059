//! The parts of `followup.toml` (the file itself is `types::FollowupFile`): the proposed evaluation moment per safety route, and the
//! words of the follow-up screens (evaluation, calendar file, due dates).

use super::condition::SafetyOutcome;
use super::statics::{List, Str};
use serde::{Deserialize, Serialize};

/// When to look again, proposed for the routes in `outcomes`. Always a proposal: the
/// professional agrees the moment with the family.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::followup))]
#[serde(deny_unknown_fields)]
pub struct EvaluationProposal {
    pub outcomes: List<SafetyOutcome>,
    /// Days from today to the proposed date.
    pub days: u16,
    /// Why this term, in Dutch.
    pub text: Str,
    pub sources: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Str>,
}

/// Headings, intros, labels and buttons of the follow-up screens. `{…}` are filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::followup))]
#[serde(deny_unknown_fields)]
pub struct FollowupScreen {
    pub heading: Str,
    pub intro: Str,
    pub evaluation_label: Str,
    pub evaluation_hint: Str,
    /// "{datum}": the proposed date.
    pub proposal: Str,
    pub take_proposal: Str,
    /// The disclosure with the reasoning and sources of the proposed date.
    pub proposal_why: Str,
    pub agenda_button: Str,
    pub agenda_hint: Str,
    pub agenda_done: Str,
    pub agenda_nothing: Str,
    pub agenda_file: Str,
    /// The calendar entry's description of an evaluation (never case content).
    pub ics_evaluation: Str,
    /// "{n}": the number of the agreed step.
    pub ics_step: Str,
    /// The title when the case has no label.
    pub ics_no_label: Str,
    pub question_heading: Str,
    pub question_intro: Str,
    pub earlier_heading: Str,
    pub earlier_first: Str,
    /// "{datum}": the day of an evaluation.
    pub earlier_evaluation: Str,
    pub note_label: Str,
    pub note_hint: Str,
    pub record_button: Str,
    pub recorded: Str,
    pub record_needs_answer: Str,
    pub step_date: Str,
    pub step_when: Str,
    pub step_done: Str,
    pub due_column: Str,
    pub due_nothing: Str,
    pub overdue: Str,
    pub due_today: Str,
    pub due_soon: Str,
    pub planned: Str,
    pub what_evaluation: Str,
    /// "{n}": the number of the agreed step.
    pub what_step: Str,
}

/// The words of the sociale kaart (the professional's own contacts) on the data page, in the
/// next steps and in the summaries. `{…}` are filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::content::followup))]
#[serde(deny_unknown_fields)]
pub struct ContactsScreen {
    pub heading: Str,
    pub intro: Str,
    pub only_professional: Str,
    pub national_stays: Str,
    /// "{n}": the number of the contact.
    pub legend: Str,
    pub kind_label: Str,
    pub organisation_label: Str,
    pub phone_label: Str,
    pub hours_label: Str,
    pub add_button: Str,
    /// "{n}": the number of the contact.
    pub remove_button: Str,
    pub empty: Str,
    pub save_failed: Str,
    pub import_label: Str,
    pub import_hint: Str,
    pub import_password: Str,
    /// "{n}": how many contacts were added.
    pub import_done: Str,
    pub import_none: Str,
    /// "{wie}": the kind in running text; "{telefoon}": the number.
    pub call: Str,
    /// "{wie}": the kind in running text (a saved contact without a phone number).
    pub ask: Str,
    pub heading_in_steps: Str,
}
