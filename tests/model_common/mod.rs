// Shared helpers for the decision-model integration tests (`mod model_common;`).
#![allow(dead_code)]

use thuiswijzer::model::{
    Age, Answer, Casus, NetworkEntry, Observer, RecordedSignal, Residence, RiskSource, Role,
    SchoolType, Sibling, When,
};

/// A small builder so vignettes read like a case description.
pub struct Case(pub Casus);

fn answer_of(word: &str) -> Answer {
    match word {
        "ja" => Answer::Ja,
        "nee" => Answer::Nee,
        "weet niet" | "?" => Answer::WeetNiet,
        other => panic!("unknown answer '{other}'"),
    }
}

/// "id ja, other nee, third weet niet" -> pairs.
fn pairs(list: &str) -> Vec<(String, Answer)> {
    list.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (id, a) = p.split_once(' ').expect("'<id> <answer>'");
            (id.to_string(), answer_of(a.trim()))
        })
        .collect()
}

impl Case {
    pub fn new(role: Role, years: u8, months: u8) -> Case {
        let mut c = Casus::new();
        c.role = Some(role);
        c.age = Some(Age { years, months });
        Case(c)
    }
    /// A signal with who saw it; "deze week".
    pub fn signal(mut self, id: &str, observer: Observer) -> Case {
        self.0
            .signals
            .push(RecordedSignal::new(id).seen(observer, When::DezeWeek));
        self
    }
    /// A signal recorded as happening repeatedly ("herhaaldelijk").
    pub fn repeated(mut self, id: &str, observer: Observer) -> Case {
        self.0
            .signals
            .push(RecordedSignal::new(id).seen(observer, When::Herhaaldelijk));
        self
    }
    /// A signal ticked without choosing who or when.
    pub fn ticked(mut self, id: &str) -> Case {
        self.0.signals.push(RecordedSignal::new(id));
        self
    }
    /// Where the child lives now (the Casus step).
    pub fn lives(mut self, r: Residence) -> Case {
        self.0.lives = Some(r);
        self
    }
    /// A person in the family's own network (the Netwerk step): a relation and what they could do.
    pub fn network(mut self, who: &str, what: &str) -> Case {
        self.0.network.push(NetworkEntry {
            who: who.into(),
            what: what.into(),
        });
        self
    }
    pub fn answer(mut self, q: &str, a: Answer) -> Case {
        self.0.answers.insert(q.into(), a);
        self
    }
    /// Answers to the option questions: "ouder_doet_mee ja, woont_thuis nee".
    pub fn answers(mut self, list: &str) -> Case {
        for (q, a) in pairs(list) {
            self.0.answers.insert(q, a);
        }
        self
    }
    /// Answers on the safety step, by afwegingsvraag number: "1 ja, 2a nee, 2b weet niet".
    /// Also "onthulling ja" (the disclosure question).
    pub fn afweging(mut self, list: &str) -> Case {
        for (n, a) in pairs(list) {
            let s = &mut self.0.safety;
            let slot = match n.as_str() {
                "onthulling" => &mut s.disclosure,
                "1" => &mut s.suspicion,
                "2a" => &mut s.acute_unsafety,
                "2b" => &mut s.structural_unsafety,
                "3" => &mut s.effective_help,
                "4" => &mut s.help_accepted,
                "5" => &mut s.help_results,
                other => panic!("unknown afwegingsvraag '{other}'"),
            };
            *slot = Some(a);
        }
        self
    }
    /// An acute-danger indicator ticked on the safety step.
    pub fn acute(mut self, id: &str) -> Case {
        self.0.safety.acute.insert(id.into());
        self
    }
    /// Brothers and sisters in whole years.
    pub fn siblings(mut self, ages: &[u8]) -> Case {
        self.0.siblings = ages.iter().map(|a| Sibling::aged(*a, 0)).collect();
        self
    }
    /// A brother or sister with age in years and months.
    pub fn sibling(mut self, years: u8, months: u8) -> Case {
        self.0.siblings.push(Sibling::aged(years, months));
        self
    }
    /// A brother or sister who may be harmed by someone in the household.
    pub fn sibling_at_risk(mut self, years: u8, months: u8, from: RiskSource) -> Case {
        let mut s = Sibling::aged(years, months);
        s.at_risk_from = Some(from);
        self.0.siblings.push(s);
        self
    }
    pub fn school(mut self, s: SchoolType) -> Case {
        self.0.school = Some(s);
        self
    }
    pub fn safety(mut self, f: impl FnOnce(&mut thuiswijzer::model::SafetyAnswers)) -> Case {
        f(&mut self.0.safety);
        self
    }
}
