//! The variants of the summary, each described once, in [`Variant::spec`].
//!
//! Everything that differs between variants is a field of [`VariantSpec`]; the rendering code
//! reads the spec and never asks which variant it renders. A new variant does not compile
//! until its spec is complete (every field, every heading), and the matches on [`Audience`]
//! and [`AnalysisStyle`] are exhaustive, so a new audience or style is a compile error in
//! every place that must decide about it.

use super::sections::{SectionId, Sections};
use crate::model::Casus;

/// For whom the summary is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Variant {
    /// "Voor collega of overleg": professional, complete within one A4.
    #[default]
    Collega,
    /// "Voor het gesprek met ouders": plain words, no meldcode terms.
    Ouders,
    /// "Overdracht lokaal team": structured as the verklarende analyse.
    LokaalTeam,
    /// "Gesprekskaart": one A4 to prepare and hold the talk with the parents.
    Gesprekskaart,
    /// "Weer thuis": the considerations about a return home, for a child who lives elsewhere.
    WeerThuis,
}

/// Who reads the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Colleagues, a team, a dossier: the professional's own words and the meldcode's terms.
    Professional,
    /// The parents: plain words, only the text the professional wrote for them, no meldcode
    /// terms, no weighing, no guard-rails.
    Parents,
}

/// How the analysis section is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnalysisStyle {
    /// The filled fields of the analysis for the case's role, and whether the family shares
    /// the analysis when that was answered.
    Filled,
    /// Every field of the shared analysis (compact: the filled ones, then the open ones named
    /// on one line), and whether the family shares it, answered or not.
    Shared,
    /// The filled fields only: the professional's reading, without the question whether the
    /// family shares it.
    Plain,
}

/// The heading of every section, for one variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headings {
    pub zorg: &'static str,
    pub signalen: &'static str,
    pub veiligheid: &'static str,
    pub analyse: &'static str,
    /// The analysis heading when the case's role prepares the analysis for a handover.
    pub analyse_voorbereiding: &'static str,
    pub netwerk: &'static str,
    pub mogelijkheden: &'static str,
    pub waarborgen: &'static str,
    pub afspraken: &'static str,
    pub open_vragen: &'static str,
    pub gesprek: &'static str,
    pub leidraad: &'static str,
    pub weer_thuis: &'static str,
}

impl Headings {
    /// The heading of a section; `prepares` is true when the role prepares the analysis.
    pub fn of(&self, id: SectionId, prepares: bool) -> &'static str {
        match id {
            SectionId::Zorg => self.zorg,
            SectionId::Signalen => self.signalen,
            SectionId::Veiligheid => self.veiligheid,
            SectionId::Analyse if prepares => self.analyse_voorbereiding,
            SectionId::Analyse => self.analyse,
            SectionId::Netwerk => self.netwerk,
            SectionId::Mogelijkheden => self.mogelijkheden,
            SectionId::Waarborgen => self.waarborgen,
            SectionId::Afspraken => self.afspraken,
            SectionId::OpenVragen => self.open_vragen,
            SectionId::Gesprek => self.gesprek,
            SectionId::Leidraad => self.leidraad,
            SectionId::WeerThuis => self.weer_thuis,
        }
    }
}

/// Everything that makes a variant what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VariantSpec {
    /// Stable key, for forms.
    pub key: &'static str,
    /// Dutch name of the choice.
    pub label: &'static str,
    /// Title of the summary in the standard form.
    pub title: &'static str,
    /// Title in the SOEP form; `None`: never rendered as SOEP. A huisartsenpraktijk gets the
    /// SOEP form for a variant that has one.
    pub soep_title: Option<&'static str>,
    pub audience: Audience,
    /// The sections that can be switched on at all, in the order of the standard form.
    pub order: &'static [SectionId],
    /// The sections on when the variant is chosen.
    pub defaults: Sections,
    /// Dutch name of each section's checkbox.
    pub checkbox: Headings,
    pub headings: Headings,
    pub analysis: AnalysisStyle,
    /// Offered only for a child who lives elsewhere now (`Casus::lives_elsewhere`).
    pub only_when_elsewhere: bool,
}

/// Every section a professional summary offers (the order of a variant decides which). The
/// guidance is the gesprekskaart's own; in the other professional variants what the parents
/// and the child said is part of the analysis section, so an empty talk costs no lines.
/// "Weer thuis" has a variant of its own.
const ALL_BUT_GUIDANCE: Sections = Sections {
    conversation: false,
    guidance: false,
    return_home: false,
    ..Sections::ALL
};

const PROFESSIONAL_CHECKBOXES: Headings = Headings {
    zorg: "Zorg",
    signalen: "Signalen",
    veiligheid: "Veiligheid (meldcode)",
    analyse: "Verklarende analyse",
    analyse_voorbereiding: "Verklarende analyse",
    netwerk: "Netwerk en krachten",
    mogelijkheden: "Mogelijkheden",
    waarborgen: "Waarborgen",
    afspraken: "Afspraken",
    open_vragen: "Open vragen",
    gesprek: "Gesprek met ouders en kind",
    leidraad: "Leidraad voor het gesprek",
    weer_thuis: "Weer thuis",
};

