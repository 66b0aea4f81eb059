//! Every Dutch label for the answers, observers, moments and step statuses of the case, once.
//!
//! One table per vocabulary: the key of a choice (form values and element ids), the label of
//! the choice in a form, and the word in running text (summary, reasons). Components, rules
//! and the summary all read these tables.

use super::contacts::ContactKind;
use super::vocabulary::{Answer, Observer, Residence, StepStatus, When};

/// (answer, key, choice in a form, word in running text)
const ANSWERS: [(Answer, &str, &str, &str); 3] = [
    (Answer::Ja, "ja", "Ja", "ja"),
    (Answer::Nee, "nee", "Nee", "nee"),
    (
        Answer::WeetNiet,
        "weet_niet",
        "Weet ik (nog) niet",
        "weet niet",
    ),
];

/// (observer, key, choice in a form, for professionals, for parents)
const OBSERVERS: [(Observer, &str, &str, &str, &str); 4] = [
    (
        Observer::Zelf,
        "zelf",
        "Zelf gezien of gehoord",
        "zelf waargenomen",
        "zelf gezien of gehoord",
    ),
    (
        Observer::KindVertelde,
        "kind",
        "Het kind vertelde het",
        "kind vertelde",
        "uw kind vertelde dit",
    ),
    (
        Observer::OuderVertelde,
        "ouder",
        "Een ouder vertelde het",
        "ouder vertelde",
        "een ouder vertelde dit",
    ),
    (
        Observer::Anders,
        "anders",
        "Iemand anders",
        "via iemand anders",
        "iemand anders vertelde dit",
    ),
];

/// (moment, key, choice in a form, word in running text)
const WHENS: [(When, &str, &str, &str); 5] = [
    (When::Vandaag, "vandaag", "Vandaag", "vandaag"),
    (When::DezeWeek, "week", "Deze week", "deze week"),
    (When::DezeMaand, "maand", "Deze maand", "deze maand"),
    (
        When::LangerGeleden,
        "eerder",
        "Langer geleden",
        "langer geleden",
    ),
    (
        When::Herhaaldelijk,
        "vaker",
        "Herhaaldelijk",
        "herhaaldelijk",
    ),
];

/// (status, key, choice in a form, word in running text)
const STEP_STATUSES: [(StepStatus, &str, &str, &str); 3] = [
    (StepStatus::Gedaan, "gedaan", "Gedaan", "gedaan"),
    (StepStatus::NogNiet, "nog_niet", "Nog niet", "nog niet"),
    (
        StepStatus::Overgeslagen,
        "overgeslagen",
        "Overgeslagen",
        "overgeslagen",
    ),
];

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Ja, Answer::Nee, Answer::WeetNiet];

    fn row(self) -> &'static (Answer, &'static str, &'static str, &'static str) {
        ANSWERS
            .iter()
            .find(|r| r.0 == self)
            .expect("every answer has labels")
    }
    pub fn key(self) -> &'static str {
        self.row().1
    }
    pub fn from_key(key: &str) -> Option<Answer> {
        ANSWERS.iter().find(|r| r.1 == key).map(|r| r.0)
    }
    /// The label of this answer as a choice in a form.
    pub fn choice(self) -> &'static str {
        self.row().2
    }
    /// An answer, or its absence, in running text.
    pub fn text(answer: Option<Answer>) -> &'static str {
        answer.map_or("nog niet beantwoord", |a| a.row().3)
    }
}

impl Observer {
    pub const ALL: [Observer; 4] = [
        Observer::Zelf,
        Observer::KindVertelde,
        Observer::OuderVertelde,
        Observer::Anders,
    ];

    fn row(
        self,
    ) -> &'static (
        Observer,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        OBSERVERS
            .iter()
            .find(|r| r.0 == self)
            .expect("every observer has labels")
    }
    pub fn key(self) -> &'static str {
        self.row().1
    }
    pub fn from_key(key: &str) -> Option<Observer> {
        OBSERVERS.iter().find(|r| r.1 == key).map(|r| r.0)
    }
    pub fn choice(self) -> &'static str {
        self.row().2
    }
    /// Who observed it, in running text for professionals, or addressed to parents.
    pub fn text(self, for_parents: bool) -> &'static str {
        if for_parents {
            self.row().4
        } else {
            self.row().3
        }
    }
}

impl When {
    pub const ALL: [When; 5] = [
        When::Vandaag,
        When::DezeWeek,
        When::DezeMaand,
        When::LangerGeleden,
        When::Herhaaldelijk,
    ];

