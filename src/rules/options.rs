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

use crate::content::{CareOption, Catalogue, Condition, Criterion, CriterionRole, StepFact, Str};
use crate::rules::ages;
use crate::rules::criteria::{self, AnswerSource, Facts, Truth};
use crate::rules::flow::Step;

/// How an option relates to the case. Not a ranking and not advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fit {
    Past,
    PastMisschien,
    PastNiet,
    Onbekend,
}

impl Fit {
    /// Dutch label as shown to the user (`[fit_labels]` in `screens.toml`).
    pub fn label(self) -> &'static str {
        let t = &crate::content::catalogue().screens.fit_labels;
        match self {
            Fit::Past => &t.past,
            Fit::PastMisschien => &t.maybe,
            Fit::PastNiet => &t.not,
            Fit::Onbekend => &t.unknown,
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

/// One criterion with its status and the reason as a colleague would say it.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason<'a> {
    pub criterion: &'a Criterion,
    pub status: Status,
    /// Dutch, from the content (`if_true`, `if_false`, `if_unknown`, or the age wording),
    /// e.g. "Families First is er voor een crisis; u gaf aan dat er nu geen crisis is."
    /// Empty when the reason does not matter for the fit (`shown` is false).
    pub text: String,
    /// Does this reason matter for the fit shown? Views show only these (see [`matters`]).
    pub shown: bool,
    /// The criterion's uncertain note, to show with the reason.
    pub uncertain: Option<&'a str>,
    /// The signals an answer of this criterion was derived from (their text), when the user
    /// did not answer explicitly: shown as "afgeleid uit: …".
    pub derived_from: Vec<&'a str>,
    /// The fact of an earlier step an answer of this criterion follows from (lives at home, a
    /// person in the network, help accepted), when the user did not answer explicitly.
    pub derived_step: Option<StepFact>,
}

impl Reason<'_> {
    /// Where the answers of this criterion came from, when the user did not give them: the
    /// recorded signals and/or the fact of an earlier step, in the content's wording.
    pub fn derived_note(&self, cat: &Catalogue) -> Option<String> {
        crate::rules::derive::note(&self.derived_from, self.derived_step, cat)
    }

    /// The steps the answers of this criterion were derived from (Signalen and/or the step of
    /// the fact), in flow order; empty when the user answered or nothing was derived.
    pub fn derived_steps(&self) -> Vec<Step> {
        let fact = self.derived_step.map(|f| match f {
            StepFact::Thuis => Step::Casus,
            StepFact::Netwerk => Step::Netwerk,
            StepFact::HulpAanvaard => Step::Veiligheid,
        });
        Step::ALL
            .into_iter()
            .filter(|s| Some(*s) == fact || (*s == Step::Signalen && !self.derived_from.is_empty()))
            .collect()
    }
}

/// One option with its fit and the reason for every criterion, in content order.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionFit<'a> {
    pub option: &'a CareOption,
    pub fit: Fit,
    pub reasons: Vec<Reason<'a>>,
    /// Contra-indications the model does not check: "bespreek met de aanbieder".
    pub discuss: &'a [Str],
}

impl<'a> OptionFit<'a> {
    /// The reasons that matter for the fit, in content order.
    pub fn shown_reasons(&self) -> impl Iterator<Item = &Reason<'a>> {
        self.reasons.iter().filter(|r| r.shown)
    }

    /// The one reason shown beside the fit, before the details (the rest of
    /// [`Self::shown_reasons`] is one click away), in content order:
    ///
    /// - "past niet": the first thing that excludes the option;
    /// - "nog onbekend": the first required criterion that is still open;
    /// - "past misschien": the first criterion that is still open;
    /// - "past": the first required criterion that is met, else the first one met.
    pub fn headline(&self) -> Option<&Reason<'a>> {
        let first = |want: &dyn Fn(&Reason) -> bool| self.shown_reasons().find(|r| want(r));
        match self.fit {
            Fit::PastNiet => first(&|_| true),
            Fit::Onbekend => first(&|r| {
                r.status == Status::NietBeantwoord && r.criterion.role == CriterionRole::Required
            }),
            Fit::PastMisschien => first(&|r| r.status == Status::NietBeantwoord),
            Fit::Past => first(&|r| {
                r.status == Status::Voldaan && r.criterion.role == CriterionRole::Required
            })
            .or_else(|| first(&|r| r.status == Status::Voldaan)),
        }
    }
}

