//! Properties of the decision model on arbitrary cases.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::BTreeMap;
use thuiswijzer::content::catalogue;
use thuiswijzer::content::CriterionRole;
use thuiswijzer::model::{
    Age, Answer, Casus, Observer, RecordedSignal, RiskSource, Role, Sibling, When,
};
use thuiswijzer::rules::analysis;
use thuiswijzer::rules::assess::assess;
use thuiswijzer::rules::criteria::{eval, Facts, Truth};
use thuiswijzer::rules::options::{Fit, Status};
use thuiswijzer::rules::safety::{weigh, Outcome};
use thuiswijzer::rules::signals::{kindcheck_applies, safety_findings};

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::Ja)),
        Just(Some(Answer::Nee)),
        Just(Some(Answer::WeetNiet)),
    ]
}

fn ids(list: Vec<String>) -> impl Strategy<Value = Vec<String>> {
    let mut pool = list;
    pool.push("onbekend_id".into());
    proptest::sample::subsequence(pool.clone(), 0..=pool.len().min(8))
}

prop_compose! {
    fn any_case()(
        role in proptest::option::of(proptest::sample::select(Role::ALL.to_vec())),
        age in proptest::option::of((0u8..30, 0u8..16)),
        answers in proptest::collection::vec(answer(), catalogue().questions.questions.len()),
        safety in proptest::collection::vec(answer(), 8),
        acute in ids(catalogue().safety.acute_indicators.iter().map(|i| i.id.to_string()).collect()),
        signals in ids(catalogue().signals.signals.iter().map(|s| s.id.to_string()).collect()),
        moments in proptest::collection::vec((0usize..5, 0usize..6), 8),
        siblings in proptest::collection::vec((proptest::option::of((0u8..25, 0u8..12)), 0usize..3), 0..4),
        analysis_text in proptest::collection::vec(proptest::option::of("[a-z ]{0,8}"), catalogue().analysis.fields.len()),
    ) -> Casus {
        let cat = catalogue();
        let mut c = Casus::new();
        c.role = role;
        c.age = age.map(|(years, months)| Age { years, months });
        c.answers = cat.questions.questions.iter().zip(answers)
            .filter_map(|(q, a)| a.map(|a| (q.id.to_string(), a)))
            .collect::<BTreeMap<_, _>>();
        let s = &mut c.safety;
        s.disclosure = safety[0];
        s.suspicion = safety[1];
        s.acute_unsafety = safety[2];
        s.structural_unsafety = safety[3];
        s.effective_help = safety[4];
        s.help_accepted = safety[5];
        s.help_results = safety[6];
        s.telling_family_unsafe = safety[7];
        s.acute = acute.into_iter().collect();
        // Who and when: not chosen, or any of the choices.
        let observers = [None, Some(Observer::Zelf), Some(Observer::KindVertelde), Some(Observer::OuderVertelde), Some(Observer::Anders)];
        let whens = [None, Some(When::Vandaag), Some(When::DezeWeek), Some(When::DezeMaand), Some(When::LangerGeleden), Some(When::Herhaaldelijk)];
        c.signals = signals.into_iter().zip(moments.into_iter().cycle()).map(|(id, (o, w))| {
            let mut r = RecordedSignal::new(id);
            r.observer = observers[o];
            r.when = whens[w];
            r
        }).collect();
        let risks = [None, Some(RiskSource::CaseChild), Some(RiskSource::OtherHouseholdMember)];
        c.siblings = siblings.into_iter().map(|(age, risk)| Sibling {
            age: age.map(|(years, months)| Age { years, months }),
            at_risk_from: risks[risk],
        }).collect();
        for (f, t) in cat.analysis.fields.iter().zip(analysis_text) {
            if let Some(t) = t { c.analysis.insert(f.id.to_string(), t); }
        }
        c
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn matching_never_panics_and_returns_every_option_in_order(c in any_case()) {
        let cat = catalogue();
        let fits = thuiswijzer::rules::assess::assess(&c, cat).fits;
        prop_assert_eq!(fits.len(), cat.options.options.len());
        for (f, o) in fits.iter().zip(&cat.options.options) {
            prop_assert_eq!(&f.option.id, &o.id);
            prop_assert_eq!(f.reasons.len(), o.criteria.len());
        }
        let w = weigh(&c, cat);
        prop_assert!(w.headline.starts_with("De afweging wijst op"));
        prop_assert!(w.contacts.iter().any(|k| k.phone == "0800-2000"));
        let _ = thuiswijzer::rules::assess::assess(&c, cat).guardrails;
        let _ = analysis::completeness(&c, cat);
        let _ = kindcheck_applies(&c, cat);
    }

    #[test]
    fn an_unanswered_criterion_never_yields_past(c in any_case()) {
        for f in thuiswijzer::rules::assess::assess(&c, catalogue()).fits {
            if f.reasons.iter().any(|r| r.status == Status::NietBeantwoord) {
                prop_assert_ne!(f.fit, Fit::Past, "{}", f.option.id);
            }
        }
    }

    #[test]
    fn more_answers_never_undo_a_known_result(
        c in any_case(),
        q in 0usize..64,
        a in prop_oneof![Just(Answer::Ja), Just(Answer::Nee), Just(Answer::WeetNiet)],
    ) {
        // Filling in one open question keeps every "past", every "past niet" and every acute
        // outcome: more knowledge never undoes what was already known.
        let cat = catalogue();
        let qs = &cat.questions.questions;
        // Open means: neither answered nor derived from a signal (a derived answer is a
        // default the user may overrule, so overruling it may change a result).
        let facts = thuiswijzer::rules::criteria::Facts::new(&c, cat);
        let open = (0..qs.len())
            .map(|i| &qs[(q + i) % qs.len()].id)
            .find(|id| facts.answer(id).is_none());
        let Some(question) = open else { return Ok(()); };
        let before = thuiswijzer::rules::assess::assess(&c, cat).fits;
        let acute_before = weigh(&c, cat).outcome == Outcome::AcuutGevaar;
        let mut more = c.clone();
        more.answers.insert(question.to_string(), a);
        let after = thuiswijzer::rules::assess::assess(&more, cat).fits;
        for (b, a) in before.iter().zip(&after) {
            if b.fit == Fit::PastNiet {
                prop_assert_eq!(a.fit, Fit::PastNiet, "{}", b.option.id);
            }
            if b.fit == Fit::Past {
                prop_assert_eq!(a.fit, Fit::Past, "{}", b.option.id);
            }
        }
        prop_assert_eq!(weigh(&more, cat).outcome == Outcome::AcuutGevaar, acute_before);
    }

    #[test]
    fn weet_niet_never_blocks_the_route(c in any_case()) {
        // "Nog niet bekend" is a route: it names what is still possible and a next step.
        let w = weigh(&c, catalogue());
        if w.outcome == Outcome::NogNietBekend {
            prop_assert!(!w.possible.is_empty());
            prop_assert!(!w.open.is_empty());
            prop_assert!(!w.next_steps.is_empty());
            prop_assert!(!w.headline.contains("ontbreken"));
        } else {
            prop_assert!(w.possible.is_empty());
        }
    }

    #[test]
    fn signals_suggest_but_never_answer_structural_unsafety(c in any_case()) {
        // Without "ja" on 2b and without "nee" on 3, 4 or 5, no signal makes it a report.
        let s = &c.safety;
        let reported = s.structural_unsafety == Some(Answer::Ja)
            || [s.effective_help, s.help_accepted, s.help_results].contains(&Some(Answer::Nee));
        if !reported {
            prop_assert_ne!(weigh(&c, catalogue()).outcome, Outcome::Meldnorm);
        }
    }

    #[test]
    fn without_acute_signs_a_missing_suspicion_is_never_guessed(c in any_case()) {
        let s = &c.safety;
        let f = safety_findings(&c, catalogue());
        let acute_sign = !s.acute.iter().all(|id| id == "onbekend_id")
            || s.disclosure == Some(Answer::Ja)
            || (!f.disclosures.is_empty() && s.disclosure != Some(Answer::Nee))
            || f.injury_with_fear()
            || s.acute_unsafety == Some(Answer::Ja)
            || s.structural_unsafety == Some(Answer::Ja);
        if !acute_sign && s.suspicion != Some(Answer::Ja) && s.suspicion != Some(Answer::Nee) {
            prop_assert_eq!(weigh(&c, catalogue()).outcome, Outcome::NogNietBekend);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_option_fits_while_a_contra_indication_holds_or_a_requirement_fails(c in any_case()) {
        let cat = catalogue();
        let a = assess(&c, cat);
        let facts = Facts::new(&c, cat).with_route(a.outcome());
        for f in &a.fits {
            for cr in &f.option.criteria {
                let t = eval(&cr.condition, &facts, cat);
                let excludes = match cr.role {
                    CriterionRole::ContraIndication => t == Truth::True,
                    CriterionRole::Required => t == Truth::False,
                    CriterionRole::Supporting => false,
                };
                if excludes {
                    prop_assert_eq!(f.fit, Fit::PastNiet, "{}: {}", f.option.id, cr.label);
                }
            }
        }
    }

    #[test]
    fn safety_binds_waiting_and_watching(c in any_case()) {
        // After acute unsafety or when the weighing points to a report, "afwachten en volgen"
        // never fits (issue 12 item 3).
        let a = assess(&c, catalogue());
        if matches!(a.outcome(), Outcome::AcuutGevaar | Outcome::Meldnorm) {
            prop_assert_eq!(a.fit("afwachten_en_volgen").unwrap().fit, Fit::PastNiet);
        }
    }

    #[test]
    fn every_child_at_risk_has_a_route_and_a_guardrail(c in any_case()) {
        let a = assess(&c, catalogue());
        let flagged = c.siblings.iter().filter(|s| s.at_risk_from.is_some()).count();
        prop_assert_eq!(a.child_routes.len(), flagged);
        prop_assert_eq!(a.has_guardrail("ander_kind_veilig"), flagged > 0);
        prop_assert_eq!(a.children.len(), 1 + c.siblings.len());
    }

    #[test]
    fn only_explicit_own_observations_count_as_own(c in any_case()) {
        for r in &c.signals {
            prop_assert_eq!(r.is_own_observation(), r.observer == Some(Observer::Zelf));
        }
    }
}
