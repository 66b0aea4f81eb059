//! The steps of the guided flow and the path a role takes through them.
//!
//! The flow is derived from the case: the step "Als verblijf nodig is" only shows when an
//! out-of-home placement is on the table. Nothing here knows about routes or the browser,
//! only the stable slugs the UI maps to routes.

use crate::model::{Casus, RoleGroup};

/// One step of the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Casus,
    Signalen,
    Veiligheid,
    /// The talk with the parents and the child (meldcode step 3).
    Gesprek,
    Analyse,
    Netwerk,
    Opties,
    Verblijf,
    Overzicht,
    Samenvatting,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::Casus,
        Step::Signalen,
        Step::Veiligheid,
        Step::Gesprek,
        Step::Analyse,
        Step::Netwerk,
        Step::Opties,
        Step::Verblijf,
        Step::Overzicht,
        Step::Samenvatting,
    ];

    /// The URL slug (no case data ever goes into a URL).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Casus => "casus",
            Step::Signalen => "signalen",
            Step::Veiligheid => "veiligheid",
            Step::Gesprek => "gesprek",
            Step::Analyse => "analyse",
            Step::Netwerk => "netwerk",
            Step::Opties => "opties",
            Step::Verblijf => "verblijf",
            Step::Overzicht => "overzicht",
            Step::Samenvatting => "samenvatting",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The heading of the step (also used in the document title).
    pub fn title(self) -> &'static str {
        match self {
            Step::Casus => "Over de casus",
            Step::Signalen => "Signalen",
            Step::Veiligheid => "Veiligheid",
            Step::Gesprek => "Gesprek met ouders en kind",
            Step::Analyse => "Verklarende analyse voorbereiden",
            Step::Netwerk => "Netwerk en krachten",
            Step::Opties => "Mogelijkheden om thuis te blijven",
            Step::Verblijf => "Als verblijf nodig is",
            Step::Overzicht => "Controleer uw antwoorden",
            Step::Samenvatting => "Samenvatting",
        }
    }

    /// A short name for the step list.
    pub fn short(self) -> &'static str {
        match self {
            Step::Casus => "Casus",
            Step::Signalen => "Signalen",
            Step::Veiligheid => "Veiligheid",
            Step::Gesprek => "Gesprek",
            Step::Analyse => "Analyse",
            Step::Netwerk => "Netwerk",
            Step::Opties => "Opties",
            Step::Verblijf => "Verblijf",
            Step::Overzicht => "Overzicht",
            Step::Samenvatting => "Samenvatting",
        }
    }
}

/// The steps of this case, in order. `placement_on_the_table` comes from
/// `guardrails::placement_on_the_table`; only then is "Als verblijf nodig is" part of the path.
pub fn steps(placement_on_the_table: bool) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| *s != Step::Verblijf || placement_on_the_table)
        .collect()
}

/// "Stap 3 van 8": the position of `step` in the path, 1-based, and the total.
/// A step outside the path (Verblijf when it does not apply) has no position.
pub fn position(step: Step, placement_on_the_table: bool) -> Option<(usize, usize)> {
    let path = steps(placement_on_the_table);
    path.iter()
        .position(|s| *s == step)
        .map(|i| (i + 1, path.len()))
}

/// The step before and after `step` in the path.
pub fn neighbours(step: Step, placement_on_the_table: bool) -> (Option<Step>, Option<Step>) {
    let path = steps(placement_on_the_table);
    match path.iter().position(|s| *s == step) {
        Some(i) => (i.checked_sub(1).map(|j| path[j]), path.get(i + 1).copied()),
        None => (None, None),
    }
}

/// What the role stresses on a step: a short Dutch line shown under the heading.
pub fn role_focus(c: &Casus, step: Step) -> Option<&'static str> {
    let group = c.role?.group();
    match (group, step) {
        (RoleGroup::School, Step::Veiligheid) => Some(
            "Als school volgt u de meldcode van uw school: overleg eerst met de intern begeleider, zorgcoördinator of aandachtsfunctionaris.",
        ),
        (RoleGroup::School, Step::Netwerk) => Some(
            "Het gesprek met de ouders is voor school een belangrijke stap. Bespreek wat u ziet en vraag wat zij zien.",
        ),
        (RoleGroup::Huisartsenpraktijk, Step::Signalen) => Some(
            "Denk aan de kindcheck: heeft een volwassen patiënt met zorgen kinderen die van hem of haar afhankelijk zijn?",
        ),
        (RoleGroup::Huisartsenpraktijk, Step::Opties) => Some(
            "Als huisarts kunt u direct verwijzen naar jeugdhulp. Bespreek de mogelijkheden eerst met de ouders en het kind.",
        ),
        (RoleGroup::LokaalTeam, Step::Analyse) => Some(
            "Als lokaal team maakt u de verklarende analyse samen met de ouders en het kind. Daarna volgt het perspectiefplan.",
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn verblijf_only_in_the_path_when_placement_is_on_the_table() {
        assert_eq!(steps(false).len(), 9);
        assert!(!steps(false).contains(&Step::Verblijf));
        assert_eq!(steps(true).len(), 10);
        assert_eq!(position(Step::Veiligheid, false), Some((3, 9)));
        assert_eq!(position(Step::Gesprek, false), Some((4, 9)));
        assert_eq!(position(Step::Analyse, true), Some((5, 10)));
        assert_eq!(position(Step::Verblijf, false), None);
        assert_eq!(position(Step::Samenvatting, true), Some((10, 10)));
    }

    #[test]
    fn neighbours_skip_verblijf_when_it_does_not_apply() {
        assert_eq!(
            neighbours(Step::Opties, false),
            (Some(Step::Netwerk), Some(Step::Overzicht))
        );
        assert_eq!(
            neighbours(Step::Opties, true),
            (Some(Step::Netwerk), Some(Step::Verblijf))
        );
        assert_eq!(
            neighbours(Step::Gesprek, false),
            (Some(Step::Veiligheid), Some(Step::Analyse))
        );
        assert_eq!(neighbours(Step::Casus, false).0, None);
        assert_eq!(neighbours(Step::Samenvatting, false).1, None);
    }

    #[test]
    fn slugs_round_trip() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::from_slug("onbekend"), None);
    }

    #[test]
    fn the_role_shapes_the_emphasis() {
        let mut c = Casus::new();
        assert_eq!(role_focus(&c, Step::Veiligheid), None);
        c.role = Some(Role::Leraar);
        assert!(role_focus(&c, Step::Veiligheid)
            .unwrap()
            .contains("intern begeleider"));
        c.role = Some(Role::Huisarts);
        assert!(role_focus(&c, Step::Signalen)
            .unwrap()
            .contains("kindcheck"));
        assert_eq!(role_focus(&c, Step::Veiligheid), None);
    }
}
