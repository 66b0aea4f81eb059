//! Answers derived from what earlier steps recorded.
//!
//! A question in `questions.toml` may name signals (`derived_from`) whose recording answers it
//! with "ja": daily cannabis use answers "do substances stand central?", police contact answers
//! "do offences stand central?". A question may also follow from the Casus step
//! (`derived_from_home`): "the child lives at home now" answers "does the young person live at
//! home, or can he or she return?". Such an answer is shown as "afgeleid uit: …" and stays
//! changeable: an explicit answer in `Casus.answers` always wins ([`crate::rules::criteria::Facts`]).
//! Nothing derives "nee": a signal that is not recorded is no observation, and a child who lives
//! elsewhere now may be able to return.

use crate::content::{Catalogue, Str};
use crate::model::{Answer, Casus, Residence};
use std::collections::BTreeMap;

/// An answer derived from earlier steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    pub answer: Answer,
    /// The recorded signals it follows from (ids in `signals.toml`), in catalogue order.
    pub signals: Vec<Str>,
    /// It follows from the Casus step: the child lives at home now.
    pub at_home: bool,
}

/// Every derived answer for the case, by question id. Questions the user answered explicitly
/// are included too (the view shows what the earlier steps say next to the explicit answer).
pub fn answers(c: &Casus, cat: &Catalogue) -> BTreeMap<String, Derived> {
    let home = c.lives == Some(Residence::Thuis);
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
            let at_home = home && q.derived_from_home;
            (!signals.is_empty() || at_home).then(|| {
                (
                    q.id.to_string(),
                    Derived {
                        answer: Answer::Ja,
                        signals,
                        at_home,
                    },
                )
            })
        })
        .collect()
}

/// The note shown with a derived answer, in the content's wording: the texts of the recorded
/// signals it follows from and/or "lives at home" on the Casus step; `None` when neither. The
/// signal texts are sentences; in the note they are a list inside one sentence that has its own
/// full stop. The options step's questions and the options' reasons both use it.
pub fn note(signal_texts: &[&str], at_home: bool, cat: &Catalogue) -> Option<String> {
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
    if at_home {
        notes.push(w.derived_home.to_string());
    }
    (!notes.is_empty()).then(|| notes.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Observer, RecordedSignal, When};

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
                at_home: false,
            })
        );
    }

    #[test]
    fn living_at_home_derives_ja_and_living_elsewhere_nothing() {
        let cat = catalogue();
        let q = cat
            .questions
            .questions
            .iter()
            .find(|q| q.derived_from_home)
            .expect("a question follows from living at home");
        let mut c = Casus::new();
        c.lives = Some(Residence::Thuis);
        let home = Derived {
            answer: Answer::Ja,
            signals: vec![],
            at_home: true,
        };
        assert_eq!(answers(&c, cat).get(q.id.as_str()), Some(&home));
        for r in [
            Residence::Pleegzorg,
            Residence::Gezinshuis,
            Residence::Elders,
        ] {
            c.lives = Some(r);
            assert_eq!(answers(&c, cat).get(q.id.as_str()), None, "{r:?}");
        }
        c.lives = None;
        assert_eq!(answers(&c, cat).get(q.id.as_str()), None);
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
