//! The case summary (`thuiswijzer::summary`): variants, sections, plain text, SOEP, identifier
//! warnings and literal user text. The parents' version is in `summary_parents.rs`, the one-A4
//! budget in `summary_budget.rs`.

mod summary_cases;

use summary_cases::*;

#[test]
fn every_variant_carries_disclaimer_date_version_and_content_date() {
    let cat: &Catalogue = catalogue();
    // The newest date of every content file (the list of files is the catalogue's own).
    let newest = cat.content_date().to_string();
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
                "Thuiswijzer ondersteunt uw oordeel als professional; dit is geen besluit."
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
        Variant::LokaalTeam,
        &Variant::LokaalTeam.defaults(),
        false,
    );
    let ids: Vec<SectionId> = SectionId::ALL
        .into_iter()
        .filter(|id| s.section(*id).is_some())
        .collect();
    assert_eq!(ids.len(), 9);
    let order: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
    assert_eq!(
        order[..4],
        [
            "Zorg of vraag",
            "Verklarende analyse",
            "Signalen",
            "Veiligheid (meldcode)"
        ]
    );
    // Compact: the filled fields in catalogue order, then the open ones on one line.
    let t = flat(&to_plain_text(&s));
    let mut at = 0;
    for l in [
        "Eerdere hulp en wat die opleverde:",
        "Wat het gezin zelf denkt:",
    ] {
        at = find_from(&t, l, at).unwrap_or_else(|| panic!("{l}"));
    }
    let open: Vec<&str> = catalogue()
        .analysis
        .fields
        .iter()
        .filter(|f| !c.analysis.contains_key(f.id.as_str()))
        .map(|f| f.label.as_str())
        .collect();
    assert_eq!(open.len(), 10);
    let total = catalogue().analysis.fields.len();
    assert!(
        t.contains(&format!("Nog niet ingevuld: 10 van de {total} velden")),
        "{t}"
    );
    // Three or fewer open fields are named.
    let mut c3 = c.clone();
    for id in &open[..open.len() - 3] {
        let f = catalogue()
            .analysis
            .fields
            .iter()
            .find(|f| &f.label.as_str() == id)
            .unwrap();
        c3.analysis.insert(f.id.to_string(), "Ingevuld.".into());
    }
    let t3 = flat(&text(&c3, Variant::LokaalTeam, false));
    assert!(
        t3.contains(&format!(
            "Nog niet ingevuld: {}",
            open[open.len() - 3..].join("; ")
        )),
        "{t3}"
    );
    // Full: every field of the shared analysis, in catalogue order, the open ones marked.
    let s = render(
        &c,
        Variant::LokaalTeam,
        &Variant::LokaalTeam.defaults(),
        true,
    );
    let analysis = s.section(SectionId::Analyse).unwrap();
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
    let f = flat(&to_plain_text(&s));
    assert!(f.contains("Wat het gezin zelf denkt: Vader wil hulp thuis, moeder twijfelt."));
    assert!(f.contains("Samenhang, ernst en urgentie: Nog niet ingevuld."));
    assert!(f.contains("Herkent en deelt het gezin de analyse?: weet niet"));
    // And the sections follow in the plain text too.
    let t = to_plain_text(&s);
    let mut at = 0;
    for h in s.sections.iter().map(|x| x.heading.to_uppercase()) {
        at = find_from(&t, &format!("\n\n{h}\n"), at).unwrap_or_else(|| panic!("{h}"));
    }
}

