//! The safety weighing: the meldcode's afwegingskader (2019) applied to the whole case: the
//! answers on the safety step and what the recorded signals mean for safety.
//!
//! [`weigh`] never decides. Its outcome says what the afweging points to ("De afweging wijst
//! op …"); the professional decides, with colleagues and Veilig Thuis. It always gives a
//! route: an open answer leads to "nog niet bekend" with a next step per role and with the
//! routes the open answers can still lead to ([`Weighing::possible`]).
//!
//! # The rule, in order
//! 1. **AcuutGevaar** if an acute-danger indicator is ticked; the child disclosed violence or
//!    abuse (answered on the safety step, or a disclosure signal recorded and the disclosure
//!    question not answered "nee"); afwegingsvraag 2a is "ja"; or injury that was probably
//!    inflicted is recorded together with fear of going home, unless 2a is "nee".
//! 2. **Meldnorm** if afwegingsvraag 2b (structurele onveiligheid) is "ja".
//!    (Repeated or several neglect signals, or repeated violence, *suggest* structural
//!    unsafety: a reason that asks the professional to answer 2b; it never answers it.)
//! 3. **GeenVermoeden** if afwegingsvraag 1 (vermoeden) is "nee".
//! 4. **NogNietBekend** if afwegingsvraag 1 is not answered "ja".
//! 5. **Meldnorm** if afwegingsvraag 3, 4 or 5 is "nee" (no effective help, help not accepted,
//!    or no results in time).
//! 6. **NogNietBekend** if 2a or 2b is not answered "nee", or 3 or 4 is not answered "ja".
//! 7. **HulpZonderMelding** otherwise (help with agreements and monitoring; question 5 is
//!    often only known later).
//!
//! "Weet niet" counts as not answered. 112 is shown only when a ticked indicator means direct
//! danger to life or health; Veilig Thuis is always shown.

use crate::content::{
    AcuteIndicator, Catalogue, Contact, Definition, NextStep, SafetyField, Signal, SignalSafety,
};
use crate::model::{join_nl, Answer, Casus, SafetyAnswers};
use crate::rules::criteria::{self, safety_field_label, Truth};
use crate::rules::signals::{self, SafetyFindings};

pub use crate::content::SafetyOutcome as Outcome;

/// The afwegingsvragen whose open answer can change the route (5 is often only known later
/// and does not keep the route open).
const ROUTE_FIELDS: [SafetyField; 5] = [
    SafetyField::Suspicion,
    SafetyField::AcuteUnsafety,
    SafetyField::StructuralUnsafety,
    SafetyField::EffectiveHelp,
    SafetyField::HelpAccepted,
];

/// What a reason of the weighing came from. Views choose by kind (for example the compact
/// summary shows the answers to the afwegingsvragen on one line), never by the wording.
#[derive(Clone, Debug, PartialEq)]
pub enum ReasonKind<'a> {
    /// An acute-danger indicator ticked on the safety step.
    AcuteIndicator(&'a AcuteIndicator),
    /// The child disclosed violence or abuse (answered on the safety step); counts as acute.
    Disclosure,
    /// A disclosure recorded on the signals step; counts as acute.
    SignalDisclosure(Vec<&'a Signal>),
    /// Injury probably inflicted and fear of going home, both recorded as signals.
    InjuryWithFear {
        injuries: Vec<&'a Signal>,
        fears: Vec<&'a Signal>,
    },
    /// Recorded signals suggest structural unsafety (`meaning` is neglect or violence); the
    /// professional answers afwegingsvraag 2b.
    StructuralSuggested {
        meaning: SignalSafety,
        signals: Vec<&'a Signal>,
    },
    /// The answer given to an afwegingsvraag (or another safety field).
    Answer {
        field: SafetyField,
        answer: Option<Answer>,
    },
    /// Afwegingsvraag 5 is not known yet: agree when to look at it together.
    ResultsLater,
    /// Answers are open: the routes they can still lead to, and which questions decide.
    PointsTo {
        outcomes: Vec<Outcome>,
        open: Vec<SafetyField>,
    },
}

impl ReasonKind<'_> {
    /// Is this the answer to one of the afwegingsvragen?
    pub fn is_answer(&self) -> bool {
        matches!(self, ReasonKind::Answer { .. })
    }

    /// Does this reason come from the signals step?
    pub fn is_from_signals(&self) -> bool {
        matches!(
            self,
            ReasonKind::SignalDisclosure(_)
                | ReasonKind::InjuryWithFear { .. }
                | ReasonKind::StructuralSuggested { .. }
        )
    }
}

