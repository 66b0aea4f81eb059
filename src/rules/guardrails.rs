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
        v.iter().map(|g| g.id.to_string()).collect()
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

    fn rails(c: &Casus) -> Vec<String> {
        ids(&applicable(&Facts::new(c, catalogue()), catalogue()))
    }

    fn aged(years: u8, months: u8) -> Casus {
        let mut c = Casus::new();
        c.age = Some(Age { years, months });
        c
    }

    #[test]
    fn continuity_past_18_from_17_to_just_before_23() {
        let has = |y, m| rails(&aged(y, m)).contains(&"hulp_na_18".to_string());
        assert!(!has(16, 11));
        assert!(has(17, 0));
        assert!(has(17, 7));
        assert!(has(18, 0));
        assert!(has(22, 11));
        assert!(!has(23, 0));
        assert!(!rails(&Casus::new()).contains(&"hulp_na_18".to_string()));
    }

    #[test]
    fn a_thuiszitter_brings_leerplicht_and_not_the_same_school() {
        let mut c = aged(14, 0);
        c.answers.insert(DREIGT_UITHUISPLAATSING.into(), Answer::Ja);
        let r = rails(&c);
        assert!(r.contains(&"zelfde_school".to_string()), "school unknown");
        assert!(!r.contains(&"leerplicht".to_string()));
        c.school = Some(crate::model::SchoolType::GeenSchoolThuiszitter);
        let r = rails(&c);
        assert!(r.contains(&"leerplicht".to_string()));
        assert!(r.contains(&"weer_naar_school".to_string()));
        assert!(!r.contains(&"zelfde_school".to_string()));
        let mut d = aged(15, 0);
        d.school = Some(crate::model::SchoolType::VoortgezetOnderwijs);
        d.signals.push(RecordedSignal::new("thuiszitter"));
        assert!(rails(&d).contains(&"leerplicht".to_string()));
    }

    #[test]
    fn a_vechtscheiding_brings_both_parents_and_the_childs_voice() {
        let mut c = aged(9, 0);
        assert!(!rails(&c).contains(&"vechtscheiding_beide_ouders".to_string()));
        c.signals.push(RecordedSignal::new("vechtscheiding"));
        assert!(rails(&c).contains(&"vechtscheiding_beide_ouders".to_string()));
    }

    #[test]
    fn a_sibling_at_risk_brings_a_guardrail_for_that_child() {
        let mut c = aged(15, 0);
        c.siblings.push(Sibling::aged(6, 0));
        assert!(!rails(&c).contains(&"ander_kind_veilig".to_string()));
        c.siblings[0].at_risk_from = Some(crate::model::RiskSource::CaseChild);
        assert!(rails(&c).contains(&"ander_kind_veilig".to_string()));
    }
}
