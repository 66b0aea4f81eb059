//! The case's assessment: every conclusion the aid draws from one case, computed once.
//!
//! [`assess`] is the one pure function the views read. The safety step, the options step, the
//! review page and every summary variant take what they show from an [`Assessment`] and do not
//! call the rules again. In the app it is a `Memo` over the open case: one run per change.
//!
//! What it holds, each with typed reasons that name the indicators, signals and answers they
//! came from:
//! - [`Assessment::weighing`]: the safety weighing (meldcode, afwegingskader 2019), its route
//!   ("De afweging wijst op …"), the reasons, next steps for the role and the contacts;
//! - [`Assessment::fits`]: the fit of every option, in catalogue order, without ranking;
//! - [`Assessment::guardrails`]: the guard-rails that apply, in catalogue order;
//! - [`Assessment::kindcheck`]: whether a parent signal asks for the kindcheck;
//! - [`Assessment::children`] and [`Assessment::child_routes`]: every child counts; a brother
//!   or sister who may be harmed by someone in the household gets a route of its own;
//! - [`Assessment::return_home`]: for a child who lives elsewhere now, what the answers of
//!   "Weer thuis" say for and against a return, what is unknown and what must be in place.
//!
//! The aid never decides: every field describes where the answers point, the professional
//! decides with colleagues, the family and Veilig Thuis.

use crate::content::{Catalogue, Guardrail};
use crate::model::Casus;
use crate::rules::children::{self, Child, ChildRoute};
use crate::rules::criteria::Facts;
use crate::rules::options::{self, Fit, OptionFit};
use crate::rules::questions::{self, QuestionState};
use crate::rules::return_home::{self, ReturnView};
use crate::rules::safety::{self, Outcome, Weighing};
use crate::rules::{guardrails, signals};

/// Everything the rules conclude from one case. Built by [`assess`]; read by the views.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment<'a> {
    /// The safety weighing: route, reasons, next steps, contacts.
    pub weighing: Weighing<'a>,
    /// Every option of the catalogue with its fit and a reason per criterion, in catalogue
    /// order (no ranking, no advice).
    pub fits: Vec<OptionFit<'a>>,
    /// The guard-rails whose condition holds for the case, in catalogue order.
    pub guardrails: Vec<&'a Guardrail>,
    /// A parent signal for the kindcheck is recorded.
    pub kindcheck: bool,
    /// Every child of the family, the child the case is about first (the kindcheck asks
    /// about all of them).
    pub children: Vec<Child>,
    /// A route of its own for each brother or sister who may be harmed by someone in the
    /// household.
    pub child_routes: Vec<ChildRoute<'a>>,
    /// The questions of the options step that can still change a fit for this child, with
    /// their answer and where it comes from (explicit, derived from a signal, open).
    pub questions: Vec<QuestionState<'a>>,
    /// "Weer thuis": the considerations about a return home; `None` when the child lives at
    /// home or where it lives is not filled in.
    pub return_home: Option<ReturnView<'a>>,
}

/// Assess the case once: the safety weighing, the fit of every option and the guard-rails.
pub fn assess<'a>(c: &Casus, cat: &'a Catalogue) -> Assessment<'a> {
    let weighing = safety::weigh(c, cat);
    // Safety binds the options: the conditions read the route of the weighing.
    let facts = Facts::new(c, cat).with_route(weighing.outcome);
    Assessment {
        fits: options::assess(&facts, cat),
        guardrails: guardrails::applicable(&facts, cat),
        kindcheck: signals::kindcheck_applies(c, cat),
        children: children::all(c),
        child_routes: children::routes(c, cat),
        questions: questions::relevant(&facts, cat),
        return_home: return_home::considerations(c, cat),
        weighing,
    }
}

impl<'a> Assessment<'a> {
    /// The route the weighing points to.
    pub fn outcome(&self) -> Outcome {
        self.weighing.outcome
    }

    /// Does the weighing point to acute unsafety (the alert shown on every step)?
    pub fn is_acute(&self) -> bool {
        self.weighing.outcome == Outcome::AcuutGevaar
    }

    /// The fit of one option by id, if the catalogue has it.
    pub fn fit(&self, option_id: &str) -> Option<&OptionFit<'a>> {
        self.fits.iter().find(|f| f.option.id == option_id)
    }

    /// The options with a given fit, in catalogue order.
    pub fn with_fit(&self, fit: Fit) -> impl Iterator<Item = &OptionFit<'a>> {
        self.fits.iter().filter(move |f| f.fit == fit)
    }

    /// The applicable guard-rails of one section, in catalogue order.
    pub fn guardrails_in(
        &self,
        section: crate::content::GuardrailSection,
    ) -> impl Iterator<Item = &'a Guardrail> + '_ {
        self.guardrails
            .iter()
            .copied()
            .filter(move |g| g.section == section)
    }

    /// Is a guard-rail with this id among the applicable ones?
    pub fn has_guardrail(&self, id: &str) -> bool {
        self.guardrails.iter().any(|g| g.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::Answer;

    #[test]
    fn the_assessment_equals_the_parts_it_is_made_of() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.safety.disclosure = Some(Answer::Ja);
        c.answers
            .insert(guardrails::DREIGT_UITHUISPLAATSING.into(), Answer::Ja);
        let a = assess(&c, cat);
        assert_eq!(a.weighing, safety::weigh(&c, cat));
        let facts = Facts::new(&c, cat).with_route(a.weighing.outcome);
        assert_eq!(a.fits, options::assess(&facts, cat));
        assert_eq!(a.guardrails, guardrails::applicable(&facts, cat));
        assert!(a.is_acute());
        assert!(a.has_guardrail("casusregie"));
        assert_eq!(a.fits.len(), cat.options.options.len());
        assert!(a.fit("mst").is_some());
    }

    /// Safety binds the options: after a disclosure, or when the weighing points to a report,
    /// "Afwachten en volgen" never fits, even when everything else speaks for it.
    #[test]
    fn afwachten_never_fits_when_the_weighing_points_to_acute_danger_or_a_report() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.age = Some(crate::model::Age {
            years: 9,
            months: 0,
        });
        for (q, a) in [
            ("ontwikkeling_redelijk", Answer::Ja),
            ("dreigt_uithuisplaatsing", Answer::Nee),
            ("acute_crisis", Answer::Nee),
            ("ouder_doet_mee", Answer::Ja),
        ] {
            c.answers.insert(q.into(), a);
        }
        c.safety.suspicion = Some(Answer::Nee);
        assert_eq!(assess(&c, cat).outcome(), Outcome::GeenVermoeden);
        assert_eq!(
            assess(&c, cat).fit("afwachten_en_volgen").unwrap().fit,
            Fit::Past
        );

        let mut disclosed = c.clone();
        disclosed.safety.disclosure = Some(Answer::Ja);
        let a = assess(&disclosed, cat);
        assert_eq!(a.outcome(), Outcome::AcuutGevaar);
        assert_eq!(a.fit("afwachten_en_volgen").unwrap().fit, Fit::PastNiet);

        let mut report = c.clone();
        report.safety.suspicion = Some(Answer::Ja);
        report.safety.acute_unsafety = Some(Answer::Nee);
        report.safety.structural_unsafety = Some(Answer::Ja);
        let a = assess(&report, cat);
        assert_eq!(a.outcome(), Outcome::Meldnorm);
        assert_eq!(a.fit("afwachten_en_volgen").unwrap().fit, Fit::PastNiet);
    }
}