/// One reason of the weighing: what it came from and its Dutch sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason<'a> {
    pub kind: ReasonKind<'a>,
    /// Dutch, as shown to the user.
    pub text: String,
}

fn signal_list(list: &[&Signal]) -> String {
    list.iter()
        .map(|s| s.text.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join("; ")
}

fn meaning_reason(cat: &Catalogue, m: SignalSafety) -> &str {
    cat.safety
        .signal_meanings
        .iter()
        .find(|x| x.meaning == m)
        .map(|x| x.reason.as_str())
        .unwrap_or_default()
}

fn outcome_short(cat: &Catalogue, o: Outcome) -> &str {
    cat.safety
        .outcomes
        .iter()
        .find(|t| t.outcome == o)
        .map(|t| t.short.as_str())
        .unwrap_or_default()
}

fn question_number(cat: &Catalogue, f: SafetyField) -> String {
    cat.safety
        .afwegingsvragen
        .iter()
        .find(|q| q.field == f)
        .map(|q| format!("vraag {}", q.number))
        .unwrap_or_default()
}

impl<'a> Reason<'a> {
    fn new(kind: ReasonKind<'a>, cat: &Catalogue) -> Reason<'a> {
        let text = match &kind {
            ReasonKind::AcuteIndicator(ind) => cat
                .safety
                .weighing
                .acute_indicator
                .replace("{signaal}", &ind.text),
            ReasonKind::Disclosure => cat.safety.weighing.disclosure.to_string(),
            ReasonKind::SignalDisclosure(list) => meaning_reason(cat, SignalSafety::Onthulling)
                .replace("{signalen}", &format!("{}.", signal_list(list))),
            ReasonKind::InjuryWithFear { injuries, fears } => format!(
                "{} {}",
                meaning_reason(cat, SignalSafety::Letsel)
                    .replace("{signalen}", &signal_list(injuries)),
                meaning_reason(cat, SignalSafety::Angst).replace("{signalen}", &signal_list(fears))
            ),
            ReasonKind::StructuralSuggested { meaning, signals } => format!(
                "{} {}",
                meaning_reason(cat, *meaning).replace("{signalen}", &signal_list(signals)),
                cat.safety.weighing.answer_2b
            ),
            ReasonKind::Answer { field, answer } => said(*field, *answer, cat),
            ReasonKind::ResultsLater => cat.safety.weighing.results_later.replace(
                "{vraag}",
                &safety_field_label(SafetyField::HelpResults, cat),
            ),
            ReasonKind::PointsTo { outcomes, open } => {
                let names: Vec<String> = outcomes
                    .iter()
                    .map(|o| outcome_short(cat, *o).to_string())
                    .collect();
                let questions: Vec<String> =
                    open.iter().map(|f| question_number(cat, *f)).collect();
                cat.safety
                    .weighing
                    .points_to
                    .replace("{uitkomsten}", &join_nl(&names, "of"))
                    .replace("{vragen}", &join_nl(&questions, "en"))
            }
        };
        Reason { kind, text }
    }
}

/// The result of the weighing: an outcome, why, and what could be next for this role.
#[derive(Clone, Debug, PartialEq)]
pub struct Weighing<'a> {
    pub outcome: Outcome,
    /// Dutch, starts with "De afweging wijst op".
    pub headline: &'a str,
    /// Dutch explanation of the outcome.
    pub text: &'a str,
    /// Which indicators, signals and answers led here, in the order of the afwegingskader.
    pub reasons: Vec<Reason<'a>>,
    /// The afwegingsvragen (1 to 4) that are open (not answered, or "weet niet") and can still
    /// change the route, in the order of the afwegingskader. Empty once the route is settled.
    pub open: Vec<SafetyField>,
    /// The routes the open answers can still lead to (in [`Outcome::ALL`] order); empty when
    /// nothing open can change the route.
    pub possible: Vec<Outcome>,
    /// The recorded signals suggest structural unsafety (shown at afwegingsvraag 2b).
    pub suggests_structural: bool,
    /// The afwegingsvragen the safety step does not ask (see [`asked`]), in content order.
    pub not_asked: Vec<SafetyField>,
    /// Next steps for this outcome and the case's role group (general ones first, as in the
    /// content), with their sources.
    pub next_steps: Vec<&'a NextStep>,
    /// Contacts to show: 112 first when a ticked indicator means direct danger, Veilig Thuis
    /// always.
    pub contacts: Vec<&'a Contact>,
}

/// The definition to show where the professional answers an afwegingsvraag (acute unsafety at
/// 2a, structural unsafety at 2b).
pub fn definition_for(field: SafetyField, cat: &Catalogue) -> Option<&Definition> {
    let q = cat
        .safety
        .afwegingsvragen
        .iter()
        .find(|q| q.field == field)?;
    let id = q.definition.as_ref()?;
    cat.safety.definitions.iter().find(|d| &d.id == id)
}

/// Weigh the case. See the module documentation for the rule.
pub fn weigh<'a>(c: &Casus, cat: &'a Catalogue) -> Weighing<'a> {
    let findings = signals::safety_findings(c, cat);
    let (outcome, kinds) = route(&c.safety, &findings, cat);
    let (open, possible) = if outcome == Outcome::NogNietBekend {
        still_possible(&c.safety, &findings, cat)
    } else {
        (Vec::new(), Vec::new())
    };
    let mut reasons: Vec<Reason<'a>> = kinds.into_iter().map(|k| Reason::new(k, cat)).collect();
    if !possible.is_empty() {
        reasons.push(Reason::new(
            ReasonKind::PointsTo {
                outcomes: possible.clone(),
                open: open.clone(),
            },
            cat,
        ));
    }
    let text = cat.safety.outcomes.iter().find(|t| t.outcome == outcome);
    let group = c.role.map(|r| r.group());
    let facts = criteria::Facts::new(c, cat);
    let next_steps = cat
        .safety
        .next_steps
        .iter()
        .filter(|n| n.outcomes.contains(&outcome))
        .filter(|n| n.groups.is_empty() || group.is_some_and(|g| n.groups.contains(&g)))
        .filter(|n| {
            n.when
                .as_ref()
                .is_none_or(|w| criteria::eval(w, &facts, cat) == Truth::True)
        })
        .collect();
    let direct_danger = cat
        .safety
        .acute_indicators
        .iter()
        .any(|i| i.direct_danger && c.safety.acute.contains(i.id.as_str()));
    let mut contacts: Vec<&Contact> = Vec::new();
    if outcome == Outcome::AcuutGevaar && direct_danger {
        contacts.extend(cat.safety.contacts.iter().filter(|k| k.id == "alarm"));
    }
    contacts.extend(
        cat.safety
            .contacts
            .iter()
            .filter(|k| k.id == "veilig_thuis"),
    );
    Weighing {
        outcome,
        headline: text.map(|t| t.headline.as_str()).unwrap_or_default(),
        text: text.map(|t| t.text.as_str()).unwrap_or_default(),
        reasons,
        open,
        possible,
        suggests_structural: findings.suggests_structural(),
        not_asked: cat
            .safety
            .afwegingsvragen
            .iter()
            .map(|q| q.field)
            .filter(|f| !asked(*f, &c.safety, &findings))
            .collect(),
        next_steps,
        contacts,
    }
}

