//! The parents' version of the summary: what the professional wrote for them, never the
//! professional's own wording, no meldcode vocabulary, only options that fit, each explained.

mod summary_cases;

use summary_cases::*;

/// Words and phrases that belong to the meldcode and must not reach the parents' text.
const JARGON: [&str; 14] = [
    "afwegingsvra",
    "afweging wijst",
    "meldnorm",
    "meldcode",
    "meldrecht",
    "melden",
    "melding",
    "acuut gevaar",
    "acute onveiligheid",
    "structurele onveiligheid",
    "veilig thuis",
    "kindcheck",
    "contra-indicatie",
    "waarborg",
];

#[test]
fn ouders_variant_has_no_meldcode_language_even_with_every_section_on() {
    for (name, c) in all_cases() {
        for full in [false, true] {
            for sections in [Variant::Ouders.defaults(), Sections::ALL] {
                let s = render(&c, Variant::Ouders, &sections, full);
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
fn ouders_get_the_text_written_for_them_never_the_private_concern_or_notes() {
    let mut c = teacher_case();
    for sections in [Variant::Ouders.defaults(), Sections::ALL] {
        for full in [false, true] {
            let t = flat(&to_plain_text(&render(
                &c,
                Variant::Ouders,
                &sections,
                full,
            )));
            assert!(!t.contains("Sinds de herfstvakantie"), "the concern: {t}");
            assert!(!t.contains("Zei twee keer"), "a signal note: {t}");
            assert!(
                t.contains(&format!("WAAROVER WE WILLEN PRATEN {EMPTY}")),
                "{t}"
            );
        }
    }
    c.for_parents = "We willen met u praten over ontbijt.".into();
    let t = flat(&text(&c, Variant::Ouders, false));
    assert!(t.contains("WAAROVER WE WILLEN PRATEN We willen met u praten over ontbijt."));
    // By default the parents' version holds no signals, analysis or open questions (the
    // professional's wording); they can be switched on.
    let s = render(&c, Variant::Ouders, &Variant::Ouders.defaults(), false);
    for id in [
        SectionId::Signalen,
        SectionId::Analyse,
        SectionId::OpenVragen,
    ] {
        assert!(s.section(id).is_none(), "{id:?}");
    }
    // The professional variants keep the concern and the notes.
    let t = flat(&text(&c, Variant::Collega, false));
    assert!(t.contains("Sinds de herfstvakantie") && t.contains("Zei twee keer"));
    assert!(
        !t.contains("We willen met u praten"),
        "the parents' text stays theirs"
    );
}

#[test]
fn ouders_variant_lists_only_options_that_fit_or_may_fit_each_explained() {
    let c = gp_case();
    let t = flat(&text(&c, Variant::Ouders, false));
    let a = assess(&c, catalogue());
    assert!(a.fits.iter().any(|f| f.fit == Fit::PastNiet));
    let mut at = 0;
    for f in &a.fits {
        let shown = t.contains(&format!("{}:", f.option.name));
        let expected = matches!(f.fit, Fit::Past | Fit::PastMisschien);
        assert_eq!(shown, expected, "{} ({:?})", f.option.id, f.fit);
        if expected {
            // Never a name without its plain explanation; in catalogue order.
            let item = format!("{}: {}", f.option.name, flat(&f.option.summary));
            at = find_from(&t, &item, at).unwrap_or_else(|| panic!("{item}"));
        }
    }
}
