//! "Weer thuis" (issue 16 part 3): vignettes of children who live elsewhere now, from the
//! answers to the considerations in the `Assessment` and on to the summary variant "Weer thuis".
//! The path shows what speaks for and against a return, what is unknown and what must be in
//! place; it never decides, and every way forward is shown in the same order and detail.
//! The cases are fictional.

use thuiswijzer::content::catalogue;
use thuiswijzer::model::{
    Age, AgreedStep, Answer, Casus, NetworkEntry, Residence, Role, SchoolType,
};
use thuiswijzer::rules::assess::assess;
use thuiswijzer::rules::flow::{self, Path, Step};
use thuiswijzer::rules::return_home::{Consideration, ReturnView};
use thuiswijzer::summary::{
    identifier_warnings, render, to_plain_text, RenderInfo, SectionId, Variant, WRAP,
};

fn info(full: bool) -> RenderInfo {
    RenderInfo {
        date: "01-12-2026".into(),
        app_version: "0.1.0".into(),
        full,
        contacts: Vec::new(),
    }
}

fn summary_text(c: &Casus, full: bool) -> String {
    let a = assess(c, catalogue());
    let v = Variant::WeerThuis;
    to_plain_text(&render(c, &a, catalogue(), v, &v.defaults(), &info(full)))
}

/// The summary text with its wrapping undone, for checks on running text.
fn flat(c: &Casus, full: bool) -> String {
    summary_text(c, full)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "id ja, other nee, third ?" into the return answers.
fn answers(c: &mut Casus, list: &str) {
    for p in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (id, a) = p.split_once(' ').unwrap();
        assert!(
            catalogue().return_home.question(id).is_some(),
            "unknown question {id}"
        );
        let a = match a.trim() {
            "ja" => Answer::Ja,
            "nee" => Answer::Nee,
            "?" => Answer::WeetNiet,
            other => panic!("{other}"),
        };
        c.return_home.answers.insert(id.into(), a);
    }
}

fn ids<'a>(list: &'a [Consideration<'a>]) -> Vec<&'a str> {
    list.iter().map(|c| c.question.id.as_str()).collect()
}

fn base(role: Role, years: u8, lives: Residence) -> Casus {
    let mut c = Casus::new();
    c.role = Some(role);
    c.age = Some(Age { years, months: 4 });
    c.lives = Some(lives);
    c
}

/// A 9-year-old in a foster family whose parents completed the help.
fn pleegzorg_9() -> Casus {
    let mut c = base(Role::LokaalTeam, 9, Residence::Pleegzorg);
    c.label = "Casus terugkeer groep 5".into();
    c.school = Some(SchoolType::Basisonderwijs);
    c.concern = "Het kind woont sinds acht maanden in een netwerkpleeggezin bij een tante. \
                 De ouders hebben hulp bij opvoeding en schulden afgerond."
        .into();
    c.analysis.insert(
        "ouders".into(),
        "Ouders hebben de training afgerond; de schulden zijn in een regeling.".into(),
    );
    c.analysis.insert(
        "kind".into(),
        "Het kind gaat graag naar huis in het weekend en slaapt daar goed.".into(),
    );
    answers(
        &mut c,
        "balans_hersteld ja, onveiligheid_weg ja, werken_aan_voorwaarden ja, ouders_betrokken ja, \
         ouders_willen ja, hulp_aanvaard ja, wens_kind ja, band_ouder_kind ja, \
         extra_zorg_kind nee, kort_elders ja, eens_over_doelen ?, \
         voorwaarden_helder ja, vast_contact ja, netwerk_helpt ja, school_geregeld ?, \
         hulp_na nee, evaluatie_afgesproken ja",
    );
    c.return_home.notes.insert(
        "eens_over_doelen".into(),
        "pleegouders willen eerst meer weekendbezoek".into(),
    );
    c.network.push(NetworkEntry {
        who: "tante (pleegmoeder)".into(),
        what: "blijft na de terugkeer op woensdag opvangen".into(),
    });
    c.steps.push(AgreedStep {
        what: "Hulp na de terugkeer regelen".into(),
        who: "lokaal team".into(),
        when: "voor de kerstvakantie".into(),
        ..AgreedStep::default()
    });
    c
}

/// A 15-year-old in residential care; home is not safe yet.
fn residentieel_15() -> Casus {
    let mut c = base(Role::LokaalTeam, 15, Residence::Residentieel);
    c.concern = "Jongere woont een jaar in een leefgroep na geweld thuis.".into();
    c.safety.suspicion = Some(Answer::Ja);
    c.safety.structural_unsafety = Some(Answer::Ja);
    answers(
        &mut c,
        "balans_hersteld nee, herstel_binnen_termijn nee, andere_hulp_nodig ja, \
         onveiligheid_weg nee, werken_aan_voorwaarden nee, ouders_betrokken ja, ouders_willen ja, \
         hulp_aanvaard nee, wens_kind nee, band_ouder_kind ?, extra_zorg_kind ja, kort_elders nee, \
         eens_over_doelen nee, vast_contact ja",
    );
    c.return_home.notes.insert(
        "wens_kind".into(),
        "wil in de leefgroep blijven tot het examen".into(),
    );
    c
}

/// Everything still unknown: the professional has just opened the path.
fn unknown_gezinshuis() -> Casus {
    let mut c = base(Role::PohJeugd, 11, Residence::Gezinshuis);
    let all: Vec<String> = catalogue()
        .return_home
        .questions()
        .map(|q| format!("{} ?", q.id))
        .collect();
    answers(&mut c, &all.join(", "));
    c
}

fn view(c: &Casus) -> ReturnView<'static> {
    assess(c, catalogue()).return_home.expect("lives elsewhere")
}

