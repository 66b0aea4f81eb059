//! Case vignettes (fictional, written for these tests): realistic situations for different
//! ages, roles, acuteness and problems. Each asserts the safety outcome, which options fit and
//! which do not, and which guard-rails show.

mod model_common;

use model_common::Case;
use thuiswijzer::content::{catalogue, GuardrailSection};
use thuiswijzer::model::{Answer::*, Casus, Observer, Role};
use thuiswijzer::rules::analysis;
use thuiswijzer::rules::guardrails;
use thuiswijzer::rules::options::Fit;
use thuiswijzer::rules::safety::{weigh, Outcome};
use thuiswijzer::rules::signals::kindcheck_applies;

fn fit(c: &Casus, id: &str) -> Fit {
    thuiswijzer::rules::assess::assess(c, catalogue())
        .fits
        .into_iter()
        .find(|f| f.option.id == id)
        .unwrap_or_else(|| panic!("no option {id}"))
        .fit
}

fn rails(c: &Casus) -> Vec<String> {
    thuiswijzer::rules::assess::assess(c, catalogue())
        .guardrails
        .into_iter()
        .map(|g| g.id.clone())
        .collect()
}

fn steps_text(c: &Casus) -> String {
    weigh(c, catalogue())
        .next_steps
        .iter()
        .map(|n| n.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// 1. Groep 5: an 8-year-old tells the teacher that father hits him; bruises on the arm.
#[test]
fn v01_teacher_child_discloses_violence() {
    let c = Case::new(Role::Leraar, 8, 3)
        .signal("blauwe_plekken", Observer::Zelf)
        .safety(|s| s.disclosure = Some(Ja))
        .0;
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::AcuutGevaar);
    assert!(w.headline.starts_with("De afweging wijst op"));
    assert!(
        w.contacts.iter().all(|k| k.phone != "112"),
        "no direct danger ticked"
    );
    let steps = steps_text(&c);
    assert!(steps.contains("0800-2000"));
    assert!(steps.contains("intern begeleider"));
    assert!(!steps.contains("5.2.6 Wmo"), "meldrecht is for the GP");
    for id in ["mst", "mst_psb", "mdft", "fft_rgt"] {
        assert_eq!(fit(&c, id), Fit::PastNiet, "{id}: too young");
    }
    assert_eq!(fit(&c, "families_first"), Fit::Onbekend);
    assert!(rails(&c).is_empty(), "no placement on the table yet");
}

/// 2. GP: a mother with a depression; her child is 3. No suspicion of abuse after talking.
#[test]
fn v02_gp_depressed_mother_kindcheck_and_watchful_waiting() {
    let c = Case::new(Role::Huisarts, 3, 0)
        .signal("ouder_depressie", Observer::OuderVertelde)
        .safety(|s| {
            s.suspicion = Some(Nee);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Nee);
        })
        .answer("ontwikkeling_redelijk", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("dreigt_uithuisplaatsing", Nee)
        .answer("acute_crisis", Nee)
        .answer("netwerk_kan_helpen", Ja)
        .0;
    assert!(kindcheck_applies(&c, catalogue()));
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::GeenVermoeden);
    assert!(steps_text(&c).contains("kindcheck"));
    assert_eq!(fit(&c, "afwachten_en_volgen"), Fit::Past);
    assert_eq!(fit(&c, "lokale_ondersteuning"), Fit::Past);
    assert_eq!(fit(&c, "eigen_netwerk"), Fit::Past);
    assert_eq!(fit(&c, "families_first"), Fit::PastNiet);
    assert_eq!(fit(&c, "mst"), Fit::PastNiet);
    assert_eq!(rails(&c), vec!["hulp_voor_ouder"]);
    assert!(!guardrails::placement_on_the_table(&c));
}

