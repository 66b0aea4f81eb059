//! How each option relates to the case. Every option is always returned, in catalogue order,
//! without ranking and without advice (IPDAS: the professional and the family choose).
//!
//! # The fit rule
//!
//! Each criterion of an option is evaluated by [`criteria::eval`] and given a [`Status`]:
//!
//! | role               | condition true | condition false | unknown        |
//! |--------------------|----------------|-----------------|----------------|
//! | required           | Voldaan        | NietVoldaan     | NietBeantwoord |
//! | contra-indication  | NietVoldaan    | Voldaan         | NietBeantwoord |
//! | supporting         | Voldaan        | NietVoldaan     | NietBeantwoord |
//!
//! (For a contra-indication "Voldaan" means: the contra-indication is absent.)
//!
//! The fit of the option, checked in this order:
//! 1. [`Fit::PastNiet`] if a required criterion is not met or a contra-indication is present;
//! 2. [`Fit::Past`] if every criterion (of every role) is answered — so an unanswered
//!    criterion never yields `Past`; a supporting criterion that is not met never excludes;
//! 3. [`Fit::Onbekend`] if a required criterion is unanswered;
//! 4. [`Fit::PastMisschien`] otherwise: every required criterion is met and nothing excludes
//!    it, but a contra-indication or supporting criterion is still unanswered.

use crate::content::{CareOption, Catalogue, Criterion, CriterionRole};
use crate::rules::criteria::{self, Facts, Truth};

/// How an option relates to the case. Not a ranking and not advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fit {
    Past,
    PastMisschien,
    PastNiet,
    Onbekend,
}

impl Fit {
    /// Dutch label as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Fit::Past => "Past bij de beschreven doelgroep",
            Fit::PastMisschien => "Past misschien: nog niet alles is bekend",
            Fit::PastNiet => "Past niet bij de beschreven doelgroep",
            Fit::Onbekend => "Nog onbekend: beantwoord de vragen",
        }
    }
}

/// The status of one criterion for the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Voldaan,
    NietVoldaan,
    NietBeantwoord,
}

impl Status {
    /// Status of a criterion of `role` whose condition evaluated to `t` (see the module table).
    pub fn of(role: CriterionRole, t: Truth) -> Status {
        match (role, t) {
            (_, Truth::Unknown) => Status::NietBeantwoord,
            (CriterionRole::ContraIndication, Truth::True) => Status::NietVoldaan,
            (CriterionRole::ContraIndication, Truth::False) => Status::Voldaan,
            (_, Truth::True) => Status::Voldaan,
            (_, Truth::False) => Status::NietVoldaan,
        }
    }
}

/// One criterion with its status and a Dutch sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason<'a> {
    pub criterion: &'a Criterion,
    pub status: Status,
    /// Dutch: what the criterion says and what the case says, e.g.
    /// "Voldaan: Leeftijd 10 tot en met 18 jaar (leeftijd 14 jaar)".
    pub text: String,
}

/// One option with its fit and the reason for every criterion, in content order.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionFit<'a> {
    pub option: &'a CareOption,
    pub fit: Fit,
    pub reasons: Vec<Reason<'a>>,
}

/// Dutch prefix for a reason.
fn prefix(role: CriterionRole, status: Status) -> &'static str {
    match (role, status) {
        (_, Status::NietBeantwoord) => "Nog niet bekend",
        (CriterionRole::Required, Status::Voldaan) => "Voldaan",
        (CriterionRole::Required, Status::NietVoldaan) => "Niet voldaan",
        (CriterionRole::ContraIndication, Status::Voldaan) => "Contra-indicatie niet aanwezig",
        (CriterionRole::ContraIndication, Status::NietVoldaan) => "Contra-indicatie aanwezig",
        (CriterionRole::Supporting, Status::Voldaan) => "Spreekt ervoor",
        (CriterionRole::Supporting, Status::NietVoldaan) => {
            "Niet van toepassing (telt niet tegen deze mogelijkheid)"
        }
    }
}

/// The fit rule of the module documentation, on the roles and statuses of an option's
/// criteria.
pub fn fit_of(statuses: &[(CriterionRole, Status)]) -> Fit {
    let excluded = statuses.iter().any(|(role, s)| {
        *s == Status::NietVoldaan
            && matches!(
                role,
                CriterionRole::Required | CriterionRole::ContraIndication
            )
    });
    if excluded {
        return Fit::PastNiet;
    }
    if statuses.iter().all(|(_, s)| *s != Status::NietBeantwoord) {
        return Fit::Past;
    }
    let required_open = statuses
        .iter()
        .any(|(r, s)| *r == CriterionRole::Required && *s == Status::NietBeantwoord);
    if required_open {
        Fit::Onbekend
    } else {
        Fit::PastMisschien
    }
}

/// Assess one option for the case.
pub fn assess_option<'a>(option: &'a CareOption, f: &Facts, cat: &Catalogue) -> OptionFit<'a> {
    let reasons: Vec<Reason<'a>> = option
        .criteria
        .iter()
        .map(|cr| {
            let status = Status::of(cr.role, criteria::eval(&cr.condition, f, cat));
            let detail = criteria::describe(&cr.condition, f, cat);
            let text = if detail.is_empty() {
                format!("{}: {}", prefix(cr.role, status), cr.label)
            } else {
                format!("{}: {} ({detail})", prefix(cr.role, status), cr.label)
            };
            Reason {
                criterion: cr,
                status,
                text,
            }
        })
        .collect();
    let statuses: Vec<(CriterionRole, Status)> = reasons
        .iter()
        .map(|r| (r.criterion.role, r.status))
        .collect();
    OptionFit {
        option,
        fit: fit_of(&statuses),
        reasons,
    }
}