/// Does the safety step ask this afwegingsvraag? After "nee" on question 1 (no suspicion) the
/// afwegingskader closes the case ("Nee: sluit af"), so 2a to 5 are not asked, except
/// - a question that has an answer: it still counts in the weighing and stays changeable;
/// - 2a where recorded injury and fear point to acute unsafety (its "nee" changes the route);
/// - 2b where the recorded signals suggest structural unsafety (the weighing asks for it).
///
/// Nothing is answered for the user: a question not asked stays unanswered, and "weet niet" or
/// no answer on question 1 asks every question.
pub fn asked(field: SafetyField, s: &SafetyAnswers, f: &SafetyFindings) -> bool {
    let mut x = s.clone();
    s.suspicion != Some(Answer::Nee)
        || slot(&mut x, field).is_some()
        || match field {
            SafetyField::AcuteUnsafety => f.injury_with_fear(),
            SafetyField::StructuralUnsafety => f.suggests_structural(),
            _ => false,
        }
}

/// The numbers of these afwegingsvragen as a Dutch list ("2a, 3, 4 en 5").
pub fn numbers(fields: &[SafetyField], cat: &Catalogue) -> String {
    let list: Vec<String> = fields
        .iter()
        .filter_map(|f| cat.safety.afwegingsvragen.iter().find(|q| q.field == *f))
        .map(|q| q.number.to_string())
        .collect();
    join_nl(&list, "en")
}

