//! Signals: which ones to show for an age band, and whether the kindcheck applies.

use crate::content::{Catalogue, Signal, SignalDomain};
use crate::model::{AgeBand, Casus, RecordedSignal};

/// The signals listed for an age band, in catalogue order.
pub fn signals_for(band: AgeBand, cat: &Catalogue) -> Vec<&Signal> {
    cat.signals
        .signals
        .iter()
        .filter(|s| s.bands.contains(&band))
        .collect()
}

/// The signals for an age band grouped by life domain, in catalogue order. Domains without
/// signals for this band are left out.
pub fn by_domain(band: AgeBand, cat: &Catalogue) -> Vec<(&SignalDomain, Vec<&Signal>)> {
    by_domain_for(Some(band), cat)
}

/// As [`by_domain`]; without a band (age not known yet) every signal is listed.
pub fn by_domain_for(band: Option<AgeBand>, cat: &Catalogue) -> Vec<(&SignalDomain, Vec<&Signal>)> {
    cat.signals
        .domains
        .iter()
        .map(|d| {
            let list: Vec<&Signal> = cat
                .signals
                .signals
                .iter()
                .filter(|s| s.domain == d.id && band.is_none_or(|b| s.bands.contains(&b)))
                .collect();
            (d, list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// Look up a signal by id.
pub fn signal<'a>(id: &str, cat: &'a Catalogue) -> Option<&'a Signal> {
    cat.signals.signals.iter().find(|s| s.id == id)
}

/// The recorded signals of a case with their catalogue entry. Unknown ids (for example from
/// an older content version) are skipped.
pub fn recorded<'a, 'c>(c: &'c Casus, cat: &'a Catalogue) -> Vec<(&'a Signal, &'c RecordedSignal)> {
    c.signals
        .iter()
        .filter_map(|r| signal(&r.id, cat).map(|s| (s, r)))
        .collect()
}

/// Does the kindcheck apply? True when at least one kindcheck parent signal (verslaving,
/// ernstige psychiatrische problemen, depressie, suïcidepoging, huiselijk geweld, LVB) is
/// recorded.
pub fn kindcheck_applies(c: &Casus, cat: &Catalogue) -> bool {
    c.signals
        .iter()
        .any(|r| signal(&r.id, cat).is_some_and(|s| s.kindcheck))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue;
    use crate::model::{Observer, When};

    fn rec(id: &str) -> RecordedSignal {
        RecordedSignal {
            id: id.into(),
            observer: Some(Observer::Zelf),
            when: Some(When::DezeWeek),
            note: String::new(),
        }
    }

    #[test]
    fn bands_filter_the_list() {
        let cat = catalogue();
        let young = signals_for(AgeBand::Jong, cat);
        assert!(young.iter().any(|s| s.id == "ernstige_luieruitslag"));
        assert!(!young.iter().any(|s| s.id == "middelengebruik"));
        let teen = signals_for(AgeBand::Tiener, cat);
        assert!(teen.iter().any(|s| s.id == "middelengebruik"));
        assert!(!teen.iter().any(|s| s.id == "ernstige_luieruitslag"));
    }

    #[test]
    fn by_domain_keeps_catalogue_order_and_skips_empty_domains() {
        let cat = catalogue();
        let groups = by_domain(AgeBand::Tiener, cat);
        assert!(groups.iter().all(|(_, l)| !l.is_empty()));
        let total: usize = groups.iter().map(|(_, l)| l.len()).sum();
        assert_eq!(total, signals_for(AgeBand::Tiener, cat).len());
    }

    #[test]
    fn kindcheck_parent_signals_are_all_flagged() {
        let cat = catalogue();
        for id in [
            "ouder_verslaving",
            "ouder_psychiatrisch",
            "ouder_suicidepoging",
            "huiselijk_geweld",
            "ouder_lvb",
            "ouder_depressie",
        ] {
            assert!(signal(id, cat).unwrap().kindcheck, "{id}");
        }
    }

    #[test]
    fn kindcheck_applies_only_with_a_parent_signal() {
        let cat = catalogue();
        let mut c = Casus::new();
        assert!(!kindcheck_applies(&c, cat));
        c.signals.push(rec("schulden"));
        assert!(!kindcheck_applies(&c, cat));
        c.signals.push(rec("ouder_depressie"));
        assert!(kindcheck_applies(&c, cat));
        c.signals = vec![rec("bestaat_niet")];
        assert!(!kindcheck_applies(&c, cat));
        assert!(recorded(&c, cat).is_empty());
    }
}