const WAYS: [&str; 3] = [
    "Terugkeer naar huis",
    "Terugkeer met voorwaarden en extra hulp",
    "Blijven wonen waar het kind nu woont",
];

#[test]
fn pleegzorg_9_parents_completed_help() {
    let c = pleegzorg_9();
    let v = view(&c);
    assert_eq!(
        ids(&v.for_return),
        [
            "balans_hersteld",
            "onveiligheid_weg",
            "werken_aan_voorwaarden",
            "ouders_betrokken",
            "ouders_willen",
            "hulp_aanvaard",
            "wens_kind",
            "band_ouder_kind",
            "extra_zorg_kind",
            "kort_elders"
        ]
    );
    assert!(v.against.is_empty());
    // Afweging 1 is "ja": afwegingen 2 and 3 are not asked.
    assert_eq!(ids(&v.unknown), ["eens_over_doelen"]);
    assert_eq!(
        ids(&v.to_arrange),
        ["school_geregeld", "hulp_na", "contact_opvoeders"]
    );
    assert_eq!(
        ids(&v.in_place),
        [
            "voorwaarden_helder",
            "vast_contact",
            "netwerk_helpt",
            "evaluatie_afgesproken"
        ]
    );

    let t = flat(&c, false);
    assert!(t.contains("Woont nu: in een pleeggezin"), "{t}");
    assert!(t.contains("Spreekt tegen terugkeer (nu): Niets"), "{t}");
    assert!(
        t.contains("pleegouders willen eerst meer weekendbezoek"),
        "the note travels with its consideration:\n{t}"
    );
    assert!(
        t.contains("Hulp voor ouders en kind na de terugkeer (nee)"),
        "{t}"
    );
    // Even when every answered factor speaks for a return, the other ways stay on the page.
    assert!(t.contains(&WAYS.join("; ")), "{t}");
}

#[test]
fn residentieel_15_unsafe_home() {
    let c = residentieel_15();
    let a = assess(&c, catalogue());
    let v = a.return_home.as_ref().unwrap();
    assert_eq!(
        ids(&v.against),
        [
            "balans_hersteld",
            "herstel_binnen_termijn",
            "andere_hulp_nodig",
            "onveiligheid_weg",
            "werken_aan_voorwaarden",
            "hulp_aanvaard",
            "wens_kind",
            "extra_zorg_kind",
            "kort_elders",
            "eens_over_doelen"
        ]
    );
    assert_eq!(ids(&v.for_return), ["ouders_betrokken", "ouders_willen"]);
    assert_eq!(ids(&v.unknown), ["band_ouder_kind"]);
    assert_eq!(ids(&v.in_place), ["vast_contact"]);

    let t = flat(&c, false);
    // The safety weighing can be switched on; the return ways do not change with it.
    assert!(t.contains(&WAYS.join("; ")), "{t}");
    assert!(
        t.contains("wil in de leefgroep blijven tot het examen"),
        "{t}"
    );
    let full = flat(&c, true);
    for w in WAYS {
        assert!(full.contains(w), "{w}");
    }
    assert!(full.contains("Wat ervoor pleit") && full.contains("Wat ertegen pleit"));
    assert!(full.contains("meer dan de helft"), "{full}");
}

