// Shared helpers for the decision-model integration tests (`mod model_common;`).
#![allow(dead_code)]

use thuiswijzer::model::{Age, Answer, Casus, Observer, RecordedSignal, Role, Sibling, When};

/// A small builder so vignettes read like a case description.
pub struct Case(pub Casus);

impl Case {
    pub fn new(role: Role, years: u8, months: u8) -> Case {
        let mut c = Casus::new();
        c.role = Some(role);
        c.age = Some(Age { years, months });
        Case(c)
    }
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
    pub fn answer(mut self, q: &str, a: Answer) -> Case {
        self.0.answers.insert(q.into(), a);
        self
    }
    pub fn siblings(mut self, ages: &[u8]) -> Case {
        self.0.siblings = ages.iter().map(|a| Sibling::aged(*a, 0)).collect();
        self
    }
    pub fn safety(mut self, f: impl FnOnce(&mut thuiswijzer::model::SafetyAnswers)) -> Case {
        f(&mut self.0.safety);
        self
    }
}