    fn row(self) -> &'static (When, &'static str, &'static str, &'static str) {
        WHENS
            .iter()
            .find(|r| r.0 == self)
            .expect("every moment has labels")
    }
    pub fn key(self) -> &'static str {
        self.row().1
    }
    pub fn from_key(key: &str) -> Option<When> {
        WHENS.iter().find(|r| r.1 == key).map(|r| r.0)
    }
    pub fn choice(self) -> &'static str {
        self.row().2
    }
    pub fn text(self) -> &'static str {
        self.row().3
    }
}

impl StepStatus {
    pub const ALL: [StepStatus; 3] = [
        StepStatus::Gedaan,
        StepStatus::NogNiet,
        StepStatus::Overgeslagen,
    ];

    fn row(self) -> &'static (StepStatus, &'static str, &'static str, &'static str) {
        STEP_STATUSES
            .iter()
            .find(|r| r.0 == self)
            .expect("every status has labels")
    }
    pub fn key(self) -> &'static str {
        self.row().1
    }
    pub fn from_key(key: &str) -> Option<StepStatus> {
        STEP_STATUSES.iter().find(|r| r.1 == key).map(|r| r.0)
    }
    pub fn choice(self) -> &'static str {
        self.row().2
    }
    pub fn text(self) -> &'static str {
        self.row().3
    }
}

/// (residence, key, choice in a form, word in running text)
const RESIDENCES: [(Residence, &str, &str, &str); 5] = [
    (
        Residence::Thuis,
        "thuis",
        "Thuis, bij (een van) de ouders",
        "thuis",
    ),
    (
        Residence::Pleegzorg,
        "pleegzorg",
        "In een pleeggezin (ook netwerkpleegzorg)",
        "in een pleeggezin",
    ),
    (
        Residence::Gezinshuis,
        "gezinshuis",
        "In een gezinshuis",
        "in een gezinshuis",
    ),
    (
        Residence::Residentieel,
        "residentieel",
        "In een residentiële instelling (leefgroep)",
        "in een residentiële instelling",
    ),
    (
        Residence::Elders,
        "elders",
        "Ergens anders",
        "ergens anders dan thuis",
    ),
];

impl Residence {
    pub const ALL: [Residence; 5] = [
        Residence::Thuis,
        Residence::Pleegzorg,
        Residence::Gezinshuis,
        Residence::Residentieel,
        Residence::Elders,
    ];

    fn row(self) -> &'static (Residence, &'static str, &'static str, &'static str) {
        RESIDENCES
            .iter()
            .find(|r| r.0 == self)
            .expect("every residence has labels")
    }
    pub fn key(self) -> &'static str {
        self.row().1
    }
    pub fn from_key(key: &str) -> Option<Residence> {
        RESIDENCES.iter().find(|r| r.1 == key).map(|r| r.0)
    }
    /// The label of this place as a choice in a form.
    pub fn choice(self) -> &'static str {
        self.row().2
    }
    /// Where the child lives, in running text ("woont nu in een pleeggezin").
    pub fn text(self) -> &'static str {
        self.row().3
    }
    /// Does the child live away from home (the path "Weer thuis" applies)?
    pub fn is_elsewhere(self) -> bool {
        self != Residence::Thuis
    }
}

/// (contact kind, key, label in a form, words in running text: "Bel {words}: …")
const CONTACT_KINDS: [(ContactKind, &str, &str, &str); 7] = [
    (
        ContactKind::InternBegeleider,
        "intern_begeleider",
        "Intern begeleider of zorgcoördinator",
        "de intern begeleider",
    ),
    (
        ContactKind::Aandachtsfunctionaris,
        "aandachtsfunctionaris",
        "Aandachtsfunctionaris",
        "de aandachtsfunctionaris",
    ),
    (
        ContactKind::Jeugdarts,
        "jeugdarts",
        "Jeugdarts / JGZ",
        "de jeugdarts (JGZ)",
    ),
    (
        ContactKind::PohJeugd,
        "poh_jeugd",
        "POH-Jeugd",
        "de POH-Jeugd",
    ),
    (
        ContactKind::LokaalTeam,
        "lokaal_team",
        "Lokaal team (wijkteam)",
        "het lokaal team",
    ),
    (
        ContactKind::Leerplicht,
        "leerplicht",
        "Leerplicht",
        "de leerplichtambtenaar",
    ),
    (
        ContactKind::VeiligThuisRegio,
        "veilig_thuis_regio",
        "Veilig Thuis in uw regio",
        "Veilig Thuis in uw regio",
    ),
];

