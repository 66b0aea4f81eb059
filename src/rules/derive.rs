//! Answers derived from what earlier steps recorded.
//!
//! A question in `questions.toml` may name signals (`derived_from`) whose recording answers it
//! with "ja": daily cannabis use answers "do substances stand central?", police contact answers
//! "do offences stand central?". A question may also follow from a fact of an earlier step
//! (`derived_from_step`, [`StepFact`]): "the child lives at home now" on the Casus step answers
//! "does the young person live at home, or can he or she return?"; a person named on the
//! Netwerk step answers "is there someone in the own network who can help?"; "those involved
//! accept the help" (afwegingsvraag 4) on the Veiligheid step answers "is at least one parent
//! willing to take part in the help?". Such an answer is shown as "afgeleid uit: …" and stays
//! changeable: an explicit answer in `Casus.answers` always wins
//! ([`crate::rules::criteria::Facts`]). Nothing derives "nee": a signal that is not recorded is
//! no observation, a child who lives elsewhere now may be able to return, an empty network list
//! may only mean that nobody was asked yet.

use crate::content::{Catalogue, StepFact, Str};
use crate::model::{Answer, Casus, Residence};
use std::collections::BTreeMap;

/// An answer derived from earlier steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    pub answer: Answer,
    /// The recorded signals it follows from (ids in `signals.toml`), in catalogue order.
    pub signals: Vec<Str>,
    /// The fact of an earlier step it follows from.
    pub step: Option<StepFact>,
}

/// Does the case record `fact`?
pub fn holds(fact: StepFact, c: &Casus) -> bool {
    match fact {
        StepFact::Thuis => c.lives == Some(Residence::Thuis),
        StepFact::Netwerk => c.network.iter().any(|n| !n.who.trim().is_empty()),
        StepFact::HulpAanvaard => c.safety.help_accepted == Some(Answer::Ja),
    }
}

/// Every derived answer for the case, by question id. Questions the user answered explicitly
/// are included too (the view shows what the earlier steps say next to the explicit answer).
pub fn answers(c: &Casus, cat: &Catalogue) -> BTreeMap<String, Derived> {
    cat.questions
        .questions
        .iter()
        .filter_map(|q| {
            let signals: Vec<Str> = cat
                .signals
                .signals
                .iter()
                .filter(|s| q.derived_from.contains(&s.id) && c.has_signal(&s.id))
                .map(|s| s.id)
                .collect();
            let step = q.derived_from_step.filter(|f| holds(*f, c));
            (!signals.is_empty() || step.is_some()).then(|| {
                (
                    q.id.to_string(),
                    Derived {
                        answer: Answer::Ja,
                        signals,
                        step,
                    },
                )
            })
        })
        .collect()
}

