//! The case summary (`domain::summary`): variants, sections, plain text, SOEP, the line budget,
//! identifier warnings and literal user text. The cases are fictional vignettes.

mod model_common;

use model_common::Case;
use thuiswijzer::content::{catalogue, Catalogue};
use thuiswijzer::model::{
    AgreedStep, Answer::*, Casus, HouseholdMember, NetworkEntry, Observer, RecordedSignal, Role,
    When,
};
use thuiswijzer::privacy::IdentifierKind;
use thuiswijzer::rules::options::Fit;
use thuiswijzer::summary::{
    form_for, identifier_warnings, render, render_as, to_plain_text, to_plain_text_width,
    to_soep_text, Block, Form, RenderInfo, SectionId, Sections, Variant, A4_LINES, A4_WIDTH, EMPTY,
    WRAP,
};

fn info(full: bool) -> RenderInfo {
    RenderInfo {
        date: "24-11-2026".into(),
        app_version: "0.1.0".into(),
        full,
    }
}

fn text(c: &Casus, v: Variant, full: bool) -> String {
    to_plain_text(&render(
        c,
        catalogue(),
        v,
        &Sections::for_variant(v),
        &info(full),
    ))
}

fn note(mut c: Case, id: &str, observer: Observer, when: When, note: &str) -> Case {
    c.0.signals.push(RecordedSignal {
        id: id.into(),
        observer: Some(observer),
        when: Some(when),
        note: note.into(),
    });
    c
}

fn step(what: &str, who: &str, when: &str) -> AgreedStep {
    AgreedStep {
        what: what.into(),
        who: who.into(),
        when: when.into(),
    }
}

