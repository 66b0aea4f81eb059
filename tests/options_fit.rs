//! The options against the sources: the age table at its edges, every child counts, reasons
//! that say what matters, and the properties that hold for every case (no option fits while one
//! of its contra-indications holds; every contra-indication is checked or shown for
//! discussion; every uncertain note reaches the place where the user acts).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use thuiswijzer::content::{catalogue, Condition, CriterionRole};
use thuiswijzer::model::{Age, Answer, Casus, SafetyAnswers, Sibling};
use thuiswijzer::rules::ages::{age_text, age_uncertain, range_of};
use thuiswijzer::rules::assess::assess;
use thuiswijzer::rules::criteria::{eval, Facts, Truth};
use thuiswijzer::rules::options::{
    assess_option, contra_indications, fit_only, questions_in, Fit, Status,
};

fn case(years: u8, months: u8) -> Casus {
    let mut c = Casus::new();
    c.age = Some(Age { years, months });
    c
}

/// The truth of an option's age criterion, or `None` when the option has no age range.
fn age_truth(option: &str, c: &Casus) -> Option<Truth> {
    let cat = catalogue();
    let o = cat.options.options.iter().find(|o| o.id == option).unwrap();
    let r = range_of(o)?;
    Some(eval(
        &Condition::AgeRange(r.clone()),
        &Facts::new(c, cat),
        cat,
    ))
}

/// The settled age table (see the report and `src/rules/ages.rs`): "tot 18 jaar" is until the
/// 18th birthday; MST starts up to and including 17 years and 7 months; ASH and IAG reach to
/// the 23rd birthday only with the young person's own LVB.
#[test]
fn the_age_table_holds_at_its_edges_for_every_option() {
    use Truth::{False as F, True as T, Unknown as U};
    let edges = [(17, 7), (17, 11), (18, 0), (22, 11), (23, 0)];
    // Per option: the age truth at each edge without an LVB answer, with "ja", with "nee".
    #[allow(clippy::type_complexity)]
    let table: [(&str, Option<[[Truth; 3]; 5]>); 13] = [
        ("eigen_netwerk", None),
        ("lokale_ondersteuning", None),
        ("afwachten_en_volgen", None),
        (
            "families_first",
            Some([[T; 3], [T; 3], [F; 3], [F; 3], [F; 3]]),
        ),
        ("ash", Some([[T; 3], [T; 3], [U, T, F], [U, T, F], [F; 3]])),
        ("mst", Some([[T; 3], [F; 3], [F; 3], [F; 3], [F; 3]])),
        ("mst_can", Some([[T; 3], [T; 3], [F; 3], [F; 3], [F; 3]])),
        ("mst_psb", Some([[T; 3], [T; 3], [F; 3], [F; 3], [F; 3]])),
        ("mdft", Some([[T; 3], [T; 3], [T; 3], [T; 3], [T; 3]])),
        ("iag", Some([[T; 3], [T; 3], [U, T, F], [U, T, F], [F; 3]])),
        ("fft_rgt", Some([[T; 3], [T; 3], [F; 3], [F; 3], [F; 3]])),
        ("iog", None),
        ("gezin_centraal", None),
    ];
    let ids: Vec<&str> = catalogue()
        .options
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        ids,
        table.map(|(id, _)| id),
        "the table covers every option"
    );
    for (id, expected) in table {
        for (i, (y, m)) in edges.into_iter().enumerate() {
            for (j, lvb) in [None, Some(Answer::Ja), Some(Answer::Nee)]
                .into_iter()
                .enumerate()
            {
                let mut c = case(y, m);
                if let Some(a) = lvb {
                    c.answers.insert("lvb_jongere".into(), a);
                }
                let got = age_truth(id, &c);
                assert_eq!(
                    got,
                    expected.map(|e| e[i][j]),
                    "{id} at {y} y {m} m, LVB of the young person {lvb:?}"
                );
            }
        }
    }
}

