//! The steps of the guided flow and the path a role takes through them.
//!
//! The flow is derived from the case: the step "Als verblijf nodig is" only shows when an
//! out-of-home placement is on the table, the step "Weer thuis" only when the child lives
//! elsewhere now ([`Path`]). Nothing here knows about routes or the browser,
//! only the stable slugs the UI maps to routes.

use crate::content::catalogue;
use crate::model::{Answer, Casus, RoleGroup};

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
    WeerThuis,
    /// The summary, with "Controleer uw antwoorden" one click away on it (no stop of its own).
    Samenvatting,
}

/// Which of the steps that depend on the case are part of its path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path {
    /// An out-of-home placement is on the table (`guardrails::placement_on_the_table`):
    /// "Als verblijf nodig is".
    pub placement: bool,
    /// The child lives elsewhere now (`Casus::lives_elsewhere`): "Weer thuis".
    pub weer_thuis: bool,
}

impl Path {
    /// The path of this case.
    pub fn of(c: &Casus) -> Path {
        Path {
            placement: crate::rules::guardrails::placement_on_the_table(c),
            weer_thuis: c.lives_elsewhere(),
        }
    }

    fn includes(self, step: Step) -> bool {
        match step {
            Step::Verblijf => self.placement,
            Step::WeerThuis => self.weer_thuis,
            _ => true,
        }
    }
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
        Step::WeerThuis,
        Step::Samenvatting,
    ];

    /// The app path of the step (`/casus`), before the router base (`app::routing::href`).
    pub fn path(self) -> String {
        format!("/{}", self.slug())
    }

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
            Step::WeerThuis => "weer-thuis",
            Step::Samenvatting => "samenvatting",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        // The review had a step of its own until the sixth session ("overzicht"); a bookmark or
        // the back button may still hold that address: it leads to the summary, where the
        // review now is.
        if slug == "overzicht" {
            return Some(Step::Samenvatting);
        }
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The heading of the step (also used in the document title): `[steps]` in `screens.toml`.
    pub fn title(self) -> &'static str {
        let t = &catalogue().screens.steps;
        match self {
            Step::Casus => &t.casus,
            Step::Signalen => &t.signals,
            Step::Veiligheid => &t.safety,
            Step::Gesprek => &t.conversation,
            Step::Analyse => &t.analysis,
            Step::Netwerk => &t.network,
            Step::Opties => &t.options,
            Step::Verblijf => &t.placement,
            Step::WeerThuis => &t.return_home,
            Step::Samenvatting => &t.summary,
        }
    }

    /// A short name for the step list: the heading where that is short already.
    pub fn short(self) -> &'static str {
        let t = &catalogue().screens.steps;
        match self {
            Step::Casus => &t.short_casus,
            Step::Gesprek => &t.short_conversation,
            Step::Analyse => &t.short_analysis,
            Step::Netwerk => &t.short_network,
            Step::Opties => &t.short_options,
            Step::Verblijf => &t.short_placement,
            Step::Signalen | Step::Veiligheid | Step::WeerThuis | Step::Samenvatting => {
                self.title()
            }
        }
    }
}

/// The steps of this case, in order: every step, except "Als verblijf nodig is" and "Weer
/// thuis" when the [`Path`] leaves them out.
pub fn steps(path: Path) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| path.includes(*s))
        .collect()
}

/// "Stap 3 van 8": the position of `step` in the path, 1-based, and the total.
/// A step outside the path (Verblijf when it does not apply) has no position.
pub fn position(step: Step, path: Path) -> Option<(usize, usize)> {
    let path = steps(path);
    path.iter()
        .position(|s| *s == step)
        .map(|i| (i + 1, path.len()))
}

/// The step before and after `step` in the path.
pub fn neighbours(step: Step, path: Path) -> (Option<Step>, Option<Step>) {
    let path = steps(path);
    match path.iter().position(|s| *s == step) {
        Some(i) => (i.checked_sub(1).map(|j| path[j]), path.get(i + 1).copied()),
        None => (None, None),
    }
}

/// The steps a user on `step` is likely to open next, most likely first: the next step, the
/// summary (one click away from the safety step on), then the other steps after this one in
/// order. Nothing for a step outside the path. The app builds them ahead when idle (the
/// first, the next step, for real: `ui::bodies`).
pub fn ahead(step: Step, path: Path) -> Vec<Step> {
    let path = steps(path);
    let Some(i) = path.iter().position(|s| *s == step) else {
        return Vec::new();
    };
    let after = &path[i + 1..];
    let mut out: Vec<Step> = after.iter().take(1).copied().collect();
    if step != Step::Samenvatting && !out.contains(&Step::Samenvatting) {
        out.push(Step::Samenvatting);
    }
    out.extend(after.iter().skip(1).filter(|s| **s != Step::Samenvatting));
    out
}

