//! Signals: which ones to show for an age band, and whether the kindcheck applies.

use crate::content::{Catalogue, Signal, SignalDomain, SignalSafety};
use crate::model::{AgeBand, Casus, RecordedSignal};

/// What the recorded signals say about safety, by their meaning in the content
/// (`signals.toml` `safety`, rules in `safety.toml` `signal_meanings`). Read by the weighing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SafetyFindings<'a> {
    /// The child told about violence or abuse: counts as acute on its own.
    pub disclosures: Vec<&'a Signal>,
    /// Injury that was probably inflicted.
    pub injuries: Vec<&'a Signal>,
    /// Fear of going home or of a parent.
    pub fears: Vec<&'a Signal>,
    /// Neglect signals that suggest structural unsafety: every neglect signal when two or more
    /// different ones are recorded, else those recorded as repeated. Empty: no suggestion.
    pub structural_neglect: Vec<&'a Signal>,
    /// Violence signals recorded as repeated: they suggest structural unsafety.
    pub structural_violence: Vec<&'a Signal>,
}

impl SafetyFindings<'_> {
    /// Injury together with fear of going home: acute unless the professional weighs
    /// otherwise (afwegingsvraag 2a "nee").
    pub fn injury_with_fear(&self) -> bool {
        !self.injuries.is_empty() && !self.fears.is_empty()
    }

    /// Do the signals suggest structural unsafety (afwegingsvraag 2b)?
    pub fn suggests_structural(&self) -> bool {
        !self.structural_neglect.is_empty() || !self.structural_violence.is_empty()
    }
}

/// Read the recorded signals for their safety meaning. Unknown ids are skipped.
pub fn safety_findings<'a>(c: &Casus, cat: &'a Catalogue) -> SafetyFindings<'a> {
    let mut f = SafetyFindings::default();
    let mut neglect: Vec<(&'a Signal, bool)> = Vec::new();
    for (s, r) in recorded(c, cat) {
        match s.safety {
            Some(SignalSafety::Onthulling) => f.disclosures.push(s),
            Some(SignalSafety::Letsel) => f.injuries.push(s),
            Some(SignalSafety::Angst) => f.fears.push(s),
            Some(SignalSafety::Verwaarlozing) => neglect.push((s, r.is_repeated())),
            Some(SignalSafety::Geweld) if r.is_repeated() => f.structural_violence.push(s),
            Some(SignalSafety::Geweld) | None => {}
        }
    }
    f.structural_neglect = if neglect.len() >= 2 {
        neglect.into_iter().map(|(s, _)| s).collect()
    } else {
        neglect
            .into_iter()
            .filter(|(_, rep)| *rep)
            .map(|(s, _)| s)
            .collect()
    };
    f
}

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
    let mut seen: Vec<&str> = Vec::new();
    c.signals
        .iter()
        .filter(|r| {
            let first = !seen.contains(&r.id.as_str());
            seen.push(&r.id);
            first
        })
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

    fn ids(v: &[&Signal]) -> Vec<String> {
        v.iter().map(|s| s.id.to_string()).collect()
    }

    #[test]
    fn one_neglect_signal_suggests_nothing_two_or_a_repeated_one_do() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.signals.push(RecordedSignal::new("honger"));
        assert!(!safety_findings(&c, cat).suggests_structural());
        c.signals[0].when = Some(When::Herhaaldelijk);
        assert_eq!(
            ids(&safety_findings(&c, cat).structural_neglect),
            ["honger"]
        );
        c.signals[0].when = Some(When::DezeWeek);
        c.signals.push(RecordedSignal::new("vuil_onverzorgd"));
        let f = safety_findings(&c, cat);
        assert_eq!(ids(&f.structural_neglect), ["honger", "vuil_onverzorgd"]);
        assert!(f.structural_violence.is_empty());
    }

    #[test]
    fn violence_suggests_structural_only_when_repeated() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.signals.push(RecordedSignal::new("kind_getuige_geweld"));
        assert!(!safety_findings(&c, cat).suggests_structural());
        c.signals[0].when = Some(When::Herhaaldelijk);
        assert!(safety_findings(&c, cat).suggests_structural());
    }

    #[test]
    fn injury_needs_fear_to_count_and_a_disclosure_counts_alone() {
        let cat = catalogue();
        let mut c = Casus::new();
        c.signals.push(RecordedSignal::new("blauwe_plekken"));
        assert!(!safety_findings(&c, cat).injury_with_fear());
        c.signals.push(RecordedSignal::new("bang_naar_huis"));
        assert!(safety_findings(&c, cat).injury_with_fear());
        let mut d = Casus::new();
        d.signals.push(RecordedSignal::new("kind_vertelt_geweld"));
        assert_eq!(
            ids(&safety_findings(&d, cat).disclosures),
            ["kind_vertelt_geweld"]
        );
    }

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