/// A. Teacher, groep 8: an 11-year-old has been quiet for weeks and often comes to school
///    hungry. A typical, fully filled-in case.
fn teacher_case() -> Casus {
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
fn gp_case() -> Casus {
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
fn team_case() -> Casus {
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
    c.concern = "Ouders zien geen andere uitweg dan een plek buiten huis.".into();
    c.analysis.insert(
        "zorg".into(),
        "Ouders en jongere lopen vast; veel ruzie.".into(),
    );
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
fn acute_case() -> Casus {
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
fn meldnorm_case() -> Casus {
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

fn all_cases() -> Vec<(&'static str, Casus)> {
    vec![
        ("teacher", teacher_case()),
        ("gp", gp_case()),
        ("team", team_case()),
        ("acute", acute_case()),
        ("meldnorm", meldnorm_case()),
        ("empty", Casus::new()),
    ]
}

/// Position of `needle` in `hay` at or after `from`.
fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    hay[from..].find(needle).map(|p| p + from)
}

/// The text with every run of whitespace as one space, so checks do not depend on wrapping.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Words and phrases that belong to the meldcode and must not reach the parents' text.
const JARGON: [&str; 12] = [
    "afwegingsvra",
    "afweging wijst",
    "meldnorm",
    "meldcode",
    "melden",
    "melding",
    "acuut gevaar",
    "acute onveiligheid",
    "structurele onveiligheid",
    "veilig thuis",
    "kindcheck",
    "contra-indicatie",
];

#[test]
fn ouders_variant_has_no_meldcode_language_even_with_every_section_on() {
    for (name, c) in all_cases() {
        for full in [false, true] {
            for sections in [Sections::for_variant(Variant::Ouders), Sections::all()] {
                let s = render(&c, catalogue(), Variant::Ouders, &sections, &info(full));
                assert!(s.section(SectionId::Veiligheid).is_none(), "{name}");
                assert!(s.section(SectionId::Waarborgen).is_none(), "{name}");
                let t = to_plain_text(&s).to_lowercase();
                for j in JARGON {
                    assert!(!t.contains(j), "{name} (full {full}): '{j}' in\n{t}");
                }
                assert!(t.contains("geen besluit"), "{name}");
            }
        }
    }
    // The professional variants of the same cases do speak about the weighing.
    let t = text(&meldnorm_case(), Variant::LokaalTeam, false).to_lowercase();
    assert!(t.contains("melding") && t.contains("afwegingsvra"));
}

#[test]
fn ouders_variant_lists_only_options_that_fit_or_may_fit() {
    let c = gp_case();
    let t = text(&c, Variant::Ouders, false);
    let fits = thuiswijzer::rules::assess::assess(&c, catalogue()).fits;
    assert!(fits.iter().any(|f| f.fit == Fit::PastNiet));
    for f in &fits {
        let shown = t.contains(&format!("{}:", f.option.name));
        let expected = matches!(f.fit, Fit::Past | Fit::PastMisschien);
        assert_eq!(shown, expected, "{} ({:?})", f.option.id, f.fit);
    }
    // In catalogue order.
    let mut at = 0;
    for f in fits
        .iter()
        .filter(|f| matches!(f.fit, Fit::Past | Fit::PastMisschien))
    {
        at = find_from(&t, &f.option.name, at).unwrap_or_else(|| panic!("{}", f.option.id));
    }
}

#[test]
fn collega_carries_disclaimer_date_version_and_content_date() {
    let cat: &Catalogue = catalogue();
    let newest = [
        &cat.signals.meta.date,
        &cat.safety.meta.date,
        &cat.questions.meta.date,
        &cat.options.meta.date,
        &cat.guardrails.meta.date,
        &cat.analysis.meta.date,
        &cat.glossary.meta.date,
        &cat.about.meta.date,
    ]
    .into_iter()
    .max()
    .unwrap()
    .clone();
    let (y, rest) = newest.split_at(4);
    let dutch = format!("{}-{}-{y}", &rest[4..6], &rest[1..3]);
    for (name, c) in all_cases() {
        for v in Variant::ALL {
            let t = text(&c, v, false);
            assert!(t.contains("24-11-2026"), "{name} {v:?}");
            assert!(
                t.contains("Thuiswijzer") && t.contains("0.1.0"),
                "{name} {v:?}"
            );
            assert!(t.contains(&dutch), "{name} {v:?}: content date {dutch}");
            assert!(t.contains("geen besluit"), "{name} {v:?}");
        }
        let t = text(&c, Variant::Collega, false);
        assert!(
            flat(&t).contains(
                "Thuiswijzer ondersteunt het oordeel van de professional. Deze samenvatting is \
                 geen besluit."
            ),
            "{name}"
        );
    }
}

#[test]
fn lokaal_team_follows_the_analysis_fields_then_the_fixed_order() {
    let c = team_case();
    let s = render(
        &c,
        catalogue(),
        Variant::LokaalTeam,
        &Sections::for_variant(Variant::LokaalTeam),
        &info(false),
    );
    let ids: Vec<SectionId> = s.sections.iter().map(|x| x.id).collect();
    use SectionId::*;
    assert_eq!(
        ids,
        vec![
            Zorg,
            Analyse,
            Signalen,
            Veiligheid,
            Netwerk,
            Mogelijkheden,
            Waarborgen,
            Afspraken,
            OpenVragen
        ]
    );
    // Compact: the filled fields in catalogue order, then the open ones on one line.
    let t = flat(&to_plain_text(&s));
    let mut at = 0;
    for l in [
        "De zorg of vraag:",
        "Eerdere hulp en wat die opleverde:",
        "Wat het gezin zelf denkt:",
    ] {
        at = find_from(&t, l, at).unwrap_or_else(|| panic!("{l}"));
    }
    let open: Vec<&str> = catalogue()
        .analysis
        .fields
        .iter()
        .filter(|f| !c.analysis.contains_key(&f.id))
        .map(|f| f.label.as_str())
        .collect();
    assert!(t.contains(&format!("Nog niet ingevuld: {}", open.join("; "))));
    // Full: every field of the shared analysis, in catalogue order, the open ones marked.
    let s = render(
        &c,
        catalogue(),
        Variant::LokaalTeam,
        &Sections::for_variant(Variant::LokaalTeam),
        &info(true),
    );
    let analysis = s.section(Analyse).unwrap();
    let labels: Vec<&str> = analysis
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Field { label, .. } => Some(label.as_str()),
            _ => None,
        })
        .collect();
    let expected: Vec<&str> = catalogue()
        .analysis
        .fields
        .iter()
        .map(|f| f.label.as_str())
        .collect();
    assert_eq!(&labels[..expected.len()], &expected[..]);
    let t = to_plain_text(&s);
    let mut at = 0;
    for l in &expected {
        at = find_from(&t, &format!("{l}:"), at).unwrap_or_else(|| panic!("{l}"));
    }
    let f = flat(&t);
    assert!(f.contains("Wat het gezin zelf denkt: Vader wil hulp thuis, moeder twijfelt."));
    assert!(f.contains("Samenhang, ernst en urgentie: Nog niet ingevuld."));
    assert!(f.contains("Herkent en deelt het gezin de analyse?: weet niet"));
    // And the sections follow in the plain text too.
    let mut at = 0;
    for h in s.sections.iter().map(|x| x.heading.to_uppercase()) {
        at = find_from(&t, &format!("\n\n{h}\n"), at).unwrap_or_else(|| panic!("{h}"));
    }
}

#[test]
fn options_come_in_catalogue_order_with_their_fit_and_no_ranking() {
    for (name, c) in all_cases() {
        for full in [false, true] {
            for v in [Variant::Collega, Variant::LokaalTeam] {
                let s = render_as(
                    &c,
                    catalogue(),
                    v,
                    &Sections::all(),
                    &info(full),
                    Form::Standaard,
                );
                let sec = s.section(SectionId::Mogelijkheden).unwrap();
                let items = sec
                    .blocks
                    .iter()
                    .find_map(|b| match b {
                        Block::List { items, .. } => Some(items),
                        _ => None,
                    })
                    .unwrap();
                let fits = thuiswijzer::rules::assess::assess(&c, catalogue()).fits;
                assert_eq!(items.len(), fits.len(), "{name}: every option");
                for (item, f) in items.iter().zip(&fits) {
                    assert!(item.text.starts_with(&f.option.name), "{name}: order");
                    let label = if full {
                        f.fit.label()
                    } else {
                        match f.fit {
                            Fit::Past => ": past (",
                            Fit::PastMisschien => ": past misschien (open: ",
                            Fit::PastNiet => ": past niet (",
                            Fit::Onbekend => ": nog onbekend (vragen nog open)",
                        }
                    };
                    assert!(
                        item.text.contains(label),
                        "{name}: {} lacks {label}",
                        item.text
                    );
                    if full {
                        assert_eq!(item.details.len(), f.reasons.len() + 1, "all reasons");
                    }
                }
            }
        }
        for v in Variant::ALL {
            for full in [false, true] {
                let t = to_plain_text(&render(&c, catalogue(), v, &Sections::all(), &info(full)));
                let w = words(&t);
                for bad in ["beste", "aanbevolen", "aanbevelen", "aanrader", "adviseren"] {
                    assert!(!w.iter().any(|x| x == bad), "{name} {v:?}: '{bad}'");
                }
                assert!(!t.to_lowercase().contains("advies:"), "{name} {v:?}");
            }
        }
    }
}

#[test]
fn compact_text_of_a_typical_case_fits_one_a4() {
    for (c, v) in [
        (teacher_case(), Variant::Collega),
        (teacher_case(), Variant::Ouders),
        (gp_case(), Variant::Collega),
        (gp_case(), Variant::Ouders),
    ] {
        let s = render(&c, catalogue(), v, &Sections::for_variant(v), &info(false));
        let t = to_plain_text_width(&s, A4_WIDTH);
        let lines: Vec<&str> = t.lines().collect();
        assert!(
            lines.len() <= A4_LINES,
            "{v:?}: {} lines > {A4_LINES}\n{t}",
            lines.len()
        );
        for l in &lines {
            assert!(l.chars().count() <= A4_WIDTH, "too wide: {l}");
        }
        for l in to_plain_text(&s).lines() {
            assert!(l.chars().count() <= WRAP, "too wide: {l}");
        }
        // The full variant says more.
        let full = text(&c, v, true);
        assert!(full.lines().count() > lines.len(), "{v:?}");
    }
}

#[test]
fn soep_for_the_gp_has_the_four_parts_in_order() {
    let c = gp_case();
    assert_eq!(form_for(&c, Variant::Collega), Form::Soep);
    let auto = text(&c, Variant::Collega, false);
    assert_eq!(auto, to_soep_text(&c, catalogue(), &info(false)));
    let heads = [
        "S – SUBJECTIEF",
        "O – OBJECTIEF",
        "E – EVALUATIE",
        "P – PLAN",
    ];
    let mut at = 0;
    let mut pos = Vec::new();
    for h in heads {
        at = find_from(&auto, &format!("\n{h}\n"), at).unwrap_or_else(|| panic!("{h}\n{auto}"));
        pos.push(at);
    }
    let part = |i: usize| flat(&auto[pos[i]..pos.get(i + 1).copied().unwrap_or(auto.len())]);
    // S: the concern and what a parent told; O: own findings, age, household.
    assert!(part(0).contains("Moeder voelt zich al maanden somber"));
    assert!(part(0).contains("(ouder vertelde, deze week)"));
    assert!(!part(0).contains("zelf waargenomen"));
    assert!(part(1).contains("(zelf waargenomen, deze week)"));
    assert!(part(1).contains("leeftijd 3 jaar"));
    assert!(part(1).contains("woont met moeder, vader"));
    // E: the weighing and the kindcheck; P: steps, options, open questions.
    assert!(part(2).contains("De afweging wijst op"));
    assert!(part(2).contains("Kindcheck"));
    assert!(part(3).contains("Verwijzing POH-GGZ voor moeder"));
    assert!(part(3).contains("Eerst het eigen netwerk: past"));
    assert!(part(3).contains("Open vragen: Is er een consultatiebureau-afspraak gepland?"));
    // Other roles and variants keep the standard form; the GP can force it.
    assert!(!text(&teacher_case(), Variant::Collega, false).contains("S – SUBJECTIEF"));
    assert!(!text(&c, Variant::LokaalTeam, false).contains("S – SUBJECTIEF"));
    let standard = render_as(
        &c,
        catalogue(),
        Variant::Collega,
        &Sections::all(),
        &info(false),
        Form::Standaard,
    );
    assert!(standard.section(SectionId::Signalen).is_some());
    // A teacher's case can be rendered as SOEP on request.
    assert!(to_soep_text(&teacher_case(), catalogue(), &info(false)).contains("P – PLAN"));
}

#[test]
fn sections_switched_off_are_absent() {
    let c = teacher_case();
    let mut sections = Sections::for_variant(Variant::Collega);
    sections.options = false;
    sections.safety = false;
    sections.open_questions = false;
    let s = render(&c, catalogue(), Variant::Collega, &sections, &info(false));
    for id in [
        SectionId::Mogelijkheden,
        SectionId::Veiligheid,
        SectionId::OpenVragen,
    ] {
        assert!(s.section(id).is_none(), "{id:?}");
    }
    let t = to_plain_text(&s);
    assert!(!t.contains("Multisysteemtherapie"));
    assert!(!t.contains("De afweging wijst op"));
    assert!(!t.contains("schuldhulp"));
    assert!(t.contains("Gesprek met moeder over ontbijt"));
    // In SOEP too: the flags decide what goes into S, O, E and P.
    let gp = gp_case();
    let mut sections = Sections::for_variant(Variant::Collega);
    sections.signals = false;
    sections.options = false;
    let t = to_plain_text(&render(
        &gp,
        catalogue(),
        Variant::Collega,
        &sections,
        &info(false),
    ));
    assert!(!t.contains("ouder vertelde"));
    assert!(!t.contains("Eerst het eigen netwerk"));
    assert!(t.contains("P – PLAN"));
    // Nothing on: only the frame.
    let s = render(
        &c,
        catalogue(),
        Variant::LokaalTeam,
        &Sections::none(),
        &info(false),
    );
    assert!(s.sections.is_empty());
}

#[test]
fn empty_sections_say_so() {
    let s = render(
        &Casus::new(),
        catalogue(),
        Variant::Collega,
        &Sections::all(),
        &info(false),
    );
    for id in [
        SectionId::Zorg,
        SectionId::Signalen,
        SectionId::Analyse,
        SectionId::Netwerk,
        SectionId::Afspraken,
        SectionId::OpenVragen,
    ] {
        let sec = s.section(id).unwrap();
        assert_eq!(sec.blocks, vec![Block::Paragraph(EMPTY.into())], "{id:?}");
    }
    let t = flat(&to_plain_text(&s));
    assert!(t.contains("geen waarborg van toepassing"));
    assert!(t.contains("De afweging wijst op: nog niet bekend"));
}

#[test]
fn typed_markup_stays_literal_text() {
    let mut c = teacher_case();
    c.concern = "<script>alert('x')</script> & <b>vet</b>".into();
    c.signals[0].note = "<img src=x onerror=alert(1)>".into();
    c.steps[0].who = "<i>ib</i>".into();
    for v in Variant::ALL {
        let s = render(&c, catalogue(), v, &Sections::all(), &info(false));
        let t = to_plain_text(&s);
        assert!(
            t.contains("<script>alert('x')</script> & <b>vet</b>"),
            "{v:?}"
        );
        assert!(t.contains("<img src=x onerror=alert(1)>"), "{v:?}");
        assert!(t.contains("(wie: <i>ib</i>;"), "{v:?}");
        assert!(!t.contains("&lt;") && !t.contains("&amp;"), "{v:?}");
        let zorg = s.section(SectionId::Zorg).unwrap();
        assert_eq!(
            zorg.blocks,
            vec![Block::Paragraph(c.concern.clone())],
            "{v:?}"
        );
    }
}

#[test]
fn identifier_warnings_point_at_the_section() {
    // The vignettes hold no identifiers, and neither does the text the aid adds.
    for (name, c) in all_cases() {
        for v in Variant::ALL {
            for full in [false, true] {
                let s = render(&c, catalogue(), v, &Sections::all(), &info(full));
                let w = identifier_warnings(&s, 2026);
                assert!(w.is_empty(), "{name} {v:?} {full}: {w:?}");
            }
        }
    }
    let mut c = teacher_case();
    c.open_questions = "Bel moeder op 0612345678.".into();
    c.steps[0].who = "oma en Sanne".into();
    let s = render(
        &c,
        catalogue(),
        Variant::Collega,
        &Sections::all(),
        &info(false),
    );
    let w = identifier_warnings(&s, 2026);
    assert!(w
        .iter()
        .any(|(place, x)| place == "Open vragen" && x.kind == IdentifierKind::Telefoon));
    assert!(w
        .iter()
        .any(|(place, x)| place == "Afspraken" && x.kind == IdentifierKind::Voornaam));
    // The label goes into the case lines and is scanned there.
    c.label = "Casus van Sanne".into();
    let s = render(
        &c,
        catalogue(),
        Variant::LokaalTeam,
        &Sections::none(),
        &info(false),
    );
    assert!(identifier_warnings(&s, 2026)
        .iter()
        .any(|(place, x)| place == "Gegevens" && x.kind == IdentifierKind::Voornaam));
}

#[test]
fn signals_show_fact_observer_when_and_note() {
    let mut c = teacher_case();
    c.signals.push(RecordedSignal {
        id: "bestaat_niet_meer".into(),
        observer: Some(Observer::Anders),
        when: Some(When::LangerGeleden),
        note: String::new(),
    });
    let t = text(&c, Variant::Collega, false);
    assert!(t.contains(
        "- Is passief, stil of teruggetrokken (zelf waargenomen, herhaaldelijk).\n  Toelichting: Zit in de pauze alleen"
    ));
    assert!(flat(&t).contains("(bestaat_niet_meer) (via iemand anders, langer geleden)."));
    let t = flat(&text(&c, Variant::Ouders, false));
    assert!(t.contains("(uw kind vertelde dit, deze week)."));
}

#[test]
fn compact_safety_condenses_the_answers_and_full_gives_every_reason() {
    let c = meldnorm_case();
    let compact = flat(&text(&c, Variant::Collega, false));
    let full = flat(&text(&c, Variant::Collega, true));
    assert!(compact.contains("2b ja"));
    assert!(
        compact.contains("meldrecht"),
        "role-specific step for the GP"
    );
    assert!(compact.contains("zonder het gezin vooraf"));
    assert!(!compact.contains("Uw antwoord:"));
    assert!(full.contains("Uw antwoord: ja."));
    assert!(full.contains("0800-2000"));
}
