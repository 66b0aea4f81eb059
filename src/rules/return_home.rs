//! "Weer thuis": the considerations about a return home, from the answers of the path.
//!
//! For a child who lives elsewhere now, [`considerations`] sorts every question of
//! `return_home.toml` that applies by what its answer says: it speaks for a return, it speaks
//! against a return (now), it is not known yet; and for what must be in place before and after
//! a return: arranged or still to arrange. It always gives every way forward (return, return
//! with conditions, living where the child lives now) in the content's fixed order.
//!
//! It never decides and never weighs: there is no score, no count that tips, no "terugplaatsing
//! wel of niet". The professional weighs the considerations with the parents, the child,
//! colleagues and a gedragswetenschapper (Richtlijn Uithuisplaatsing en terugplaatsing).
//!
//! The three afwegingen follow one another: afweging 2 is asked only when afweging 1 is not
//! "ja", afweging 3 only when afweging 2 is not "ja" either (the guideline's "zo niet").

use crate::content::{Catalogue, ReturnAlternative, ReturnPhase, ReturnQuestion};
use crate::model::{Answer, Casus, Residence};

/// One question of the path with the case's answer and note.
#[derive(Clone, Debug, PartialEq)]
pub struct Consideration<'a> {
    pub question: &'a ReturnQuestion,
    pub answer: Option<Answer>,
    /// The professional's note, when filled in (owned: the assessment outlives the case
    /// borrow in the app's memo).
    pub note: Option<String>,
}

impl Consideration<'_> {
    /// "<short> (ja)", with the note after a colon when there is one: how the step and the
    /// summary list a consideration.
    pub fn line(&self) -> String {
        let base = format!("{} ({})", self.question.short, Answer::text(self.answer));
        match &self.note {
            Some(n) => format!("{base}: {n}"),
            None => base,
        }
    }
}

/// The considerations of the path "Weer thuis" for one case.
#[derive(Clone, Debug, PartialEq)]
pub struct ReturnView<'a> {
    /// Where the child lives now (never at home: then there is no view).
    pub residence: Residence,
    /// Afwegingen and factors whose answer speaks for a return.
    pub for_return: Vec<Consideration<'a>>,
    /// Afwegingen and factors whose answer speaks against a return now.
    pub against: Vec<Consideration<'a>>,
    /// Afwegingen and factors answered "weet niet" or not answered yet.
    pub unknown: Vec<Consideration<'a>>,
    /// What must be in place and is not (yet), or not known to be: "nee", "weet niet", open.
    pub to_arrange: Vec<Consideration<'a>>,
    /// What must be in place and is ("ja").
    pub in_place: Vec<Consideration<'a>>,
    /// Every way forward, in the content's fixed order, never ranked or filtered.
    pub alternatives: &'a [ReturnAlternative],
}

impl<'a> ReturnView<'a> {
    /// Has any question of the path been answered, or a note written?
    pub fn started(&self) -> bool {
        self.all().any(|c| c.answer.is_some() || c.note.is_some())
    }

    /// Every consideration of the view, whatever list it is in.
    pub fn all(&self) -> impl Iterator<Item = &Consideration<'a>> {
        self.for_return
            .iter()
            .chain(&self.against)
            .chain(&self.unknown)
            .chain(&self.to_arrange)
            .chain(&self.in_place)
    }

    /// The conditions still to arrange in one phase, in content order.
    pub fn to_arrange_in(&self, phase: ReturnPhase) -> impl Iterator<Item = &Consideration<'a>> {
        self.to_arrange
            .iter()
            .filter(move |c| c.question.phase == Some(phase))
    }
}

/// Is this afweging asked, given the answers before it? Afweging n+1 only when afweging n is
/// not "ja".
pub fn afweging_applies(c: &Casus, cat: &Catalogue, id: &str) -> bool {
    let list = &cat.return_home.afwegingen;
    let Some(i) = list.iter().position(|q| q.id == id) else {
        return true;
    };
    list[..i]
        .iter()
        .all(|q| c.return_home.answer(&q.id) != Some(Answer::Ja))
}