#[test]
fn the_age_text_is_made_from_the_same_range() {
    let cat = catalogue();
    let text = |id: &str| {
        let o = cat.options.options.iter().find(|o| o.id == id).unwrap();
        age_text(o, cat)
    };
    assert_eq!(text("families_first"), "Tot 18 jaar");
    assert_eq!(
        text("mst"),
        "10 jaar tot en met 17 jaar en 7 maanden bij de start"
    );
    assert_eq!(
        text("ash"),
        "Tot 18 jaar; met een licht verstandelijke beperking (LVB) van de jongere tot 23 jaar"
    );
    assert_eq!(
        text("iag"),
        "Gezinnen met minstens één kind tot 18 jaar; met een licht verstandelijke beperking (LVB) van de jongere tot 23 jaar (kinderen meestal 6 tot 14 jaar)"
    );
    assert_eq!(text("mdft"), "12 jaar tot 25 jaar");
    assert_eq!(text("eigen_netwerk"), "Alle leeftijden");
}

#[test]
fn a_parents_lvb_does_not_stretch_the_age_limit() {
    let mut c = case(20, 0);
    c.answers.insert("lvb_ouder".into(), Answer::Ja);
    c.answers.insert("lvb_jongere".into(), Answer::Nee);
    assert_eq!(age_truth("ash", &c), Some(Truth::False));
    assert_eq!(age_truth("iag", &c), Some(Truth::False));
    c.answers.insert("lvb_jongere".into(), Answer::Ja);
    assert_eq!(age_truth("ash", &c), Some(Truth::True));
}

#[test]
fn iag_counts_every_child_of_the_household() {
    let mut c = case(19, 0);
    c.answers.insert("lvb_jongere".into(), Answer::Nee);
    assert_eq!(age_truth("iag", &c), Some(Truth::False));
    c.siblings.push(Sibling::aged(0, 2));
    assert_eq!(age_truth("iag", &c), Some(Truth::True), "a baby sister");
    c.siblings = vec![Sibling {
        age: None,
        at_risk_from: None,
    }];
    assert_eq!(age_truth("iag", &c), Some(Truth::Unknown), "age unknown");
    // Only the case child's own limit stretches with an LVB: ASH is about the young person.
    c.siblings = vec![Sibling::aged(9, 0)];
    assert_eq!(age_truth("ash", &c), Some(Truth::False));
}

fn fit_and_reasons(c: &Casus, id: &str) -> (Fit, Vec<String>) {
    let a = assess(c, catalogue());
    let f = a.fit(id).unwrap();
    (f.fit, f.shown_reasons().map(|r| r.text.clone()).collect())
}

#[test]
fn reasons_read_as_a_colleague_would_say_them() {
    let mut c = case(14, 0);
    c.answers.insert("acute_crisis".into(), Answer::Nee);
    let (fit, reasons) = fit_and_reasons(&c, "families_first");
    assert_eq!(fit, Fit::PastNiet);
    assert_eq!(
        reasons,
        ["Families First is er voor een crisis; u gaf aan dat er nu geen crisis is."]
    );
    // A 14-year-old: MST's age is no contra-indication to mention, only a fit of the age.
    let (_, reasons) = fit_and_reasons(&c, "mst");
    assert!(reasons
        .iter()
        .all(|r| !r.contains("7 maanden") || r.starts_with("Het kind is 14 jaar")));
    assert!(reasons.iter().all(|r| !r.contains("Contra-indicatie")));
    // Too young: one sentence that names the limit and the age.
    let (fit, reasons) = fit_and_reasons(&case(8, 3), "mst");
    assert_eq!(fit, Fit::PastNiet);
    assert_eq!(
        reasons,
        ["MST is er vanaf 10 jaar; het kind is 8 jaar en 3 maanden."]
    );
}