impl ContactKind {
    pub const ALL: [ContactKind; 7] = [
        ContactKind::InternBegeleider,
        ContactKind::Aandachtsfunctionaris,
        ContactKind::Jeugdarts,
        ContactKind::PohJeugd,
        ContactKind::LokaalTeam,
        ContactKind::Leerplicht,
        ContactKind::VeiligThuisRegio,
    ];

    fn row(self) -> &'static (ContactKind, &'static str, &'static str, &'static str) {
        CONTACT_KINDS
            .iter()
            .find(|r| r.0 == self)
            .expect("every contact kind has labels")
    }
    pub fn key(self) -> &'static str {
        self.row().1
    }
    pub fn from_key(key: &str) -> Option<ContactKind> {
        CONTACT_KINDS.iter().find(|r| r.1 == key).map(|r| r.0)
    }
    /// The label of this kind as a choice in a form.
    pub fn choice(self) -> &'static str {
        self.row().2
    }
    /// The kind in running text, with its article: "het lokaal team".
    pub fn text(self) -> &'static str {
        self.row().3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A new variant fails to compile here until it is in ALL (and then in the table, or the
    // round trips below fail).
    fn _all_are_listed(a: Answer, o: Observer, w: When, s: StepStatus) {
        match a {
            Answer::Ja | Answer::Nee | Answer::WeetNiet => {}
        }
        match o {
            Observer::Zelf
            | Observer::KindVertelde
            | Observer::OuderVertelde
            | Observer::Anders => {}
        }
        match w {
            When::Vandaag
            | When::DezeWeek
            | When::DezeMaand
            | When::LangerGeleden
            | When::Herhaaldelijk => {}
        }
        match s {
            StepStatus::Gedaan | StepStatus::NogNiet | StepStatus::Overgeslagen => {}
        }
    }

    fn distinct<T: PartialEq + std::fmt::Debug>(items: &[T]) {
        for (i, a) in items.iter().enumerate() {
            assert!(!items[i + 1..].contains(a), "{a:?} twice");
        }
    }

    #[test]
    fn every_key_leads_back_to_its_value_and_labels_are_distinct() {
        for a in Answer::ALL {
            assert_eq!(Answer::from_key(a.key()), Some(a));
        }
        for o in Observer::ALL {
            assert_eq!(Observer::from_key(o.key()), Some(o));
        }
        for w in When::ALL {
            assert_eq!(When::from_key(w.key()), Some(w));
        }
        for s in StepStatus::ALL {
            assert_eq!(StepStatus::from_key(s.key()), Some(s));
        }
        for r in Residence::ALL {
            assert_eq!(Residence::from_key(r.key()), Some(r));
            assert_eq!(r.is_elsewhere(), r != Residence::Thuis);
        }
        distinct(&Residence::ALL.map(Residence::choice));
        distinct(&Residence::ALL.map(Residence::text));
        assert_eq!(Answer::from_key("misschien"), None);
        distinct(&Answer::ALL.map(Answer::choice));
        distinct(&Observer::ALL.map(Observer::choice));
        distinct(&Observer::ALL.map(|o| o.text(true)));
        distinct(&Observer::ALL.map(|o| o.text(false)));
        distinct(&When::ALL.map(When::choice));
        distinct(&StepStatus::ALL.map(StepStatus::choice));
        assert_eq!(ANSWERS.len(), Answer::ALL.len());
        assert_eq!(OBSERVERS.len(), Observer::ALL.len());
        assert_eq!(WHENS.len(), When::ALL.len());
        assert_eq!(STEP_STATUSES.len(), StepStatus::ALL.len());
        for k in ContactKind::ALL {
            assert_eq!(ContactKind::from_key(k.key()), Some(k));
        }
        distinct(&ContactKind::ALL.map(ContactKind::choice));
        distinct(&ContactKind::ALL.map(ContactKind::text));
        assert_eq!(CONTACT_KINDS.len(), ContactKind::ALL.len());
    }

    #[test]
    fn running_text_is_lower_case_and_an_open_answer_says_so() {
        assert_eq!(Answer::text(None), "nog niet beantwoord");
        assert_eq!(Answer::text(Some(Answer::WeetNiet)), "weet niet");
        for w in When::ALL {
            assert_eq!(w.text(), w.choice().to_lowercase());
        }
        for text in Observer::ALL
            .map(|o| o.text(false))
            .into_iter()
            .chain(StepStatus::ALL.map(StepStatus::text))
        {
            assert!(
                text.chars().next().is_some_and(char::is_lowercase),
                "{text}"
            );
        }
    }
}
