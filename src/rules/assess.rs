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
//! - [`Assessment::kindcheck`]: whether a parent signal asks for the kindcheck.
//!
//! The aid never decides: every field describes where the answers point, the professional
//! decides with colleagues, the family and Veilig Thuis.

use crate::content::{Catalogue, Guardrail};
use crate::model::Casus;
use crate::rules::options::{self, Fit, OptionFit};
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
}

/// Assess the case once: the safety weighing, the fit of every option and the guard-rails.
pub fn assess<'a>(c: &Casus, cat: &'a Catalogue) -> Assessment<'a> {
    Assessment {
        weighing: safety::weigh(c, cat),
        fits: options::assess(c, cat),
        guardrails: guardrails::applicable(c, cat),
        kindcheck: signals::kindcheck_applies(c, cat),
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
        assert_eq!(a.fits, options::assess(&c, cat));
        assert_eq!(a.guardrails, guardrails::applicable(&c, cat));
        assert!(a.is_acute());
        assert!(a.has_guardrail("casusregie"));
        assert_eq!(a.fits.len(), cat.options.options.len());
        assert!(a.fit("mst").is_some());
    }
}