/// Every option of the catalogue, in catalogue order, with its fit. No ranking, no advice.
pub fn assess<'a>(f: &Facts, cat: &'a Catalogue) -> Vec<OptionFit<'a>> {
    cat.options
        .options
        .iter()
        .map(|o| assess_option(o, f, cat))
        .collect()
}

/// The question ids the criteria of an option use, in order and without duplicates: the
/// questions the UI asks on the options step.
pub fn questions_used(cat: &Catalogue) -> Vec<&str> {
    fn walk<'a>(cond: &'a crate::content::Condition, out: &mut Vec<&'a str>) {
        use crate::content::Condition as C;
        match cond {
            C::Answer { question, .. } if !out.contains(&question.as_str()) => {
                out.push(question);
            }
            C::All { of } | C::Any { of } => of.iter().for_each(|x| walk(x, out)),
            C::Not { of } => walk(of, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for o in &cat.options.options {
        for cr in &o.criteria {
            walk(&cr.condition, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Age, Answer, Casus};
    use CriterionRole::*;
    use Status::*;

    #[test]
    fn status_table() {
        assert_eq!(Status::of(Required, Truth::True), Voldaan);
        assert_eq!(Status::of(Required, Truth::False), NietVoldaan);
        assert_eq!(Status::of(ContraIndication, Truth::True), NietVoldaan);
        assert_eq!(Status::of(ContraIndication, Truth::False), Voldaan);
        assert_eq!(Status::of(Supporting, Truth::False), NietVoldaan);
        for r in [Required, ContraIndication, Supporting] {
            assert_eq!(Status::of(r, Truth::Unknown), NietBeantwoord);
        }
    }

    #[test]
    fn fit_rule() {
        assert_eq!(fit_of(&[]), Fit::Past);
        assert_eq!(
            fit_of(&[(Required, Voldaan), (ContraIndication, Voldaan)]),
            Fit::Past
        );
        assert_eq!(
            fit_of(&[(Required, Voldaan), (Supporting, NietVoldaan)]),
            Fit::Past
        );
        assert_eq!(
            fit_of(&[(Required, NietVoldaan), (Required, NietBeantwoord)]),
            Fit::PastNiet
        );
        assert_eq!(
            fit_of(&[(Required, Voldaan), (ContraIndication, NietVoldaan)]),
            Fit::PastNiet
        );
        assert_eq!(
            fit_of(&[(Required, Voldaan), (Supporting, NietBeantwoord)]),
            Fit::PastMisschien
        );
        assert_eq!(
            fit_of(&[(Required, NietBeantwoord), (ContraIndication, Voldaan)]),
            Fit::Onbekend
        );
        assert_eq!(fit_of(&[(Supporting, NietBeantwoord)]), Fit::PastMisschien);
        assert_eq!(
            fit_of(&[(Required, Voldaan), (Required, NietBeantwoord)]),
            Fit::Onbekend
        );
        assert_eq!(
            fit_of(&[(Required, Voldaan), (ContraIndication, NietBeantwoord)]),
            Fit::PastMisschien
        );
    }

    #[test]
    fn every_option_is_returned_in_catalogue_order() {
        let cat = catalogue();
        let fits = assess(&Facts::new(&Casus::new(), cat), cat);
        let ids: Vec<&str> = fits.iter().map(|f| f.option.id.as_str()).collect();
        let expected: Vec<&str> = cat.options.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, expected);
        assert!(ids.len() >= 12);
    }

    #[test]
    fn an_empty_case_never_fits_an_option_with_criteria() {
        let cat = catalogue();
        for f in assess(&Facts::new(&Casus::new(), cat), cat) {
            if !f.option.criteria.is_empty() {
                assert_ne!(f.fit, Fit::Past, "{}", f.option.id);
                assert_ne!(f.fit, Fit::PastNiet, "{}", f.option.id);
            }
        }
    }

    #[test]
    fn mst_fits_a_fourteen_year_old_with_antisocial_behaviour() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 14,
            months: 0,
        });
        for (q, a) in [
            ("antisociaal_gedrag", Answer::Ja),
            ("woont_thuis", Answer::Ja),
            ("vaste_verzorger", Answer::Ja),
            ("acuut_suicidaal_psychotisch", Answer::Nee),
        ] {
            c.answers.insert(q.into(), a);
        }
        let mst = assess(&Facts::new(&c, cat), cat)
            .into_iter()
            .find(|f| f.option.id == "mst")
            .unwrap();
        assert_eq!(
            mst.fit,
            Fit::PastMisschien,
            "dreigt_uithuisplaatsing is open"
        );
        c.answers
            .insert("dreigt_uithuisplaatsing".into(), Answer::Nee);
        let mst = assess(&Facts::new(&c, cat), cat)
            .into_iter()
            .find(|f| f.option.id == "mst")
            .unwrap();
        assert_eq!(mst.fit, Fit::Past);
        c.answers
            .insert("acuut_suicidaal_psychotisch".into(), Answer::Ja);
        let mst = assess(&Facts::new(&c, cat), cat)
            .into_iter()
            .find(|f| f.option.id == "mst")
            .unwrap();
        assert_eq!(mst.fit, Fit::PastNiet);
        assert!(mst
            .reasons
            .iter()
            .any(|r| r.text.starts_with("Contra-indicatie aanwezig")));
    }

    #[test]
    fn questions_used_resolve() {
        let cat = catalogue();
        let used = questions_used(cat);
        assert!(used.contains(&"ouder_doet_mee"));
        for q in used {
            assert!(cat.questions.questions.iter().any(|x| x.id == q), "{q}");
        }
    }
}
