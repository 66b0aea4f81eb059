//! Tests of the safety weighing (`rules::safety`).

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
    // Acute unsafety points to Veilig Thuis now; 112 only with direct danger.
    let phones: Vec<&str> = w.contacts.iter().map(|k| k.phone.as_str()).collect();
    assert_eq!(phones, ["0800-2000"]);
    let c = case(|s| {
        s.disclosure = Some(Answer::Ja);
        s.acute.insert("levensgevaar".into());
    });
    let phones: Vec<String> = weigh(&c, catalogue())
        .contacts
        .iter()
        .map(|k| k.phone.to_string())
        .collect();
    assert_eq!(phones, ["112", "0800-2000"]);
}

fn with_signals(ids: &[(&str, Option<crate::model::When>)]) -> Casus {
    let mut c = Casus::new();
    for (id, when) in ids {
        let mut r = crate::model::RecordedSignal::new(*id);
        r.when = *when;
        c.signals.push(r);
    }
    c
}

#[test]
fn missing_basic_care_now_is_acute_without_112() {
    let c = case(|s| {
        s.acute.insert("geen_basiszorg".into());
    });
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::AcuutGevaar);
    assert!(w.contacts.iter().all(|k| k.phone != "112"));
}

#[test]
fn a_hungry_child_in_dirty_clothes_suggests_structural_unsafety_not_acute_danger() {
    let cat = catalogue();
    let c = with_signals(&[("honger", None), ("vuil_onverzorgd", None)]);
    let w = weigh(&c, cat);
    assert_eq!(w.outcome, Outcome::NogNietBekend);
    assert!(w.suggests_structural);
    assert!(w.contacts.iter().all(|k| k.phone != "112"));
    let sug = w
        .reasons
        .iter()
        .find(|r| matches!(r.kind, ReasonKind::StructuralSuggested { .. }))
        .expect("a suggestion with reasons");
    assert!(sug.text.contains("Heeft vaak honger"), "{}", sug.text);
    assert!(sug.text.contains("vraag 2b"));
    assert!(w.possible.contains(&Outcome::Meldnorm));
    // The professional answers 2b; the signals never do.
    let mut yes = c.clone();
    yes.safety.structural_unsafety = Some(Answer::Ja);
    assert_eq!(weigh(&yes, cat).outcome, Outcome::Meldnorm);
    let mut no = c.clone();
    no.safety.suspicion = Some(Answer::Nee);
    no.safety.structural_unsafety = Some(Answer::Nee);
    assert_eq!(weigh(&no, cat).outcome, Outcome::GeenVermoeden);
    assert!(weigh(&no, cat).suggests_structural, "still shown");
}

#[test]
fn one_neglect_signal_once_suggests_nothing() {
    let c = with_signals(&[("honger", Some(crate::model::When::DezeWeek))]);
    let w = weigh(&c, catalogue());
    assert!(!w.suggests_structural);
    let c = with_signals(&[("honger", Some(crate::model::When::Herhaaldelijk))]);
    assert!(weigh(&c, catalogue()).suggests_structural);
}

#[test]
fn a_disclosure_on_the_signals_step_counts_at_once() {
    let cat = catalogue();
    let mut c = with_signals(&[("kind_vertelt_geweld", None)]);
    let w = weigh(&c, cat);
    assert_eq!(w.outcome, Outcome::AcuutGevaar);
    assert!(matches!(w.reasons[0].kind, ReasonKind::SignalDisclosure(_)));
    assert!(w.reasons[0].kind.is_from_signals());
    c.safety.disclosure = Some(Answer::Nee);
    assert_ne!(weigh(&c, cat).outcome, Outcome::AcuutGevaar);
}

#[test]
fn injury_with_fear_of_going_home_counts_unless_2a_is_no() {
    let cat = catalogue();
    let mut c = with_signals(&[("blauwe_plekken", None)]);
    assert_ne!(weigh(&c, cat).outcome, Outcome::AcuutGevaar);
    c.signals
        .push(crate::model::RecordedSignal::new("bang_naar_huis"));
    let w = weigh(&c, cat);
    assert_eq!(w.outcome, Outcome::AcuutGevaar);
    assert!(
        w.reasons[0].text.contains("blauwe plekken"),
        "{}",
        w.reasons[0].text
    );
    c.safety.acute_unsafety = Some(Answer::Nee);
    assert_ne!(weigh(&c, cat).outcome, Outcome::AcuutGevaar);
}