/// The items of the options list: the options section, or in SOEP the list in P.
fn option_items(s: &Summary) -> Vec<String> {
    let sec = s
        .section(SectionId::Mogelijkheden)
        .or_else(|| s.part(PartId::Soep(SoepPart::Plan)))
        .unwrap();
    sec.blocks
        .iter()
        .find_map(|b| match b {
            Block::List { title, items }
                if title
                    .as_deref()
                    .is_none_or(|t| t.starts_with("Mogelijkheden")) =>
            {
                Some(items.iter().map(|i| i.text.clone()).collect())
            }
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn options_come_in_catalogue_order_with_their_fit_and_no_ranking() {
    for (name, c) in all_cases() {
        let a = assess(&c, catalogue());
        for v in [Variant::Collega, Variant::LokaalTeam] {
            // Full: every option, with every reason and the rating.
            let s = render(&c, v, &Sections::ALL, true);
            let items = option_items(&s);
            assert_eq!(items.len(), a.fits.len(), "{name}: every option");
            for (item, f) in items.iter().zip(&a.fits) {
                assert_eq!(item, &format!("{}: {}", f.option.name, f.fit.label()));
            }
            // Compact: the options that fit or may fit, one line each, in catalogue order;
            // the others counted.
            let s = render(&c, v, &Sections::ALL, false);
            let items = option_items(&s);
            let listed: Vec<_> = a
                .fits
                .iter()
                .filter(|f| matches!(f.fit, Fit::Past | Fit::PastMisschien))
                .collect();
            assert_eq!(items.len(), listed.len(), "{name} {v:?}");
            for (item, f) in items.iter().zip(&listed) {
                let fit = match f.fit {
                    Fit::Past => ": past (",
                    _ => ": past misschien (",
                };
                assert!(
                    item.starts_with(&format!("{}{fit}", f.option.short)),
                    "{item}"
                );
            }
            let t = flat(&to_plain_text(&s));
            let not = a.fits.iter().filter(|f| f.fit == Fit::PastNiet).count();
            if not > 1 {
                assert!(t.contains(&format!("{not} passen niet")), "{name}: {t}");
            }
        }
        for v in Variant::ALL {
            for full in [false, true] {
                let t = to_plain_text(&render(&c, v, &Sections::ALL, full));
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
fn soep_for_the_gp_has_the_four_parts_and_p_is_the_plan() {
    let c = gp_case();
    assert!(soep_for(&c, Variant::Collega));
    let auto = text(&c, Variant::Collega, false);
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
    // E: the weighing, the kindcheck and the guard-rails.
    assert!(part(2).contains("De afweging wijst op"));
    assert!(part(2).contains("Kindcheck"));
    assert!(part(2).contains("Waarborgen, altijd: Hulp voor de ouder hoort erbij"));
    // P: the agreed steps with who and when, the options that fit with a reason, open
    // questions; no option that does not fit, no guard-rail.
    let p = part(3);
    assert!(p.contains("Verwijzing POH-GGZ voor moeder (wie: huisarts; wanneer: deze week)"));
    assert!(p.contains("Eigen netwerk: past ("), "{p}");
    assert!(p.contains("Open vragen: Is er een consultatiebureau-afspraak gepland?"));
    let a = assess(&c, catalogue());
    for f in a.fits.iter().filter(|f| f.fit == Fit::PastNiet) {
        assert!(
            !p.contains(&format!("- {}:", f.option.short)),
            "{} in P",
            f.option.short
        );
    }
    assert!(
        !p.contains("Waarborg") && !p.contains("Hulp voor de ouder"),
        "{p}"
    );
    // Other roles and variants keep the standard form.
    assert!(!text(&teacher_case(), Variant::Collega, false).contains("S – SUBJECTIEF"));
    assert!(!text(&c, Variant::LokaalTeam, false).contains("S – SUBJECTIEF"));
    assert!(!text(&c, Variant::Ouders, false).contains("S – SUBJECTIEF"));
}

#[test]
fn sections_switched_off_are_absent() {
    let c = teacher_case();
    let mut sections = Variant::Collega.defaults();
    sections.options = false;
    sections.safety = false;
    sections.open_questions = false;
    let s = render(&c, Variant::Collega, &sections, false);
    for id in [
        SectionId::Mogelijkheden,
        SectionId::Veiligheid,
        SectionId::OpenVragen,
    ] {
        assert!(s.section(id).is_none(), "{id:?}");
    }
    let t = to_plain_text(&s);
    assert!(!t.contains("Eerst het eigen netwerk"));
    assert!(!t.contains("De afweging wijst op"));
    assert!(!t.contains("schuldhulp"));
    assert!(t.contains("Gesprek met moeder over ontbijt"));
    // In SOEP too: the flags decide what goes into S, O, E and P.
    let mut sections = Variant::Collega.defaults();
    sections.signals = false;
    sections.options = false;
    let t = to_plain_text(&render(&gp_case(), Variant::Collega, &sections, false));
    assert!(!t.contains("ouder vertelde"));
    assert!(!t.contains("Eerst het eigen netwerk"));
    assert!(t.contains("P – PLAN"));
    // Nothing on: only the frame.
    let s = render(&c, Variant::LokaalTeam, &Sections::NONE, false);
    assert!(s.sections.is_empty());
}

#[test]
fn empty_sections_say_so() {
    let s = render(&Casus::new(), Variant::Collega, &Sections::ALL, false);
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
    c.for_parents = c.concern.clone();
    c.signals[0].note = "<img src=x onerror=alert(1)>".into();
    c.steps[0].who = "<i>ib</i>".into();
    for v in Variant::ALL {
        let s = render(&c, v, &Sections::ALL, false);
        let t = to_plain_text(&s);
        assert!(
            t.contains("<script>alert('x')</script> & <b>vet</b>"),
            "{v:?}"
        );
        assert!(t.contains("(wie: <i>ib</i>;"), "{v:?}");
        assert!(!t.contains("&lt;") && !t.contains("&amp;"), "{v:?}");
        let zorg = s.section(SectionId::Zorg).unwrap();
        assert_eq!(
            zorg.blocks,
            vec![Block::Paragraph(c.concern.clone())],
            "{v:?}"
        );
    }
    let t = text(&c, Variant::Collega, false);
    assert!(flat(&t).contains("<img src=x onerror=alert(1)>"));
}

/// The summary step scans only the pieces that hold user text (`user_text_warnings`): the same
/// warnings as the scan of the whole summary, for every vignette, variant and length, with
/// identifiers (and line breaks) in every free text.
#[test]
fn scanning_only_user_text_finds_the_same_warnings() {
    let texts = [
        "Sanne de Vries",
        "Bel moeder op 0612345678.\nZij woont aan de Dorpsstraat 12, 1234 AB Utrecht.",
        "mail j.jansen@example.nl of meneer Bakker",
        "Geboren op 03-04-2017; BSN 111222333",
        "NL91ABNA0417164300 van vader Ahmed",
    ];
    let mut checked = 0;
    for (name, mut c) in all_cases() {
        c.for_parents = "Ouders: Fatima en Pieter".into();
        for (i, t) in c.free_texts_mut().into_iter().enumerate() {
            *t = texts[i % texts.len()].to_string();
        }
        for v in Variant::ALL {
            for full in [false, true] {
                let s = render(&c, v, &Sections::ALL, full);
                let key = |w: Vec<(String, thuiswijzer::privacy::IdentifierWarning)>| {
                    w.into_iter()
                        .map(|(place, w)| (place, w.kind, w.snippet, w.range))
                        .collect::<Vec<_>>()
                };
                let all = key(identifier_warnings(&s, 2026));
                assert!(
                    !all.is_empty(),
                    "{name} {v:?} {full}: no warning to compare"
                );
                assert_eq!(
                    key(user_text_warnings(&s, &c, 2026)),
                    all,
                    "{name} {v:?} {full}"
                );
                checked += all.len();
            }
        }
    }
    assert!(checked > 100, "{checked}");
    // Without user text there is nothing to scan.
    let mut c = teacher_case();
    for t in c.free_texts_mut() {
        t.clear();
    }
    let s = render(&c, Variant::Collega, &Sections::ALL, true);
    assert!(user_text_warnings(&s, &c, 2026).is_empty());
}

#[test]
fn identifier_warnings_point_at_the_section() {
    // The vignettes hold no identifiers, and neither does the text the aid adds.
    for (name, c) in all_cases() {
        for v in Variant::ALL {
            for full in [false, true] {
                let s = render(&c, v, &Sections::ALL, full);
                let w = identifier_warnings(&s, 2026);
                assert!(w.is_empty(), "{name} {v:?} {full}: {w:?}");
            }
        }
    }
    let mut c = teacher_case();
    c.open_questions = "Bel moeder op 0612345678.".into();
    c.steps[0].who = "oma en Sanne".into();
    let s = render(&c, Variant::Collega, &Sections::ALL, false);
    let w = identifier_warnings(&s, 2026);
    assert!(w
        .iter()
        .any(|(place, x)| place == "Open vragen" && x.kind == IdentifierKind::Telefoon));
    assert!(w
        .iter()
        .any(|(place, x)| place == "Afspraken" && x.kind == IdentifierKind::Voornaam));
    // The label goes into the case lines and is scanned there.
    c.label = "Casus van Sanne".into();
    let s = render(&c, Variant::LokaalTeam, &Sections::NONE, false);
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
    let t = flat(&text(&c, Variant::Collega, false));
    assert!(t.contains(
        "- Is passief, stil of teruggetrokken (zelf waargenomen, herhaaldelijk) – Zit in de pauze alleen"
    ), "{t}");
    assert!(t.contains("(bestaat_niet_meer) (via iemand anders, langer geleden)."));
    // Full: the note on a line of its own.
    let t = text(&c, Variant::Collega, true);
    assert!(t.contains(
        "- Is passief, stil of teruggetrokken (zelf waargenomen, herhaaldelijk).\n  Toelichting: Zit in de pauze alleen"
    ));
    let mut on = Variant::Ouders.defaults();
    on.signals = true;
    let t = flat(&to_plain_text(&render(&c, Variant::Ouders, &on, false)));
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
    // Acute signs and a disclosure stay in full in the compact text.
    let acute = flat(&text(&acute_case(), Variant::LokaalTeam, false));
    assert!(acute.contains("Het kind heeft zelf verteld over geweld of misbruik."));
    assert!(!acute.contains("Uw antwoord:"));
}

#[test]
fn compact_safety_lists_only_the_questions_that_were_asked() {
    // After "nee" on question 1 the safety step asks no more (rules::safety::asked); the
    // summary does not call those questions "open".
    let mut c = Casus::new();
    c.role = Some(thuiswijzer::model::Role::Huisarts);
    c.safety.suspicion = Some(thuiswijzer::model::Answer::Nee);
    let compact = flat(&text(&c, Variant::Collega, false));
    assert!(compact.contains("1 nee"), "{compact}");
    assert!(!compact.contains("2a"), "{compact}");
    c.safety.suspicion = Some(thuiswijzer::model::Answer::WeetNiet);
    assert!(flat(&text(&c, Variant::Collega, false)).contains("2a"));
}

#[test]
fn compact_guardrails_name_the_titles_and_count_the_principles_for_a_stay() {
    let c = acute_case();
    let compact = flat(&text(&c, Variant::LokaalTeam, false));
    let full = flat(&text(&c, Variant::LokaalTeam, true));
    assert!(compact.contains("Bij een dreigende uithuisplaatsing: Volg de Richtlijn"));
    assert!(compact.contains("Als verblijf nodig is: 10 uitgangspunten, zoals zo kort mogelijk."));
    assert!(!compact.contains("Geen doorplaatsingen"));
    assert!(full.contains("Geen doorplaatsingen"));
}

#[test]
fn reading_direction_controls_in_user_text_never_turn_the_summary_around() {
    // A right-to-left override pasted into the label, a note and a network entry: in every
    // variant and in the text file it stays inside the user's text (issue 17).
    let rlo = "\u{202E}";
    for (name, mut c) in all_cases() {
        c.label = format!("Groep 6 {rlo}lebal");
        c.notes = format!("Notitie {rlo}met omkering");
        c.concern = format!("Zorg \u{2069}{rlo}na een losse afsluiter");
        for n in &mut c.network {
            n.who = format!("oma {rlo}");
        }
        for v in Variant::ALL {
            let t = text(&c, v, true);
            for line in t.lines() {
                assert!(
                    thuiswijzer::model::overrides_contained(line),
                    "{name} {v:?}: {line:?}"
                );
            }
        }
    }
}

#[test]
fn the_own_contacts_appear_with_the_next_steps_that_name_their_kind() {
    use thuiswijzer::model::{ContactKind, ProContact};
    use thuiswijzer::summary::render as render_with;
    let cat = catalogue();
    // After a report route (meldnorm) the next steps name Veilig Thuis and, for a teacher,
    // the intern begeleider.
    let mut c = meldnorm_case();
    c.role = Some(Role::Leraar);
    let a = assess(&c, cat);
    let mut with = info(false);
    with.contacts = vec![
        ProContact {
            kind: ContactKind::VeiligThuisRegio,
            organisation: "Veilig Thuis regio Noord".into(),
            phone: "020-1234567".into(),
            hours: String::new(),
        },
        ProContact {
            kind: ContactKind::Leerplicht,
            organisation: "Gemeente".into(),
            phone: "020-7654321".into(),
            hours: String::new(),
        },
    ];
    for full in [false, true] {
        with.full = full;
        let t = flat(&to_plain_text(&render_with(
            &c,
            &a,
            cat,
            Variant::Collega,
            &Sections::ALL,
            &with,
        )));
        assert!(
            t.contains("Bel Veilig Thuis in uw regio: 020-1234567 (Veilig Thuis regio Noord)"),
            "{t}"
        );
        // No next step names leerplicht here, so it is not listed.
        assert!(!t.contains("020-7654321"), "{t}");
        // The full summary keeps the national number beside them.
        assert!(!full || t.contains("0800-2000"), "{t}");
    }
    let without = flat(&text(&c, Variant::Collega, false));
    assert!(!without.contains("Uw eigen contacten"), "{without}");
}

#[test]
fn the_evaluation_moment_is_in_the_summary_with_the_agreed_steps() {
    let mut c = teacher_case();
    let before = flat(&text(&c, Variant::Collega, false));
    assert!(!before.contains("Evaluatiemoment"), "{before}");
    c.follow_up.evaluation = thuiswijzer::model::Date::new(2027, 1, 12);
    c.steps[0].date = thuiswijzer::model::Date::new(2026, 12, 15);
    for v in [Variant::Collega, Variant::Ouders] {
        let t = flat(&text(&c, v, false));
        assert!(t.contains("Evaluatiemoment: 12-01-2027"), "{v:?}: {t}");
        assert!(t.contains("15-12-2026"), "{v:?}: {t}");
    }
}

#[test]
fn a_skipped_meldcode_step_reads_as_its_label_says() {
    use thuiswijzer::model::StepStatus;
    let mut c = Casus::new();
    c.safety.steps.insert(1, StepStatus::Overgeslagen);
    c.safety.steps.insert(2, StepStatus::Gedaan);
    let t = text(&c, Variant::Collega, true);
    let first = &catalogue().safety.meldcode_steps[0];
    assert!(
        t.contains(&format!(
            "1 {} ({})",
            first.title,
            StepStatus::Overgeslagen.text()
        )),
        "{t}"
    );
    // Plain words (issue 13): the form and the summary say "overgeslagen", nothing more.
    assert_eq!(StepStatus::Overgeslagen.choice(), "Overgeslagen");
    assert!(!t.to_lowercase().contains("bewust overgeslagen"), "{t}");
}