/// The note shown with a derived answer, in the content's wording: the texts of the recorded
/// signals it follows from and/or the fact of an earlier step; `None` when neither. The signal
/// texts are sentences; in the note they are a list inside one sentence that has its own full
/// stop. The options step's questions and the options' reasons both use it.
pub fn note(signal_texts: &[&str], step: Option<StepFact>, cat: &Catalogue) -> Option<String> {
    let w = &cat.options.wording;
    let mut notes = Vec::new();
    if !signal_texts.is_empty() {
        let list: Vec<&str> = signal_texts
            .iter()
            .map(|t| t.trim_end_matches('.'))
            .collect();
        notes.push(crate::content::template::fill(
            &w.derived,
            &[("signalen", &list.join("; "))],
        ));
    }
    if let Some(fact) = step {
        notes.push(w.derived_step.of(fact).to_string());
    }
    (!notes.is_empty()).then(|| notes.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{NetworkEntry, Observer, RecordedSignal, When};

    fn with_signal(c: &mut Casus, id: &str) {
        c.signals.push(RecordedSignal {
            id: id.into(),
            observer: Some(Observer::Zelf),
            when: Some(When::DezeWeek),
            note: String::new(),
        });
    }

    #[test]
    fn a_recorded_signal_derives_ja_and_names_itself() {
        let cat = catalogue();
        let (q, sig) = cat
            .questions
            .questions
            .iter()
            .find_map(|q| q.derived_from.first().map(|s| (q, s)))
            .expect("at least one question is derived from a signal");
        let mut c = Casus::new();
        assert!(answers(&c, cat).is_empty());
        with_signal(&mut c, sig);
        let d = answers(&c, cat);
        assert_eq!(
            d.get(q.id.as_str()),
            Some(&Derived {
                answer: Answer::Ja,
                signals: vec![*sig],
                step: None,
            })
        );
    }

    /// The question that `fact` answers (one per fact in the catalogue).
    fn question_of(fact: StepFact) -> &'static str {
        let q = catalogue()
            .questions
            .questions
            .iter()
            .find(|q| q.derived_from_step == Some(fact))
            .unwrap_or_else(|| panic!("a question follows from {fact:?}"));
        &q.id
    }

    fn from_step(fact: StepFact) -> Derived {
        Derived {
            answer: Answer::Ja,
            signals: vec![],
            step: Some(fact),
        }
    }

    #[test]
    fn living_at_home_derives_ja_and_living_elsewhere_nothing() {
        let cat = catalogue();
        let q = question_of(StepFact::Thuis);
        let mut c = Casus::new();
        c.lives = Some(Residence::Thuis);
        assert_eq!(answers(&c, cat).get(q), Some(&from_step(StepFact::Thuis)));
        for r in [
            Residence::Pleegzorg,
            Residence::Gezinshuis,
            Residence::Elders,
        ] {
            c.lives = Some(r);
            assert_eq!(answers(&c, cat).get(q), None, "{r:?}");
        }
        c.lives = None;
        assert_eq!(answers(&c, cat).get(q), None);
    }

    #[test]
    fn a_person_in_the_network_derives_ja_and_an_empty_row_nothing() {
        let cat = catalogue();
        let q = question_of(StepFact::Netwerk);
        let mut c = Casus::new();
        assert_eq!(answers(&c, cat).get(q), None);
        // A row added but not filled in, or only "what", names nobody.
        c.network.push(NetworkEntry {
            who: "  ".into(),
            what: "kan opvangen".into(),
        });
        assert_eq!(answers(&c, cat).get(q), None);
        c.network.push(NetworkEntry {
            who: "oma (moederskant)".into(),
            what: String::new(),
        });
        assert_eq!(answers(&c, cat).get(q), Some(&from_step(StepFact::Netwerk)));
    }

    #[test]
    fn help_accepted_derives_ja_and_nothing_else_does() {
        let cat = catalogue();
        let q = question_of(StepFact::HulpAanvaard);
        let mut c = Casus::new();
        for a in [None, Some(Answer::Nee), Some(Answer::WeetNiet)] {
            c.safety.help_accepted = a;
            assert_eq!(answers(&c, cat).get(q), None, "{a:?}");
        }
        c.safety.help_accepted = Some(Answer::Ja);
        assert_eq!(
            answers(&c, cat).get(q),
            Some(&from_step(StepFact::HulpAanvaard))
        );
    }

    #[test]
    fn a_note_names_the_step_in_its_own_words() {
        let cat = catalogue();
        for fact in [StepFact::Thuis, StepFact::Netwerk, StepFact::HulpAanvaard] {
            let n = note(&[], Some(fact), cat).expect("a note");
            assert_eq!(n, cat.options.wording.derived_step.of(fact));
            assert!(n.starts_with("Afgeleid uit"), "{n}");
        }
        assert_eq!(note(&[], None, cat), None);
    }

    #[test]
    fn every_derivation_names_a_known_signal() {
        let cat = catalogue();
        for q in &cat.questions.questions {
            for s in &q.derived_from {
                assert!(
                    cat.signals.signals.iter().any(|x| &x.id == s),
                    "{}: {s}",
                    q.id
                );
            }
        }
    }
}
