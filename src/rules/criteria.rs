//! The one interpreter for conditions in the content (option criteria, guard-rails, next steps).
//!
//! Evaluation is three-valued ([`Truth`]): a missing answer or "weet niet" is
//! [`Truth::Unknown`], never a guess. `all`, `any` and `not` follow Kleene logic, so an unknown
//! part only decides the result when the known parts do not.

use crate::content::{Catalogue, Condition, SafetyField, SafetyOutcome};
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

/// The answer stored in the case for a safety field.
pub fn safety_answer(c: &Casus, field: SafetyField) -> Option<Answer> {
    let s = &c.safety;
    match field {
        SafetyField::Disclosure => s.disclosure,
        SafetyField::Suspicion => s.suspicion,
        SafetyField::AcuteUnsafety => s.acute_unsafety,
        SafetyField::StructuralUnsafety => s.structural_unsafety,
        SafetyField::EffectiveHelp => s.effective_help,
        SafetyField::HelpAccepted => s.help_accepted,
        SafetyField::HelpResults => s.help_results,
        SafetyField::TellingFamilyUnsafe => s.telling_family_unsafe,
    }
}

/// Store an answer for a safety field (the counterpart of [`safety_answer`]).
pub fn set_safety_answer(c: &mut Casus, field: SafetyField, a: Option<Answer>) {
    let s = &mut c.safety;
    let slot = match field {
        SafetyField::Disclosure => &mut s.disclosure,
        SafetyField::Suspicion => &mut s.suspicion,
        SafetyField::AcuteUnsafety => &mut s.acute_unsafety,
        SafetyField::StructuralUnsafety => &mut s.structural_unsafety,
        SafetyField::EffectiveHelp => &mut s.effective_help,
        SafetyField::HelpAccepted => &mut s.help_accepted,
        SafetyField::HelpResults => &mut s.help_results,
        SafetyField::TellingFamilyUnsafe => &mut s.telling_family_unsafe,
    };
    *slot = a;
}

/// Compare a ja/nee/weet-niet answer with the expected one. Missing or "weet niet": unknown.
fn answer_is(given: Option<Answer>, expect: Answer) -> Truth {
    match given {
        None | Some(Answer::WeetNiet) => Truth::Unknown,
        Some(a) => Truth::from_bool(a == expect),
    }
}

fn in_range<T: PartialOrd + Copy>(v: T, min: Option<T>, max: Option<T>) -> bool {
    min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m)
}

/// Evaluate a condition on the facts of a case.
pub fn eval(cond: &Condition, f: &Facts, cat: &Catalogue) -> Truth {
    let c = f.case;
    match cond {
        Condition::Always => Truth::True,
        Condition::Age { min, max } => match c.age {
            None => Truth::Unknown,
            Some(a) => Truth::from_bool(in_range(a.years, *min, *max)),
        },
        Condition::AgeMonths { min, max } => match c.age {
            None => Truth::Unknown,
            Some(a) => Truth::from_bool(in_range(a.total_months(), *min, *max)),
        },
        Condition::Answer { question, expect } => answer_is(f.answer(question), *expect),
        Condition::Safety { field, expect } => answer_is(safety_answer(c, *field), *expect),
        Condition::Route { any_of } => match f.route {
            None | Some(SafetyOutcome::NogNietBekend) => Truth::Unknown,
            Some(r) => Truth::from_bool(any_of.contains(&r)),
        },
        Condition::Signal { any_of } => Truth::from_bool(any_of.iter().any(|s| c.has_signal(s))),
        Condition::Kindcheck => Truth::from_bool(crate::rules::signals::kindcheck_applies(c, cat)),
        Condition::Siblings => Truth::from_bool(!c.siblings.is_empty()),
        Condition::SiblingAtRisk => {
            Truth::from_bool(c.siblings.iter().any(|s| s.at_risk_from.is_some()))
        }
        Condition::School { any_of } => {
            Truth::from_bool(c.school.is_some_and(|s| any_of.contains(&s)))
        }
        Condition::Role { groups } => match c.role {
            None => Truth::Unknown,
            Some(r) => Truth::from_bool(groups.contains(&r.group())),
        },
        Condition::All { of } => of
            .iter()
            .fold(Truth::True, |acc, x| acc.and(eval(x, f, cat))),
        Condition::Any { of } => of
            .iter()
            .fold(Truth::False, |acc, x| acc.or(eval(x, f, cat))),
        Condition::Not { of } => eval(of, f, cat).not(),
    }
}

/// Dutch label of an answer.
pub fn answer_label(a: Option<Answer>) -> &'static str {
    match a {
        Some(Answer::Ja) => "ja",
        Some(Answer::Nee) => "nee",
        Some(Answer::WeetNiet) => "weet niet",
        None => "nog niet beantwoord",
    }
}

