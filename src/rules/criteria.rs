//! The one interpreter for conditions in the content (option criteria, guard-rails, next steps).
//!
//! Evaluation is three-valued ([`Truth`]): a missing answer or "weet niet" is
//! [`Truth::Unknown`], never a guess. `all`, `any` and `not` follow Kleene logic, so an unknown
//! part only decides the result when the known parts do not.

use crate::content::{AgeRange, Catalogue, Condition, SafetyField, SafetyOutcome};
use crate::model::{Age, Answer, Casus};
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
    /// One question taken as answered this way (or open), whatever the case and the signals
    /// say: what `rules::questions` asks of an option ("would this answer change its fit?")
    /// without copying the case.
    pub pinned: Option<(&'a str, Option<Answer>)>,
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
            pinned: None,
        }
    }

    /// The same facts with the route of the safety weighing.
    pub fn with_route(mut self, route: SafetyOutcome) -> Facts<'a> {
        self.route = Some(route);
        self
    }

    /// Where the answer to question `id` comes from: explicit first, then derived.
    pub fn source(&self, id: &str) -> AnswerSource<'_> {
        if let Some((_, a)) = self.pinned.filter(|(q, _)| *q == id) {
            return a.map_or(AnswerSource::Open, AnswerSource::Explicit);
        }
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
        Condition::AgeRange(r) => eval_age_range(r, f),
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

// ---------------------------------------------------------------------------------------------
// Age ranges of the options: "tot 18 jaar" (`below`) means until the 18th birthday.
// ---------------------------------------------------------------------------------------------

/// The first excluded age in months (exclusive upper limit), if any.
pub fn upper_months(r: &AgeRange) -> Option<u32> {
    r.below
        .map(Age::total_months)
        .or(r.to.map(|t| t.total_months() + 1))
}

/// The ages of the brothers and sisters (unknown ages stay unknown).
pub fn sibling_ages(c: &Casus) -> Vec<Option<Age>> {
    c.siblings.iter().map(|s| s.age).collect()
}

/// Where one child's age lies relative to an age range (`src/rules/ages.rs` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgePlace {
    Unknown,
    TooYoung,
    Within,
    /// Above the limit but below the LVB limit: depends on the young person's LVB.
    LvbBand,
    TooOld,
}

pub fn age_place(r: &AgeRange, a: Option<Age>, with_lvb: bool) -> AgePlace {
    let Some(a) = a else { return AgePlace::Unknown };
    let m = a.total_months();
    if r.from.is_some_and(|f| m < f.total_months()) {
        return AgePlace::TooYoung;
    }
    if upper_months(r).is_none_or(|u| m < u) {
        return AgePlace::Within;
    }
    match &r.lvb {
        Some(l) if with_lvb && m < l.below.total_months() => AgePlace::LvbBand,
        _ => AgePlace::TooOld,
    }
}

pub fn lvb_answer(r: &AgeRange, f: &Facts) -> Option<Answer> {
    r.lvb.as_ref().and_then(|l| f.answer(&l.question))
}

pub fn age_truth(p: AgePlace, lvb: Option<Answer>) -> Truth {
    match p {
        AgePlace::Unknown => Truth::Unknown,
        AgePlace::Within => Truth::True,
        AgePlace::TooYoung | AgePlace::TooOld => Truth::False,
        AgePlace::LvbBand => match lvb {
            Some(Answer::Ja) => Truth::True,
            Some(Answer::Nee) => Truth::False,
            _ => Truth::Unknown,
        },
    }
}

/// Evaluate an age range on the facts. The LVB limit counts only for the case child (the
/// question asks about the young person's own LVB, not a parent's).
pub fn eval_age_range(r: &AgeRange, f: &Facts) -> Truth {
    let lvb = lvb_answer(r, f);
    let own = age_truth(age_place(r, f.case.age, true), lvb);
    if !r.any_child {
        return own;
    }
    sibling_ages(f.case)
        .into_iter()
        .map(|a| age_truth(age_place(r, a, false), None))
        .fold(own, Truth::or)
}

/// Dutch name of a safety field, taken from the afwegingsvraag when there is one.
pub fn safety_field_label(field: SafetyField, cat: &Catalogue) -> String {
    if let Some(q) = cat.safety.afwegingsvragen.iter().find(|q| q.field == field) {
        return cat
            .safety
            .weighing
            .question_label
            .replace("{nummer}", q.number.as_ref())
            .replace("{vraag}", &q.text);
    }
    // The build checks that every field is asked once, so the fallback is never shown.
    cat.safety
        .questions
        .iter()
        .find(|q| q.field == field)
        .map_or_else(|| format!("{field:?}"), |q| q.text.to_string())
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
    use crate::content::{catalogue, Ref};
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
                    ]
                    .into(),
                },
            ]
            .into(),
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
            any_of: vec!["schulden".into()].into(),
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
            groups: vec![crate::model::RoleGroup::School].into(),
        };
        assert_eq!(eval(&role, &Facts::new(&c, cat), cat), Truth::Unknown);
        c.role = Some(Role::Zorgcoordinator);
        assert_eq!(eval(&role, &Facts::new(&c, cat), cat), Truth::True);
        let not_role = Condition::Not {
            of: Ref::from(role.clone()),
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
}