#[test]
fn a_derived_answer_names_its_signal_in_the_reason() {
    let mut c = case(15, 0);
    c.signals
        .push(thuiswijzer::model::RecordedSignal::new("middelengebruik"));
    let a = assess(&c, catalogue());
    let mdft = a.fit("mdft").unwrap();
    let r = mdft
        .shown_reasons()
        .find(|r| !r.derived_from.is_empty())
        .expect("the substance question is derived");
    assert_eq!(r.status, Status::Voldaan);
    assert_eq!(r.derived_from, ["Gebruikt alcohol of drugs."]);
    // The note quotes the signal inside its own sentence: one full stop, not two.
    let note = r
        .derived_note(catalogue())
        .expect("a derived reason has a note");
    assert!(note.contains("Gebruikt alcohol of drugs"), "{note}");
    assert!(!note.contains(".."), "{note}");
}

#[test]
fn every_contra_indication_is_checked_or_shown_for_discussion() {
    let cat = catalogue();
    for o in &cat.options.options {
        let listed = contra_indications(o);
        let checked = o
            .criteria
            .iter()
            .filter(|c| c.role == CriterionRole::ContraIndication)
            .count();
        assert_eq!(listed.len(), checked + o.discuss.len(), "{}", o.id);
        assert_eq!(
            listed.iter().filter(|c| c.checked).count(),
            checked,
            "{}",
            o.id
        );
        assert!(
            !listed.is_empty() || o.contra_none.is_some(),
            "{}: says nothing about contra-indications",
            o.id
        );
        // What is listed for discussion reaches the assessment.
        let a = assess(&Casus::new(), cat);
        assert_eq!(a.fit(&o.id).unwrap().discuss, o.discuss.as_slice());
    }
    // The ones issue 12 names are checked.
    let checked_labels: Vec<&str> = cat
        .options
        .options
        .iter()
        .flat_map(|o| contra_indications(o).into_iter().filter(|c| c.checked))
        .map(|c| c.text)
        .collect();
    for must in [
        "IQ onder 70",
        "autisme",
        "Te weinig Nederlands en geen tolk",
    ] {
        assert!(
            checked_labels.iter().any(|l| l.contains(must)),
            "{must} is not checked"
        );
    }
}

#[test]
fn every_uncertain_note_of_options_and_questions_reaches_a_view_model() {
    let cat = catalogue();
    for o in &cat.options.options {
        for cr in &o.criteria {
            let Some(note) = cr.uncertain.as_deref() else {
                continue;
            };
            let exposed = match (&cr.condition, cr.role) {
                (Condition::AgeRange(_), _) => age_uncertain(o) == Some(note),
                (_, CriterionRole::ContraIndication) => contra_indications(o)
                    .iter()
                    .any(|c| c.uncertain == Some(note)),
                _ => {
                    let a = assess(&Casus::new(), cat);
                    a.fit(&o.id)
                        .unwrap()
                        .reasons
                        .iter()
                        .any(|r| r.uncertain == Some(note))
                }
            };
            assert!(exposed, "{}: {note}", o.id);
        }
    }
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::Ja)),
        Just(Some(Answer::Nee)),
        Just(Some(Answer::WeetNiet)),
    ]
}