/// Dutch name of a safety field, taken from the afwegingsvraag when there is one.
pub fn safety_field_label(field: SafetyField, cat: &Catalogue) -> String {
    if let Some(q) = cat.safety.afwegingsvragen.iter().find(|q| q.field == field) {
        return format!("Afwegingsvraag {}: {}", q.number, q.text);
    }
    match field {
        SafetyField::Disclosure => "Heeft het kind zelf verteld over geweld of misbruik?".into(),
        SafetyField::TellingFamilyUnsafe => {
            "Brengt het gezin vooraf inlichten iemand in gevaar?".into()
        }
        other => format!("{other:?}"),
    }
}

/// A short Dutch description of what the case says about the parts of a condition, for the
/// reasons shown next to a criterion. It states facts from the case, never a conclusion.
pub fn describe(cond: &Condition, f: &Facts, cat: &Catalogue) -> String {
    let mut parts: Vec<String> = Vec::new();
    collect(cond, f, cat, &mut parts);
    let mut uniq: Vec<String> = Vec::new();
    for p in parts {
        if !uniq.contains(&p) {
            uniq.push(p);
        }
    }
    uniq.join("; ")
}

fn collect(cond: &Condition, f: &Facts, cat: &Catalogue, out: &mut Vec<String>) {
    let c = f.case;
    match cond {
        Condition::Always => {}
        Condition::Age { .. } | Condition::AgeMonths { .. } => out.push(match c.age {
            None => "leeftijd nog niet ingevuld".into(),
            Some(a) if a.months == 0 => format!("leeftijd {} jaar", a.years),
            Some(a) => format!("leeftijd {} jaar en {} maanden", a.years, a.months.min(11)),
        }),
        Condition::Answer { question, .. } => {
            let text = cat
                .questions
                .questions
                .iter()
                .find(|q| &q.id == question)
                .map(|q| q.text.as_str())
                .unwrap_or(question.as_str());
            out.push(format!(
                "{text} Antwoord: {}",
                answer_label(f.answer(question))
            ));
        }
        Condition::Safety { field, .. } => out.push(format!(
            "{} Antwoord: {}",
            safety_field_label(*field, cat),
            answer_label(crate::rules::criteria::safety_answer(c, *field))
        )),
        Condition::Route { .. } => {
            if let Some(t) = f
                .route
                .and_then(|r| cat.safety.outcomes.iter().find(|t| t.outcome == r))
            {
                out.push(t.headline.clone());
            }
        }
        Condition::Signal { any_of } => {
            let found: Vec<&str> = cat
                .signals
                .signals
                .iter()
                .filter(|s| any_of.contains(&s.id) && c.has_signal(&s.id))
                .map(|s| s.text.as_str())
                .collect();
            if found.is_empty() {
                out.push("geen van deze signalen vastgelegd".into());
            } else {
                out.push(format!("vastgelegd: {}", found.join(" ")));
            }
        }
        Condition::Kindcheck => out.push(if crate::rules::signals::kindcheck_applies(c, cat) {
            "een oudersignaal voor de kindcheck is vastgelegd".into()
        } else {
            "geen oudersignaal voor de kindcheck vastgelegd".into()
        }),
        Condition::Siblings => out.push(match c.siblings.len() {
            0 => "geen broers of zussen vastgelegd".into(),
            n => format!("{n} broer(s) of zus(sen) vastgelegd"),
        }),
        Condition::SiblingAtRisk => {
            let n = c
                .siblings
                .iter()
                .filter(|s| s.at_risk_from.is_some())
                .count();
            out.push(match n {
                0 => "geen broer of zus die schade kan oplopen vastgelegd".into(),
                n => format!("{n} broer(s) of zus(sen) die schade kunnen oplopen"),
            })
        }
        Condition::School { .. } => out.push(match c.school {
            None => "school nog niet ingevuld".into(),
            Some(s) => format!("school: {}", s.label().to_lowercase()),
        }),
        Condition::Role { .. } => out.push(match c.role {
            None => "rol nog niet gekozen".into(),
            Some(r) => format!("rol: {}", r.label()),
        }),
        Condition::All { of } | Condition::Any { of } => {
            for x in of {
                collect(x, f, cat, out);
            }
        }
        Condition::Not { of } => collect(of, f, cat, out),
    }
}

#[cfg(test)]
mod set_tests {
    use super::*;

