//! Which questions to ask on the options step, and where their answers come from.
//!
//! A question is asked only when it can still change the fit of an option for this child: for
//! every option whose criteria read it, the fit is computed with the answer "ja", "nee" and
//! without an answer; if these differ, the question matters for that option. A question for an
//! option that is already excluded (for example by the child's age) is not asked, and an
//! unanswered question that is not asked never shows up as "nog onbekend". A question that
//! only refines an option (a contra-indication or a supporting criterion) is asked once the
//! option's required criteria are met ([`worth_asking`]).
//!
//! An answer that follows from a recorded signal, or from a fact of an earlier step (lives at
//! home, a person in the network, help accepted), is shown as derived ("afgeleid uit: …",
//! [`crate::rules::derive`]) and stays changeable; an explicit answer always wins (see
//! [`crate::rules::criteria::Facts`]).

use crate::content::{CareOption, Catalogue, CriterionRole, Question, Signal, StepFact};
use crate::model::Answer;
use crate::rules::criteria::{AnswerSource, Facts};
use crate::rules::derive::Derived;
use crate::rules::options::{self, questions_in};

/// Where the answer shown for a question comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    /// Answered by the user.
    Explicit,
    /// Follows from these recorded signals ("afgeleid uit: …"); the user may change it.
    Derived(Vec<&'a Signal>),
    /// Follows from a fact of an earlier step (the Casus, Netwerk or Veiligheid step); the
    /// user may change it.
    Step(StepFact),
    /// Not answered yet.
    Open,
}

/// A question to ask, with its current answer and the options it can still change.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionState<'a> {
    pub question: &'a Question,
    /// The answer in effect: explicit, else derived, else none.
    pub answer: Option<Answer>,
    pub source: Source<'a>,
    /// The options whose fit this question can still change, in catalogue order.
    pub options: Vec<&'a CareOption>,
}

/// The fit of `o` with question `q` taken as answered `a` (or open), whatever the case and
/// the signals say for it. The case is not copied: the facts pin the one answer.
fn fit_with(
    o: &CareOption,
    f: &Facts,
    q: &str,
    a: Option<Answer>,
    cat: &Catalogue,
) -> options::Fit {
    let g = Facts {
        case: f.case,
        derived: f.derived.clone(),
        route: f.route,
        pinned: Some((q, a)),
    };
    options::fit_only(o, &g, cat)
}

/// Can the answer to `q` change the fit of `o` for these facts?
pub fn can_change(o: &CareOption, f: &Facts, q: &str, cat: &Catalogue) -> bool {
    let yes = fit_with(o, f, q, Some(Answer::Ja), cat);
    let no = fit_with(o, f, q, Some(Answer::Nee), cat);
    let open = fit_with(o, f, q, None, cat);
    yes != no || yes != open
}

/// Is `q` worth asking for option `o` now? Its answer must be able to change the fit, and a
/// question that only refines an option (a contra-indication or a supporting criterion) waits
/// until every required criterion of that option is met: first whether the option is meant for
/// this child at all, then what could still stand in its way (issue 13: a short list).
pub fn worth_asking(o: &CareOption, f: &Facts, q: &str, cat: &Catalogue) -> bool {
    let gate = o
        .criteria
        .iter()
        .any(|c| c.role == CriterionRole::Required && questions_in(&c.condition).contains(&q));
    can_change(o, f, q, cat) && (gate || options::required_met(o, f, cat))
}

/// The questions to ask for these facts, in the order the options use them.
pub fn relevant<'a>(f: &Facts, cat: &'a Catalogue) -> Vec<QuestionState<'a>> {
    // The questions each option reads, once (not once per question).
    let reads: Vec<(&'a CareOption, Vec<&'a str>)> = cat
        .options
        .options
        .iter()
        .map(|o| {
            let qs = o
                .criteria
                .iter()
                .flat_map(|c| questions_in(&c.condition))
                .collect();
            (o, qs)
        })
        .collect();
    options::questions_used(cat)
        .into_iter()
        .filter_map(|id| cat.questions.questions.iter().find(|q| q.id == id))
        .filter_map(|q| {
            let opts: Vec<&CareOption> = reads
                .iter()
                .filter(|(_, qs)| qs.contains(&q.id.as_str()))
                .map(|(o, _)| *o)
                .filter(|o| worth_asking(o, f, &q.id, cat))
                .collect();
            (!opts.is_empty()).then(|| state(q, f, cat, opts))
        })
        .collect()
}

/// The note shown with a derived answer ("Afgeleid uit: …"), from the content wording.
pub fn derived_note(s: &QuestionState, cat: &Catalogue) -> Option<String> {
    match &s.source {
        Source::Derived(signals) => {
            let texts: Vec<&str> = signals.iter().map(|s| s.text.as_str()).collect();
            crate::rules::derive::note(&texts, None, cat)
        }
        Source::Step(fact) => crate::rules::derive::note(&[], Some(*fact), cat),
        Source::Explicit | Source::Open => None,
    }
}