/// 3. Lokaal team: a 15-year-old who fights at school, shoplifts and runs away; parents see
///    no other way than a placement.
#[test]
fn v03_lokaal_team_fifteen_year_old_antisocial_mst() {
    let c = Case::new(Role::LokaalTeam, 15, 2)
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
    assert_eq!(weigh(&c, catalogue()).outcome, Outcome::GeenVermoeden);
    assert_eq!(fit(&c, "mst"), Fit::Past);
    assert_eq!(fit(&c, "families_first"), Fit::PastNiet);
    assert_eq!(fit(&c, "ash"), Fit::PastNiet);
    assert_eq!(fit(&c, "afwachten_en_volgen"), Fit::PastNiet);
    assert_eq!(fit(&c, "mdft"), Fit::Onbekend);
    let r = rails(&c);
    for id in [
        "casusregie",
        "tegendenker_ret",
        "richtlijn_uhp",
        "netwerk_eerst",
    ] {
        assert!(r.contains(&id.to_string()), "{id}");
    }
    assert!(!r.contains(&"big5".to_string()));
    assert!(!r.contains(&"broers_zussen_samen".to_string()));
}

/// 4. POH-Jeugd: 16 years and 8 months, cannabis every day and two thefts; mother wants to join.
#[test]
fn v04_poh_sixteen_and_a_half_substances_mdft_and_big5() {
    let c = Case::new(Role::PohJeugd, 16, 8)
        .signal("middelengebruik", Observer::KindVertelde)
        .signal("delicten", Observer::OuderVertelde)
        .answer("delinquentie_of_middelen", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("dreigt_uithuisplaatsing", Ja)
        .answer("antisociaal_gedrag", Nee)
        .0;
    assert_eq!(fit(&c, "mdft"), Fit::Past);
    assert_eq!(fit(&c, "mst"), Fit::PastNiet);
    assert_eq!(
        fit(&c, "mst_can"),
        Fit::Onbekend,
        "age fits, abuse not answered"
    );
    let r = rails(&c);
    assert!(r.contains(&"big5".to_string()));
    assert!(r.contains(&"perspectiefplan".to_string()));
    assert_eq!(weigh(&c, catalogue()).outcome, Outcome::NogNietBekend);
}

/// 5. Lokaal team at night: mother of a 6-year-old and two siblings is in an acute psychiatric
///    crisis; father is willing but overwhelmed.
#[test]
fn v05_acute_crisis_families_first_and_ash() {
    let c = Case::new(Role::LokaalTeam, 6, 0)
        .siblings(&[2, 9])
        .signal("ouder_psychiatrisch", Observer::Zelf)
        .safety(|s| {
            s.acute.insert("verzorger_middelen_psychiatrie".into());
        })
        .answer("acute_crisis", Ja)
        .answer("dreigt_uithuisplaatsing", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("snel_afspraak", Ja)
        .answer("lvb", Nee)
        .0;
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::AcuutGevaar);
    assert!(matches!(
        w.reasons[0].kind,
        thuiswijzer::rules::safety::ReasonKind::AcuteIndicator(_)
    ));
    assert_eq!(fit(&c, "families_first"), Fit::Past);
    assert_eq!(fit(&c, "ash"), Fit::Past);
    assert_eq!(fit(&c, "afwachten_en_volgen"), Fit::PastNiet);
    assert_eq!(fit(&c, "mst"), Fit::PastNiet);
    let verblijf: Vec<String> = thuiswijzer::rules::assess::assess(&c, catalogue())
        .guardrails_in(GuardrailSection::AlsVerblijfNodigIs)
        .collect::<Vec<_>>()
        .into_iter()
        .map(|g| g.id.clone())
        .collect();
    for id in [
        "broers_zussen_samen",
        "zo_kort_mogelijk",
        "dicht_bij_huis",
        "zelfde_school",
        "hobbys_behouden",
        "ouders_betrokken",
        "geen_doorplaatsingen",
        "onvoorwaardelijk_wonen",
        "terugkeer_doel",
    ] {
        assert!(verblijf.contains(&id.to_string()), "{id}");
    }
    assert!(rails(&c).contains(&"hulp_voor_ouder".to_string()));
}

/// 6. Lokaal team: Veilig Thuis established neglect of a 9-year-old two months ago.
#[test]
fn v06_recent_neglect_mst_can_and_meldnorm() {
    let c = Case::new(Role::LokaalTeam, 9, 4)
        .signal("honger", Observer::Zelf)
        .signal("vuil_onverzorgd", Observer::Zelf)
        .safety(|s| {
            s.suspicion = Some(Ja);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Ja);
            s.telling_family_unsafe = Some(Nee);
        })
        .answer("recente_mishandeling", Ja)
        .answer("woont_thuis", Ja)
        .answer("dreigt_uithuisplaatsing", Ja)
        .0;
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::Meldnorm);
    let steps = steps_text(&c);
    assert!(steps.contains("Vertel het gezin vooraf"));
    assert!(!steps.contains("zonder het gezin vooraf"));
    assert_eq!(fit(&c, "mst_can"), Fit::Past);
    assert_eq!(fit(&c, "mst"), Fit::PastNiet, "9 is under 10");
    assert_eq!(fit(&c, "afwachten_en_volgen"), Fit::PastNiet);
    assert!(rails(&c).contains(&"tegendenker_ret".to_string()));
}

