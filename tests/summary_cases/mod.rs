// Shared vignettes and helpers of the summary tests (`mod summary_cases;`). The cases are
// fictional vignettes.
#![allow(dead_code, unused_imports)]

#[path = "../model_common/mod.rs"]
mod model_common;

pub use model_common::Case;
pub use thuiswijzer::content::{catalogue, Catalogue};
pub use thuiswijzer::model::{
    AgreedStep, Answer::*, Casus, HouseholdMember, NetworkEntry, Observer, RecordedSignal, Role,
    When,
};
pub use thuiswijzer::privacy::IdentifierKind;
pub use thuiswijzer::rules::assess::assess;
pub use thuiswijzer::rules::options::Fit;
pub use thuiswijzer::summary::user_text_warnings;
pub use thuiswijzer::summary::{
    identifier_warnings, soep_for, to_plain_text, Block, PartId, RenderInfo, SectionId, Sections,
    SoepPart, Summary, Variant,
};

/// The sentence of a section that is not filled in (`report.empty` in `screens.toml`).
pub const EMPTY: &str = "Nog niet ingevuld.";

pub fn info(full: bool) -> RenderInfo {
    RenderInfo {
        date: "24-11-2026".into(),
        app_version: "0.1.0".into(),
        full,
        ..Default::default()
    }
}

/// Assess the case, then render it: what the UI does.
pub fn render(c: &Casus, v: Variant, sections: &Sections, full: bool) -> Summary {
    let a = assess(c, catalogue());
    thuiswijzer::summary::render(c, &a, catalogue(), v, sections, &info(full))
}

pub fn text(c: &Casus, v: Variant, full: bool) -> String {
    to_plain_text(&render(c, v, &v.defaults(), full))
}

pub fn note(mut c: Case, id: &str, observer: Observer, when: When, note: &str) -> Case {
    c.0.signals.push(RecordedSignal {
        id: id.into(),
        observer: Some(observer),
        when: Some(when),
        note: note.into(),
    });
    c
}

pub fn step(what: &str, who: &str, when: &str) -> AgreedStep {
    AgreedStep {
        what: what.into(),
        who: who.into(),
        when: when.into(),
        ..Default::default()
    }
}

/// A. Teacher, groep 8: an 11-year-old has been quiet for weeks and often comes to school
///    hungry. A typical, fully filled-in case.
pub fn teacher_case() -> Casus {
    let c = Case::new(Role::Leraar, 11, 6)
        .answer("ontwikkeling_redelijk", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("netwerk_kan_helpen", Ja)
        .answer("dreigt_uithuisplaatsing", Nee);
    let c = note(
        c,
        "passief_teruggetrokken",
        Observer::Zelf,
        When::Herhaaldelijk,
        "Zit in de pauze alleen, praat in de klas bijna niet meer.",
    );
    let c = note(
        c,
        "honger",
        Observer::KindVertelde,
        When::DezeWeek,
        "Zei twee keer dat er thuis geen ontbijt was.",
    );
    let mut c = note(c, "schulden", Observer::OuderVertelde, When::DezeMaand, "")
        .safety(|s| {
            s.suspicion = Some(Nee);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Nee);
        })
        .0;
    c.label = "Casus groep 8 november".into();
    c.school = Some(thuiswijzer::model::SchoolType::Basisonderwijs);
    c.household.insert(HouseholdMember::Moeder);
    c.concern = "Sinds de herfstvakantie is de leerling stil en teruggetrokken. Ze komt vaak \
                 zonder ontbijt op school en haar cijfers gaan achteruit."
        .into();
    c.analysis.insert(
        "kind".into(),
        "Slimme, creatieve leerling. Tekent graag. Sinds kort moe en stil.".into(),
    );
    c.analysis.insert(
        "school".into(),
        "Aanwezigheid goed. Cijfers voor rekenen en taal dalen sinds oktober.".into(),
    );
    c.analysis.insert(
        "omgeving".into(),
        "Moeder is alleenstaand en werkt in ploegendienst; er zijn geldzorgen.".into(),
    );
    c.strengths = "Moeder staat open voor contact en komt naar gesprekken.".into();
    c.network.push(NetworkEntry {
        who: "oma (moederskant)".into(),
        what: "kan twee ochtenden per week ontbijt geven".into(),
    });
    c.steps.push(step(
        "Gesprek met moeder over ontbijt en geldzorgen",
        "leraar en intern begeleider",
        "voor 1 december",
    ));
    c.steps.push(step(
        "Bespreken in het ondersteuningsteam",
        "intern begeleider",
        "volgende overleg",
    ));
    c.open_questions =
        "Is er al contact met schuldhulp? Hoe gaat het met het jongere broertje?".into();
    c
}