#[test]
fn unknown_answers_stay_unknown_and_are_counted() {
    let c = unknown_gezinshuis();
    let v = view(&c);
    assert!(v.for_return.is_empty() && v.against.is_empty() && v.in_place.is_empty());
    // "Weet niet" on afweging 1 and 2 keeps afweging 2 and 3 asked: 3 + 10.
    assert_eq!(v.unknown.len(), 13);
    assert_eq!(v.to_arrange.len(), catalogue().return_home.conditions.len());
    let t = flat(&c, false);
    assert!(t.contains("Nog niet bekend: 13 vragen"), "{t}");
    assert!(t.contains("Woont nu: in een gezinshuis"), "{t}");
}

/// The aid never decides: no verdict, no advice, in any vignette, compact or full; and the
/// ways forward read the same whatever the answers.
#[test]
fn no_vignette_reads_as_a_decision_and_the_ways_never_change() {
    let forbidden = [
        "advies:",
        "wij adviseren",
        "advies is",
        "aanbevolen",
        "terugplaatsing wel",
        "terugplaatsing niet",
        "kan terug naar huis",
        "kan niet terug",
        "moet terug",
        "beste keuze",
    ];
    let mut ways_seen = Vec::new();
    for c in [pleegzorg_9(), residentieel_15(), unknown_gezinshuis()] {
        for full in [false, true] {
            let t = flat(&c, full).to_lowercase();
            for f in forbidden {
                assert!(!t.contains(f), "'{f}' in:\n{t}");
            }
            assert!(t.contains("geen advies"), "{t}");
            assert!(t.contains("beslist niet over terugkeer"), "{t}");
        }
        ways_seen.push(view(&c).alternatives.to_vec());
    }
    assert!(ways_seen.windows(2).all(|w| w[0] == w[1]));
    let names: Vec<&str> = ways_seen[0].iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, WAYS);
}

/// The default "Weer thuis" summary of a filled-in case fits the one-A4 budget of
/// `tests/summary_budget.rs` (80 lines, 3,700 characters at the wrap width).
#[test]
fn the_weer_thuis_summary_fits_one_a4() {
    for c in [pleegzorg_9(), residentieel_15(), unknown_gezinshuis()] {
        let t = summary_text(&c, false);
        let (lines, chars) = (t.lines().count(), t.chars().count());
        assert!(
            lines <= 80 && chars <= 3_700,
            "{lines} lines, {chars} chars\n{t}"
        );
        assert!(t.lines().all(|l| l.chars().count() <= WRAP));
        assert!(summary_text(&c, true).lines().count() > lines);
    }
}

#[test]
fn the_step_and_the_variant_only_for_a_child_who_lives_elsewhere() {
    let mut c = pleegzorg_9();
    assert!(flow::steps(Path::of(&c)).contains(&Step::WeerThuis));
    assert!(Variant::WeerThuis.offered_for(&c));
    c.lives = Some(Residence::Thuis);
    assert!(!flow::steps(Path::of(&c)).contains(&Step::WeerThuis));
    assert!(!Variant::WeerThuis.offered_for(&c));
    assert!(Variant::Collega.offered_for(&c));
    assert!(assess(&c, catalogue()).return_home.is_none());
    let a = assess(&c, catalogue());
    let v = Variant::WeerThuis;
    let s = render(&c, &a, catalogue(), v, &v.defaults(), &info(false));
    let sec = s.section(SectionId::WeerThuis).unwrap();
    assert!(sec.blocks[0].texts()[0].starts_with("Niet van toepassing"));
}

/// A note is free text: an identifier in it is flagged in the summary like any other text.
#[test]
fn an_identifier_in_a_note_is_flagged() {
    let mut c = pleegzorg_9();
    c.return_home.notes.insert(
        "vast_contact".into(),
        "bel mevrouw Jansen 06-12345678".into(),
    );
    let a = assess(&c, catalogue());
    let v = Variant::WeerThuis;
    let s = render(&c, &a, catalogue(), v, &v.defaults(), &info(false));
    let w = identifier_warnings(&s, 2026);
    assert!(
        w.iter().any(|(place, _)| place.starts_with("Weer thuis")),
        "{w:?}"
    );
}

/// A reading-direction control in a note stays inside the note in the summary (issue 17).
#[test]
fn a_reading_direction_control_in_a_note_stays_inside_it() {
    let mut c = pleegzorg_9();
    c.return_home
        .notes
        .insert("hulp_na".into(), "nog \u{202E}niet".into());
    for full in [false, true] {
        let t = summary_text(&c, full);
        assert!(t.contains("niet"), "{t}");
        assert!(thuiswijzer::model::overrides_contained(&t), "{t}");
    }
}