prop_compose! {
    fn any_case()(
        age in proptest::option::of((0u8..26, 0u8..12)),
        answers in proptest::collection::vec(answer(), 32),
        safety in proptest::collection::vec(answer(), 8),
        siblings in proptest::collection::vec(proptest::option::of((0u8..26, 0u8..12)), 0..3),
    ) -> Casus {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = age.map(|(years, months)| Age { years, months });
        for (q, a) in cat.questions.questions.iter().zip(answers) {
            if let Some(a) = a { c.answers.insert(q.id.to_string(), a); }
        }
        let s: &mut SafetyAnswers = &mut c.safety;
        s.disclosure = safety[0];
        s.suspicion = safety[1];
        s.acute_unsafety = safety[2];
        s.structural_unsafety = safety[3];
        s.effective_help = safety[4];
        s.help_accepted = safety[5];
        s.help_results = safety[6];
        c.siblings = siblings
            .into_iter()
            .map(|a| Sibling { age: a.map(|(years, months)| Age { years, months }), at_risk_from: None })
            .collect();
        c
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, failure_persistence: None, ..ProptestConfig::default() })]

    /// No option shows "past" or "past misschien" while one of its contra-indications holds or
    /// a required criterion fails, and only what matters is shown, each with a text.
    #[test]
    fn no_option_fits_while_a_contra_indication_holds(c in any_case()) {
        let cat = catalogue();
        let a = assess(&c, cat);
        let facts = Facts::new(&c, cat).with_route(a.outcome());
        for f in &a.fits {
            for r in &f.reasons {
                let t = eval(&r.criterion.condition, &facts, cat);
                let excludes = match r.criterion.role {
                    CriterionRole::ContraIndication => t == Truth::True,
                    CriterionRole::Required => t == Truth::False,
                    CriterionRole::Supporting => false,
                };
                if excludes {
                    prop_assert_eq!(f.fit, Fit::PastNiet, "{}", f.option.id);
                }
                if r.shown {
                    prop_assert!(!r.text.trim().is_empty(), "{}: empty reason", f.option.id);
                    prop_assert!(
                        !(r.criterion.role == CriterionRole::ContraIndication && r.status == Status::Voldaan),
                        "{}: an absent contra-indication is shown", f.option.id
                    );
                }
            }
        }
        // Safety binds the options: after a disclosure or with the meldnorm, waiting never fits.
        if matches!(a.outcome(), thuiswijzer::rules::safety::Outcome::AcuutGevaar | thuiswijzer::rules::safety::Outcome::Meldnorm) {
            prop_assert_eq!(a.fit("afwachten_en_volgen").unwrap().fit, Fit::PastNiet);
        }
    }

    /// What the questions try ("would this answer change the fit?") pins one answer in the
    /// facts instead of copying the case: the fit is the one of a copy of the case with that
    /// answer (and nothing derived for it), and without a pin the fit of the assessment.
    #[test]
    fn a_pinned_answer_gives_the_fit_of_the_case_with_that_answer(c in any_case()) {
        let cat = catalogue();
        let a = assess(&c, cat);
        let facts = Facts::new(&c, cat).with_route(a.outcome());
        for o in cat.options.options.iter() {
            prop_assert_eq!(Some(fit_only(o, &facts, cat)), a.fit(&o.id).map(|f| f.fit), "{}", o.id);
            let qs: Vec<&str> = o.criteria.iter().flat_map(|cr| questions_in(&cr.condition)).collect();
            for q in qs {
                for answer in [Some(Answer::Ja), Some(Answer::Nee), None] {
                    let mut copy = c.clone();
                    match answer {
                        Some(x) => { copy.answers.insert(q.to_string(), x); }
                        None => { copy.answers.remove(q); }
                    }
                    let mut plain = Facts::new(&copy, cat).with_route(a.outcome());
                    plain.derived.remove(q);
                    let pinned = Facts { pinned: Some((q, answer)), ..facts.clone() };
                    prop_assert_eq!(
                        fit_only(o, &pinned, cat),
                        assess_option(o, &plain, cat).fit,
                        "{} with {} = {:?}", o.id, q, answer
                    );
                }
            }
        }
    }

    /// A question is asked only when it can change a fit; an option that is excluded whatever
    /// the open questions say never makes a question appear.
    #[test]
    fn asked_questions_can_change_a_fit(c in any_case()) {
        let cat = catalogue();
        let a = assess(&c, cat);
        for q in &a.questions {
            prop_assert!(!q.options.is_empty(), "{}", q.question.id);
            for o in &q.options {
                prop_assert_ne!(a.fit(&o.id).map(|f| f.fit), None);
            }
        }
    }
}