const PROFESSIONAL_HEADINGS: Headings = Headings {
    zorg: "Zorg of vraag",
    signalen: "Signalen",
    veiligheid: "Veiligheid (meldcode)",
    analyse: "Verklarende analyse",
    analyse_voorbereiding: "Verklarende analyse (voorbereiding)",
    netwerk: "Netwerk en krachten",
    mogelijkheden: "Mogelijkheden (vaste volgorde, geen rangorde of advies)",
    waarborgen: "Waarborgen",
    afspraken: "Afspraken",
    open_vragen: "Open vragen",
    gesprek: "Gesprek met ouders en kind",
    leidraad: "Leidraad voor het gesprek",
    weer_thuis: "Weer thuis: afwegingen over terugkeer",
};

const COLLEGA: VariantSpec = VariantSpec {
    key: "collega",
    label: "Voor collega of overleg",
    title: "Samenvatting voor collega of overleg",
    soep_title: Some("Samenvatting voor collega of overleg (SOEP)"),
    audience: Audience::Professional,
    order: &[
        SectionId::Zorg,
        SectionId::Signalen,
        SectionId::Veiligheid,
        SectionId::Analyse,
        SectionId::Netwerk,
        SectionId::Mogelijkheden,
        SectionId::Waarborgen,
        SectionId::Afspraken,
        SectionId::OpenVragen,
    ],
    defaults: ALL_BUT_GUIDANCE,
    checkbox: PROFESSIONAL_CHECKBOXES,
    headings: PROFESSIONAL_HEADINGS,
    analysis: AnalysisStyle::Filled,
    only_when_elsewhere: false,
};

const LOKAAL_TEAM: VariantSpec = VariantSpec {
    key: "lokaal_team",
    label: "Overdracht lokaal team",
    title: "Overdracht aan het lokaal team",
    soep_title: None,
    audience: Audience::Professional,
    order: &[
        SectionId::Zorg,
        SectionId::Analyse,
        SectionId::Signalen,
        SectionId::Veiligheid,
        SectionId::Netwerk,
        SectionId::Mogelijkheden,
        SectionId::Waarborgen,
        SectionId::Afspraken,
        SectionId::OpenVragen,
    ],
    defaults: ALL_BUT_GUIDANCE,
    checkbox: PROFESSIONAL_CHECKBOXES,
    headings: Headings {
        // The team continues the analysis; it is not a preparation for them.
        analyse_voorbereiding: "Verklarende analyse",
        ..PROFESSIONAL_HEADINGS
    },
    analysis: AnalysisStyle::Shared,
    only_when_elsewhere: false,
};

const OUDERS: VariantSpec = VariantSpec {
    key: "ouders",
    label: "Voor het gesprek met ouders",
    title: "Voor ons gesprek",
    soep_title: None,
    audience: Audience::Parents,
    // No safety weighing and no guard-rails, whatever the flags say.
    order: &[
        SectionId::Zorg,
        SectionId::Signalen,
        SectionId::Netwerk,
        SectionId::Gesprek,
        SectionId::Analyse,
        SectionId::Mogelijkheden,
        SectionId::Afspraken,
        SectionId::OpenVragen,
    ],
    // What the professional wrote for the parents, what goes well, what could help and what
    // is agreed. Signals, the analysis and the open questions are the professional's own
    // wording: the professional can switch them on.
    defaults: Sections {
        concern: true,
        network: true,
        options: true,
        steps: true,
        conversation: true,
        ..Sections::NONE
    },
    checkbox: Headings {
        zorg: "Wat u met de ouders wilt bespreken",
        signalen: "Signalen (zonder uw toelichting)",
        analyse: "Verklarende analyse",
        analyse_voorbereiding: "Verklarende analyse",
        netwerk: "Wat goed gaat en wie kan helpen",
        mogelijkheden: "Wat kan helpen",
        afspraken: "Afspraken",
        open_vragen: "Open vragen",
        gesprek: "Wat u en uw kind vertelden",
        ..PROFESSIONAL_CHECKBOXES
    },
    headings: Headings {
        zorg: "Waarover we willen praten",
        signalen: "Wat we zagen en hoorden",
        veiligheid: "",
        analyse: "Hoe we de situatie nu begrijpen",
        analyse_voorbereiding: "Hoe we de situatie nu begrijpen",
        netwerk: "Wat goed gaat en wie kan helpen",
        mogelijkheden: "Wat kan helpen",
        waarborgen: "",
        afspraken: "Wat we afspreken",
        open_vragen: "Wat we nog willen weten",
        gesprek: "Wat u en uw kind vertelden",
        leidraad: "",
        weer_thuis: "",
    },
    analysis: AnalysisStyle::Plain,
    only_when_elsewhere: false,
};

