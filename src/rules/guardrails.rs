//! Guard-rails: what must always happen around a threatened out-of-home placement, and the
//! principles for when a stay away from home is really needed. Their conditions are data,
//! evaluated by the same interpreter as the option criteria; a guard-rail shows only when its
//! condition is true (an unknown answer does not show it).

use crate::content::{Catalogue, Guardrail, GuardrailSection};
use crate::model::{Answer, Casus};
use crate::rules::criteria::{self, Facts, Truth};

/// The question whose "ja" puts an out-of-home placement on the table.
pub const DREIGT_UITHUISPLAATSING: &str = "dreigt_uithuisplaatsing";

/// The guard-rails that apply to the case, in catalogue order.
pub fn applicable<'a>(f: &Facts, cat: &'a Catalogue) -> Vec<&'a Guardrail> {
    cat.guardrails
        .guardrails
        .iter()
        .filter(|g| criteria::eval(&g.condition, f, cat) == Truth::True)
        .collect()
}

/// The applicable guard-rails of one section, in catalogue order.
pub fn applicable_in<'a>(
    section: GuardrailSection,
    f: &Facts,
    cat: &'a Catalogue,
) -> Vec<&'a Guardrail> {
    applicable(f, cat)
        .into_iter()
        .filter(|g| g.section == section)
        .collect()
}

/// Is an out-of-home placement on the table (answered "ja")? The flow shows the step
/// "Als verblijf nodig is" only then (`domain::flow::steps`).
pub fn placement_on_the_table(c: &Casus) -> bool {
    c.answer(DREIGT_UITHUISPLAATSING) == Some(Answer::Ja)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Age, Observer, RecordedSignal, Sibling, When};

    fn ids(v: &[&Guardrail]) -> Vec<String> {
        v.iter().map(|g| g.id.clone()).collect()
    }

    #[test]
    fn nothing_shows_for_an_empty_case() {
        assert!(applicable(&Facts::new(&Casus::new(), catalogue()), catalogue()).is_empty());
        assert!(!placement_on_the_table(&Casus::new()));
    }

    #[test]
    fn a_threatened_placement_brings_casusregie_and_tegendenker() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.answers
            .insert(DREIGT_UITHUISPLAATSING.into(), Answer::WeetNiet);
        assert!(applicable(&Facts::new(&c, cat), cat).is_empty());
        c.answers.insert(DREIGT_UITHUISPLAATSING.into(), Answer::Ja);
        assert!(placement_on_the_table(&c));
        let got = ids(&applicable(&Facts::new(&c, cat), cat));
        for id in [
            "casusregie",
            "tegendenker_ret",
            "richtlijn_uhp",
            "perspectiefplan",
            "zo_kort_mogelijk",
            "geen_doorplaatsingen",
        ] {
            assert!(got.contains(&id.to_string()), "{id}");
        }
        assert!(!got.contains(&"big5".to_string()), "age unknown");
        assert!(!got.contains(&"broers_zussen_samen".to_string()));
    }

    #[test]
    fn big5_from_sixteen_and_a_half_and_siblings_when_recorded() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.answers.insert(DREIGT_UITHUISPLAATSING.into(), Answer::Ja);
        c.age = Some(Age {
            years: 16,
            months: 5,
        });
        assert!(!ids(&applicable(&Facts::new(&c, cat), cat)).contains(&"big5".to_string()));
        c.age = Some(Age {
            years: 16,
            months: 6,
        });
        assert!(ids(&applicable(&Facts::new(&c, cat), cat)).contains(&"big5".to_string()));
        c.siblings.push(Sibling::aged(9, 0));
        let verblijf = applicable_in(
            GuardrailSection::AlsVerblijfNodigIs,
            &Facts::new(&c, cat),
            cat,
        );
        assert!(ids(&verblijf).contains(&"broers_zussen_samen".to_string()));
        assert!(verblijf
            .iter()
            .all(|g| g.section == GuardrailSection::AlsVerblijfNodigIs));
    }

    #[test]
    fn debts_bring_bestaanszekerheid_without_a_placement() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.signals.push(RecordedSignal {
            id: "schulden".into(),
            observer: Some(Observer::OuderVertelde),
            when: Some(When::DezeMaand),
            note: String::new(),
        });
        assert_eq!(
            ids(&applicable(&Facts::new(&c, cat), cat)),
            vec!["bestaanszekerheid".to_string()]
        );
    }
}