/// The considerations of the path, or `None` when the child lives at home or where it lives is
/// not filled in (the path does not apply).
pub fn considerations<'a>(c: &Casus, cat: &'a Catalogue) -> Option<ReturnView<'a>> {
    let residence = c.lives.filter(|r| r.is_elsewhere())?;
    let file = &cat.return_home;
    let mut v = ReturnView {
        residence,
        for_return: Vec::new(),
        against: Vec::new(),
        unknown: Vec::new(),
        to_arrange: Vec::new(),
        in_place: Vec::new(),
        alternatives: &file.alternatives,
    };
    let item = |q: &'a ReturnQuestion| Consideration {
        question: q,
        answer: c.return_home.answer(&q.id),
        note: Some(c.return_home.note(&q.id).trim())
            .filter(|n| !n.is_empty())
            .map(str::to_string),
    };
    let asked = file
        .afwegingen
        .iter()
        .filter(|q| afweging_applies(c, cat, &q.id));
    for q in asked.chain(&file.factors) {
        let it = item(q);
        match it.answer {
            Some(Answer::WeetNiet) | None => v.unknown.push(it),
            Some(a) if a == q.for_return => v.for_return.push(it),
            Some(_) => v.against.push(it),
        }
    }
    for q in &file.conditions {
        let it = item(q);
        if it.answer == Some(q.for_return) {
            v.in_place.push(it);
        } else {
            v.to_arrange.push(it);
        }
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;

    fn away() -> Casus {
        let mut c = Casus::new();
        c.lives = Some(Residence::Pleegzorg);
        c
    }

    fn ids<'a>(list: &[Consideration<'a>]) -> Vec<&'a str> {
        list.iter().map(|c| c.question.id.as_str()).collect()
    }

    #[test]
    fn no_path_for_a_child_at_home_or_when_unknown_where() {
        let cat = catalogue();
        let mut c = Casus::new();
        assert!(considerations(&c, cat).is_none());
        c.lives = Some(Residence::Thuis);
        c.return_home
            .answers
            .insert("balans_hersteld".into(), Answer::Ja);
        assert!(considerations(&c, cat).is_none());
        for r in [
            Residence::Pleegzorg,
            Residence::Gezinshuis,
            Residence::Residentieel,
            Residence::Elders,
        ] {
            c.lives = Some(r);
            assert_eq!(considerations(&c, cat).unwrap().residence, r);
        }
    }

    #[test]
    fn nothing_answered_means_everything_unknown_or_to_arrange_and_all_ways_shown() {
        let cat = catalogue();
        let c = away();
        let v = considerations(&c, cat).unwrap();
        assert!(!v.started());
        assert!(v.for_return.is_empty() && v.against.is_empty() && v.in_place.is_empty());
        // All three afwegingen are open (none is "ja"), plus the ten factors.
        assert_eq!(v.unknown.len(), 3 + 10);
        assert_eq!(v.to_arrange.len(), cat.return_home.conditions.len());
        let ways: Vec<&str> = v.alternatives.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ways,
            [
                "terugkeer",
                "terugkeer_met_voorwaarden",
                "onvoorwaardelijk_wonen"
            ]
        );
    }

    #[test]
    fn each_answer_goes_to_the_side_it_speaks_for() {
        let cat = catalogue();
        let mut c = away();
        let a = &mut c.return_home.answers;
        a.insert("onveiligheid_weg".into(), Answer::Ja); // for (ja speaks for)
        a.insert("extra_zorg_kind".into(), Answer::Ja); // against (nee speaks for)
        a.insert("ouders_willen".into(), Answer::Nee); // against
        a.insert("wens_kind".into(), Answer::WeetNiet); // unknown
        a.insert("vast_contact".into(), Answer::Ja); // in place
        a.insert("hulp_na".into(), Answer::Nee); // to arrange
        c.return_home
            .notes
            .insert("ouders_willen".into(), "  moeder twijfelt  ".into());
        let v = considerations(&c, cat).unwrap();
        assert_eq!(ids(&v.for_return), ["onveiligheid_weg"]);
        assert_eq!(ids(&v.against), ["ouders_willen", "extra_zorg_kind"]);
        assert!(ids(&v.unknown).contains(&"wens_kind"));
        assert_eq!(ids(&v.in_place), ["vast_contact"]);
        assert!(ids(&v.to_arrange).contains(&"hulp_na"));
        assert_eq!(v.against[0].note.as_deref(), Some("moeder twijfelt"));
        assert_eq!(
            v.against[0].line(),
            "Ouders willen dat het kind terugkomt (nee): moeder twijfelt"
        );
        assert!(v.unknown[0].line().ends_with("(nog niet beantwoord)"));
        assert!(v
            .to_arrange_in(ReturnPhase::Na)
            .any(|c| c.question.id == "hulp_na"));
        assert!(!v
            .to_arrange_in(ReturnPhase::Voor)
            .any(|c| c.question.id == "hulp_na"));
    }

    #[test]
    fn afweging_2_and_3_only_follow_a_no_or_open_earlier_afweging() {
        let cat = catalogue();
        let mut c = away();
        c.return_home
            .answers
            .insert("balans_hersteld".into(), Answer::Ja);
        let v = considerations(&c, cat).unwrap();
        let all: Vec<&str> = v.all().map(|c| c.question.id.as_str()).collect();
        assert!(all.contains(&"balans_hersteld"));
        assert!(!all.contains(&"herstel_binnen_termijn") && !all.contains(&"andere_hulp_nodig"));

        c.return_home
            .answers
            .insert("balans_hersteld".into(), Answer::Nee);
        c.return_home
            .answers
            .insert("herstel_binnen_termijn".into(), Answer::Ja);
        let v = considerations(&c, cat).unwrap();
        assert_eq!(ids(&v.for_return), ["herstel_binnen_termijn"]);
        assert_eq!(ids(&v.against), ["balans_hersteld"]);
        assert!(!v.all().any(|c| c.question.id == "andere_hulp_nodig"));
        assert!(afweging_applies(&c, cat, "herstel_binnen_termijn"));
        assert!(!afweging_applies(&c, cat, "andere_hulp_nodig"));
    }

    /// Whatever the answers, every question that applies is in exactly one list and every way
    /// forward is shown in the same order: the view sorts, it never picks.
    #[test]
    fn every_answer_pattern_keeps_all_questions_once_and_all_ways() {
        let cat = catalogue();
        let qs: Vec<&str> = cat.return_home.questions().map(|q| q.id.as_str()).collect();
        let choices = [
            None,
            Some(Answer::Ja),
            Some(Answer::Nee),
            Some(Answer::WeetNiet),
        ];
        for seed in 0..400u64 {
            let mut c = away();
            let mut x = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for q in &qs {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                if let Some(a) = choices[(x >> 33) as usize % 4] {
                    c.return_home.answers.insert((*q).into(), a);
                }
            }
            let v = considerations(&c, cat).unwrap();
            let seen: Vec<&str> = v.all().map(|c| c.question.id.as_str()).collect();
            let expected: Vec<&str> = qs
                .iter()
                .copied()
                .filter(|id| afweging_applies(&c, cat, id))
                .collect();
            let mut a = seen.clone();
            let mut b = expected.clone();
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "seed {seed}");
            assert_eq!(v.alternatives, cat.return_home.alternatives.as_slice());
        }
    }
}
