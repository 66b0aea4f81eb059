use super::*;
use crate::content::catalogue;
use crate::model::AgreedStep;
use crate::rules::assess::assess;

fn d(y: i32, m: u8, day: u8) -> Date {
    Date::new(y, m, day).unwrap()
}

fn step(date: Option<Date>, done: bool) -> AgreedStep {
    AgreedStep {
        what: "Gesprek met ouders".into(),
        who: "intern begeleider".into(),
        date,
        done,
        ..Default::default()
    }
}

/// Help without a report: suspicion, no acute or structural unsafety, help offered and
/// accepted; afwegingsvraag 5 not yet known.
fn help_case() -> Casus {
    let mut c = Casus::new();
    c.safety.suspicion = Some(Answer::Ja);
    c.safety.acute_unsafety = Some(Answer::Nee);
    c.safety.structural_unsafety = Some(Answer::Nee);
    c.safety.effective_help = Some(Answer::Ja);
    c.safety.help_accepted = Some(Answer::Ja);
    c
}

#[test]
fn a_date_is_overdue_after_its_day_due_on_it_and_soon_within_a_week() {
    let today = d(2026, 12, 1);
    assert_eq!(due_state(d(2026, 11, 30), today), DueState::Overdue);
    assert_eq!(due_state(d(2025, 12, 1), today), DueState::Overdue);
    assert_eq!(due_state(today, today), DueState::Today);
    assert_eq!(due_state(d(2026, 12, 2), today), DueState::Soon);
    assert_eq!(due_state(d(2026, 12, 8), today), DueState::Soon);
    assert_eq!(due_state(d(2026, 12, 9), today), DueState::Planned);
    assert!(DueState::Overdue.is_due() && DueState::Today.is_due());
    assert!(!DueState::Soon.is_due() && !DueState::Planned.is_due());
    // Across a year's end.
    assert_eq!(due_state(d(2027, 1, 3), d(2026, 12, 31)), DueState::Soon);
    assert_eq!(due_state(d(2026, 12, 31), d(2027, 1, 1)), DueState::Overdue);
}

#[test]
fn open_dated_items_come_earliest_first_and_done_or_undated_steps_drop_out() {
    let today = d(2026, 12, 1);
    let mut c = Casus::new();
    assert_eq!(most_urgent(&c, today), None);
    c.steps = vec![
        step(Some(d(2026, 12, 20)), false),
        step(Some(d(2026, 11, 2)), true),
        step(None, false),
        step(Some(d(2026, 11, 28)), false),
    ];
    c.follow_up.evaluation = Some(d(2026, 12, 1));
    let items = dated_items(&c, today);
    let got: Vec<(DueWhat, DueState)> = items.iter().map(|i| (i.what, i.state)).collect();
    assert_eq!(
        got,
        vec![
            (DueWhat::Step(3), DueState::Overdue),
            (DueWhat::Evaluation, DueState::Today),
            (DueWhat::Step(0), DueState::Planned),
        ]
    );
    let s = &catalogue().followup.screen;
    assert_eq!(items[0].text(s), "Te laat: afspraak 4 (28-11-2026)");
    assert_eq!(items[1].text(s), "Vandaag: evaluatie (01-12-2026)");
    c.steps[3].done = true;
    assert_eq!(most_urgent(&c, today).unwrap().what, DueWhat::Evaluation);
}

#[test]
fn every_route_has_a_proposal_with_a_source_and_an_uncertainty_note() {
    let cat = catalogue();
    let today = d(2026, 12, 1);
    for o in Outcome::ALL {
        let p = proposal(o, cat);
        assert!(!p.sources.is_empty(), "{o:?}");
        // No guideline fixes these terms: each says it is a proposal.
        assert!(
            p.uncertain
                .as_deref()
                .is_some_and(|u| u.contains("voorstel")),
            "{o:?}"
        );
        assert_eq!(
            proposed_date(o, cat, today),
            today.add_days(i64::from(p.days))
        );
    }
    // "Afwachten en volgen": six to eight weeks, so the proposal is six weeks.
    assert_eq!(
        proposed_date(Outcome::HulpZonderMelding, cat, today),
        d(2027, 1, 12)
    );
    // After a report Veilig Thuis assesses within 5 working days: one week.
    assert_eq!(proposed_date(Outcome::Meldnorm, cat, today), d(2026, 12, 8));
}

#[test]
fn the_proposal_follows_the_route_of_the_assessment() {
    let cat = catalogue();
    let c = help_case();
    let a = assess(&c, cat);
    assert_eq!(a.outcome(), Outcome::HulpZonderMelding);
    assert_eq!(proposal(a.outcome(), cat).days, 42);
}

#[test]
fn an_evaluation_asks_question_5_again_and_keeps_the_earlier_answers() {
    let cat = catalogue();
    let mut c = help_case();
    c.follow_up.evaluation = Some(d(2027, 1, 12));
    assert_eq!(
        earlier_answers(&c),
        vec![EarlierAnswer {
            date: None,
            answer: None,
            note: String::new()
        }]
    );
    record_evaluation(
        &mut c,
        d(2027, 1, 12),
        Answer::WeetNiet,
        "  Gaat iets beter. ",
    );
    assert_eq!(c.follow_up.evaluation, None, "the moment is answered");
    assert_eq!(assess(&c, cat).outcome(), Outcome::HulpZonderMelding);
    c.follow_up.evaluation = Some(d(2027, 2, 9));
    record_evaluation(&mut c, d(2027, 2, 10), Answer::Nee, "");
    // "No" at question 5: report (again).
    assert_eq!(assess(&c, cat).outcome(), Outcome::Meldnorm);
    let earlier = earlier_answers(&c);
    let got: Vec<(Option<Date>, Option<Answer>)> =
        earlier.iter().map(|e| (e.date, e.answer)).collect();
    assert_eq!(
        got,
        vec![
            (None, None),
            (Some(d(2027, 1, 12)), Some(Answer::WeetNiet)),
            (Some(d(2027, 2, 10)), Some(Answer::Nee)),
        ]
    );
    assert_eq!(earlier[1].note, "Gaat iets beter.");
    assert_eq!(c.follow_up.evaluations[1].planned, Some(d(2027, 2, 9)));
    let s = &cat.followup.screen;
    assert_eq!(earlier[0].when(s), "Bij de afweging");
    assert_eq!(earlier[2].when(s), "Evaluatie van 10-02-2027");
    // The note is free text: it is isolated like every other.
    let mut copy = c.clone();
    assert!(copy
        .free_texts_mut()
        .iter()
        .any(|t| t.as_str() == "Gaat iets beter."));
}

#[test]
fn a_case_without_follow_up_stores_no_follow_up_and_old_steps_still_read() {
    let c = Casus::new();
    let json = serde_json::to_string(&c).unwrap();
    assert!(!json.contains("follow_up"), "{json}");
    // A step stored before dates existed: `when` stays free text, no date.
    let old: AgreedStep =
        serde_json::from_str(r#"{"what":"x","who":"ib","when":"2026-12-01"}"#).unwrap();
    assert_eq!((old.date, old.done), (None, false));
    assert_eq!(old.when_text(), "2026-12-01");
    let dated = AgreedStep {
        date: Some(d(2026, 12, 3)),
        when: "na de vakantie".into(),
        ..Default::default()
    };
    assert_eq!(dated.when_text(), "03-12-2026 (na de vakantie)");
    let back: AgreedStep = serde_json::from_str(&serde_json::to_string(&dated).unwrap()).unwrap();
    assert_eq!(back, dated);
}
