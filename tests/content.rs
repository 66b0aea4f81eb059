//! The content catalogue: what build.rs does not check (breadth, uncertain facts from domain.md,
//! the baked catalogue equals the files), and that the validator rejects broken content with a clear message.
//! That the real content validates is enforced by build.rs at compile time and not repeated here.

use thuiswijzer::content::{catalogue, Catalogue, Condition, CriterionRole, RatingStatus, Ref};
use thuiswijzer::model::{AgeBand, Answer};

fn fresh() -> Catalogue {
    catalogue().clone()
}

fn errors(c: &Catalogue) -> String {
    c.validate().err().unwrap_or_default().join("\n")
}

#[test]
fn the_catalogue_has_the_required_breadth() {
    let cat = catalogue();
    let n = cat.signals.signals.len();
    assert!((50..=70).contains(&n), "{n} signals");
    for band in [AgeBand::Jong, AgeBand::Basisschool, AgeBand::Tiener] {
        assert!(
            cat.signals
                .signals
                .iter()
                .filter(|s| s.bands.contains(&band))
                .count()
                >= 25,
            "{band:?}"
        );
    }
    let ids: Vec<&str> = cat.options.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "eigen_netwerk",
            "lokale_ondersteuning",
            "afwachten_en_volgen",
            "families_first",
            "ash",
            "mst",
            "mst_can",
            "mst_psb",
            "mdft",
            "iag",
            "fft_rgt",
            "iog",
            "gezin_centraal"
        ]
    );
    assert_eq!(cat.safety.meldcode_steps.len(), 5);
    assert_eq!(cat.safety.afwegingsvragen.len(), 6, "1, 2a, 2b, 3, 4, 5");
    let vt = cat
        .safety
        .contacts
        .iter()
        .find(|c| c.id == "veilig_thuis")
        .unwrap();
    assert_eq!(vt.phone, "0800-2000");
    assert!(cat.about.funding.contains("Geen externe financiering"));
    assert_eq!(cat.about.authorship, "Thuiswijzer-ontwikkelteam");
}

#[test]
fn uncertain_facts_from_domain_md_are_marked() {
    let cat = catalogue();
    let opt = |id: &str| cat.options.options.iter().find(|o| o.id == id).unwrap();
    for id in ["ash", "mst_can", "mst_psb"] {
        assert_eq!(opt(id).rating.status, RatingStatus::NietGevonden, "{id}");
        assert!(opt(id).rating.uncertain.is_some(), "{id}");
    }
    for id in ["families_first", "fft_rgt", "iog", "iag"] {
        assert!(opt(id).rating.uncertain.is_some(), "{id}");
    }
    assert!(
        opt("mst").uncertain.is_some(),
        "contra-indications from one provider"
    );
    let big5 = cat
        .guardrails
        .guardrails
        .iter()
        .find(|g| g.id == "big5")
        .unwrap();
    assert!(big5.uncertain.is_some(), "16.5 years is regional");
}

/// The catalogue that `build.rs` baked into Rust code is exactly what the TOML files say: every
/// file, field, enum variant and optional part (the build script and this test read the files
/// with the same parser into the same types).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_baked_catalogue_equals_the_content_files() {
    use thuiswijzer::content::ReadFile;
    struct TomlFiles;
    impl ReadFile for TomlFiles {
        type Error = String;
        fn read<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Result<T, String> {
            let path = format!("{}/src/content/{name}.toml", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
        }
    }
    let read = Catalogue::load(&mut TomlFiles).unwrap();
    assert!(
        &read == catalogue(),
        "the baked catalogue differs from src/content/*.toml"
    );
}

// --- The validator rejects broken content ---------------------------------------------------

#[test]
fn rejects_duplicate_ids() {
    let mut c = fresh();
    let dup = c.signals.signals[0].clone();
    c.signals.signals.edit().push(dup);
    assert!(errors(&c).contains("duplicate signal id"));
}

#[test]
fn rejects_a_fact_without_a_source() {
    let mut c = fresh();
    c.questions.questions.edit()[0].sources.edit().clear();
    assert!(errors(&c).contains("no sources"));
}

#[test]
fn rejects_a_question_derived_from_signals_and_a_step_at_once() {
    let mut c = fresh();
    {
        let q = &mut c.questions.questions.edit()[0];
        q.derived_from = vec!["delicten".into()].into();
        q.derived_from_step = Some(thuiswijzer::content::StepFact::Netwerk);
    }
    assert!(errors(&c).contains("derived_from and derived_from_step together"));
}