/// Does a reason of this role and status matter for an option with this fit?
///
/// - "past niet": only what excludes it (a required criterion not met, a contra-indication
///   present);
/// - otherwise: what speaks for it (required or supporting criteria met) and what is still
///   open. An absent contra-indication or a supporting criterion that does not hold is never
///   shown: it changes nothing.
pub fn matters(fit: Fit, role: CriterionRole, status: Status) -> bool {
    use CriterionRole::*;
    match fit {
        Fit::PastNiet => status == Status::NietVoldaan && role != Supporting,
        _ => matches!(
            (role, status),
            (_, Status::NietBeantwoord) | (Required | Supporting, Status::Voldaan)
        ),
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

/// The reason text for a criterion whose condition has value `t`.
fn reason_text(
    cr: &Criterion,
    t: Truth,
    f: &Facts,
    option: &CareOption,
    cat: &Catalogue,
) -> String {
    if let Condition::AgeRange(r) = &cr.condition {
        return ages::reason(r, f, &option.short, cat);
    }
    let text = match t {
        Truth::True => &cr.if_true,
        Truth::False => &cr.if_false,
        Truth::Unknown => &cr.if_unknown,
    };
    text.map(String::from).unwrap_or_default()
}

/// The signal texts the answers of a condition were derived from (not for explicit answers).
fn derived_signals<'a>(cond: &Condition, f: &Facts, cat: &'a Catalogue) -> Vec<&'a str> {
    let mut ids: Vec<Str> = Vec::new();
    for q in questions_in(cond) {
        if let AnswerSource::Derived(d) = f.source(q) {
            for s in &d.signals {
                if !ids.contains(s) {
                    ids.push(*s);
                }
            }
        }
    }
    cat.signals
        .signals
        .iter()
        .filter(|s| ids.contains(&s.id))
        .map(|s| s.text.as_str())
        .collect()
}

/// The status of every criterion of an option, in content order.
fn statuses(option: &CareOption, f: &Facts, cat: &Catalogue) -> Vec<(CriterionRole, Status)> {
    option
        .criteria
        .iter()
        .map(|cr| {
            (
                cr.role,
                Status::of(cr.role, criteria::eval(&cr.condition, f, cat)),
            )
        })
        .collect()
}

/// The fit of one option alone, without its reasons: what [`assess_option`] gives as `fit`,
/// for the questions that try an answer on every option (`rules::questions`).
pub fn fit_only(option: &CareOption, f: &Facts, cat: &Catalogue) -> Fit {
    fit_of(&statuses(option, f, cat))
}

/// Is every required criterion of the option met?
pub fn required_met(option: &CareOption, f: &Facts, cat: &Catalogue) -> bool {
    statuses(option, f, cat)
        .iter()
        .all(|(role, s)| *role != CriterionRole::Required || *s == Status::Voldaan)
}