#[test]
fn weet_niet_gives_a_route_with_next_steps_and_what_is_still_possible() {
    let cat = catalogue();
    let mut c = case(|s| {
        s.suspicion = Some(Answer::Ja);
        s.acute_unsafety = Some(Answer::Nee);
        s.structural_unsafety = Some(Answer::WeetNiet);
        s.effective_help = Some(Answer::Ja);
        s.help_accepted = Some(Answer::WeetNiet);
    });
    for role in Role::ALL {
        c.role = Some(role);
        let w = weigh(&c, cat);
        assert_eq!(w.outcome, Outcome::NogNietBekend);
        assert!(!w.headline.contains("ontbreken"), "{}", w.headline);
        assert_eq!(
            w.open,
            [SafetyField::StructuralUnsafety, SafetyField::HelpAccepted]
        );
        assert_eq!(w.possible, [Outcome::Meldnorm, Outcome::HulpZonderMelding]);
        let points = w.reasons.last().unwrap();
        assert!(matches!(points.kind, ReasonKind::PointsTo { .. }));
        assert!(
            points.text.contains("vraag 2b en vraag 4"),
            "{}",
            points.text
        );
        let steps: Vec<&str> = w.next_steps.iter().map(|n| n.text.as_str()).collect();
        assert!(steps.iter().any(|t| t.contains("Veilig Thuis")), "{role:?}");
        assert!(steps.iter().any(|t| t.contains("ouders")), "{role:?}");
        assert!(
            steps.iter().any(|t| t.contains("Overleg met")),
            "{role:?}: consult a colleague"
        );
    }
}

#[test]
fn definitions_are_shown_at_2a_and_2b() {
    let cat = catalogue();
    let a = definition_for(SafetyField::AcuteUnsafety, cat).unwrap();
    assert!(a.text.contains("komende uren of dagen"));
    let b = definition_for(SafetyField::StructuralUnsafety, cat).unwrap();
    assert!(b.text.contains("herhaalt"));
    assert!(definition_for(SafetyField::Suspicion, cat).is_none());
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

#[test]
fn after_no_suspicion_only_what_still_counts_is_asked() {
    use SafetyField::*;
    let cat = catalogue();
    let not_asked = |c: &Casus| weigh(c, cat).not_asked;
    // Nothing answered yet, or question 1 open or "ja": every question is asked.
    assert_eq!(not_asked(&Casus::new()), []);
    for a in [Answer::Ja, Answer::WeetNiet] {
        assert_eq!(not_asked(&case(|s| s.suspicion = Some(a))), [], "{a:?}");
    }
    // "Nee" on 1 closes the afweging: 2a to 5 are not needed, and nothing is answered.
    let no = case(|s| s.suspicion = Some(Answer::Nee));
    let w = weigh(&no, cat);
    assert_eq!(w.outcome, Outcome::GeenVermoeden);
    assert_eq!(
        w.not_asked,
        [
            AcuteUnsafety,
            StructuralUnsafety,
            EffectiveHelp,
            HelpAccepted,
            HelpResults
        ]
    );
    assert_eq!(no.safety.acute_unsafety, None);
    assert_eq!(numbers(&w.not_asked, cat), "2a, 2b, 3, 4 en 5");
    // An answer given stays visible: it still counts.
    let mut answered = no.clone();
    answered.safety.acute_unsafety = Some(Answer::Ja);
    answered.safety.help_accepted = Some(Answer::WeetNiet);
    assert_eq!(
        not_asked(&answered),
        [StructuralUnsafety, EffectiveHelp, HelpResults]
    );
    // Signals that suggest structural unsafety keep 2b; injury with fear keeps 2a.
    let mut neglect = with_signals(&[("honger", None), ("vuil_onverzorgd", None)]);
    neglect.safety.suspicion = Some(Answer::Nee);
    assert!(!not_asked(&neglect).contains(&StructuralUnsafety));
    assert!(not_asked(&neglect).contains(&AcuteUnsafety));
    let mut hurt = with_signals(&[("blauwe_plekken", None), ("bang_naar_huis", None)]);
    hurt.safety.suspicion = Some(Answer::Nee);
    assert!(!not_asked(&hurt).contains(&AcuteUnsafety));
    assert!(not_asked(&hurt).contains(&StructuralUnsafety));
}