/// 7. Zorgcoördinator: a 13-year-old touches classmates sexually against their will; otherwise
///    no antisocial behaviour. Living situation not yet clear.
#[test]
fn v07_sexually_transgressive_mst_psb_maybe() {
    let c = Case::new(Role::Zorgcoordinator, 13, 0)
        .signal("seksueel_grensoverschrijdend", Observer::Zelf)
        .answer("seksueel_grensoverschrijdend", Ja)
        .answer("antisociaal_gedrag", Nee)
        .0;
    assert_eq!(fit(&c, "mst_psb"), Fit::PastMisschien);
    assert_eq!(fit(&c, "mst"), Fit::PastNiet);
    let c = Case(c).answer("woont_thuis", Ja).0;
    assert_eq!(fit(&c, "mst_psb"), Fit::Past);
    assert_eq!(weigh(&c, catalogue()).outcome, Outcome::NogNietBekend);
    assert!(rails(&c).is_empty());
}

/// 8. Lokaal team: a mother with an LVB, debts and years of changing help; the 10-year-old
///    often misses school. Help is accepted.
#[test]
fn v08_multi_problem_lvb_family_iag_iog_help_without_report() {
    let c = Case::new(Role::LokaalTeam, 10, 0)
        .signal("ouder_lvb", Observer::Zelf)
        .signal("schulden", Observer::OuderVertelde)
        .signal("schoolverzuim", Observer::Anders)
        .safety(|s| {
            s.suspicion = Some(Ja);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Nee);
            s.effective_help = Some(Ja);
            s.help_accepted = Some(Ja);
        })
        .answer("meervoudige_problemen", Ja)
        .answer("moeilijk_bereikbaar", Ja)
        .answer("langdurige_hulp", Ja)
        .answer("lvb", Ja)
        .answer("dreigt_uithuisplaatsing", Nee)
        .0;
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::HulpZonderMelding);
    assert!(steps_text(&c).contains("gedeelde verklarende analyse"));
    assert_eq!(fit(&c, "iag"), Fit::Past);
    assert_eq!(fit(&c, "iog"), Fit::Past);
    assert_eq!(fit(&c, "families_first"), Fit::PastNiet);
    let r = rails(&c);
    assert!(r.contains(&"bestaanszekerheid".to_string()));
    assert!(r.contains(&"hulp_voor_ouder".to_string()));
    assert!(!r.contains(&"casusregie".to_string()));
}

/// 9. Teacher: an 11-year-old has been quiet for weeks; nothing answered yet.
#[test]
fn v09_teacher_early_worry_nothing_known_yet() {
    let c = Case::new(Role::Leraar, 11, 6)
        .signal("passief_teruggetrokken", Observer::Zelf)
        .0;
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::NogNietBekend);
    assert!(steps_text(&c).contains("Een leraar kan niet zelf verwijzen"));
    for f in thuiswijzer::rules::assess::assess(&c, catalogue()).fits {
        assert_ne!(
            f.fit,
            Fit::Past,
            "{} must not fit on no answers",
            f.option.id
        );
    }
    assert_eq!(fit(&c, "eigen_netwerk"), Fit::PastMisschien);
    assert_eq!(fit(&c, "mst"), Fit::Onbekend);
    assert!(rails(&c).is_empty());
    let done = analysis::completeness(&c, catalogue());
    assert_eq!(done.filled, 0);
    assert!(done.total > 0);
}