/// Assess one option for the case.
pub fn assess_option<'a>(option: &'a CareOption, f: &Facts, cat: &'a Catalogue) -> OptionFit<'a> {
    let evaluated: Vec<(&'a Criterion, Truth)> = option
        .criteria
        .iter()
        .map(|cr| (cr, criteria::eval(&cr.condition, f, cat)))
        .collect();
    let statuses: Vec<(CriterionRole, Status)> = evaluated
        .iter()
        .map(|(cr, t)| (cr.role, Status::of(cr.role, *t)))
        .collect();
    let fit = fit_of(&statuses);
    let reasons = evaluated
        .into_iter()
        .map(|(cr, t)| {
            let status = Status::of(cr.role, t);
            let shown = matters(fit, cr.role, status);
            Reason {
                criterion: cr,
                status,
                text: if shown {
                    reason_text(cr, t, f, option, cat)
                } else {
                    String::new()
                },
                shown,
                uncertain: cr.uncertain.as_deref(),
                derived_from: derived_signals(&cr.condition, f, cat),
                derived_step: questions_in(&cr.condition)
                    .iter()
                    .find_map(|q| match f.source(q) {
                        AnswerSource::Derived(d) => d.step,
                        _ => None,
                    }),
            }
        })
        .collect();
    OptionFit {
        option,
        fit,
        reasons,
        discuss: &option.discuss,
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

/// One line under "Niet geschikt als" for an option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContraIndication<'a> {
    pub text: &'a str,
    /// Checked by the model (a criterion); otherwise "bespreek met de aanbieder".
    pub checked: bool,
    pub uncertain: Option<&'a str>,
}

/// Every contra-indication of an option, from the one source: the checked ones (criteria)
/// first, then the ones for discussion with the provider.
pub fn contra_indications(o: &CareOption) -> Vec<ContraIndication<'_>> {
    o.criteria
        .iter()
        .filter(|c| c.role == CriterionRole::ContraIndication)
        .map(|c| ContraIndication {
            text: &c.label,
            checked: true,
            uncertain: c.uncertain.as_deref(),
        })
        .chain(o.discuss.iter().map(|d| ContraIndication {
            text: d,
            checked: false,
            uncertain: None,
        }))
        .collect()
}

/// The question ids a condition reads, in order and without duplicates.
pub fn questions_in(cond: &Condition) -> Vec<&str> {
    fn walk<'a>(cond: &'a Condition, out: &mut Vec<&'a str>) {
        match cond {
            Condition::Answer { question, .. } if !out.contains(&question.as_str()) => {
                out.push(question);
            }
            Condition::AgeRange(r) => {
                if let Some(l) = r
                    .lvb
                    .as_ref()
                    .filter(|l| !out.contains(&l.question.as_str()))
                {
                    out.push(&l.question);
                }
            }
            Condition::All { of } | Condition::Any { of } => of.iter().for_each(|x| walk(x, out)),
            Condition::Not { of } => walk(of, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(cond, &mut out);
    out
}

/// The question ids the criteria of the options use, in order and without duplicates.
pub fn questions_used(cat: &Catalogue) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for o in &cat.options.options {
        for cr in &o.criteria {
            for q in questions_in(&cr.condition) {
                if !out.contains(&q) {
                    out.push(q);
                }
            }
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
            ("autisme_recent", Answer::Nee),
            ("iq_onder_70", Answer::Nee),
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
        let shown: Vec<&str> = mst.shown_reasons().map(|r| r.text.as_str()).collect();
        assert_eq!(
            shown,
            ["De jongere is nu acuut suïcidaal, psychotisch of gevaarlijk voor anderen. Dan is eerst stabilisatie nodig; MST kan daarna."],
            "only what excludes MST is shown"
        );
    }

    #[test]
    fn the_headline_is_the_first_reason_that_decides_the_fit() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(Age {
            years: 14,
            months: 0,
        });
        let mst = |c: &Casus| {
            let f = assess(&Facts::new(c, cat), cat)
                .into_iter()
                .find(|f| f.option.id == "mst")
                .unwrap();
            let h = f
                .headline()
                .map(|r| (r.criterion as *const Criterion, r.status));
            (f.fit, h)
        };
        // Open: the first required criterion still unanswered, not the age that is met.
        let (fit, h) = mst(&c);
        assert_eq!(fit, Fit::Onbekend);
        let (id, status) = h.expect("an open fit has a headline");
        assert_eq!(status, NietBeantwoord);
        let mst_criteria = &cat
            .options
            .options
            .iter()
            .find(|o| o.id == "mst")
            .unwrap()
            .criteria;
        let first_open = mst_criteria
            .iter()
            .find(|cr| cr.role == Required && !matches!(cr.condition, Condition::AgeRange(_)))
            .unwrap();
        assert!(std::ptr::eq(id, first_open));
        // Excluded: the reason that excludes it, even when other criteria are met.
        c.answers
            .insert("acuut_suicidaal_psychotisch".into(), Answer::Ja);
        let (fit, h) = mst(&c);
        assert_eq!(fit, Fit::PastNiet);
        assert_eq!(h.map(|(_, s)| s), Some(NietVoldaan));
        // Too young: the age is the headline.
        c.age = Some(Age {
            years: 4,
            months: 0,
        });
        c.answers.clear();
        let (fit, h) = mst(&c);
        assert_eq!(fit, Fit::PastNiet);
        let age = mst_criteria
            .iter()
            .find(|cr| matches!(cr.condition, Condition::AgeRange(_)))
            .unwrap();
        assert!(h.is_some_and(|(id, _)| std::ptr::eq(id, age)));
        // Every option of every fixture-like case has a headline with text.
        for years in [0, 2, 8, 14, 17] {
            c.age = Some(Age { years, months: 0 });
            for f in assess(&Facts::new(&c, cat), cat) {
                let h = f.headline();
                if !f.option.criteria.is_empty() {
                    assert!(
                        h.is_some_and(|r| !r.text.is_empty()),
                        "{} at {years}",
                        f.option.id
                    );
                }
            }
        }
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