#[test]
fn rejects_an_unknown_seed_and_a_bare_word_source() {
    let mut c = fresh();
    c.glossary.terms.edit()[0].sources =
        vec!["seed:bestaat_niet".into(), "Wikipedia".into()].into();
    let e = errors(&c);
    assert!(e.contains("names no source_documents entry"));
    assert!(e.contains("neither an http(s) address nor seed:<id>"));
}

#[test]
fn rejects_a_bad_date() {
    let mut c = fresh();
    c.options.meta.date = "23-11-2026".into();
    assert!(errors(&c).contains("is not YYYY-MM-DD"));
}

#[test]
fn rejects_an_unknown_question_in_a_criterion() {
    let mut c = fresh();
    c.options.options.edit()[3].criteria.edit()[0].condition = Condition::Answer {
        question: "bestaat_niet".into(),
        expect: Answer::Ja,
    };
    assert!(errors(&c).contains("unknown question 'bestaat_niet'"));
}

#[test]
fn rejects_weet_niet_as_an_expected_answer() {
    let mut c = fresh();
    c.options.options.edit()[3].criteria.edit()[0].condition = Condition::Answer {
        question: "lvb".into(),
        expect: Answer::WeetNiet,
    };
    assert!(errors(&c).contains("expect must be ja or nee"));
}

#[test]
fn rejects_an_unknown_signal_in_a_guardrail() {
    let mut c = fresh();
    c.guardrails.guardrails.edit()[0].condition = Condition::Not {
        of: Ref::from(Condition::Signal {
            any_of: vec!["bestaat_niet".into()].into(),
        }),
    };
    assert!(errors(&c).contains("unknown signal 'bestaat_niet'"));
}

#[test]
fn rejects_unequal_pros_and_cons() {
    let mut c = fresh();
    c.options.options.edit()[0].cons.edit().pop();
    assert!(errors(&c).contains("same number of pros and cons"));
    let mut c = fresh();
    c.options.options.edit()[0].pros.edit()[0] = "x".repeat(400).into();
    assert!(errors(&c).contains("differ too much in length"));
}

#[test]
fn rejects_a_deciding_headline() {
    let mut c = fresh();
    c.safety.outcomes.edit()[0].headline = "U moet melden.".into();
    assert!(errors(&c).contains("must start with 'De afweging wijst op'"));
}

#[test]
fn every_safety_field_is_asked_once() {
    let mut c = fresh();
    assert!(errors(&c).is_empty(), "{}", errors(&c));
    c.safety
        .questions
        .edit()
        .retain(|q| format!("{:?}", q.field) != "Disclosure");
    assert!(errors(&c).contains("no question for field Disclosure"));
    let mut c = fresh();
    let twice = c.safety.questions[0].clone();
    c.safety.questions.edit().push(twice);
    assert!(errors(&c).contains("is asked 2 times"), "{}", errors(&c));
}

#[test]
fn rejects_an_unknown_signal_domain_and_missing_bands() {
    let mut c = fresh();
    c.signals.signals.edit()[0].domain = "nergens".into();
    c.signals.signals.edit()[1].bands.edit().clear();
    let e = errors(&c);
    assert!(e.contains("unknown domain 'nergens'"));
    assert!(e.contains("no age bands"));
}

#[test]
fn rejects_a_rating_not_found_without_explanation() {
    let mut c = fresh();
    {
        let mut options = c.options.options.edit();
        let ash = options.iter_mut().find(|o| o.id == "ash").unwrap();
        ash.rating.uncertain = None;
    }
    assert!(errors(&c).contains("not found must say so"));
}

#[test]
fn rejects_an_age_range_upside_down() {
    let mut c = fresh();
    {
        let mut options = c.options.options.edit();
        let o = options.iter_mut().find(|o| o.id == "mst").unwrap();
        let mut criteria = o.criteria.edit();
        let cr = criteria
            .iter_mut()
            .find(|c| c.role == CriterionRole::Required)
            .unwrap();
        cr.condition = Condition::Age {
            min: Some(18),
            max: Some(10),
        };
    }
    assert!(errors(&c).contains("age min 18 > max 10"));
}

#[test]
fn rejects_an_unknown_placeholder_in_the_option_wording() {
    let mut c = fresh();
    c.options.wording.fits = "Het kind is {leeftijd}; {opite} is er voor {bereik}.".into();
    let e = errors(&c);
    assert!(
        e.contains("options.toml [wording] fits: unknown placeholder {opite}"),
        "{e}"
    );
    let mut c = fresh();
    c.options.wording.years = "{jaar jaar".into();
    assert!(
        errors(&c).contains("[wording] years: a brace"),
        "{}",
        errors(&c)
    );
    let mut c = fresh();
    c.options.wording.discuss = "Bespreek {optie}".into();
    assert!(
        errors(&c).contains("takes no placeholder"),
        "{}",
        errors(&c)
    );
}
