//! The safety weighing: the meldcode's afwegingskader (2019) applied to the case's answers.
//!
//! [`weigh`] never decides. Its outcome says what the afweging points to ("De afweging wijst
//! op …"); the professional decides, with colleagues and Veilig Thuis.
//!
//! # The rule, in order
//! 1. **AcuutGevaar** if an acute-danger indicator is ticked, the child disclosed violence or
//!    abuse (a disclosure counts as acute), or afwegingsvraag 2a (acute onveiligheid) is "ja".
//! 2. **Meldnorm** if afwegingsvraag 2b (structurele onveiligheid) is "ja".
//! 3. **GeenVermoeden** if afwegingsvraag 1 (vermoeden) is "nee".
//! 4. **NogNietBekend** if afwegingsvraag 1 is not answered "ja".
//! 5. **Meldnorm** if afwegingsvraag 3, 4 or 5 is "nee" (no effective help, help not accepted,
//!    or no results in time).
//! 6. **NogNietBekend** if 2a or 2b is not answered "nee", or 3 or 4 is not answered "ja".
//! 7. **HulpZonderMelding** otherwise (help with agreements and monitoring; question 5 is
//!    often only known later).
//!
//! "Weet niet" counts as not answered.

use crate::content::{AcuteIndicator, Catalogue, Contact, NextStep, SafetyField};
use crate::model::{Answer, Casus};
use crate::rules::criteria::{self, safety_field_label, Truth};

pub use crate::content::SafetyOutcome as Outcome;

/// What a reason of the weighing came from. Views choose by kind (for example the compact
/// summary shows the answers to the afwegingsvragen on one line), never by the wording.
#[derive(Clone, Debug, PartialEq)]
pub enum ReasonKind<'a> {
    /// An acute-danger indicator ticked on the safety step.
    AcuteIndicator(&'a AcuteIndicator),
    /// The child disclosed violence or abuse (safety step); counts as acute.
    Disclosure,
    /// The answer given to an afwegingsvraag (or another safety field).
    Answer {
        field: SafetyField,
        answer: Option<Answer>,
    },
    /// Afwegingsvraag 5 is not known yet: agree when to look at it together.
    ResultsLater,
}

impl ReasonKind<'_> {
    /// Is this the answer to one of the afwegingsvragen?
    pub fn is_answer(&self) -> bool {
        matches!(self, ReasonKind::Answer { .. })
    }
}

/// One reason of the weighing: what it came from and its Dutch sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason<'a> {
    pub kind: ReasonKind<'a>,
    /// Dutch, as shown to the user.
    pub text: String,
}

