//! Properties of the decision model on arbitrary cases.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::BTreeMap;
use thuiswijzer::content::catalogue;
use thuiswijzer::model::{Age, Answer, Casus, Observer, RecordedSignal, Role, Sibling, When};
use thuiswijzer::rules::analysis;
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
        acute in ids(catalogue().safety.acute_indicators.iter().map(|i| i.id.clone()).collect()),
        signals in ids(catalogue().signals.signals.iter().map(|s| s.id.clone()).collect()),
        siblings in 0usize..4,
        analysis_text in proptest::collection::vec(proptest::option::of("[a-z ]{0,8}"), catalogue().analysis.fields.len()),
    ) -> Casus {
        let cat = catalogue();
        let mut c = Casus::new();
        c.role = role;
        c.age = age.map(|(years, months)| Age { years, months });
        c.answers = cat.questions.questions.iter().zip(answers)
            .filter_map(|(q, a)| a.map(|a| (q.id.clone(), a)))
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
        c.signals = signals.into_iter().map(|id| RecordedSignal::new(id).seen(Observer::Zelf, When::Herhaaldelijk)).collect();
        c.siblings = vec![Sibling::default(); siblings];
        for (f, t) in cat.analysis.fields.iter().zip(analysis_text) {
            if let Some(t) = t { c.analysis.insert(f.id.clone(), t); }
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
        more.answers.insert(question.clone(), a);
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
