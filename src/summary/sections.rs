//! The parts of a summary: the twelve sections the user can switch on and off, and the four
//! parts of the SOEP form.

/// A section the user can switch on and off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    Zorg,
    Signalen,
    Veiligheid,
    Analyse,
    Netwerk,
    Mogelijkheden,
    Waarborgen,
    Afspraken,
    OpenVragen,
    /// What the parents and the child said in the talk (meldcode step 3).
    Gesprek,
    /// The guidance for the talk (the gesprekskaart).
    Leidraad,
    /// "Weer thuis": the considerations about a return home.
    WeerThuis,
}

impl SectionId {
    /// Every section, in the order of the checkboxes.
    pub const ALL: [SectionId; 12] = [
        SectionId::Zorg,
        SectionId::Signalen,
        SectionId::Veiligheid,
        SectionId::Analyse,
        SectionId::Netwerk,
        SectionId::Mogelijkheden,
        SectionId::Waarborgen,
        SectionId::Afspraken,
        SectionId::OpenVragen,
        SectionId::Gesprek,
        SectionId::Leidraad,
        SectionId::WeerThuis,
    ];

    /// Stable key, for forms.
    pub fn key(self) -> &'static str {
        match self {
            SectionId::Zorg => "zorg",
            SectionId::Signalen => "signalen",
            SectionId::Veiligheid => "veiligheid",
            SectionId::Analyse => "analyse",
            SectionId::Netwerk => "netwerk",
            SectionId::Mogelijkheden => "mogelijkheden",
            SectionId::Waarborgen => "waarborgen",
            SectionId::Afspraken => "afspraken",
            SectionId::OpenVragen => "open_vragen",
            SectionId::Gesprek => "gesprek",
            SectionId::Leidraad => "leidraad",
            SectionId::WeerThuis => "weer_thuis",
        }
    }
}

/// A part of the SOEP form (huisartsenpraktijk).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SoepPart {
    /// What the patient, the child or others told.
    Subjectief,
    /// What the professional saw; age and household.
    Objectief,
    /// The weighing and the professional's reading of it.
    Evaluatie,
    /// What happens next.
    Plan,
}

impl SoepPart {
    pub const ALL: [SoepPart; 4] = [
        SoepPart::Subjectief,
        SoepPart::Objectief,
        SoepPart::Evaluatie,
        SoepPart::Plan,
    ];

    /// Heading in the summary.
    pub fn heading(self) -> &'static str {
        let w = &crate::content::catalogue().screens.report;
        match self {
            SoepPart::Subjectief => &w.soep_s,
            SoepPart::Objectief => &w.soep_o,
            SoepPart::Evaluatie => &w.soep_e,
            SoepPart::Plan => &w.soep_p,
        }
    }
}

/// What a rendered section is: one of the ten sections or a SOEP part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartId {
    Section(SectionId),
    Soep(SoepPart),
}

/// Which sections go into the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    pub concern: bool,
    pub signals: bool,
    pub safety: bool,
    pub analysis: bool,
    pub network: bool,
    pub options: bool,
    pub guardrails: bool,
    pub steps: bool,
    pub open_questions: bool,
    pub conversation: bool,
    pub guidance: bool,
    pub return_home: bool,
}

impl Sections {
    /// Every section on.
    pub const ALL: Sections = Sections {
        concern: true,
        signals: true,
        safety: true,
        analysis: true,
        network: true,
        options: true,
        guardrails: true,
        steps: true,
        open_questions: true,
        conversation: true,
        guidance: true,
        return_home: true,
    };

    /// Every section off.
    pub const NONE: Sections = Sections {
        concern: false,
        signals: false,
        safety: false,
        analysis: false,
        network: false,
        options: false,
        guardrails: false,
        steps: false,
        open_questions: false,
        conversation: false,
        guidance: false,
        return_home: false,
    };

    /// Is the section switched on?
    pub fn is_on(&self, id: SectionId) -> bool {
        match id {
            SectionId::Zorg => self.concern,
            SectionId::Signalen => self.signals,
            SectionId::Veiligheid => self.safety,
            SectionId::Analyse => self.analysis,
            SectionId::Netwerk => self.network,
            SectionId::Mogelijkheden => self.options,
            SectionId::Waarborgen => self.guardrails,
            SectionId::Afspraken => self.steps,
            SectionId::OpenVragen => self.open_questions,
            SectionId::Gesprek => self.conversation,
            SectionId::Leidraad => self.guidance,
            SectionId::WeerThuis => self.return_home,
        }
    }

    /// Switch a section on or off.
    pub fn set(&mut self, id: SectionId, on: bool) {
        let flag = match id {
            SectionId::Zorg => &mut self.concern,
            SectionId::Signalen => &mut self.signals,
            SectionId::Veiligheid => &mut self.safety,
            SectionId::Analyse => &mut self.analysis,
            SectionId::Netwerk => &mut self.network,
            SectionId::Mogelijkheden => &mut self.options,
            SectionId::Waarborgen => &mut self.guardrails,
            SectionId::Afspraken => &mut self.steps,
            SectionId::OpenVragen => &mut self.open_questions,
            SectionId::Gesprek => &mut self.conversation,
            SectionId::Leidraad => &mut self.guidance,
            SectionId::WeerThuis => &mut self.return_home,
        };
        *flag = on;
    }

    /// The sections on in both.
    pub fn and(self, other: Sections) -> Sections {
        let mut out = Sections::NONE;
        for id in SectionId::ALL {
            out.set(id, self.is_on(id) && other.is_on(id));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_round_trip() {
        let mut s = Sections::NONE;
        for id in SectionId::ALL {
            assert!(!s.is_on(id));
            s.set(id, true);
            assert!(s.is_on(id));
        }
        assert_eq!(s, Sections::ALL);
        let mut half = Sections::ALL;
        half.set(SectionId::Zorg, false);
        assert_eq!(half.and(Sections::ALL), half);
        assert_eq!(Sections::NONE.and(half), Sections::NONE);
    }
}