fn said(field: SafetyField, a: Option<Answer>, cat: &Catalogue) -> String {
    format!(
        "{} Uw antwoord: {}.",
        safety_field_label(field, cat),
        Answer::text(a)
    )
}

fn slot(s: &mut SafetyAnswers, f: SafetyField) -> &mut Option<Answer> {
    match f {
        SafetyField::Disclosure => &mut s.disclosure,
        SafetyField::Suspicion => &mut s.suspicion,
        SafetyField::AcuteUnsafety => &mut s.acute_unsafety,
        SafetyField::StructuralUnsafety => &mut s.structural_unsafety,
        SafetyField::EffectiveHelp => &mut s.effective_help,
        SafetyField::HelpAccepted => &mut s.help_accepted,
        SafetyField::HelpResults => &mut s.help_results,
        SafetyField::TellingFamilyUnsafe => &mut s.telling_family_unsafe,
    }
}

fn with_answer(s: &SafetyAnswers, f: SafetyField, a: Answer) -> SafetyAnswers {
    let mut x = s.clone();
    *slot(&mut x, f) = Some(a);
    x
}

fn known(a: Option<Answer>) -> bool {
    matches!(a, Some(Answer::Ja | Answer::Nee))
}

/// The open afwegingsvragen that matter and every route their answers can lead to: each open
/// question is tried with "ja" and "nee" (at most 2^5 weighings).
fn still_possible(
    s: &SafetyAnswers,
    findings: &SafetyFindings,
    cat: &Catalogue,
) -> (Vec<SafetyField>, Vec<Outcome>) {
    let open: Vec<SafetyField> = ROUTE_FIELDS
        .into_iter()
        .filter(|f| !known(*slot(&mut s.clone(), *f)))
        .collect();
    let mut reached: Vec<Outcome> = Vec::new();
    for bits in 0u32..(1 << open.len()) {
        let mut filled = s.clone();
        for (i, f) in open.iter().enumerate() {
            let a = if bits & (1 << i) != 0 {
                Answer::Ja
            } else {
                Answer::Nee
            };
            *slot(&mut filled, *f) = Some(a);
        }
        let (o, _) = route(&filled, findings, cat);
        if !reached.contains(&o) {
            reached.push(o);
        }
    }
    let possible: Vec<Outcome> = Outcome::ALL
        .into_iter()
        .filter(|o| reached.contains(o) && *o != Outcome::NogNietBekend)
        .collect();
    // Only the questions whose answer can change the route are worth naming.
    let deciding: Vec<SafetyField> = open
        .iter()
        .copied()
        .filter(|f| matters(s, findings, cat, *f))
        .collect();
    let open = if deciding.is_empty() { open } else { deciding };
    (open, possible)
}

/// Can the answer to `f` change the route, with the other open questions still open?
fn matters(s: &SafetyAnswers, findings: &SafetyFindings, cat: &Catalogue, f: SafetyField) -> bool {
    let with = |a: Answer| route(&with_answer(s, f, a), findings, cat).0;
    let base = route(s, findings, cat).0;
    with(Answer::Ja) != base || with(Answer::Nee) != base
}