/// 10. POH-Jeugd: 17 years and 9 months, aggressive at home and school, much conflict with
///     parents, placement discussed.
#[test]
fn v10_almost_adult_mst_excluded_fft_fits() {
    let c = Case::new(Role::PohJeugd, 17, 9)
        .answer("antisociaal_gedrag", Ja)
        .answer("woont_thuis", Ja)
        .answer("vaste_verzorger", Ja)
        .answer("acuut_suicidaal_psychotisch", Nee)
        .answer("dreigt_uithuisplaatsing", Ja)
        .answer("gedragsproblemen", Ja)
        .answer("gezinsconflict", Ja)
        .answer("ouder_doet_mee", Ja)
        .0;
    let mst = thuiswijzer::rules::assess::assess(&c, catalogue())
        .fits
        .into_iter()
        .find(|f| f.option.id == "mst")
        .unwrap();
    assert_eq!(mst.fit, Fit::PastNiet);
    assert!(mst.reasons.iter().any(|r| r
        .text
        .starts_with("Contra-indicatie aanwezig: Ouder dan 17 jaar en 7 maanden")));
    assert_eq!(fit(&c, "fft_rgt"), Fit::Past);
    assert!(rails(&c).contains(&"big5".to_string()));
}

/// 11. Huisarts: a 5-year-old, family evicted soon and in debt; no suspicion of abuse but the
///     safety questions are not all answered.
#[test]
fn v11_debts_and_housing_waiting_only_maybe() {
    let c = Case::new(Role::Huisarts, 5, 1)
        .signal("schulden", Observer::OuderVertelde)
        .signal("geen_vaste_woonplek", Observer::OuderVertelde)
        .safety(|s| s.suspicion = Some(Nee))
        .answer("ontwikkeling_redelijk", Ja)
        .answer("dreigt_uithuisplaatsing", Nee)
        .answer("acute_crisis", Nee)
        .0;
    assert_eq!(weigh(&c, catalogue()).outcome, Outcome::GeenVermoeden);
    // Acute and structural unsafety are unanswered contra-indications: never "Past".
    assert_eq!(fit(&c, "afwachten_en_volgen"), Fit::PastMisschien);
    assert_eq!(rails(&c), vec!["bestaanszekerheid"]);
    assert!(!kindcheck_applies(&c, catalogue()));
}

/// 12. Lokaal team: a 20-year-old with an LVB still living at home, acute crisis.
#[test]
fn v12_young_adult_with_lvb_ash_only() {
    let c = Case::new(Role::LokaalTeam, 20, 0)
        .answer("lvb", Ja)
        .answer("acute_crisis", Ja)
        .answer("dreigt_uithuisplaatsing", Ja)
        .answer("ouder_doet_mee", Ja)
        .answer("snel_afspraak", WeetNiet)
        .0;
    assert_eq!(fit(&c, "ash"), Fit::PastMisschien);
    let c = Case(c).answer("snel_afspraak", Ja).0;
    assert_eq!(fit(&c, "ash"), Fit::Past);
    assert_eq!(fit(&c, "families_first"), Fit::PastNiet);
    assert_eq!(fit(&c, "mst"), Fit::PastNiet);
}

/// 13. Huisarts: suspected abuse of a 7-year-old, help offered but refused, telling the family
///     first would endanger the mother.
#[test]
fn v13_help_refused_report_without_telling_first() {
    let c = Case::new(Role::Huisarts, 7, 0)
        .signal("huiselijk_geweld", Observer::OuderVertelde)
        .safety(|s| {
            s.suspicion = Some(Ja);
            s.acute_unsafety = Some(Nee);
            s.structural_unsafety = Some(Nee);
            s.effective_help = Some(Ja);
            s.help_accepted = Some(Nee);
            s.telling_family_unsafe = Some(Ja);
        })
        .0;
    let w = weigh(&c, catalogue());
    assert_eq!(w.outcome, Outcome::Meldnorm);
    assert!(w.reasons.iter().any(|r| matches!(
        r.kind,
        thuiswijzer::rules::safety::ReasonKind::Answer {
            answer: Some(Nee),
            ..
        }
    )));
    let steps = steps_text(&c);
    assert!(steps.contains("zonder het gezin vooraf"));
    assert!(steps.contains("5.2.6 Wmo 2015"));
    assert!(steps.contains("kindcheck"));
}