fn state<'a>(
    q: &'a Question,
    f: &Facts,
    cat: &'a Catalogue,
    options: Vec<&'a CareOption>,
) -> QuestionState<'a> {
    let source = match f.source(&q.id) {
        AnswerSource::Explicit(_) => Source::Explicit,
        AnswerSource::Derived(Derived {
            signals,
            step: Some(fact),
            ..
        }) if signals.is_empty() => Source::Step(*fact),
        AnswerSource::Derived(d) => Source::Derived(
            cat.signals
                .signals
                .iter()
                .filter(|s| d.signals.contains(&s.id))
                .collect(),
        ),
        AnswerSource::Open => Source::Open,
    };
    QuestionState {
        question: q,
        answer: f.answer(&q.id),
        source,
        options,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Age, Casus, Observer, RecordedSignal, When};

    fn ids(v: &[QuestionState]) -> Vec<String> {
        v.iter().map(|s| s.question.id.to_string()).collect()
    }

    #[test]
    fn a_three_year_old_is_not_asked_about_suicidality_or_sexual_behaviour() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 3,
            months: 0,
        });
        let asked = ids(&relevant(&Facts::new(&c, cat), cat));
        for q in [
            "acuut_suicidaal_psychotisch",
            "seksueel_grensoverschrijdend",
            "antisociaal_gedrag",
            "delinquentie_of_middelen",
            "iq_onder_70",
            "taal_zonder_tolk",
            "gedragsproblemen",
        ] {
            assert!(!asked.contains(&q.to_string()), "{q} asked of a 3-year-old");
        }
        for q in [
            "acute_crisis",
            "dreigt_uithuisplaatsing",
            "meervoudige_problemen",
        ] {
            assert!(asked.contains(&q.to_string()), "{q} not asked");
        }
        c.age = Some(Age {
            years: 14,
            months: 0,
        });
        let asked = ids(&relevant(&Facts::new(&c, cat), cat));
        assert!(asked.contains(&"seksueel_grensoverschrijdend".to_string()));
        assert!(asked.contains(&"antisociaal_gedrag".to_string()));
    }

    #[test]
    fn what_stands_in_the_way_of_an_option_is_asked_once_it_is_meant_for_this_child() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 14,
            months: 0,
        });
        let asked = |c: &Casus| ids(&relevant(&Facts::new(c, cat), cat));
        // MST's contra-indications wait for its required criteria.
        for q in [
            "acuut_suicidaal_psychotisch",
            "iq_onder_70",
            "autisme_recent",
        ] {
            assert!(
                !asked(&c).contains(&q.to_string()),
                "{q} asked before MST is in view"
            );
        }
        c.answers.insert("antisociaal_gedrag".into(), Answer::Ja);
        assert!(
            !asked(&c).contains(&"iq_onder_70".to_string()),
            "woont_thuis is still open"
        );
        c.answers.insert("woont_thuis".into(), Answer::Ja);
        let now = asked(&c);
        for q in [
            "acuut_suicidaal_psychotisch",
            "iq_onder_70",
            "autisme_recent",
        ] {
            assert!(
                now.contains(&q.to_string()),
                "{q} not asked once MST is in view"
            );
        }
        // An answer that excludes MST keeps its question in view, so it can be changed.
        c.answers
            .insert("acuut_suicidaal_psychotisch".into(), Answer::Ja);
        assert!(asked(&c).contains(&"acuut_suicidaal_psychotisch".to_string()));
        // A question that decides whether an option is meant for the child stays asked.
        c.answers.remove("acuut_suicidaal_psychotisch");
        c.answers.insert("antisociaal_gedrag".into(), Answer::Nee);
        let now = asked(&c);
        assert!(now.contains(&"antisociaal_gedrag".to_string()));
        assert!(!now.contains(&"iq_onder_70".to_string()));
    }

    #[test]
    fn a_recorded_signal_fills_the_answer_and_an_explicit_answer_wins() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 15,
            months: 0,
        });
        c.signals.push(RecordedSignal {
            id: "middelengebruik".into(),
            observer: Some(Observer::Zelf),
            when: Some(When::Herhaaldelijk),
            note: String::new(),
        });
        let f = Facts::new(&c, cat);
        let q = relevant(&f, cat)
            .into_iter()
            .find(|s| s.question.id == "delinquentie_of_middelen")
            .expect("asked of a 15-year-old");
        assert_eq!(q.answer, Some(Answer::Ja));
        match &q.source {
            Source::Derived(s) => assert_eq!(s[0].id, "middelengebruik"),
            other => panic!("not derived: {other:?}"),
        }
        // The note quotes the signal inside its own sentence: one full stop, not two.
        let note = derived_note(&q, cat).expect("a derived answer has a note");
        assert!(note.contains(
            cat.signals
                .signals
                .iter()
                .find(|s| s.id == "middelengebruik")
                .unwrap()
                .text
                .trim_end_matches('.')
        ));
        assert!(!note.contains(".."), "{note}");
        c.answers
            .insert("delinquentie_of_middelen".into(), Answer::Nee);
        let f = Facts::new(&c, cat);
        let q = relevant(&f, cat)
            .into_iter()
            .find(|s| s.question.id == "delinquentie_of_middelen")
            .unwrap();
        assert_eq!((q.answer, q.source), (Some(Answer::Nee), Source::Explicit));
    }
}