    #[test]
    fn every_safety_field_round_trips() {
        use SafetyField::*;
        for f in [
            Disclosure,
            Suspicion,
            AcuteUnsafety,
            StructuralUnsafety,
            EffectiveHelp,
            HelpAccepted,
            HelpResults,
            TellingFamilyUnsafe,
        ] {
            let mut c = Casus::new();
            assert_eq!(safety_answer(&c, f), None);
            set_safety_answer(&mut c, f, Some(Answer::Nee));
            assert_eq!(safety_answer(&c, f), Some(Answer::Nee), "{f:?}");
            set_safety_answer(&mut c, f, None);
            assert_eq!(c, Casus::new());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Age, RecordedSignal, Role, Sibling};

    fn age(years: u8, months: u8) -> Option<Age> {
        Some(Age { years, months })
    }

    #[test]
    fn kleene_tables() {
        use Truth::*;
        assert_eq!(True.and(Unknown), Unknown);
        assert_eq!(False.and(Unknown), False);
        assert_eq!(True.or(Unknown), True);
        assert_eq!(False.or(Unknown), Unknown);
        assert_eq!(Unknown.not(), Unknown);
        assert_eq!(True.not(), False);
    }

    #[test]
    fn age_bounds_are_inclusive_and_missing_age_is_unknown() {
        let cat = catalogue();
        let cond = Condition::Age {
            min: Some(10),
            max: Some(18),
        };
        let mut c = Casus::new();
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::Unknown);
        c.age = age(10, 0);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::True);
        c.age = age(18, 11);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::True);
        c.age = age(9, 11);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::False);
        c.age = age(19, 0);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::False);
    }

    #[test]
    fn age_in_months_handles_sixteen_and_a_half() {
        let cat = catalogue();
        let cond = Condition::AgeMonths {
            min: Some(198),
            max: None,
        };
        let mut c = Casus::new();
        c.age = age(16, 5);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::False);
        c.age = age(16, 6);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::True);
    }

    #[test]
    fn weet_niet_is_unknown_not_a_guess() {
        let cat = catalogue();
        let cond = Condition::Answer {
            question: "ouder_doet_mee".into(),
            expect: Answer::Nee,
        };
        let mut c = Casus::new();
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::Unknown);
        c.answers.insert("ouder_doet_mee".into(), Answer::WeetNiet);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::Unknown);
        c.answers.insert("ouder_doet_mee".into(), Answer::Nee);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::True);
        c.answers.insert("ouder_doet_mee".into(), Answer::Ja);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::False);
    }

    #[test]
    fn any_with_lvb_extension() {
        // ASH: under 18, or under 23 with an LVB.
        let cat = catalogue();
        let cond = Condition::Any {
            of: vec![
                Condition::Age {
                    min: None,
                    max: Some(17),
                },
                Condition::All {
                    of: vec![
                        Condition::Answer {
                            question: "lvb".into(),
                            expect: Answer::Ja,
                        },
                        Condition::Age {
                            min: None,
                            max: Some(22),
                        },
                    ],
                },
            ],
        };
        let mut c = Casus::new();
        c.age = age(20, 0);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::Unknown);
        c.answers.insert("lvb".into(), Answer::Ja);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::True);
        c.answers.insert("lvb".into(), Answer::Nee);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::False);
        c.age = age(12, 0);
        assert_eq!(eval(&cond, &Facts::new(&c, cat), cat), Truth::True);
    }

    #[test]
    fn signals_role_siblings_and_not() {
        let cat = catalogue();
        let mut c = Casus::new();
        let sig = Condition::Signal {
            any_of: vec!["schulden".into()],
        };
        assert_eq!(eval(&sig, &Facts::new(&c, cat), cat), Truth::False);
        c.signals.push(RecordedSignal {
            id: "schulden".into(),
            observer: Some(crate::model::Observer::OuderVertelde),
            when: Some(crate::model::When::DezeMaand),
            note: String::new(),
        });
        assert_eq!(eval(&sig, &Facts::new(&c, cat), cat), Truth::True);
        let role = Condition::Role {
            groups: vec![crate::model::RoleGroup::School],
        };
        assert_eq!(eval(&role, &Facts::new(&c, cat), cat), Truth::Unknown);
        c.role = Some(Role::Zorgcoordinator);
        assert_eq!(eval(&role, &Facts::new(&c, cat), cat), Truth::True);
        let not_role = Condition::Not {
            of: Box::new(role.clone()),
        };
        assert_eq!(eval(&not_role, &Facts::new(&c, cat), cat), Truth::False);
        assert_eq!(
            eval(&Condition::Siblings, &Facts::new(&c, cat), cat),
            Truth::False
        );
        c.siblings.push(Sibling::aged(3, 0));
        assert_eq!(
            eval(&Condition::Siblings, &Facts::new(&c, cat), cat),
            Truth::True
        );
    }

    #[test]
    fn describe_states_the_answers() {
        let cat = catalogue();
        let mut c = Casus::new();
        let cond = Condition::Answer {
            question: "lvb".into(),
            expect: Answer::Ja,
        };
        assert!(describe(&cond, &Facts::new(&c, cat), cat).ends_with("nog niet beantwoord"));
        c.answers.insert("lvb".into(), Answer::Nee);
        assert!(describe(&cond, &Facts::new(&c, cat), cat).ends_with("nee"));
        c.age = age(7, 0);
        let a = Condition::Age {
            min: Some(6),
            max: None,
        };
        assert_eq!(describe(&a, &Facts::new(&c, cat), cat), "leeftijd 7 jaar");
    }
}