/// B. Huisarts: a mother with a depression; her child is 3 (vignette 2) and the child's
///    development is checked by the GP.
pub fn gp_case() -> Casus {
    let c = Case::new(Role::Huisarts, 3, 0)
        .signal("ouder_depressie", Observer::OuderVertelde)
        .signal("taal_achterstand", Observer::Zelf)
        .safety(|s| {
            s.suspicion = Some(Nee);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Nee);
        })
        .answer("ontwikkeling_redelijk", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("dreigt_uithuisplaatsing", Nee)
        .answer("acute_crisis", Nee)
        .answer("netwerk_kan_helpen", Ja);
    let mut c = c.0;
    c.household.insert(HouseholdMember::Moeder);
    c.household.insert(HouseholdMember::Vader);
    c.concern =
        "Moeder voelt zich al maanden somber en krijgt de dag met de peuter moeilijk rond.".into();
    c.steps.push(step(
        "Verwijzing POH-GGZ voor moeder",
        "huisarts",
        "deze week",
    ));
    c.open_questions = "Is er een consultatiebureau-afspraak gepland?".into();
    c
}

/// C. Lokaal team: a 15-year-old who fights, steals and runs away; placement discussed
///    (vignette 3), with part of the shared analysis filled in.
pub fn team_case() -> Casus {
    let mut c = Case::new(Role::LokaalTeam, 15, 2)
        .signal("agressief", Observer::Anders)
        .signal("delicten", Observer::OuderVertelde)
        .signal("weglopen", Observer::OuderVertelde)
        .safety(|s| s.suspicion = Some(Nee))
        .answer("dreigt_uithuisplaatsing", Ja)
        .answer("antisociaal_gedrag", Ja)
        .answer("woont_thuis", Ja)
        .answer("vaste_verzorger", Ja)
        .answer("acuut_suicidaal_psychotisch", Nee)
        .answer("acute_crisis", Nee)
        .0;
    c.label = "Wijkteam casus 12".into();
    c.concern =
        "Ouders zien geen andere uitweg dan een plek buiten huis. Ouders en jongere lopen vast; veel ruzie."
            .into();
    c.analysis.insert(
        "visie_gezin".into(),
        "Vader wil hulp thuis, moeder twijfelt.".into(),
    );
    c.analysis.insert(
        "eerdere_hulp".into(),
        "Twee jaar geleden opvoedondersteuning, kort.".into(),
    );
    c.analysis_shared = Some(WeetNiet);
    c
}

/// D. Lokaal team at night: acute crisis of a parent (vignette 5).
pub fn acute_case() -> Casus {
    let mut c = Case::new(Role::LokaalTeam, 6, 0)
        .siblings(&[2, 9])
        .signal("ouder_psychiatrisch", Observer::Zelf)
        .safety(|s| {
            s.acute.insert("verzorger_middelen_psychiatrie".into());
            s.disclosure = Some(Ja);
        })
        .answer("acute_crisis", Ja)
        .answer("dreigt_uithuisplaatsing", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("snel_afspraak", Ja)
        .answer("lvb", Nee)
        .0;
    c.concern = "Vader is overbelast; de kinderen zijn nu bij hem.".into();
    c.steps
        .push(step("Crisisdienst inschakelen", "lokaal team", "vannacht"));
    c
}

/// E. Huisarts: suspected abuse, help refused, telling the family first is unsafe (vignette 13).
pub fn meldnorm_case() -> Casus {
    Case::new(Role::Huisarts, 7, 0)
        .signal("huiselijk_geweld", Observer::OuderVertelde)
        .safety(|s| {
            s.suspicion = Some(Ja);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Ja);
            s.effective_help = Some(Ja);
            s.help_accepted = Some(Nee);
            s.telling_family_unsafe = Some(Ja);
        })
        .0
}

pub fn all_cases() -> Vec<(&'static str, Casus)> {
    let mut with_parents_text = teacher_case();
    with_parents_text.for_parents =
        "We willen met u praten over ontbijt en hoe het thuis gaat.".into();
    vec![
        ("teacher_for_parents", with_parents_text),
        ("teacher", teacher_case()),
        ("gp", gp_case()),
        ("team", team_case()),
        ("acute", acute_case()),
        ("meldnorm", meldnorm_case()),
        ("empty", Casus::new()),
    ]
}

/// Position of `needle` in `hay` at or after `from`.
pub fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    hay[from..].find(needle).map(|p| p + from)
}

/// The text with every run of whitespace as one space, so checks do not depend on wrapping.
pub fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}
