//! Follow-up, pure: what is due or overdue on a given day, the proposed evaluation moment per
//! safety route, and afwegingsvraag 5 asked again at an evaluation with the earlier answers
//! beside it. The day comes from the caller (`app::clock` in the browser), so every rule here
//! is tested with fixed dates.

use crate::content::{Catalogue, EvaluationProposal, FollowupScreen};
use crate::model::{Answer, Casus, Date, Evaluation};
use crate::rules::ages::fill;
use crate::rules::safety::Outcome;

/// Within this many days a date counts as "binnenkort" (soon).
pub const SOON_DAYS: i64 = 7;

/// How a dated item stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DueState {
    /// The date has passed.
    Overdue,
    /// The date is today.
    Today,
    /// Within [`SOON_DAYS`] days.
    Soon,
    /// Later.
    Planned,
}

impl DueState {
    /// Overdue or today: needs attention now.
    pub fn is_due(self) -> bool {
        matches!(self, DueState::Overdue | DueState::Today)
    }

    pub fn label(self, s: &FollowupScreen) -> &str {
        match self {
            DueState::Overdue => &s.overdue,
            DueState::Today => &s.due_today,
            DueState::Soon => &s.due_soon,
            DueState::Planned => &s.planned,
        }
    }

    /// A class name for the mark (the meaning never depends on colour alone: the label says it).
    pub fn class(self) -> &'static str {
        match self {
            DueState::Overdue => "due due-overdue",
            DueState::Today => "due due-today",
            DueState::Soon => "due due-soon",
            DueState::Planned => "due due-planned",
        }
    }
}

/// How `date` stands on `today`.
pub fn due_state(date: Date, today: Date) -> DueState {
    match today.days_until(date) {
        d if d < 0 => DueState::Overdue,
        0 => DueState::Today,
        d if d <= SOON_DAYS => DueState::Soon,
        _ => DueState::Planned,
    }
}

/// What a dated item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueWhat {
    /// The evaluation moment of the case.
    Evaluation,
    /// The agreed step with this index (0-based).
    Step(usize),
}

/// A dated item of a case and how it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueItem {
    pub what: DueWhat,
    pub date: Date,
    pub state: DueState,
}

impl DueItem {
    /// "Te laat: evaluatie (03-11-2026)".
    pub fn text(&self, s: &FollowupScreen) -> String {
        let what = match self.what {
            DueWhat::Evaluation => s.what_evaluation.to_string(),
            DueWhat::Step(i) => fill(&s.what_step, &[("n", &(i + 1).to_string())]),
        };
        format!("{}: {what} ({})", self.state.label(s), self.date.nl())
    }
}

/// Every dated item that is still open: the evaluation moment and each agreed step with a
/// date that is not marked done, earliest first (the evaluation first on the same day).
pub fn dated_items(c: &Casus, today: Date) -> Vec<DueItem> {
    let mut out: Vec<DueItem> = c
        .follow_up
        .evaluation
        .map(|date| (DueWhat::Evaluation, date))
        .into_iter()
        .chain(
            c.steps
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.done)
                .filter_map(|(i, s)| s.date.map(|d| (DueWhat::Step(i), d))),
        )
        .map(|(what, date)| DueItem {
            what,
            date,
            state: due_state(date, today),
        })
        .collect();
    out.sort_by_key(|i| i.date);
    out
}

/// The item that needs attention first (the earliest open date), if any.
pub fn most_urgent(c: &Casus, today: Date) -> Option<DueItem> {
    dated_items(c, today).into_iter().next()
}

/// The proposal for this route (the content has exactly one per route; checked at build time).
pub fn proposal(outcome: Outcome, cat: &Catalogue) -> &EvaluationProposal {
    cat.followup
        .proposals
        .iter()
        .find(|p| p.outcomes.contains(&outcome))
        .expect("every route has a proposal (validated at build time)")
}

/// The proposed evaluation moment for this route, counted from `today`.
pub fn proposed_date(outcome: Outcome, cat: &Catalogue, today: Date) -> Date {
    today.add_days(i64::from(proposal(outcome, cat).days))
}

/// One earlier answer to afwegingsvraag 5: at the weighing (`date` is `None`) or at an
/// evaluation on `date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierAnswer {
    pub date: Option<Date>,
    pub answer: Option<Answer>,
    pub note: String,
}

impl EarlierAnswer {
    /// "Bij de afweging" or "Evaluatie van 03-11-2026".
    pub fn when(&self, s: &FollowupScreen) -> String {
        match self.date {
            None => s.earlier_first.to_string(),
            Some(d) => fill(&s.earlier_evaluation, &[("datum", &d.nl())]),
        }
    }
}

/// The answers to afwegingsvraag 5 so far, oldest first: the one given at the weighing, then
/// one per evaluation. The last one is the current answer (`safety.help_results`).
pub fn earlier_answers(c: &Casus) -> Vec<EarlierAnswer> {
    let evals = &c.follow_up.evaluations;
    let first = evals.first().map_or(c.safety.help_results, |e| e.before);
    std::iter::once(EarlierAnswer {
        date: None,
        answer: first,
        note: String::new(),
    })
    .chain(evals.iter().map(|e| EarlierAnswer {
        date: Some(e.date),
        answer: e.answer,
        note: e.note.clone(),
    }))
    .collect()
}

/// Records an evaluation held on `today`: afwegingsvraag 5 gets the new answer (so the
/// weighing reads it), the earlier answer stays in the history, and the evaluation moment it
/// answered is cleared (a new one is chosen by the professional).
pub fn record_evaluation(c: &mut Casus, today: Date, answer: Answer, note: &str) {
    c.follow_up.evaluations.push(Evaluation {
        date: today,
        planned: c.follow_up.evaluation.take(),
        before: c.safety.help_results,
        answer: Some(answer),
        note: note.trim().to_string(),
    });
    c.safety.help_results = Some(answer);
}

#[cfg(test)]
#[path = "followup_tests.rs"]
mod tests;