/// The route and the reasons that led to it, for a set of safety answers and what the recorded
/// signals mean for safety.
fn route<'a>(
    s: &SafetyAnswers,
    f: &SafetyFindings<'a>,
    cat: &'a Catalogue,
) -> (Outcome, Vec<ReasonKind<'a>>) {
    let mut kinds: Vec<ReasonKind<'a>> = Vec::new();
    let answer = |field: SafetyField, answer: Option<Answer>| ReasonKind::Answer { field, answer };

    // 1. Acute.
    kinds.extend(
        cat.safety
            .acute_indicators
            .iter()
            .filter(|i| s.acute.contains(i.id.as_str()))
            .map(ReasonKind::AcuteIndicator),
    );
    if s.disclosure == Some(Answer::Ja) {
        kinds.push(ReasonKind::Disclosure);
    } else if !f.disclosures.is_empty() && s.disclosure != Some(Answer::Nee) {
        kinds.push(ReasonKind::SignalDisclosure(f.disclosures.clone()));
    }
    if f.injury_with_fear() && s.acute_unsafety != Some(Answer::Nee) {
        kinds.push(ReasonKind::InjuryWithFear {
            injuries: f.injuries.clone(),
            fears: f.fears.clone(),
        });
    }
    if s.acute_unsafety == Some(Answer::Ja) {
        kinds.push(answer(SafetyField::AcuteUnsafety, s.acute_unsafety));
    }
    if !kinds.is_empty() {
        return (Outcome::AcuutGevaar, kinds);
    }

    // 2. Structural unsafety: the meldnorm. Signals only suggest it.
    for (meaning, list) in [
        (SignalSafety::Verwaarlozing, &f.structural_neglect),
        (SignalSafety::Geweld, &f.structural_violence),
    ] {
        if !list.is_empty() {
            kinds.push(ReasonKind::StructuralSuggested {
                meaning,
                signals: list.clone(),
            });
        }
    }
    if s.structural_unsafety == Some(Answer::Ja) {
        kinds.push(answer(
            SafetyField::StructuralUnsafety,
            s.structural_unsafety,
        ));
        return (Outcome::Meldnorm, kinds);
    }

    // 3–4. Suspicion.
    kinds.push(answer(SafetyField::Suspicion, s.suspicion));
    match s.suspicion {
        Some(Answer::Nee) => return (Outcome::GeenVermoeden, kinds),
        Some(Answer::Ja) => {}
        _ => return (Outcome::NogNietBekend, kinds),
    }

    // 5. Any "nee" on 3, 4 or 5 points to a report.
    let help = [
        (SafetyField::EffectiveHelp, s.effective_help),
        (SafetyField::HelpAccepted, s.help_accepted),
        (SafetyField::HelpResults, s.help_results),
    ];
    if let Some((field, a)) = help.iter().find(|(_, a)| *a == Some(Answer::Nee)) {
        kinds.push(answer(*field, *a));
        return (Outcome::Meldnorm, kinds);
    }

    // 6. Everything needed must be answered.
    let mut missing = false;
    for (field, a, needed) in [
        (SafetyField::AcuteUnsafety, s.acute_unsafety, Answer::Nee),
        (
            SafetyField::StructuralUnsafety,
            s.structural_unsafety,
            Answer::Nee,
        ),
        (SafetyField::EffectiveHelp, s.effective_help, Answer::Ja),
        (SafetyField::HelpAccepted, s.help_accepted, Answer::Ja),
    ] {
        kinds.push(answer(field, a));
        missing |= a != Some(needed);
    }
    if missing {
        return (Outcome::NogNietBekend, kinds);
    }

    // 7. Help without a report; question 5 may be open.
    if s.help_results == Some(Answer::Ja) {
        kinds.push(answer(SafetyField::HelpResults, s.help_results));
    } else {
        kinds.push(ReasonKind::ResultsLater);
    }
    (Outcome::HulpZonderMelding, kinds)
}

/// The outcome and the reasons that led to it (the route of [`weigh`] without next steps).
pub fn decide<'a>(c: &Casus, cat: &'a Catalogue) -> (Outcome, Vec<Reason<'a>>) {
    let w = weigh(c, cat);
    (w.outcome, w.reasons)
}

#[cfg(test)]
#[path = "safety_tests.rs"]
mod tests;