/// A new case with only what chooses which of a step's parts show for every case alike: the
/// role, the age, the school and where the child lives (so also whether "Weer thuis" is on the
/// path). Signals, answers and text are left out, so building a step for it costs the same for
/// any case; "Als verblijf nodig is" depends on the answers and is not kept. The app builds the
/// steps ahead for it (`ui::warm`).
pub fn outline(c: &Casus) -> Casus {
    let mut o = Casus::new();
    o.role = c.role;
    o.age = c.age;
    o.school = c.school;
    o.lives = c.lives;
    o
}

/// The answer the warm-up of a step (`ui::warm`) gives in its own outline of the case after
/// building the step off the page, so that the code such an answer runs is compiled before the
/// user gives it: on Veiligheid a disclosure by the child, which is acute (the alert and the
/// next steps of the acute route; their first build was 31 wasm functions, ~3 ms of the first
/// acute answer at 4× CPU). Other steps: none.
pub fn rehearsal(step: Step) -> Option<fn(&mut Casus)> {
    match step {
        Step::Veiligheid => Some(|c| c.safety.disclosure = Some(Answer::Ja)),
        _ => None,
    }
}

/// Does the step offer a direct link to the summary beside "Volgende"? From the safety step on
/// the short route is complete (role and age, signals, safety), so the summary is one click
/// away; not where "Volgende" already leads there, nor on the summary itself.
pub fn offers_summary(step: Step, path: Path) -> bool {
    let order = |s: Step| Step::ALL.iter().position(|x| *x == s);
    order(step) >= order(Step::Veiligheid)
        && step != Step::Samenvatting
        && neighbours(step, path).1 != Some(Step::Samenvatting)
        && position(step, path).is_some()
}

/// Has the user entered anything on this step yet? The frame then no longer shows the calm
/// hint that a step may be left empty. Steps without input of their own (Verblijf,
/// Samenvatting) count as filled.
pub fn has_input(c: &Casus, step: Step) -> bool {
    match step {
        Step::Casus => {
            !c.label.trim().is_empty()
                || c.age.is_some()
                || c.school.is_some()
                || !c.siblings.is_empty()
                || !c.household.is_empty()
                || !c.concern.trim().is_empty()
                || c.lives.is_some()
        }
        Step::Signalen => !c.signals.is_empty(),
        Step::Veiligheid => c.safety != Default::default(),
        Step::Gesprek => c.conversation != Default::default(),
        Step::Analyse => {
            c.analysis.values().any(|t| !t.trim().is_empty()) || c.analysis_shared.is_some()
        }
        Step::Netwerk => !c.network.is_empty() || !c.strengths.trim().is_empty(),
        Step::Opties => {
            !c.answers.is_empty() || !c.steps.is_empty() || !c.open_questions.trim().is_empty()
        }
        Step::WeerThuis => !c.return_home.is_empty(),
        Step::Verblijf | Step::Samenvatting => true,
    }
}