impl<'a> Reason<'a> {
    fn new(kind: ReasonKind<'a>, cat: &Catalogue) -> Reason<'a> {
        let text = match &kind {
            ReasonKind::AcuteIndicator(ind) => format!("Acuut signaal aangevinkt: {}", ind.text),
            ReasonKind::Disclosure => {
                "Het kind heeft zelf verteld over geweld of misbruik. Dat telt als acute onveiligheid."
                    .into()
            }
            ReasonKind::Answer { field, answer } => said(*field, *answer, cat),
            ReasonKind::ResultsLater => format!(
                "{} Nog niet bekend: spreek af wanneer u dit samen bekijkt.",
                safety_field_label(SafetyField::HelpResults, cat)
            ),
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
    /// Which indicators and answers led here, in the order of the afwegingskader.
    pub reasons: Vec<Reason<'a>>,
    /// Next steps for this outcome and the case's role group (general ones first, as in the
    /// content), with their sources.
    pub next_steps: Vec<&'a NextStep>,
    /// Contacts to show: 112 first when acute, Veilig Thuis always.
    pub contacts: Vec<&'a Contact>,
}

/// Weigh the case. See the module documentation for the rule.
pub fn weigh<'a>(c: &Casus, cat: &'a Catalogue) -> Weighing<'a> {
    let (outcome, reasons) = decide(c, cat);
    let text = cat.safety.outcomes.iter().find(|t| t.outcome == outcome);
    let group = c.role.map(|r| r.group());
    let next_steps = cat
        .safety
        .next_steps
        .iter()
        .filter(|n| n.outcomes.contains(&outcome))
        .filter(|n| n.groups.is_empty() || group.is_some_and(|g| n.groups.contains(&g)))
        .filter(|n| {
            n.when
                .as_ref()
                .is_none_or(|w| criteria::eval(w, c, cat) == Truth::True)
        })
        .collect();
    let mut contacts: Vec<&Contact> = Vec::new();
    if outcome == Outcome::AcuutGevaar {
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
        next_steps,
        contacts,
    }
}

fn said(field: SafetyField, a: Option<Answer>, cat: &Catalogue) -> String {
    format!(
        "{} Uw antwoord: {}.",
        safety_field_label(field, cat),
        Answer::text(a)
    )
}

/// The outcome and the reasons that led to it.
pub fn decide<'a>(c: &Casus, cat: &'a Catalogue) -> (Outcome, Vec<Reason<'a>>) {
    let s = &c.safety;
    let mut kinds: Vec<ReasonKind<'a>> = Vec::new();
    let answer = |field: SafetyField, answer: Option<Answer>| ReasonKind::Answer { field, answer };
    let done = |o: Outcome, kinds: Vec<ReasonKind<'a>>| {
        (o, kinds.into_iter().map(|k| Reason::new(k, cat)).collect())
    };

    // 1. Acute.
    kinds.extend(
        cat.safety
            .acute_indicators
            .iter()
            .filter(|i| s.acute.contains(&i.id))
            .map(ReasonKind::AcuteIndicator),
    );
    if s.disclosure == Some(Answer::Ja) {
        kinds.push(ReasonKind::Disclosure);
    }
    if s.acute_unsafety == Some(Answer::Ja) {
        kinds.push(answer(SafetyField::AcuteUnsafety, s.acute_unsafety));
    }
    if !kinds.is_empty() {
        return done(Outcome::AcuutGevaar, kinds);
    }

    // 2. Structural unsafety: the meldnorm.
    if s.structural_unsafety == Some(Answer::Ja) {
        kinds.push(answer(
            SafetyField::StructuralUnsafety,
            s.structural_unsafety,
        ));
        return done(Outcome::Meldnorm, kinds);
    }

    // 3–4. Suspicion.
    kinds.push(answer(SafetyField::Suspicion, s.suspicion));
    match s.suspicion {
        Some(Answer::Nee) => return done(Outcome::GeenVermoeden, kinds),
        Some(Answer::Ja) => {}
        _ => return done(Outcome::NogNietBekend, kinds),
    }

    // 5. Any "nee" on 3, 4 or 5 points to a report.
    let help = [
        (SafetyField::EffectiveHelp, s.effective_help),
        (SafetyField::HelpAccepted, s.help_accepted),
        (SafetyField::HelpResults, s.help_results),
    ];
    if let Some((f, a)) = help.iter().find(|(_, a)| *a == Some(Answer::Nee)) {
        kinds.push(answer(*f, *a));
        return done(Outcome::Meldnorm, kinds);
    }

    // 6. Everything needed must be answered.
    let mut missing = false;
    for (f, a, needed) in [
        (SafetyField::AcuteUnsafety, s.acute_unsafety, Answer::Nee),
        (
            SafetyField::StructuralUnsafety,
            s.structural_unsafety,
            Answer::Nee,
        ),
        (SafetyField::EffectiveHelp, s.effective_help, Answer::Ja),
        (SafetyField::HelpAccepted, s.help_accepted, Answer::Ja),
    ] {
        kinds.push(answer(f, a));
        missing |= a != Some(needed);
    }
    if missing {
        return done(Outcome::NogNietBekend, kinds);
    }

    // 7. Help without a report; question 5 may be open.
    if s.help_results == Some(Answer::Ja) {
        kinds.push(answer(SafetyField::HelpResults, s.help_results));
    } else {
        kinds.push(ReasonKind::ResultsLater);
    }
    done(Outcome::HulpZonderMelding, kinds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Role, SafetyAnswers};

    fn case(f: impl FnOnce(&mut SafetyAnswers)) -> Casus {
        let mut c = Casus::new();
        f(&mut c.safety);
        c
    }

    fn outcome(c: &Casus) -> Outcome {
        weigh(c, catalogue()).outcome
    }

    #[test]
    fn an_empty_case_is_not_yet_known() {
        assert_eq!(outcome(&Casus::new()), Outcome::NogNietBekend);
    }

    #[test]
    fn a_disclosure_counts_as_acute() {
        let c = case(|s| s.disclosure = Some(Answer::Ja));
        let w = weigh(&c, catalogue());
        assert_eq!(w.outcome, Outcome::AcuutGevaar);
        assert_eq!(w.contacts[0].phone, "112");
        assert_eq!(w.contacts[1].phone, "0800-2000");
    }

    #[test]
    fn an_acute_indicator_wins_over_no_suspicion() {
        let c = case(|s| {
            s.acute.insert("ernstig_letsel".into());
            s.suspicion = Some(Answer::Nee);
        });
        assert_eq!(outcome(&c), Outcome::AcuutGevaar);
    }

    #[test]
    fn unknown_indicator_ids_are_ignored() {
        let c = case(|s| {
            s.acute.insert("bestaat_niet".into());
        });
        assert_eq!(outcome(&c), Outcome::NogNietBekend);
    }

    #[test]
    fn structural_unsafety_meets_the_meldnorm() {
        let c = case(|s| s.structural_unsafety = Some(Answer::Ja));
        assert_eq!(outcome(&c), Outcome::Meldnorm);
    }

    #[test]
    fn no_suspicion_closes() {
        let c = case(|s| s.suspicion = Some(Answer::Nee));
        assert_eq!(outcome(&c), Outcome::GeenVermoeden);
        let c = case(|s| s.suspicion = Some(Answer::WeetNiet));
        assert_eq!(outcome(&c), Outcome::NogNietBekend);
    }

    #[test]
    fn each_no_on_help_questions_points_to_a_report() {
        for which in 0..3 {
            let c = case(|s| {
                s.suspicion = Some(Answer::Ja);
                s.acute_unsafety = Some(Answer::Nee);
                s.structural_unsafety = Some(Answer::Nee);
                s.effective_help = Some(Answer::Ja);
                s.help_accepted = Some(Answer::Ja);
                match which {
                    0 => s.effective_help = Some(Answer::Nee),
                    1 => s.help_accepted = Some(Answer::Nee),
                    _ => s.help_results = Some(Answer::Nee),
                }
            });
            assert_eq!(outcome(&c), Outcome::Meldnorm, "question {}", which + 3);
        }
    }

    #[test]
    fn help_without_report_needs_questions_two_to_four() {
        let full = |s: &mut SafetyAnswers| {
            s.suspicion = Some(Answer::Ja);
            s.acute_unsafety = Some(Answer::Nee);
            s.structural_unsafety = Some(Answer::Nee);
            s.effective_help = Some(Answer::Ja);
            s.help_accepted = Some(Answer::Ja);
        };
        assert_eq!(outcome(&case(full)), Outcome::HulpZonderMelding);
        let c = case(|s| {
            full(s);
            s.help_accepted = Some(Answer::WeetNiet);
        });
        assert_eq!(outcome(&c), Outcome::NogNietBekend);
        let c = case(|s| {
            full(s);
            s.acute_unsafety = None;
        });
        assert_eq!(outcome(&c), Outcome::NogNietBekend);
    }

    #[test]
    fn headlines_never_decide() {
        let cat = catalogue();
        for t in &cat.safety.outcomes {
            assert!(t.headline.starts_with("De afweging wijst op"));
            let lower = t.headline.to_lowercase();
            assert!(!lower.contains("u moet"), "{}", t.headline);
        }
        assert!(weigh(&Casus::new(), cat)
            .headline
            .starts_with("De afweging wijst op"));
    }

    #[test]
    fn next_steps_follow_the_role() {
        let cat = catalogue();
        let mut c = case(|s| s.structural_unsafety = Some(Answer::Ja));
        let general = weigh(&c, cat).next_steps.len();
        c.role = Some(Role::Leraar);
        let school = weigh(&c, cat);
        assert!(school.next_steps.len() > general);
        assert!(school
            .next_steps
            .iter()
            .any(|n| n.text.contains("intern begeleider")));
        c.role = Some(Role::Huisarts);
        let gp = weigh(&c, cat);
        assert!(gp
            .next_steps
            .iter()
            .any(|n| n.text.contains("5.2.6 Wmo 2015")));
        assert!(!gp
            .next_steps
            .iter()
            .any(|n| n.text.contains("intern begeleider")));
    }

    #[test]
    fn telling_the_family_step_depends_on_safety() {
        let cat = catalogue();
        let mut c = case(|s| s.structural_unsafety = Some(Answer::Ja));
        let has = |c: &Casus| {
            weigh(c, cat)
                .next_steps
                .iter()
                .any(|n| n.text.contains("zonder het gezin vooraf"))
        };
        assert!(!has(&c));
        c.safety.telling_family_unsafe = Some(Answer::Ja);
        assert!(has(&c));
    }
}