const WEER_THUIS: VariantSpec = VariantSpec {
    key: "weer_thuis",
    label: "Weer thuis (afwegingen over terugkeer)",
    title: "Weer thuis: afwegingen over terugkeer naar huis",
    soep_title: None,
    audience: Audience::Professional,
    // The updated analysis comes first: the afwegingen start from it.
    order: &[
        SectionId::Zorg,
        SectionId::Analyse,
        SectionId::WeerThuis,
        SectionId::Veiligheid,
        SectionId::Netwerk,
        SectionId::Afspraken,
        SectionId::OpenVragen,
    ],
    defaults: Sections {
        concern: true,
        analysis: true,
        return_home: true,
        network: true,
        steps: true,
        open_questions: true,
        ..Sections::NONE
    },
    checkbox: PROFESSIONAL_CHECKBOXES,
    headings: Headings {
        analyse: "Verklarende analyse (bijgewerkt)",
        analyse_voorbereiding: "Verklarende analyse (bijgewerkt)",
        ..PROFESSIONAL_HEADINGS
    },
    analysis: AnalysisStyle::Filled,
    only_when_elsewhere: true,
};

/// One A4 for the professional, to prepare the talk with the parents and to use on screen
/// during it: the concern, the facts, the guidance for the role and situation, the agreements.
const GESPREKSKAART: VariantSpec = VariantSpec {
    key: "gesprekskaart",
    label: "Gesprekskaart (voor uzelf, bij het gesprek met ouders)",
    title: "Gesprekskaart: gesprek met ouders en kind",
    soep_title: None,
    audience: Audience::Professional,
    order: &[
        SectionId::Zorg,
        SectionId::Signalen,
        SectionId::Leidraad,
        SectionId::Gesprek,
        SectionId::Afspraken,
    ],
    // The facts, not the professional's own reading: the concern can be switched on.
    defaults: Sections {
        signals: true,
        guidance: true,
        steps: true,
        ..Sections::NONE
    },
    checkbox: PROFESSIONAL_CHECKBOXES,
    headings: Headings {
        zorg: "Mijn zorg",
        signalen: "Wat ik zag en hoorde (feiten)",
        leidraad: "Zo voer ik het gesprek",
        gesprek: "Wat ouders en kind al vertelden",
        afspraken: "Afspraken tot nu toe",
        ..PROFESSIONAL_HEADINGS
    },
    analysis: AnalysisStyle::Filled,
    only_when_elsewhere: false,
};

impl Variant {
    pub const ALL: [Variant; 5] = [
        Variant::Collega,
        Variant::Ouders,
        Variant::LokaalTeam,
        Variant::Gesprekskaart,
        Variant::WeerThuis,
    ];

    /// The description of the variant: the one place where variants differ.
    pub fn spec(self) -> &'static VariantSpec {
        match self {
            Variant::Collega => &COLLEGA,
            Variant::Ouders => &OUDERS,
            Variant::LokaalTeam => &LOKAAL_TEAM,
            Variant::Gesprekskaart => &GESPREKSKAART,
            Variant::WeerThuis => &WEER_THUIS,
        }
    }

    /// Dutch name as shown to the user.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Stable key, for forms.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    pub fn from_key(key: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.key() == key)
    }

    /// Can this variant hold the section at all?
    pub fn offers(self, id: SectionId) -> bool {
        self.spec().order.contains(&id)
    }

    /// The sections on when the variant is chosen.
    pub fn defaults(self) -> Sections {
        self.spec().defaults
    }

    /// Is this variant offered for the case? "Weer thuis" only when the child lives elsewhere.
    pub fn offered_for(self, c: &Casus) -> bool {
        !self.spec().only_when_elsewhere || c.lives_elsewhere()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spec_is_consistent() {
        for v in Variant::ALL {
            let s = v.spec();
            assert_eq!(Variant::from_key(s.key), Some(v));
            // Each section at most once, and every default section is offered.
            for id in SectionId::ALL {
                let n = s.order.iter().filter(|x| **x == id).count();
                assert!(n <= 1, "{v:?} {id:?} twice");
                if s.defaults.is_on(id) {
                    assert!(n == 1, "{v:?}: {id:?} on by default but not offered");
                }
                if n == 1 {
                    assert!(!s.headings.of(id, false).is_empty(), "{v:?} {id:?}");
                    assert!(!s.headings.of(id, true).is_empty(), "{v:?} {id:?}");
                    assert!(!s.checkbox.of(id, false).is_empty(), "{v:?} {id:?}");
                }
            }
            // Parents never get the weighing or the guard-rails, nor the SOEP form.
            if s.audience == Audience::Parents {
                assert!(!v.offers(SectionId::Veiligheid) && !v.offers(SectionId::Waarborgen));
                assert!(
                    !v.offers(SectionId::Leidraad),
                    "the guidance is for the professional"
                );
                assert!(s.soep_title.is_none());
            }
        }
        let keys: std::collections::BTreeSet<_> = Variant::ALL.iter().map(|v| v.key()).collect();
        assert_eq!(keys.len(), Variant::ALL.len());
    }
}