/// What the role stresses on a step: a short Dutch line shown under the heading
/// (`[role_focus]` in `screens.toml`). For school, the talk with the parents is its own step.
pub fn role_focus(c: &Casus, step: Step) -> Option<&'static str> {
    let group = c.role?.group();
    let t = &catalogue().screens.role_focus;
    let line = match (group, step) {
        (RoleGroup::School, Step::Veiligheid) => &t.school_safety,
        (RoleGroup::School, Step::Gesprek) => &t.school_conversation,
        (RoleGroup::Huisartsenpraktijk, Step::Signalen) => &t.gp_signals,
        (RoleGroup::Huisartsenpraktijk, Step::Opties) => &t.gp_options,
        // Not on the Analyse step: the step itself says, per role, who makes the analysis
        // (a second, almost identical box for a local team was issue 13 point 6).
        _ => return None,
    };
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Age, Residence, Role, SchoolType};

    #[test]
    fn an_outline_keeps_role_age_school_and_residence_only() {
        let mut c = Casus::new();
        c.role = Some(Role::Leraar);
        c.age = Some(Age {
            years: 9,
            months: 3,
        });
        c.school = Some(SchoolType::Basisonderwijs);
        c.lives = Some(Residence::Gezinshuis);
        c.concern = "Zorgen over thuis".into();
        c.notes = "Notitie".into();
        let o = outline(&c);
        assert_eq!(
            (o.role, o.age, o.school, o.lives),
            (c.role, c.age, c.school, c.lives)
        );
        assert!(o.lives_elsewhere());
        assert_eq!(Path::of(&o).weer_thuis, Path::of(&c).weer_thuis);
        assert!(o.concern.is_empty() && o.notes.is_empty() && o.signals.is_empty());
    }

    #[test]
    fn a_step_has_input_once_something_of_its_own_is_entered() {
        let mut c = Casus::new();
        c.role = Some(Role::Leraar);
        // The role alone is not input on the Casus step (it is chosen on the start page).
        for s in [
            Step::Casus,
            Step::Signalen,
            Step::Veiligheid,
            Step::Gesprek,
            Step::Analyse,
            Step::Netwerk,
            Step::Opties,
            Step::WeerThuis,
        ] {
            assert!(!has_input(&c, s), "{s:?}");
        }
        assert!(has_input(&c, Step::Samenvatting));
        c.concern = "Moe".into();
        assert!(has_input(&c, Step::Casus));
        assert!(
            !has_input(&c, Step::Signalen),
            "input on one step does not fill another"
        );
        c.signals.push(crate::model::RecordedSignal::new("erg_moe"));
        assert!(has_input(&c, Step::Signalen));
        c.safety.suspicion = Some(crate::model::Answer::WeetNiet);
        assert!(has_input(&c, Step::Veiligheid));
        c.analysis.insert("feiten".into(), "  ".into());
        assert!(!has_input(&c, Step::Analyse), "blank text is no input");
        c.answers
            .insert("woont_thuis".into(), crate::model::Answer::Ja);
        assert!(has_input(&c, Step::Opties));
    }

    const NONE: Path = Path {
        placement: false,
        weer_thuis: false,
    };

    #[test]
    fn ahead_is_the_next_step_then_the_summary_then_the_rest_each_once() {
        use Step::*;
        assert_eq!(
            ahead(Casus, NONE),
            vec![
                Signalen,
                Samenvatting,
                Veiligheid,
                Gesprek,
                Analyse,
                Netwerk,
                Opties
            ]
        );
        assert_eq!(ahead(Netwerk, NONE), vec![Opties, Samenvatting]);
        assert_eq!(ahead(Opties, NONE), vec![Samenvatting]);
        assert_eq!(ahead(Samenvatting, NONE), Vec::<Step>::new());
        let all = Path {
            placement: true,
            weer_thuis: true,
        };
        let from_options = ahead(Opties, all);
        assert_eq!(from_options[..2], [Verblijf, Samenvatting]);
        assert_eq!(
            from_options.len(),
            steps(all).len() - position(Opties, all).unwrap().0
        );
        // Verblijf is not on the short path: nothing is ahead of a step outside it.
        assert!(ahead(Verblijf, NONE).is_empty());
    }

    /// `ui::warm` builds the body of the first step ahead for real: it must be the next one.
    #[test]
    fn the_first_step_ahead_is_always_the_next_step() {
        for placement in [false, true] {
            for weer_thuis in [false, true] {
                let path = Path {
                    placement,
                    weer_thuis,
                };
                for step in Step::ALL {
                    assert_eq!(
                        ahead(step, path).first().copied(),
                        neighbours(step, path).1,
                        "{step:?} on {path:?}"
                    );
                }
            }
        }
    }
    const PLACEMENT: Path = Path {
        placement: true,
        weer_thuis: false,
    };
    const AWAY: Path = Path {
        placement: false,
        weer_thuis: true,
    };

    #[test]
    fn verblijf_only_in_the_path_when_placement_is_on_the_table() {
        assert_eq!(steps(NONE).len(), 8);
        assert!(!steps(NONE).contains(&Step::Verblijf));
        assert_eq!(steps(PLACEMENT).len(), 9);
        assert_eq!(position(Step::Veiligheid, NONE), Some((3, 8)));
        assert_eq!(position(Step::Gesprek, NONE), Some((4, 8)));
        assert_eq!(position(Step::Analyse, PLACEMENT), Some((5, 9)));
        assert_eq!(position(Step::Verblijf, NONE), None);
        assert_eq!(position(Step::Samenvatting, PLACEMENT), Some((9, 9)));
    }

    #[test]
    fn neighbours_skip_verblijf_when_it_does_not_apply() {
        assert_eq!(
            neighbours(Step::Opties, NONE),
            (Some(Step::Netwerk), Some(Step::Samenvatting))
        );
        assert_eq!(
            neighbours(Step::Opties, PLACEMENT),
            (Some(Step::Netwerk), Some(Step::Verblijf))
        );
        assert_eq!(
            neighbours(Step::Gesprek, NONE),
            (Some(Step::Veiligheid), Some(Step::Analyse))
        );
        assert_eq!(neighbours(Step::Casus, NONE).0, None);
        assert_eq!(neighbours(Step::Samenvatting, NONE).1, None);
    }

    #[test]
    fn weer_thuis_only_in_the_path_when_the_child_lives_elsewhere() {
        assert!(!steps(NONE).contains(&Step::WeerThuis));
        assert_eq!(steps(AWAY).len(), 9);
        assert_eq!(
            neighbours(Step::WeerThuis, AWAY),
            (Some(Step::Opties), Some(Step::Samenvatting))
        );
        let both = Path {
            placement: true,
            weer_thuis: true,
        };
        assert_eq!(steps(both).len(), 10);
        assert_eq!(
            neighbours(Step::WeerThuis, both),
            (Some(Step::Verblijf), Some(Step::Samenvatting))
        );
        assert_eq!(position(Step::WeerThuis, NONE), None);

        let mut c = Casus::new();
        assert_eq!(Path::of(&c), NONE);
        c.lives = Some(Residence::Thuis);
        assert_eq!(Path::of(&c), NONE);
        c.lives = Some(Residence::Gezinshuis);
        assert_eq!(Path::of(&c), AWAY);
    }

    #[test]
    fn the_summary_is_one_click_away_from_the_safety_step_on() {
        for path in [NONE, PLACEMENT, AWAY] {
            let offered: Vec<Step> = steps(path)
                .into_iter()
                .filter(|s| offers_summary(*s, path))
                .collect();
            // From Veiligheid on, except the last step before the summary, where "Volgende"
            // leads there (no review stop in between: "Controleer uw antwoorden" is on it).
            let all = steps(path);
            let expected: Vec<Step> = all[..all.len() - 2]
                .iter()
                .copied()
                .skip_while(|s| *s != Step::Veiligheid)
                .collect();
            assert_eq!(offered, expected, "{path:?}");
            assert!(offered.starts_with(&[Step::Veiligheid, Step::Gesprek]));
            let last = all[all.len() - 2];
            assert_eq!(
                neighbours(last, path).1,
                Some(Step::Samenvatting),
                "{path:?}"
            );
        }
        assert!(!offers_summary(Step::Signalen, NONE));
        assert!(
            !offers_summary(Step::Verblijf, NONE),
            "not outside the path"
        );
    }

    #[test]
    fn the_safety_rehearsal_is_an_acute_answer_in_any_outline() {
        // `ui::warm` gives it to compile the code of the first acute answer (the alert, the
        // next steps of the acute route): it must raise the alert, whatever the role.
        for role in Role::ALL {
            let mut c = Casus::new();
            c.role = Some(role);
            let mut o = outline(&c);
            rehearsal(Step::Veiligheid).expect("Veiligheid has one")(&mut o);
            let w = crate::rules::safety::weigh(&o, catalogue());
            assert_eq!(
                w.outcome,
                crate::rules::safety::Outcome::AcuutGevaar,
                "{role:?}"
            );
        }
        assert!(Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Veiligheid)
            .all(|s| rehearsal(s).is_none()));
    }

    #[test]
    fn slugs_round_trip() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            assert_eq!(
                s.path().strip_prefix('/').and_then(Step::from_slug),
                Some(s)
            );
        }
        assert_eq!(Step::WeerThuis.path(), "/weer-thuis");
        assert_eq!(Step::from_slug("onbekend"), None);
        // The old address of the review step leads to the summary, which holds the review now.
        assert_eq!(Step::from_slug("overzicht"), Some(Step::Samenvatting));
    }

    #[test]
    fn the_role_shapes_the_emphasis() {
        let mut c = Casus::new();
        assert_eq!(role_focus(&c, Step::Veiligheid), None);
        c.role = Some(Role::Leraar);
        assert!(role_focus(&c, Step::Veiligheid)
            .unwrap()
            .contains("intern begeleider"));
        // The talk with the parents is the Gesprek step, not the network.
        assert!(role_focus(&c, Step::Gesprek)
            .unwrap()
            .contains("gesprek met de ouders"));
        assert_eq!(role_focus(&c, Step::Netwerk), None);
        c.role = Some(Role::Huisarts);
        assert!(role_focus(&c, Step::Signalen)
            .unwrap()
            .contains("kindcheck"));
        assert_eq!(role_focus(&c, Step::Veiligheid), None);
    }

    #[test]
    fn the_analyse_step_has_no_second_box_about_who_makes_the_analysis() {
        let mut c = Casus::new();
        for r in Role::ALL {
            c.role = Some(r);
            assert_eq!(role_focus(&c, Step::Analyse), None, "{r:?}");
        }
    }
}
